//! Unit and flow tests of the proof-of-ownership pallet.
//!
//! Every test runs through `mock::run`, which checks `do_try_state` of proof of ownership and
//! of the ledger after the test. The pallet is the ledger's transfer check in the mock, so the
//! refusals of bound tokens are exercised through the ledger's own calls.

use crate::{
	mock::*, AssetBindings, AssetDefinition, AssetDefinitionOf, AssetKind, Attestors, Certificates,
	ChainGenesis, ChainHeads, Challenges, Disputes, Error, Event, HoldReason, NextAssetId,
	NextChallengeId, NextTransferId, OwnerUnits, Pending, PendingByAsset, TokenAsset, TransferId,
	UnderlyingAssetId, UnderlyingAssets, WeightInfo,
};
use codec::{Decode, Encode};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::DispatchResultWithPostInfo,
	traits::{
		fungible::{Inspect, InspectHold},
		ConstU32,
	},
	BoundedVec,
};
use sp_runtime::{DispatchError, DispatchResult, TokenError};
use vellum_primitives::{
	ledger::{ReasonCode, Role, SecurityLedger},
	security::{CountryCode, Redemption, SecurityDefinition, TokenId},
	testing::{DenyList, DENIED_ERROR},
};

// ------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------

const DE: CountryCode = CountryCode(*b"DE");
/// The evidence hash attestors confirm with in the tests.
const EVIDENCE: [u8; 32] = [9; 32];
/// An id that never exists in the tests.
const UNKNOWN: u32 = 77;

fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

/// Drops the post-dispatch info of a call's result.
fn post(r: DispatchResultWithPostInfo) -> DispatchResult {
	r.map(|_| ()).map_err(|e| e.error)
}

/// The events of this pallet, oldest first.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::ProofOfOwnership(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn last_event() -> Event<Test> {
	events().pop().expect("an event of the pallet")
}

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

fn balance(token: TokenId, who: AccountId) -> Balance {
	<SecurityToken as SecurityLedger<AccountId, Balance>>::balance(token, &who)
}

fn supply(token: TokenId) -> Balance {
	<SecurityToken as SecurityLedger<AccountId, Balance>>::total_supply(token)
}

fn escrow() -> AccountId {
	ProofOfOwnership::escrow_account()
}

fn admit(who: AccountId) {
	assert_ok!(ProofOfOwnership::admit_attestor(root(), who));
}

fn admit_bonded(who: AccountId, bond: Balance) {
	admit(who);
	assert_ok!(ProofOfOwnership::bond(signed(who), bond));
}

/// Admits the registry, the notary and the custodian, each with the minimum bond.
fn three_attestors() {
	for who in [REGISTRY, NOTARY, CUSTODIAN] {
		admit_bonded(who, MIN_BOND);
	}
}

/// A flat in Berlin, its land-register entry attested by `attestors`, `threshold` of them.
fn def(attestors: &[AccountId], threshold: u32) -> AssetDefinitionOf<Test> {
	AssetDefinition {
		kind: AssetKind::RealEstate,
		legal_id: b"BER-4711-12".to_vec().try_into().unwrap(),
		jurisdiction: DE,
		registrar: REGISTRY,
		document: [7; 32],
		total_units: 1_000_000,
		attestors: attestors.to_vec().try_into().unwrap(),
		threshold,
		transfer_period: TRANSFER_PERIOD as u32,
	}
}

fn register_as(who: AccountId, d: AssetDefinitionOf<Test>) -> DispatchResult {
	ProofOfOwnership::register_asset(signed(who), Box::new(d))
}

/// Registers `def(attestors, threshold)` as ISSUER and returns the asset's id.
fn register(attestors: &[AccountId], threshold: u32) -> UnderlyingAssetId {
	let id = NextAssetId::<Test>::get();
	assert_ok!(register_as(ISSUER, def(attestors, threshold)));
	id
}

/// Three attestors, a 2-of-3 asset of ISSUER and a new token of ISSUER bound to it, one
/// asset unit per token unit.
fn bound() -> (UnderlyingAssetId, TokenId) {
	three_attestors();
	let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
	let token = new_token(ISSUER);
	assert_ok!(ProofOfOwnership::bind_token(
		signed(ISSUER),
		asset,
		token,
		1
	));
	(asset, token)
}

fn confirm(who: AccountId, id: TransferId) -> DispatchResult {
	post(ProofOfOwnership::confirm(signed(who), id, EVIDENCE))
}

fn reject(who: AccountId, id: TransferId) -> DispatchResult {
	post(ProofOfOwnership::reject(signed(who), id))
}

/// ISSUER requests the issuance of `amount` to `to`; returns the request.
fn request_issue(token: TokenId, to: AccountId, amount: Balance) -> TransferId {
	let id = NextTransferId::<Test>::get();
	assert_ok!(ProofOfOwnership::request_issuance(
		signed(ISSUER),
		token,
		to,
		amount
	));
	id
}

/// `from` requests a transfer of `amount` to `to`; returns the request.
fn request(from: AccountId, token: TokenId, to: AccountId, amount: Balance) -> TransferId {
	let id = NextTransferId::<Test>::get();
	assert_ok!(ProofOfOwnership::request_transfer(
		signed(from),
		token,
		to,
		amount
	));
	id
}

/// Issues `amount` to `to`, attested by the registry and the notary.
fn issue(token: TokenId, to: AccountId, amount: Balance) {
	let id = request_issue(token, to, amount);
	assert_ok!(confirm(REGISTRY, id));
	assert_ok!(confirm(NOTARY, id));
}

/// [`bound`], with 1 000 tokens issued to BOB (certificate 0, by the registry and the
/// notary).
fn bob_holds() -> (UnderlyingAssetId, TokenId) {
	let (asset, token) = bound();
	issue(token, BOB, 1_000);
	(asset, token)
}

/// EVE challenges `attestor`'s confirmation of certificate `seq`; returns the challenge.
fn challenge(asset: UnderlyingAssetId, seq: u32, attestor: AccountId) -> u64 {
	challenge_as(EVE, asset, seq, attestor)
}

/// `who` challenges `attestor`'s confirmation of certificate `seq`; returns the challenge.
fn challenge_as(who: AccountId, asset: UnderlyingAssetId, seq: u32, attestor: AccountId) -> u64 {
	let id = NextChallengeId::<Test>::get();
	assert_ok!(ProofOfOwnership::challenge(
		signed(who),
		asset,
		seq,
		attestor
	));
	id
}

/// `origin` sets `asset`'s attestors to `attestors`, `threshold` of them.
fn set_as(
	origin: RuntimeOrigin,
	asset: UnderlyingAssetId,
	attestors: &[AccountId],
	threshold: u32,
) -> DispatchResult {
	ProofOfOwnership::set_attestors(
		origin,
		asset,
		attestors.to_vec().try_into().unwrap(),
		threshold,
	)
}

/// `origin` deregisters `asset`.
fn deregister_as(origin: RuntimeOrigin, asset: UnderlyingAssetId) -> DispatchResult {
	ProofOfOwnership::deregister_asset(origin, asset)
}

/// What is recorded of attestor `who`.
fn info(who: AccountId) -> crate::AttestorInfoOf<Test> {
	Attestors::<Test>::get(who).expect("an admitted attestor")
}

fn bond_of(who: AccountId) -> Balance {
	Attestors::<Test>::get(who)
		.map(|i| i.bond)
		.unwrap_or_default()
}

mod assets;
mod attestor_sets;
mod attestors;
mod certificates;
mod challenges;
mod deregistration;
mod disputes;
mod flows;
mod forced;
mod griefing;
mod hand_over;
mod properties;
mod requests;
mod settlement;
mod transfer_check;
mod votes;
mod weights;
