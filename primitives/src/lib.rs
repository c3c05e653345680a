//! # Vellum primitives
//!
//! ## Overview
//!
//! The types every Vellum crate agrees on: accounts, balances, block numbers and the
//! native-token denominations; the declarative definition of a security ([`security`]); and
//! the traits through which pallets meet the security-token ledger ([`ledger`]): a pallet never
//! names another pallet, the runtime wires them.
//!
//! ## Terminology
//!
//! - **VLM**: the native token of the network, with [`TOKEN_DECIMALS`] decimals. It pays fees
//!   and bonds; it is not a security token.
//! - **Security token**: a regulated instrument whose ledger is kept by the security-token
//!   pallet, never by `pallet-balances`.
//!
//! ## Interface
//!
//! - [`security`]: `SecurityDefinition` and its parts (instrument terms, identifiers,
//!   documents), with `validate`.
//! - [`ledger`]: `TransferCheck` (asked before every movement), `OnBalanceChange` (called
//!   after), `SecurityLedger` (how other pallets move tokens), `Role`, `ReasonCode`.
//! - `testing` (std builds only): test doubles of the ledger traits for pallet mocks.
//!
//! Everything but `testing` is usable in `no_std`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod ledger;
pub mod oracle;
pub mod security;
#[cfg(feature = "std")]
pub mod testing;

use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
};

/// Signature type of transactions on Vellum (sr25519, ed25519 or ecdsa).
pub type Signature = MultiSignature;

/// An account on Vellum: the public key of the transaction signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// An amount of VLM in its smallest unit (`10^-TOKEN_DECIMALS` VLM).
pub type Balance = u128;

/// Number of transactions an account has sent.
pub type Nonce = u32;

/// A hash of some data on chain.
pub type Hash = sp_core::H256;

/// A block height.
pub type BlockNumber = u32;

/// Number of decimals of VLM.
pub const TOKEN_DECIMALS: u8 = 12;

/// Ticker of the native token.
pub const TOKEN_SYMBOL: &str = "VLM";

/// One whole VLM.
pub const UNIT: Balance = 10u128.pow(TOKEN_DECIMALS as u32);

/// One thousandth of a VLM.
pub const MILLIUNIT: Balance = UNIT / 1_000;

/// One millionth of a VLM.
pub const MICROUNIT: Balance = UNIT / 1_000_000;

/// The parachain id Vellum registers with on its relay chain.
pub const PARA_ID: u32 = 2000;

/// SS58 address prefix (the generic Substrate prefix, so every wallet shows addresses alike).
pub const SS58_PREFIX: u16 = 42;

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn denominations_are_consistent() {
		assert_eq!(UNIT, 1_000_000_000_000);
		assert_eq!(MILLIUNIT * 1_000, UNIT);
		assert_eq!(MICROUNIT * 1_000, MILLIUNIT);
	}
}
