//! Account tools: batching, multisig accounts and proxies.

use crate::{deposit, Balance, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, System};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{ConstU32, InstanceFilter},
};
use scale_info::TypeInfo;

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	// One storage item: key 32 bytes, value 56 bytes (Multisig struct).
	pub const MultisigDepositBase: Balance = deposit(1, 88);
	// Each further signatory adds 32 bytes.
	pub const MultisigDepositFactor: Balance = deposit(0, 32);
}

impl pallet_multisig::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type DepositBase = MultisigDepositBase;
	type DepositFactor = MultisigDepositFactor;
	type MaxSignatories = ConstU32<100>;
	type WeightInfo = pallet_multisig::weights::SubstrateWeight<Runtime>;
	type BlockNumberProvider = System;
}

/// What a proxy may do on behalf of the account that appointed it (its principal).
///
/// The SCALE index of each variant is part of the chain's state (stored proxy definitions)
/// and of every signed `add_proxy`: new variants go at the end, existing ones never move.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Everything.
	#[default]
	Any,
	/// Everything except moving value: no VLM transfer, no XCM, no security-token movement or
	/// allowance, no issuance or forced movement, no VLM bond. For a hot key that runs an
	/// account's day-to-day business (governance, identity, documents, compliance settings)
	/// while the principal's key stays cold.
	NonTransfer,
	/// Council and identity business only.
	Governance,
	/// Only cancelling announced proxy calls.
	CancelProxy,
	/// A holder's own security-token movements only: transfers, batch transfers, spending an
	/// allowance, approvals, redemptions and attested transfer requests, batched with
	/// `Utility` if need be. For a custodian's settlement desk moving its clients' (or its
	/// own) securities; it cannot touch VLM.
	TokenTransfer,
	/// An issuer's agent actions only: creating tokens, issuing and burning, pausing, freezing,
	/// forced transfers and recovery, documents, checkpoints and roles, the token's compliance
	/// settings and the proof-of-ownership issuer calls, batched with `Utility` if need be.
	/// For an issuer's back office; it cannot make holder transfers nor touch VLM.
	TokenAgent,
}

/// Security-token and proof-of-ownership calls that move no value, by anyone's tokens or
/// VLM: what `NonTransfer` allows of those pallets (an allow-list, so that a call added
/// later is refused until it is classified here). Left out, besides everything that moves
/// or commits value:
/// - the holder movements (`transfer`, `transfer_batch`, `transfer_from`, `redeem`,
///   `request_transfer`, and a basket's `issue`, `redeem` and `execute_rebalance`) and
///   `approve`, which lets the spender move the principal's tokens;
/// - the agent movements (`issue`, `issue_batch`, `burn`, `force_transfer`, `recover`,
///   `request_issuance`, `request_forced_transfer`, `request_recovery`) and `grant_role`, which would let the proxy give itself (or anyone)
///   the supply, controller or recovery role and make those movements from its own account;
/// - an attestor's `confirm`, whose deciding vote completes a transfer to a third party, and
///   its `bond`/`unbond`, and a challenger's `challenge`: VLM put at stake or taken back;
/// - admin-origin calls (admitting issuers and attestors, `remove_attestor`, `rule`): no
///   signed account, and so no proxy, can make them.
///
/// Deposits held by `create_token` and `register_asset` are the principal's and stay so, like
/// the identity or multisig deposits `NonTransfer` allows elsewhere. `reject` and `expire` can
/// only return escrowed tokens to the holder they came from.
fn is_token_call_moving_no_value(call: &RuntimeCall) -> bool {
	use pallet_proof_of_ownership::Call as Proof;
	is_token_administration(call)
		|| matches!(
			call,
			RuntimeCall::ProofOfOwnership(Proof::reject { .. } | Proof::expire { .. })
		)
}

/// An issuer's and its agents' calls that move no tokens: creating tokens, revoking roles,
/// pausing, freezing, documents, checkpoints, registering and binding assets, a basket
/// manager's business (creating a basket, lowering its fee, proposing and withdrawing a
/// rebalance, which moves nothing until the basket's holders approve it and its participant
/// carries it out; accruing the fee, which anyone may), and a token's confidential mode and
/// auditor keys. Both `NonTransfer` and `TokenAgent` allow them.
fn is_token_administration(call: &RuntimeCall) -> bool {
	use pallet_private_transfers::Call as Private;
	use pallet_proof_of_ownership::Call as Proof;
	use pallet_security_token::Call as Token;
	use pallet_set_derivatives::Call as Basket;
	matches!(
		call,
		RuntimeCall::SecurityToken(
			Token::create_token { .. }
				| Token::revoke_role { .. }
				| Token::pause { .. }
				| Token::unpause { .. }
				| Token::freeze_account { .. }
				| Token::unfreeze_account { .. }
				| Token::freeze_tokens { .. }
				| Token::unfreeze_tokens { .. }
				| Token::add_document { .. }
				| Token::replace_document { .. }
				| Token::remove_document { .. }
				| Token::create_checkpoint { .. }
				| Token::schedule_checkpoint { .. }
				| Token::cancel_checkpoint { .. }
		) | RuntimeCall::ProofOfOwnership(Proof::register_asset { .. } | Proof::bind_token { .. })
			| RuntimeCall::SetDerivatives(
				Basket::create_basket { .. }
					| Basket::set_fee { .. }
					| Basket::accrue_fee { .. }
					| Basket::propose_rebalance { .. }
					| Basket::cancel_rebalance { .. }
			) | RuntimeCall::PrivateTransfers(
			Private::enable_confidential_mode { .. }
				| Private::set_auditors { .. }
				| Private::disable_confidential_mode { .. }
		)
	)
}

/// A holder moving its own security tokens, or letting a spender move them: what
/// `TokenTransfer` allows (besides `Utility`). Issuing and redeeming basket tokens and a
/// rebalance participant's swap move the caller's components and basket units; a holder's
/// confidential account (opening, closing, deposits, applying pending, hidden transfers,
/// withdrawals) holds and moves its tokens too.
fn is_holder_movement(call: &RuntimeCall) -> bool {
	use pallet_private_transfers::Call as Private;
	use pallet_proof_of_ownership::Call as Proof;
	use pallet_security_token::Call as Token;
	use pallet_set_derivatives::Call as Basket;
	matches!(
		call,
		RuntimeCall::SecurityToken(
			Token::transfer { .. }
				| Token::transfer_batch { .. }
				| Token::transfer_from { .. }
				| Token::approve { .. }
				| Token::redeem { .. }
		) | RuntimeCall::ProofOfOwnership(Proof::request_transfer { .. })
			| RuntimeCall::SetDerivatives(
				Basket::issue { .. } | Basket::redeem { .. } | Basket::execute_rebalance { .. }
			) | RuntimeCall::PrivateTransfers(
			Private::register { .. }
				| Private::close { .. }
				| Private::deposit { .. }
				| Private::apply_pending { .. }
				| Private::confidential_transfer { .. }
				| Private::withdraw { .. }
		)
	)
}

/// The calls of an issuer and its agents: what `TokenAgent` allows (besides `Utility`).
///
/// Of the compliance pallet only a token's own settings (trusted claim issuers, rules,
/// restrictions, lists, pausing the rules); not `add_claim`/`revoke_claim`, which belong to
/// claim issuers (KYC providers): an issuer's back office must not attest its own investors.
/// Network-wide trust and the admission of issuers and attestors take the admin origin.
fn is_agent_action(call: &RuntimeCall) -> bool {
	use pallet_compliance::Call as Rules;
	use pallet_proof_of_ownership::Call as Proof;
	use pallet_security_token::Call as Token;
	is_token_administration(call)
		|| matches!(
			call,
			RuntimeCall::SecurityToken(
				Token::grant_role { .. }
					| Token::issue { .. }
					| Token::issue_batch { .. }
					| Token::burn { .. }
					| Token::force_transfer { .. }
					| Token::recover { .. }
			) | RuntimeCall::Compliance(
				Rules::trust_claim_issuer_for_token { .. }
					| Rules::distrust_claim_issuer_for_token { .. }
					| Rules::set_requirements { .. }
					| Rules::pause_rules { .. }
					| Rules::resume_rules { .. }
					| Rules::set_restrictions { .. }
					| Rules::set_lists { .. }
			) | RuntimeCall::ProofOfOwnership(
				Proof::request_issuance { .. }
					| Proof::request_forced_transfer { .. }
					| Proof::request_recovery { .. }
			)
		)
}

/// Every proxy's filter is set on the origin its call is dispatched with, and `Utility`
/// passes that origin (with the filter) on to the calls it batches, so a batch cannot smuggle
/// a call its proxy may not make. `Multisig` and nested `Proxy` calls dispatch from a new
/// origin of another account (the multisig account, or one the principal is itself a proxy
/// of); `NonTransfer` allows them as the Polkadot and Kusama runtimes do.
impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			// An allow-list: a pallet added later is refused until it is classified here.
			// Refused whole: `Balances` and `PolkadotXcm` (VLM transfers), `CollatorSelection`
			// (candidacy bonds), the XCM queues, and the inherent-only pallets.
			ProxyType::NonTransfer => {
				matches!(
					call,
					RuntimeCall::System(..)
						| RuntimeCall::Utility(..)
						| RuntimeCall::Multisig(..)
						| RuntimeCall::Proxy(..)
						| RuntimeCall::Session(..)
						| RuntimeCall::Council(..)
						| RuntimeCall::CouncilMembership(..)
						| RuntimeCall::Identity(..)
						| RuntimeCall::Scheduler(..)
						| RuntimeCall::Preimage(..)
						| RuntimeCall::Whitelist(..)
						| RuntimeCall::Compliance(..)
				) || is_token_call_moving_no_value(call)
			}
			ProxyType::Governance => matches!(
				call,
				RuntimeCall::Council(..)
					| RuntimeCall::CouncilMembership(..)
					| RuntimeCall::Identity(..)
					| RuntimeCall::Utility(..)
			),
			ProxyType::CancelProxy => matches!(
				call,
				RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. })
					| RuntimeCall::Utility(..)
					| RuntimeCall::Multisig(..)
			),
			ProxyType::TokenTransfer => {
				matches!(call, RuntimeCall::Utility(..)) || is_holder_movement(call)
			}
			ProxyType::TokenAgent => {
				matches!(call, RuntimeCall::Utility(..)) || is_agent_action(call)
			}
		}
	}

	/// Whether every call `other` allows, `self` allows too (so a proxy of type `self` may
	/// add or remove a proxy of type `other`). `NonTransfer` covers `Governance` and
	/// `CancelProxy`, but neither `TokenTransfer` nor `TokenAgent`: both move security
	/// tokens. The two token types cover nothing but themselves.
	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, ProxyType::Governance | ProxyType::CancelProxy) => true,
			_ => false,
		}
	}
}

parameter_types! {
	// One storage item: key 32 bytes, value 8 bytes.
	pub const ProxyDepositBase: Balance = deposit(1, 40);
	// Each proxy adds 33 bytes.
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	pub const AnnouncementDepositBase: Balance = deposit(1, 48);
	pub const AnnouncementDepositFactor: Balance = deposit(0, 66);
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = sp_runtime::traits::BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = System;
}
