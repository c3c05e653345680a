//! Unit and flow tests of the proof-of-ownership pallet.
//!
//! Every test runs through `mock::run`, which checks `do_try_state` of proof of ownership and
//! of the ledger after the test. The pallet is the ledger's transfer check in the mock, so the
//! refusals of bound tokens are exercised through the ledger's own calls.

use crate::{
	mock::*, AssetBindings, AssetDefinition, AssetDefinitionOf, AssetId, AssetKind, Assets,
	Attestors, Certificates, ChainHeads, Challenges, Disputes, Error, Event, HoldReason,
	NextAssetId, NextChallengeId, NextTransferId, OwnerUnits, Pending, PendingByAsset, TokenAsset,
	TransferId, WeightInfo,
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
fn register(attestors: &[AccountId], threshold: u32) -> AssetId {
	let id = NextAssetId::<Test>::get();
	assert_ok!(register_as(ISSUER, def(attestors, threshold)));
	id
}

/// Three attestors, a 2-of-3 asset of ISSUER and a new token of ISSUER bound to it, one
/// asset unit per token unit.
fn bound() -> (AssetId, TokenId) {
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
fn bob_holds() -> (AssetId, TokenId) {
	let (asset, token) = bound();
	issue(token, BOB, 1_000);
	(asset, token)
}

/// EVE challenges `attestor`'s confirmation of certificate `seq`; returns the challenge.
fn challenge(asset: AssetId, seq: u32, attestor: AccountId) -> u64 {
	let id = NextChallengeId::<Test>::get();
	assert_ok!(ProofOfOwnership::challenge(
		signed(EVE),
		asset,
		seq,
		attestor
	));
	id
}

fn bond_of(who: AccountId) -> Balance {
	Attestors::<Test>::get(who)
		.map(|i| i.bond)
		.unwrap_or_default()
}

// ------------------------------------------------------------------------------------------
// Attestors
// ------------------------------------------------------------------------------------------

#[test]
fn admit_attestor_records_it_without_bond() {
	run(|| {
		admit(REGISTRY);
		let info = Attestors::<Test>::get(REGISTRY).unwrap();
		assert_eq!((info.bond, info.assets, info.challenges), (0, 0, 0));
		assert_eq!(last_event(), Event::AttestorAdmitted { who: REGISTRY });
	});
}

#[test]
fn admit_attestor_errors() {
	run(|| {
		assert_noop!(
			ProofOfOwnership::admit_attestor(signed(ISSUER), REGISTRY),
			DispatchError::BadOrigin
		);
		admit(REGISTRY);
		assert_noop!(
			ProofOfOwnership::admit_attestor(root(), REGISTRY),
			Error::<Test>::AlreadyAttestor
		);
	});
}

#[test]
fn bond_holds_and_records() {
	run(|| {
		admit_bonded(FOURTH, 300);
		assert_ok!(ProofOfOwnership::bond(signed(FOURTH), 200));
		assert_eq!(bond_of(FOURTH), 500);
		assert_eq!(held(HoldReason::AttestorBond, FOURTH), 500);
		assert_eq!(free(FOURTH), FUNDS - 500);
		assert_eq!(
			last_event(),
			Event::Bonded {
				who: FOURTH,
				amount: 200,
				bond: 500
			}
		);
	});
}

#[test]
fn bond_errors() {
	run(|| {
		assert_noop!(
			ProofOfOwnership::bond(signed(FOURTH), 10),
			Error::<Test>::NotAttestor
		);
		assert_noop!(
			ProofOfOwnership::bond(RuntimeOrigin::none(), 10),
			DispatchError::BadOrigin
		);
		admit(FOURTH);
		assert_noop!(
			ProofOfOwnership::bond(signed(FOURTH), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			ProofOfOwnership::bond(signed(FOURTH), FUNDS * 2),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn unbond_releases() {
	run(|| {
		// Not named anywhere: the whole bond may go.
		admit_bonded(FOURTH, 300);
		assert_ok!(ProofOfOwnership::unbond(signed(FOURTH), 300));
		assert_eq!(bond_of(FOURTH), 0);
		assert_eq!(free(FOURTH), FUNDS);
		assert_eq!(
			last_event(),
			Event::Unbonded {
				who: FOURTH,
				amount: 300,
				bond: 0
			}
		);
		// Named by an asset: down to the minimum.
		let _ = bound();
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), 500));
		assert_ok!(ProofOfOwnership::unbond(signed(REGISTRY), 500));
		assert_eq!(bond_of(REGISTRY), MIN_BOND);
		assert_eq!(held(HoldReason::AttestorBond, REGISTRY), MIN_BOND);
	});
}

#[test]
fn unbond_errors() {
	run(|| {
		assert_noop!(
			ProofOfOwnership::unbond(signed(FOURTH), 10),
			Error::<Test>::NotAttestor
		);
		assert_noop!(
			ProofOfOwnership::unbond(RuntimeOrigin::none(), 10),
			DispatchError::BadOrigin
		);
		let _ = bound();
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), MIN_BOND + 1),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 1),
			Error::<Test>::BondLocked
		);
	});
}

#[test]
fn unbond_is_locked_while_a_challenge_is_open() {
	run(|| {
		let (asset, _) = bob_holds();
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), 100));
		challenge(asset, 0, REGISTRY);
		assert_eq!(Attestors::<Test>::get(REGISTRY).unwrap().challenges, 1);
		assert_noop!(
			ProofOfOwnership::unbond(signed(REGISTRY), 101),
			Error::<Test>::BondLocked
		);
		assert_ok!(ProofOfOwnership::unbond(signed(REGISTRY), 100));
	});
}

#[test]
fn remove_attestor_releases_its_bond() {
	run(|| {
		admit_bonded(FOURTH, 300);
		assert_ok!(ProofOfOwnership::remove_attestor(root(), FOURTH));
		assert!(!Attestors::<Test>::contains_key(FOURTH));
		assert_eq!(held(HoldReason::AttestorBond, FOURTH), 0);
		assert_eq!(free(FOURTH), FUNDS);
		assert_eq!(
			last_event(),
			Event::AttestorRemoved {
				who: FOURTH,
				released: 300
			}
		);
		// Without a bond too.
		admit(FOURTH);
		assert_ok!(ProofOfOwnership::remove_attestor(root(), FOURTH));
	});
}

#[test]
fn remove_attestor_errors() {
	run(|| {
		assert_noop!(
			ProofOfOwnership::remove_attestor(root(), FOURTH),
			Error::<Test>::NotAttestor
		);
		let _ = bound();
		assert_noop!(
			ProofOfOwnership::remove_attestor(signed(ISSUER), REGISTRY),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ProofOfOwnership::remove_attestor(root(), REGISTRY),
			Error::<Test>::AttestorInUse
		);
	});
}

// ------------------------------------------------------------------------------------------
// Assets and bindings
// ------------------------------------------------------------------------------------------

#[test]
fn register_asset_records_it_and_starts_its_chain() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let record = Assets::<Test>::get(asset).unwrap();
		assert_eq!(record.issuer, ISSUER);
		assert_eq!(record.deposit, ASSET_DEPOSIT);
		assert_eq!(record.definition, def(&[REGISTRY, NOTARY, CUSTODIAN], 2));
		assert_eq!(held(HoldReason::AssetDeposit, ISSUER), ASSET_DEPOSIT);
		let genesis = ProofOfOwnership::asset_hash(&record);
		assert_eq!(genesis, sp_io::hashing::blake2_256(&record.encode()));
		assert_eq!(ChainHeads::<Test>::get(asset), (0, genesis));
		for who in [REGISTRY, NOTARY, CUSTODIAN] {
			assert_eq!(Attestors::<Test>::get(who).unwrap().assets, 1);
		}
		assert_eq!(NextAssetId::<Test>::get(), asset + 1);
		assert!(ProofOfOwnership::verify_chain(asset));
		assert_eq!(
			last_event(),
			Event::AssetRegistered {
				asset,
				issuer: ISSUER,
				kind: AssetKind::RealEstate,
				attestors: 3,
				threshold: 2,
				deposit: ASSET_DEPOSIT,
				genesis,
			}
		);
	});
}

#[test]
fn register_asset_errors() {
	run(|| {
		three_attestors();
		let all = [REGISTRY, NOTARY, CUSTODIAN];
		assert_noop!(
			ProofOfOwnership::register_asset(RuntimeOrigin::none(), Box::new(def(&all, 2))),
			DispatchError::BadOrigin
		);
		let mut d = def(&all, 2);
		d.legal_id = BoundedVec::new();
		assert_noop!(register_as(ISSUER, d), Error::<Test>::EmptyLegalId);
		let mut d = def(&all, 2);
		d.jurisdiction = CountryCode(*b"de");
		assert_noop!(register_as(ISSUER, d), Error::<Test>::InvalidJurisdiction);
		let mut d = def(&all, 2);
		d.total_units = 0;
		assert_noop!(register_as(ISSUER, d), Error::<Test>::ZeroUnits);
		for (attestors, threshold) in [(&all[..], 0), (&all[..], 4), (&[][..], 0), (&[][..], 1)] {
			assert_noop!(
				register_as(ISSUER, def(attestors, threshold)),
				Error::<Test>::InvalidThreshold
			);
		}
		for period in [0, MIN_TRANSFER_PERIOD - 1, MAX_TRANSFER_PERIOD + 1] {
			let mut d = def(&all, 2);
			d.transfer_period = period;
			assert_noop!(register_as(ISSUER, d), Error::<Test>::InvalidTransferPeriod);
		}
		assert_noop!(
			register_as(ISSUER, def(&[REGISTRY, NOTARY, REGISTRY], 2)),
			Error::<Test>::DuplicateAttestor { index: 2 }
		);
		assert_noop!(
			register_as(ISSUER, def(&[REGISTRY, NOTARY, NOBODY], 2)),
			Error::<Test>::AttestorNotAdmitted { index: 2 }
		);
		admit_bonded(FOURTH, MIN_BOND - 1);
		assert_noop!(
			register_as(ISSUER, def(&[REGISTRY, FOURTH], 1)),
			Error::<Test>::AttestorBondTooLow { index: 1 }
		);
		// The deposit cannot be held from an (admitted) issuer without funds.
		assert_ok!(SecurityToken::admit_issuer(root(), NOBODY));
		assert_noop!(
			register_as(NOBODY, def(&all, 2)),
			TokenError::FundsUnavailable
		);
		NextAssetId::<Test>::put(u32::MAX);
		assert_noop!(
			register_as(ISSUER, def(&all, 2)),
			Error::<Test>::AssetIdsExhausted
		);
	});
}

#[test]
fn bind_token_binds_both_ways() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = new_token(ISSUER);
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			asset,
			token,
			50
		));
		let binding = AssetBindings::<Test>::get(asset).unwrap();
		assert_eq!(
			(
				binding.token,
				binding.units_per_token,
				binding.pending_issue
			),
			(token, 50, 0)
		);
		assert_eq!(TokenAsset::<Test>::get(token), Some(asset));
		assert_eq!(
			last_event(),
			Event::TokenBound {
				asset,
				token,
				units_per_token: 50
			}
		);
	});
}

#[test]
fn bind_token_errors() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let other_asset = register(&[REGISTRY], 1);
		let token = new_token(ISSUER);
		let others = new_token(OTHER_ISSUER);
		let bind = |who, asset, token, units| {
			ProofOfOwnership::bind_token(signed(who), asset, token, units)
		};
		assert_noop!(
			ProofOfOwnership::bind_token(RuntimeOrigin::none(), asset, token, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(bind(ISSUER, UNKNOWN, token, 1), Error::<Test>::UnknownAsset);
		assert_noop!(
			bind(OTHER_ISSUER, asset, others, 1),
			Error::<Test>::NotAssetIssuer
		);
		assert_noop!(bind(ISSUER, asset, UNKNOWN, 1), Error::<Test>::UnknownToken);
		assert_noop!(
			bind(ISSUER, asset, others, 1),
			Error::<Test>::NotTokenIssuer
		);
		assert_noop!(bind(ISSUER, asset, token, 0), Error::<Test>::ZeroUnits);
		assert_noop!(
			bind(ISSUER, asset, token, 1_000_001),
			Error::<Test>::ExceedsAssetUnits
		);
		// A token some of which is outstanding cannot be bound.
		let issued = new_token(ISSUER);
		assert_ok!(post(SecurityToken::issue(signed(ISSUER), issued, BOB, 5)));
		assert_noop!(
			bind(ISSUER, asset, issued, 1),
			Error::<Test>::TokenAlreadyIssued
		);
		assert_ok!(bind(ISSUER, asset, token, 1));
		let spare = new_token(ISSUER);
		assert_noop!(
			bind(ISSUER, asset, spare, 1),
			Error::<Test>::AssetAlreadyBound
		);
		assert_noop!(
			bind(ISSUER, other_asset, token, 1),
			Error::<Test>::TokenAlreadyBound
		);
	});
}

// ------------------------------------------------------------------------------------------
// Requests
// ------------------------------------------------------------------------------------------

#[test]
fn request_transfer_escrows_the_tokens() {
	run(|| {
		let (asset, token) = bob_holds();
		System::set_block_number(5);
		let id = request(BOB, token, CHARLIE, 400);
		assert_eq!(balance(token, BOB), 600);
		assert_eq!(balance(token, escrow()), 400);
		// Still certified to Bob until the transfer completes.
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);
		let p = Pending::<Test>::get(id).unwrap();
		assert_eq!(
			(p.asset, p.token, p.from, p.to, p.amount, p.deadline),
			(asset, token, Some(BOB), CHARLIE, 400, 5 + TRANSFER_PERIOD)
		);
		assert_eq!(PendingByAsset::<Test>::get(asset).into_inner(), vec![id]);
		assert_eq!(
			last_event(),
			Event::TransferRequested {
				id,
				asset,
				token,
				from: Some(BOB),
				to: CHARLIE,
				amount: 400,
				deadline: 5 + TRANSFER_PERIOD,
			}
		);
	});
}

#[test]
fn request_transfer_errors() {
	run(|| {
		let (_, token) = bob_holds();
		let unbound = new_token(ISSUER);
		let req = |from, token, to, amount| {
			ProofOfOwnership::request_transfer(signed(from), token, to, amount)
		};
		assert_noop!(
			ProofOfOwnership::request_transfer(RuntimeOrigin::none(), token, CHARLIE, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(req(BOB, unbound, CHARLIE, 1), Error::<Test>::NotBound);
		assert_noop!(req(BOB, token, CHARLIE, 0), Error::<Test>::ZeroAmount);
		assert_noop!(req(BOB, token, BOB, 1), Error::<Test>::SameAccount);
		assert_noop!(req(BOB, token, escrow(), 1), Error::<Test>::InvalidReceiver);
		DenyList::deny(&DAVE);
		assert_noop!(req(BOB, token, DAVE, 1), DENIED_ERROR);
		// The ledger's own rules apply to the escrow movement.
		assert_noop!(
			req(BOB, token, CHARLIE, 1_001),
			pallet_security_token::Error::<Test>::InsufficientBalance
		);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), token, BOB));
		assert_noop!(
			req(BOB, token, CHARLIE, 1),
			pallet_security_token::Error::<Test>::Frozen
		);
		assert_ok!(SecurityToken::unfreeze_account(signed(ISSUER), token, BOB));
		// One holder takes at most MAX_REQUESTS of the asset's MAX_PENDING slots ...
		for _ in 0..MAX_REQUESTS {
			request(BOB, token, CHARLIE, 1);
		}
		assert_noop!(req(BOB, token, CHARLIE, 1), Error::<Test>::TooManyRequests);
		// ... the issuer's issuances are not limited per requester, only by the slots.
		for _ in MAX_REQUESTS..MAX_PENDING {
			request_issue(token, CHARLIE, 1);
		}
		assert_noop!(
			ProofOfOwnership::request_issuance(signed(ISSUER), token, CHARLIE, 1),
			Error::<Test>::TooManyPending
		);
	});
}

#[test]
fn request_transfer_ids_run_out() {
	run(|| {
		let (_, token) = bob_holds();
		NextTransferId::<Test>::put(u64::MAX);
		assert_noop!(
			ProofOfOwnership::request_transfer(signed(BOB), token, CHARLIE, 1),
			Error::<Test>::TransferIdsExhausted
		);
		assert_noop!(
			ProofOfOwnership::request_issuance(signed(ISSUER), token, CHARLIE, 1),
			Error::<Test>::TransferIdsExhausted
		);
	});
}

#[test]
fn request_issuance_records_a_pending_issuance() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, BOB, 700);
		assert_eq!(supply(token), 0);
		assert_eq!(
			AssetBindings::<Test>::get(asset).unwrap().pending_issue,
			700
		);
		let p = Pending::<Test>::get(id).unwrap();
		assert_eq!((p.from, p.to, p.amount), (None, BOB, 700));
		assert_eq!(
			last_event(),
			Event::TransferRequested {
				id,
				asset,
				token,
				from: None,
				to: BOB,
				amount: 700,
				deadline: 1 + TRANSFER_PERIOD,
			}
		);
	});
}

#[test]
fn request_issuance_errors() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = new_token(ISSUER);
		// One token unit stands for 1 000 of the asset's million units: 1 000 tokens at most.
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			asset,
			token,
			1_000
		));
		let unbound = new_token(ISSUER);
		let req = |who, token, to, amount| {
			ProofOfOwnership::request_issuance(signed(who), token, to, amount)
		};
		assert_noop!(
			ProofOfOwnership::request_issuance(RuntimeOrigin::none(), token, BOB, 1),
			DispatchError::BadOrigin
		);
		assert_noop!(req(ISSUER, unbound, BOB, 1), Error::<Test>::NotBound);
		assert_noop!(req(BOB, token, BOB, 1), Error::<Test>::NotTokenIssuer);
		// A supply agent is not the issuer.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			token,
			DAVE,
			Role::Supply
		));
		assert_noop!(req(DAVE, token, BOB, 1), Error::<Test>::NotTokenIssuer);
		assert_noop!(req(ISSUER, token, BOB, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			req(ISSUER, token, escrow(), 1),
			Error::<Test>::InvalidReceiver
		);
		DenyList::deny(&CHARLIE);
		assert_noop!(req(ISSUER, token, CHARLIE, 1), DENIED_ERROR);
		assert_noop!(
			req(ISSUER, token, BOB, 1_001),
			Error::<Test>::ExceedsAssetUnits
		);
		request_issue(token, BOB, 600);
		// Pending issuances count.
		assert_noop!(
			req(ISSUER, token, BOB, 401),
			Error::<Test>::ExceedsAssetUnits
		);
		request_issue(token, BOB, 1);
		request_issue(token, BOB, 1);
		assert_noop!(req(ISSUER, token, BOB, 1), Error::<Test>::TooManyPending);
	});
}

// ------------------------------------------------------------------------------------------
// Votes
// ------------------------------------------------------------------------------------------

#[test]
fn a_confirmation_below_the_threshold_is_recorded() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_ok!(confirm(REGISTRY, id));
		let p = Pending::<Test>::get(id).unwrap();
		assert_eq!(p.confirmations.into_inner(), vec![(REGISTRY, EVIDENCE)]);
		assert_eq!(balance(token, CHARLIE), 0);
		assert_eq!(
			last_event(),
			Event::Confirmed {
				id,
				attestor: REGISTRY,
				evidence: EVIDENCE,
				confirmations: 1
			}
		);
	});
}

#[test]
fn the_threshold_confirmation_completes_the_transfer() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_ok!(confirm(CUSTODIAN, id));
		System::set_block_number(3);
		assert_ok!(ProofOfOwnership::confirm(signed(NOTARY), id, [4; 32]));
		assert!(!Pending::<Test>::contains_key(id));
		assert!(!PendingByAsset::<Test>::contains_key(asset));
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (600, 400));
		assert_eq!(balance(token, escrow()), 0);
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 600);
		assert_eq!(OwnerUnits::<Test>::get(asset, CHARLIE), 400);
		let cert = Certificates::<Test>::get(asset, 1).unwrap();
		let confirmations: Vec<(AccountId, [u8; 32])> =
			vec![(CUSTODIAN, EVIDENCE), (NOTARY, [4; 32])];
		assert_eq!(cert.seq, 1);
		assert_eq!(cert.owner, CHARLIE);
		assert_eq!(cert.units, 400);
		assert_eq!(cert.from, Some(BOB));
		assert_eq!(cert.transfer, id);
		assert_eq!(
			cert.evidence,
			sp_io::hashing::blake2_256(&confirmations.encode())
		);
		assert_eq!(cert.attestors.clone().into_inner(), vec![CUSTODIAN, NOTARY]);
		assert_eq!(cert.at, 3);
		let first = Certificates::<Test>::get(asset, 0).unwrap();
		assert_eq!(cert.prev, ProofOfOwnership::certificate_hash(&first));
		let hash = ProofOfOwnership::certificate_hash(&cert);
		assert_eq!(ChainHeads::<Test>::get(asset), (2, hash));
		assert!(ProofOfOwnership::verify_chain(asset));
		assert_eq!(
			last_event(),
			Event::TransferCompleted {
				id,
				asset,
				from: Some(BOB),
				to: CHARLIE,
				amount: 400,
				seq: 1,
				certificate: hash,
			}
		);
	});
}

#[test]
fn a_confirmed_issuance_issues_the_tokens() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, BOB, 1_000);
		assert_ok!(confirm(REGISTRY, id));
		assert_eq!(supply(token), 0);
		assert_ok!(confirm(NOTARY, id));
		assert_eq!(supply(token), 1_000);
		assert_eq!(balance(token, BOB), 1_000);
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);
		assert_eq!(AssetBindings::<Test>::get(asset).unwrap().pending_issue, 0);
		let cert = Certificates::<Test>::get(asset, 0).unwrap();
		assert_eq!((cert.from, cert.owner, cert.units), (None, BOB, 1_000));
		let genesis = ProofOfOwnership::asset_hash(&Assets::<Test>::get(asset).unwrap());
		assert_eq!(cert.prev, genesis);
		assert!(ProofOfOwnership::verify_chain(asset));
	});
}

#[test]
fn confirm_and_reject_errors() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		for vote in [confirm, reject] {
			assert_noop!(vote(REGISTRY, 999), Error::<Test>::UnknownTransfer);
			assert_noop!(vote(FOURTH, id), Error::<Test>::NotAssetAttestor);
			assert_noop!(vote(BOB, id), Error::<Test>::NotAssetAttestor);
		}
		assert_noop!(
			ProofOfOwnership::confirm(RuntimeOrigin::none(), id, EVIDENCE),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ProofOfOwnership::reject(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(reject(NOTARY, id));
		for vote in [confirm, reject] {
			assert_noop!(vote(REGISTRY, id), Error::<Test>::AlreadyVoted);
			assert_noop!(vote(NOTARY, id), Error::<Test>::AlreadyVoted);
		}
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		for vote in [confirm, reject] {
			assert_noop!(vote(CUSTODIAN, id), Error::<Test>::DeadlinePassed);
		}
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), id));
	});
}

#[test]
fn votes_at_the_deadline_count() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		System::set_block_number(1 + TRANSFER_PERIOD);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		assert_eq!(balance(token, CHARLIE), 10);
	});
}

#[test]
fn an_attestor_below_the_minimum_bond_may_not_vote() {
	run(|| {
		let (asset, token) = bob_holds();
		let c = challenge(asset, 0, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), c, true));
		assert!(bond_of(REGISTRY) < MIN_BOND);
		let id = request(BOB, token, CHARLIE, 10);
		for vote in [confirm, reject] {
			assert_noop!(vote(REGISTRY, id), Error::<Test>::BondBelowMinimum);
		}
		// Topped up, it may again.
		assert_ok!(ProofOfOwnership::bond(signed(REGISTRY), MIN_BOND));
		assert_ok!(confirm(REGISTRY, id));
	});
}

#[test]
fn confirm_fails_when_the_chain_is_full() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		assert_ok!(confirm(REGISTRY, id));
		let head = ChainHeads::<Test>::get(asset);
		ChainHeads::<Test>::insert(asset, (u32::MAX, head.1));
		assert_noop!(confirm(NOTARY, id), Error::<Test>::CertificatesExhausted);
		ChainHeads::<Test>::insert(asset, head);
		assert_ok!(confirm(NOTARY, id));
	});
}

#[test]
fn a_refund_reaches_a_frozen_holder_at_once() {
	run(|| {
		let (asset, token) = bob_holds();
		let rejected = request(BOB, token, CHARLIE, 400);
		let lapsed = request(BOB, token, CHARLIE, 100);
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), token, BOB));
		// Refunds are never stuck behind a freeze: the tokens go back, the freeze keeps them.
		assert_ok!(reject(REGISTRY, rejected));
		assert_ok!(reject(NOTARY, rejected));
		assert_eq!(balance(token, BOB), 900);
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), lapsed));
		assert_eq!(balance(token, BOB), 1_000);
		assert_eq!(last_event(), Event::TransferExpired { id: lapsed, asset });
		assert!(pallet_security_token::Holdings::<Test>::get(token, BOB)
			.is_some_and(|h| h.account_frozen));
	});
}

#[test]
fn a_rejection_below_the_threshold_is_recorded() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		let weight = ProofOfOwnership::reject(signed(REGISTRY), id).unwrap();
		assert_eq!(weight.actual_weight, Some(<() as WeightInfo>::reject()));
		assert_eq!(
			Pending::<Test>::get(id).unwrap().rejections.into_inner(),
			vec![REGISTRY]
		);
		assert_eq!(
			last_event(),
			Event::Rejected {
				id,
				attestor: REGISTRY,
				rejections: 1
			}
		);
	});
}

#[test]
fn enough_rejections_refund_the_holder() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		// 2 of 3: two rejections make two confirmations impossible.
		assert_ok!(reject(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		assert_ok!(reject(CUSTODIAN, id));
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!(balance(token, BOB), 1_000);
		assert_eq!(balance(token, escrow()), 0);
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);
		assert_eq!(ChainHeads::<Test>::get(asset).0, 1);
		assert_eq!(last_event(), Event::TransferRefused { id, asset });
	});
}

#[test]
fn a_refused_issuance_just_ends() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, BOB, 500);
		assert_ok!(reject(REGISTRY, id));
		assert_ok!(reject(NOTARY, id));
		assert_eq!(supply(token), 0);
		assert_eq!(AssetBindings::<Test>::get(asset).unwrap().pending_issue, 0);
		assert_eq!(last_event(), Event::TransferRefused { id, asset });
	});
}

#[test]
fn expire_refunds_after_the_deadline() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		let issuance = request_issue(token, DAVE, 5);
		assert_ok!(confirm(REGISTRY, id));
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), id));
		assert_eq!(balance(token, BOB), 1_000);
		assert_eq!(balance(token, escrow()), 0);
		assert_eq!(last_event(), Event::TransferExpired { id, asset });
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), issuance));
		assert_eq!(AssetBindings::<Test>::get(asset).unwrap().pending_issue, 0);
		assert!(Pending::<Test>::iter().next().is_none());
	});
}

#[test]
fn expire_errors() {
	run(|| {
		let (_, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_noop!(
			ProofOfOwnership::expire(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ProofOfOwnership::expire(signed(NOBODY), 999),
			Error::<Test>::UnknownTransfer
		);
		System::set_block_number(1 + TRANSFER_PERIOD);
		assert_noop!(
			ProofOfOwnership::expire(signed(NOBODY), id),
			Error::<Test>::NotExpired
		);
	});
}

// ------------------------------------------------------------------------------------------
// Settlement: judged when the deciding confirmation settles, with the state as it is then
// ------------------------------------------------------------------------------------------

/// An error as an event keeps it: without the message of `DispatchError::Other`.
fn stored(error: DispatchError) -> DispatchError {
	DispatchError::decode(&mut &error.encode()[..]).expect("an encoded error decodes")
}

/// Bob holds 1 000 and has asked for 400 to go to Charlie (transfer id returned); the
/// registry has confirmed, the notary's confirmation would decide.
fn pending_sale() -> (AssetId, TokenId, TransferId) {
	let (asset, token) = bob_holds();
	let id = request(BOB, token, CHARLIE, 400);
	assert_ok!(confirm(REGISTRY, id));
	(asset, token, id)
}

/// The transfer ended refused at settlement: Bob has his tokens back, nothing reached
/// Charlie, no certificate was issued, the certified units did not move.
fn assert_refused_at_settlement(
	asset: AssetId,
	token: TokenId,
	id: TransferId,
	error: DispatchError,
) {
	let error = stored(error);
	assert_eq!(last_event(), Event::SettlementRefused { id, asset, error });
	assert!(!Pending::<Test>::contains_key(id));
	assert!(PendingByAsset::<Test>::get(asset).is_empty());
	assert_eq!(
		(
			balance(token, BOB),
			balance(token, CHARLIE),
			balance(token, escrow())
		),
		(1_000, 0, 0)
	);
	assert_eq!(
		ChainHeads::<Test>::get(asset).0,
		1,
		"only the issuance's certificate"
	);
	assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);
	assert_eq!(OwnerUnits::<Test>::get(asset, CHARLIE), 0);
}

#[test]
fn a_receiver_refused_after_the_request_does_not_receive() {
	run(|| {
		let (asset, token, id) = pending_sale();
		// Charlie's standing changes while the attestors deliberate (a revoked claim, a deny
		// list): the settlement is judged as it stands now.
		DenyList::deny(&CHARLIE);
		assert_ok!(confirm(NOTARY, id));
		assert_refused_at_settlement(asset, token, id, DENIED_ERROR);
	});
}

#[test]
fn a_sender_refused_after_the_request_does_not_complete() {
	run(|| {
		let (asset, token, id) = pending_sale();
		DenyList::deny(&BOB);
		assert_ok!(confirm(NOTARY, id));
		assert_refused_at_settlement(asset, token, id, DENIED_ERROR);
	});
}

#[test]
fn a_sender_frozen_after_the_request_does_not_complete() {
	run(|| {
		let (asset, token, id) = pending_sale();
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), token, BOB));
		assert_ok!(confirm(NOTARY, id));
		assert_refused_at_settlement(
			asset,
			token,
			id,
			pallet_security_token::Error::<Test>::Frozen.into(),
		);
		// The refund reached Bob although he is frozen: nothing is lost.
		assert_eq!(balance(token, BOB), 1_000);
	});
}

#[test]
fn a_receiver_frozen_after_the_request_does_not_receive() {
	run(|| {
		let (asset, token, id) = pending_sale();
		assert_ok!(SecurityToken::freeze_account(
			signed(ISSUER),
			token,
			CHARLIE
		));
		assert_ok!(confirm(NOTARY, id));
		assert_refused_at_settlement(
			asset,
			token,
			id,
			pallet_security_token::Error::<Test>::ReceiverFrozen.into(),
		);
	});
}

#[test]
fn an_issuance_refused_at_settlement_releases_its_units() {
	run(|| {
		let (asset, token) = bound();
		let id = request_issue(token, CHARLIE, 100);
		assert_ok!(confirm(REGISTRY, id));
		DenyList::deny(&CHARLIE);
		assert_ok!(confirm(NOTARY, id));
		assert_eq!(
			last_event(),
			Event::SettlementRefused {
				id,
				asset,
				error: stored(DENIED_ERROR)
			}
		);
		assert_eq!((supply(token), balance(token, CHARLIE)), (0, 0));
		assert_eq!(AssetBindings::<Test>::get(asset).unwrap().pending_issue, 0);
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!(ChainHeads::<Test>::get(asset).0, 0);
		// The units are free again: the whole asset can still be issued.
		DenyList::clear();
		issue(token, DAVE, 1_000_000);
	});
}

#[test]
fn a_pause_stops_new_requests_but_not_pending_settlements_or_refunds() {
	run(|| {
		let (asset, token, id) = pending_sale();
		let refunded = request(BOB, token, DAVE, 100);
		assert_ok!(SecurityToken::pause(signed(ISSUER), token));
		assert_noop!(
			ProofOfOwnership::request_transfer(signed(BOB), token, DAVE, 1),
			pallet_security_token::Error::<Test>::TokenPaused
		);
		// The attested transfer settles, the rejected one is refunded, both during the pause.
		assert_ok!(confirm(NOTARY, id));
		assert!(matches!(last_event(), Event::TransferCompleted { .. }));
		assert_ok!(reject(REGISTRY, refunded));
		assert_ok!(reject(NOTARY, refunded));
		assert_eq!(
			(
				balance(token, BOB),
				balance(token, CHARLIE),
				balance(token, escrow())
			),
			(600, 400, 0)
		);
		assert_eq!(OwnerUnits::<Test>::get(asset, CHARLIE), 400);
	});
}

#[test]
fn the_escrow_is_a_custodian_nobody_can_freeze_or_drain() {
	run(|| {
		let (_, token, _) = pending_sale();
		let custodian =
			|| DispatchError::from(pallet_security_token::Error::<Test>::CustodianAccount);
		// The escrow cannot be frozen, so refunds and settlements never get stuck behind a
		// freeze of it; no agent can move what it holds, nor anyone send it tokens.
		assert_noop!(
			SecurityToken::freeze_account(signed(ISSUER), token, escrow()),
			custodian()
		);
		assert_noop!(
			post(SecurityToken::force_transfer(
				signed(ISSUER),
				token,
				escrow(),
				DAVE,
				400,
				b"court".to_vec().try_into().unwrap()
			)),
			custodian()
		);
		let unbound = new_token(ISSUER);
		assert_ok!(SecurityToken::issue(signed(ISSUER), unbound, BOB, 10));
		assert_noop!(
			post(SecurityToken::transfer(signed(BOB), unbound, escrow(), 1)),
			custodian()
		);
		// The escrow never counts as a holder: Bob alone holds the token.
		assert_eq!(
			<SecurityToken as SecurityLedger<AccountId, Balance>>::holder_count(token),
			1
		);
	});
}

#[test]
fn a_refused_settlement_is_charged_its_refund_too() {
	run(|| {
		let (_, token, id) = pending_sale();
		let overhead =
			<SecurityToken as SecurityLedger<AccountId, Balance>>::movement_overhead_of(token);
		DenyList::deny(&CHARLIE);
		let info = ProofOfOwnership::confirm(signed(NOTARY), id, EVIDENCE).unwrap();
		let actual =
			<() as WeightInfo>::confirm_complete().saturating_add(overhead.saturating_mul(2));
		assert_eq!(info.actual_weight, Some(actual));
		assert!(ProofOfOwnership::confirm_weight().all_gte(actual));
	});
}

// ------------------------------------------------------------------------------------------
// Griefing and self-dealing
// ------------------------------------------------------------------------------------------

#[test]
fn only_admitted_issuers_register_assets_so_nobody_ties_up_attestors_bonds() {
	run(|| {
		three_attestors();
		assert_noop!(
			register_as(BOB, def(&[REGISTRY, NOTARY, CUSTODIAN], 2)),
			Error::<Test>::NotIssuer
		);
		assert_eq!(Attestors::<Test>::get(REGISTRY).unwrap().assets, 0);
		// A removed issuer registers, binds and issues no more.
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = new_token(ISSUER);
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_noop!(
			register_as(ISSUER, def(&[REGISTRY, NOTARY], 1)),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			ProofOfOwnership::bind_token(signed(ISSUER), asset, token, 1),
			Error::<Test>::NotIssuer
		);
		assert_ok!(SecurityToken::admit_issuer(root(), ISSUER));
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			asset,
			token,
			1
		));
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_noop!(
			ProofOfOwnership::request_issuance(signed(ISSUER), token, BOB, 1),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn an_attestor_cannot_vote_on_a_transfer_to_or_from_itself() {
	run(|| {
		let (_, token) = bob_holds();
		let to_registry = request(BOB, token, REGISTRY, 10);
		assert_noop!(
			confirm(REGISTRY, to_registry),
			Error::<Test>::InterestedAttestor
		);
		assert_noop!(
			reject(REGISTRY, to_registry),
			Error::<Test>::InterestedAttestor
		);
		// The others decide.
		assert_ok!(confirm(NOTARY, to_registry));
		assert_ok!(confirm(CUSTODIAN, to_registry));
		assert_eq!(balance(token, REGISTRY), 10);
		// Nor on its own sale.
		let from_registry = request(REGISTRY, token, CHARLIE, 5);
		assert_noop!(
			confirm(REGISTRY, from_registry),
			Error::<Test>::InterestedAttestor
		);
	});
}

#[test]
fn nobody_challenges_an_attestation_it_is_a_party_to() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 10);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		let seq = ChainHeads::<Test>::get(asset).0 - 1;
		for interested in [REGISTRY, BOB, CHARLIE] {
			assert_noop!(
				ProofOfOwnership::challenge(signed(interested), asset, seq, REGISTRY),
				Error::<Test>::InterestedChallenger
			);
		}
		// The issuance's receiver cannot dispute it either.
		assert_noop!(
			ProofOfOwnership::challenge(signed(BOB), asset, 0, NOTARY),
			Error::<Test>::InterestedChallenger
		);
		assert_ok!(ProofOfOwnership::challenge(
			signed(EVE),
			asset,
			seq,
			REGISTRY
		));
	});
}

#[test]
fn a_request_holds_a_deposit_until_it_ends_however_it_ends() {
	run(|| {
		let (_, token) = bob_holds();
		let deposit = || held(HoldReason::RequestDeposit, BOB);
		let settles = request(BOB, token, CHARLIE, 10);
		let refused = request(BOB, token, DAVE, 10);
		assert_eq!(deposit(), 2 * REQUEST_DEPOSIT);
		assert_eq!(
			crate::Requests::<Test>::get(settles),
			Some((BOB, REQUEST_DEPOSIT))
		);
		assert_ok!(confirm(REGISTRY, settles));
		assert_ok!(confirm(NOTARY, settles));
		assert_eq!(deposit(), REQUEST_DEPOSIT);
		assert_ok!(reject(REGISTRY, refused));
		assert_ok!(reject(NOTARY, refused));
		assert_eq!(deposit(), 0);
		// Expired and refused-at-settlement requests return it too.
		let lapses = request(BOB, token, CHARLIE, 1);
		let denied = request(BOB, token, DAVE, 1);
		assert_eq!(deposit(), 2 * REQUEST_DEPOSIT);
		DenyList::deny(&DAVE);
		assert_ok!(confirm(REGISTRY, denied));
		assert_ok!(confirm(NOTARY, denied));
		System::set_block_number(System::block_number() + TRANSFER_PERIOD + 1);
		assert_ok!(ProofOfOwnership::expire(signed(NOBODY), lapses));
		assert_eq!(deposit(), 0);
		assert!(crate::OpenRequests::<Test>::get(0, BOB).is_none());
		// The issuer pays for its issuance requests.
		let before = held(HoldReason::RequestDeposit, ISSUER);
		request_issue(token, CHARLIE, 1);
		assert_eq!(
			held(HoldReason::RequestDeposit, ISSUER),
			before + REQUEST_DEPOSIT
		);
	});
}

#[test]
fn a_holder_without_the_deposit_cannot_request() {
	run(|| {
		let (_, token) = bob_holds();
		// Bob's whole native balance moves away: nothing left to hold.
		let all = free(BOB);
		assert_ok!(Balances::transfer_allow_death(signed(BOB), NOBODY, all));
		assert_noop!(
			ProofOfOwnership::request_transfer(signed(BOB), token, CHARLIE, 1),
			TokenError::FundsUnavailable
		);
		assert_eq!(balance(token, BOB), 1_000);
	});
}

// ------------------------------------------------------------------------------------------
// Certificates and queries
// ------------------------------------------------------------------------------------------

#[test]
fn the_chain_of_title_is_tamper_evident() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		assert!(ProofOfOwnership::verify_chain(asset));
		let original = Certificates::<Test>::get(asset, 0).unwrap();
		let mut forged = original.clone();
		forged.units = 2_000;
		Certificates::<Test>::insert(asset, 0, forged);
		assert!(!ProofOfOwnership::verify_chain(asset));
		Certificates::<Test>::insert(asset, 0, original.clone());
		assert!(ProofOfOwnership::verify_chain(asset));
		// A certificate confirmed by an account that is not an attestor does not verify.
		let mut outsider = original.clone();
		outsider.attestors = vec![REGISTRY, NOBODY].try_into().unwrap();
		Certificates::<Test>::insert(asset, 0, outsider);
		assert!(!ProofOfOwnership::verify_chain(asset));
		Certificates::<Test>::insert(asset, 0, original);
		assert!(ProofOfOwnership::verify_chain(asset));
		assert!(!ProofOfOwnership::verify_chain(UNKNOWN));
	});
}

#[test]
fn the_api_answers_assets_owners_certificates_and_pending() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		let back = request(CHARLIE, token, BOB, 100);
		assert_ok!(confirm(REGISTRY, back));
		assert_ok!(confirm(CUSTODIAN, back));
		let pending = request(BOB, token, DAVE, 50);
		assert_ok!(reject(NOTARY, pending));

		let info = ProofOfOwnership::api_asset(asset).unwrap();
		assert_eq!(info.issuer, ISSUER);
		assert_eq!(info.legal_id, b"BER-4711-12".to_vec());
		assert_eq!(info.attestors, vec![REGISTRY, NOTARY, CUSTODIAN]);
		assert_eq!(info.token, Some((token, 1)));
		assert_eq!(info.certificates, 3);
		assert_eq!(info.head, ChainHeads::<Test>::get(asset).1);
		assert!(info.chain_verified);
		assert!(ProofOfOwnership::api_asset(UNKNOWN).is_none());

		let mut owners = ProofOfOwnership::api_owners(asset);
		owners.sort();
		assert_eq!(owners, vec![(BOB, 700), (CHARLIE, 300)]);

		let bobs = ProofOfOwnership::api_certificates_of(asset, BOB);
		assert_eq!(bobs.iter().map(|c| c.seq).collect::<Vec<_>>(), vec![0, 2]);
		assert_eq!(bobs[1].from, Some(CHARLIE));
		assert_eq!(
			bobs[1].prev,
			ProofOfOwnership::api_certificates_of(asset, CHARLIE)[0].certificate_hash
		);
		assert_eq!(
			bobs[1].certificate_hash,
			ProofOfOwnership::certificate_hash(&Certificates::<Test>::get(asset, 2).unwrap())
		);
		assert!(ProofOfOwnership::api_certificates_of(asset, DAVE).is_empty());

		let open = ProofOfOwnership::api_pending(asset);
		assert_eq!(open.len(), 1);
		assert_eq!(
			(open[0].id, open[0].from, open[0].to, open[0].amount),
			(pending, Some(BOB), DAVE, 50)
		);
		assert_eq!(open[0].rejections, vec![NOTARY]);
	});
}

// ------------------------------------------------------------------------------------------
// Challenges
// ------------------------------------------------------------------------------------------

#[test]
fn challenge_holds_the_bond() {
	run(|| {
		let (asset, _) = bob_holds();
		let id = challenge(asset, 0, NOTARY);
		assert_eq!(held(HoldReason::ChallengeBond, EVE), CHALLENGE_BOND);
		let c = Challenges::<Test>::get(id).unwrap();
		assert_eq!(
			(c.challenger, c.asset, c.seq, c.attestor, c.bond),
			(EVE, asset, 0, NOTARY, CHALLENGE_BOND)
		);
		assert_eq!(Disputes::<Test>::get((asset, 0, NOTARY)), Some(id));
		assert_eq!(Attestors::<Test>::get(NOTARY).unwrap().challenges, 1);
		assert_eq!(
			last_event(),
			Event::Challenged {
				id,
				asset,
				seq: 0,
				attestor: NOTARY,
				challenger: EVE,
				bond: CHALLENGE_BOND
			}
		);
	});
}

#[test]
fn challenge_errors() {
	run(|| {
		let (asset, _) = bob_holds();
		let ch =
			|who, seq, attestor| ProofOfOwnership::challenge(signed(who), asset, seq, attestor);
		assert_noop!(
			ProofOfOwnership::challenge(RuntimeOrigin::none(), asset, 0, REGISTRY),
			DispatchError::BadOrigin
		);
		assert_noop!(ch(EVE, 1, REGISTRY), Error::<Test>::UnknownCertificate);
		assert_noop!(
			ProofOfOwnership::challenge(signed(EVE), UNKNOWN, 0, REGISTRY),
			Error::<Test>::UnknownCertificate
		);
		// The custodian did not confirm the issuance.
		assert_noop!(ch(EVE, 0, CUSTODIAN), Error::<Test>::NotCertificateAttestor);
		assert_noop!(ch(NOBODY, 0, REGISTRY), TokenError::FundsUnavailable);
		NextChallengeId::<Test>::put(u64::MAX);
		assert_noop!(ch(EVE, 0, REGISTRY), Error::<Test>::ChallengeIdsExhausted);
		NextChallengeId::<Test>::put(0);
		challenge(asset, 0, REGISTRY);
		assert_noop!(ch(DAVE, 0, REGISTRY), Error::<Test>::AlreadyChallenged);
		System::set_block_number(1 + CHALLENGE_PERIOD + 1);
		assert_noop!(ch(EVE, 0, NOTARY), Error::<Test>::ChallengePeriodOver);
	});
}

#[test]
fn challenges_are_possible_until_the_end_of_the_period() {
	run(|| {
		let (asset, _) = bob_holds();
		System::set_block_number(1 + CHALLENGE_PERIOD);
		challenge(asset, 0, NOTARY);
	});
}

#[test]
fn an_upheld_challenge_slashes_the_attestor() {
	run(|| {
		let (asset, _) = bob_holds();
		let issuance = Balances::total_issuance();
		let id = challenge(asset, 0, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), id, true));
		// Half of the 1 000 bond is slashed; 40% of that (200) pays Eve, 300 are burned.
		assert_eq!(bond_of(REGISTRY), 500);
		assert_eq!(held(HoldReason::AttestorBond, REGISTRY), 500);
		assert_eq!(free(REGISTRY), FUNDS - MIN_BOND);
		assert_eq!(held(HoldReason::ChallengeBond, EVE), 0);
		assert_eq!(free(EVE), FUNDS + 200);
		assert_eq!(Balances::total_issuance(), issuance - 300);
		assert_eq!(Attestors::<Test>::get(REGISTRY).unwrap().challenges, 0);
		assert!(!Challenges::<Test>::contains_key(id));
		// Found wrong once: not again.
		assert_eq!(Disputes::<Test>::get((asset, 0, REGISTRY)), Some(id));
		assert_noop!(
			ProofOfOwnership::challenge(signed(DAVE), asset, 0, REGISTRY),
			Error::<Test>::AlreadyChallenged
		);
		assert_eq!(
			last_event(),
			Event::ChallengeUpheld {
				id,
				attestor: REGISTRY,
				challenger: EVE,
				slashed: 500,
				reward: 200
			}
		);
	});
}

#[test]
fn a_dismissed_challenge_forfeits_the_bond() {
	run(|| {
		let (asset, _) = bob_holds();
		let issuance = Balances::total_issuance();
		let id = challenge(asset, 0, NOTARY);
		assert_ok!(ProofOfOwnership::rule(root(), id, false));
		assert_eq!(bond_of(NOTARY), MIN_BOND);
		assert_eq!(held(HoldReason::ChallengeBond, EVE), 0);
		assert_eq!(free(EVE), FUNDS - CHALLENGE_BOND);
		assert_eq!(Balances::total_issuance(), issuance - CHALLENGE_BOND);
		assert_eq!(Attestors::<Test>::get(NOTARY).unwrap().challenges, 0);
		assert!(!Disputes::<Test>::contains_key((asset, 0, NOTARY)));
		assert_eq!(
			last_event(),
			Event::ChallengeDismissed {
				id,
				challenger: EVE,
				forfeited: CHALLENGE_BOND
			}
		);
		// Someone else may still challenge within the period.
		assert_ok!(ProofOfOwnership::challenge(signed(DAVE), asset, 0, NOTARY));
	});
}

#[test]
fn rule_errors() {
	run(|| {
		let (asset, _) = bob_holds();
		let id = challenge(asset, 0, NOTARY);
		assert_noop!(
			ProofOfOwnership::rule(signed(ISSUER), id, true),
			DispatchError::BadOrigin
		);
		assert_noop!(
			ProofOfOwnership::rule(root(), 999, true),
			Error::<Test>::UnknownChallenge
		);
		assert_ok!(ProofOfOwnership::rule(root(), id, false));
		assert_noop!(
			ProofOfOwnership::rule(root(), id, false),
			Error::<Test>::UnknownChallenge
		);
	});
}

#[test]
fn rule_charges_the_weight_of_its_ruling() {
	run(|| {
		let (asset, _) = bob_holds();
		let upheld = challenge(asset, 0, REGISTRY);
		let dismissed = challenge(asset, 0, NOTARY);
		let info = ProofOfOwnership::rule(root(), upheld, true).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::rule_upheld()));
		let info = ProofOfOwnership::rule(root(), dismissed, false).unwrap();
		assert_eq!(
			info.actual_weight,
			Some(<() as WeightInfo>::rule_dismissed())
		);
	});
}

// ------------------------------------------------------------------------------------------
// The transfer check, through the ledger
// ------------------------------------------------------------------------------------------

#[test]
fn the_ledger_refuses_every_other_movement_of_a_bound_token() {
	run(|| {
		let (_, token) = bob_holds();
		let refused = || Error::<Test>::AttestationRequired;
		assert_noop!(
			post(SecurityToken::transfer(signed(BOB), token, CHARLIE, 10)),
			refused()
		);
		assert_noop!(
			post(SecurityToken::issue(signed(ISSUER), token, CHARLIE, 10)),
			refused()
		);
		assert_noop!(
			post(SecurityToken::burn(signed(ISSUER), token, BOB, 10)),
			refused()
		);
		let reason: BoundedVec<u8, ConstU32<32>> = b"court order".to_vec().try_into().unwrap();
		assert_noop!(
			post(SecurityToken::force_transfer(
				signed(ISSUER),
				token,
				BOB,
				CHARLIE,
				10,
				reason
			)),
			refused()
		);
		assert_noop!(
			post(SecurityToken::recover(signed(ISSUER), token, BOB, DAVE)),
			refused()
		);
		assert_ok!(SecurityToken::approve(signed(BOB), token, DAVE, 10));
		assert_noop!(
			post(SecurityToken::transfer_from(
				signed(DAVE),
				token,
				BOB,
				CHARLIE,
				10
			)),
			refused()
		);
		assert_eq!(
			SecurityToken::api_can_transfer(token, &BOB, &CHARLIE, 10),
			vec![ReasonCode::AttestationRequired]
		);
		assert_eq!(ReasonCode::AttestationRequired.code(), 0x60);
	});
}

#[test]
fn redemptions_of_a_bound_token_are_refused() {
	run(|| {
		three_attestors();
		let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
		let token = pallet_security_token::NextTokenId::<Test>::get();
		assert_ok!(SecurityToken::create_token(
			signed(ISSUER),
			Box::new(SecurityDefinition {
				redemption: Redemption::Anytime,
				..SecurityDefinition::plain_equity(b"UNITS", DE, 1_000_000)
			})
		));
		assert_ok!(ProofOfOwnership::bind_token(
			signed(ISSUER),
			asset,
			token,
			1
		));
		issue(token, BOB, 100);
		assert_noop!(
			post(SecurityToken::redeem(signed(BOB), token, 10)),
			Error::<Test>::AttestationRequired
		);
		assert_eq!(supply(token), 100);
	});
}

#[test]
fn unbound_tokens_move_freely() {
	run(|| {
		let token = new_token(ISSUER);
		assert_ok!(post(SecurityToken::issue(signed(ISSUER), token, BOB, 10)));
		assert_ok!(post(SecurityToken::transfer(
			signed(BOB),
			token,
			CHARLIE,
			4
		)));
		assert!(SecurityToken::api_can_transfer(token, &BOB, &CHARLIE, 1).is_empty());
		assert_eq!(balance(token, CHARLIE), 4);
	});
}

#[test]
fn the_refusal_decodes_as_a_client_sees_it() {
	run(|| {
		use codec::Decode;
		use frame_support::traits::PalletInfoAccess;
		let (_, token) = bob_holds();
		match post(SecurityToken::transfer(signed(BOB), token, CHARLIE, 10)) {
			Err(DispatchError::Module(e)) => {
				assert_eq!(
					usize::from(e.index),
					<ProofOfOwnership as PalletInfoAccess>::index()
				);
				assert!(matches!(
					Error::<Test>::decode(&mut &e.error[..]),
					Ok(Error::<Test>::AttestationRequired)
				));
			}
			other => panic!("expected a module error, got {other:?}"),
		}
	});
}

// ------------------------------------------------------------------------------------------
// Weights
// ------------------------------------------------------------------------------------------

#[test]
fn a_confirmation_that_does_not_complete_is_refunded() {
	run(|| {
		let (_, token) = bob_holds();
		let overhead =
			<SecurityToken as SecurityLedger<AccountId, Balance>>::movement_overhead_of(token);
		let id = request(BOB, token, CHARLIE, 10);
		let info = ProofOfOwnership::confirm(signed(REGISTRY), id, EVIDENCE).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::confirm()));
		// The completing confirmation: its benchmark and the checks of this token's movement.
		let info = ProofOfOwnership::confirm(signed(NOTARY), id, EVIDENCE).unwrap();
		let complete = <() as WeightInfo>::confirm_complete().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(complete));
		assert!(ProofOfOwnership::confirm_weight().all_gte(complete));
		assert!(ProofOfOwnership::reject_weight().all_gte(<() as WeightInfo>::reject_final()));
	});
}

#[test]
fn requests_rejections_and_expiry_are_charged_the_checks_of_their_token() {
	run(|| {
		let (_, token) = bob_holds();
		let overhead =
			<SecurityToken as SecurityLedger<AccountId, Balance>>::movement_overhead_of(token);
		// The up-front check and the movement into escrow each cost a movement's checks.
		let escrow_check = overhead;
		let charged = |call: crate::Call<Test>| {
			use frame_support::dispatch::GetDispatchInfo;
			call.get_dispatch_info().call_weight
		};

		// A request: its benchmark, the up-front check and the movement into escrow, for this
		// token; refunded down from the most of each.
		let info = ProofOfOwnership::request_transfer(signed(BOB), token, CHARLIE, 10).unwrap();
		let actual = <() as WeightInfo>::request_transfer()
			.saturating_add(escrow_check)
			.saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(actual));
		let call = crate::Call::<Test>::request_transfer {
			token,
			to: CHARLIE,
			amount: 10,
		};
		assert!(charged(call).all_gte(actual));
		let first = NextTransferId::<Test>::get() - 1;

		let info = ProofOfOwnership::request_issuance(signed(ISSUER), token, CHARLIE, 5).unwrap();
		let actual = <() as WeightInfo>::request_issuance().saturating_add(escrow_check);
		assert_eq!(info.actual_weight, Some(actual));
		let call = crate::Call::<Test>::request_issuance {
			token,
			to: CHARLIE,
			amount: 5,
		};
		assert!(charged(call).all_gte(actual));

		// A rejection that does not fail the transfer, then the failing one.
		let info = ProofOfOwnership::reject(signed(REGISTRY), first).unwrap();
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::reject()));
		let info = ProofOfOwnership::reject(signed(NOTARY), first).unwrap();
		let actual = <() as WeightInfo>::reject_final().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(actual));
		assert!(ProofOfOwnership::reject_weight().all_gte(actual));

		// Expiry returns the escrow: its benchmark and the checks of the movement back.
		let lapsed = request(BOB, token, CHARLIE, 10);
		System::set_block_number(System::block_number() + TRANSFER_PERIOD + 1);
		let info = ProofOfOwnership::expire(signed(NOBODY), lapsed).unwrap();
		let actual = <() as WeightInfo>::expire().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(actual));
		assert!(charged(crate::Call::<Test>::expire { id: lapsed }).all_gte(actual));
	});
}

// ------------------------------------------------------------------------------------------
// Flows from the issue: "a token transfer completes only with attested legal transfer of the
// asset"
// ------------------------------------------------------------------------------------------

/// A flat in Berlin is tokenised: three attestors (the land registry, a notary, a
/// custodian), two of whom must confirm each change of owner.
fn tokenised_flat() -> (AssetId, TokenId) {
	three_attestors();
	let asset = register(&[REGISTRY, NOTARY, CUSTODIAN], 2);
	// One token per square metre of the flat's 1 000 000 units (square centimetres).
	let token = new_token(ISSUER);
	assert_ok!(ProofOfOwnership::bind_token(
		signed(ISSUER),
		asset,
		token,
		10_000
	));
	let id = request_issue(token, BOB, 100);
	assert_ok!(confirm(REGISTRY, id));
	assert_ok!(confirm(CUSTODIAN, id));
	assert_eq!(balance(token, BOB), 100);
	(asset, token)
}

#[test]
fn flow_bob_sells_to_charlie_with_two_of_three_attestations() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_eq!(balance(token, BOB), 60);
		// The notary confirms the deed: one of two.
		assert_ok!(ProofOfOwnership::confirm(signed(NOTARY), id, [1; 32]));
		assert!(Pending::<Test>::contains_key(id));
		assert_eq!(balance(token, CHARLIE), 0);
		// The land registry records Charlie: two of two, the transfer completes.
		assert_ok!(ProofOfOwnership::confirm(signed(REGISTRY), id, [2; 32]));
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (60, 40));
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 60);
		assert_eq!(OwnerUnits::<Test>::get(asset, CHARLIE), 40);
		let cert = Certificates::<Test>::get(asset, 1).unwrap();
		assert_eq!(
			(cert.owner, cert.units, cert.from),
			(CHARLIE, 40, Some(BOB))
		);
		assert_eq!(cert.attestors.into_inner(), vec![NOTARY, REGISTRY]);
		assert!(ProofOfOwnership::verify_chain(asset));
		let charlies = ProofOfOwnership::api_certificates_of(asset, CHARLIE);
		assert_eq!(charlies.len(), 1);
		assert_eq!(
			charlies[0].certificate_hash,
			ChainHeads::<Test>::get(asset).1
		);
	});
}

#[test]
fn flow_a_rejected_transfer_is_refunded() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_ok!(reject(REGISTRY, id));
		assert!(Pending::<Test>::contains_key(id));
		assert_ok!(reject(NOTARY, id));
		assert!(!Pending::<Test>::contains_key(id));
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (100, 0));
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 100);
		assert!(events().contains(&Event::TransferRefused { id, asset }));
	});
}

#[test]
fn flow_an_unattested_transfer_expires_and_is_refunded() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_ok!(confirm(NOTARY, id));
		System::set_block_number(1 + TRANSFER_PERIOD + 1);
		assert_ok!(ProofOfOwnership::expire(signed(CHARLIE), id));
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (100, 0));
		assert_eq!(last_event(), Event::TransferExpired { id, asset });
	});
}

#[test]
fn flow_a_wrong_attestation_is_challenged_and_slashed() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_ok!(confirm(NOTARY, id));
		assert_ok!(confirm(CUSTODIAN, id));
		// The custodian never received the deed: Eve challenges its confirmation.
		System::set_block_number(5);
		let c = challenge(asset, 1, CUSTODIAN);
		assert_ok!(ProofOfOwnership::rule(root(), c, true));
		assert_eq!(bond_of(CUSTODIAN), MIN_BOND / 2);
		assert_eq!(free(EVE), FUNDS + MIN_BOND / 2 * 2 / 5);
		// The certificate stands; the custodian may not vote again until it tops up.
		assert!(ProofOfOwnership::verify_chain(asset));
		let next = request(CHARLIE, token, DAVE, 1);
		assert_noop!(confirm(CUSTODIAN, next), Error::<Test>::BondBelowMinimum);
	});
}

#[test]
fn flow_a_failed_challenge_forfeits_the_bond() {
	run(|| {
		let (asset, token) = tokenised_flat();
		let id = request(BOB, token, CHARLIE, 40);
		assert_ok!(confirm(NOTARY, id));
		assert_ok!(confirm(REGISTRY, id));
		let c = challenge(asset, 1, REGISTRY);
		assert_ok!(ProofOfOwnership::rule(root(), c, false));
		assert_eq!(bond_of(REGISTRY), MIN_BOND);
		assert_eq!(free(EVE), FUNDS - CHALLENGE_BOND);
	});
}

#[test]
fn flow_a_plain_transfer_of_the_flat_token_is_refused() {
	run(|| {
		let (_, token) = tokenised_flat();
		assert_noop!(
			post(SecurityToken::transfer(signed(BOB), token, CHARLIE, 40)),
			Error::<Test>::AttestationRequired
		);
	});
}

// ------------------------------------------------------------------------------------------
// Property tests
// ------------------------------------------------------------------------------------------

mod properties {
	use super::*;
	use proptest::{collection::vec as pvec, prelude::*};

	/// The holders and receivers of the generated runs.
	const PEOPLE: [AccountId; 4] = [BOB, CHARLIE, DAVE, EVE];
	/// The attestors of the generated runs' asset, 2 of 3.
	const ATTESTORS: [AccountId; 3] = [REGISTRY, NOTARY, CUSTODIAN];

	/// One step of a generated run; indices are taken modulo what they index.
	#[derive(Clone, Debug)]
	enum Step {
		Issue {
			to: usize,
			amount: Balance,
		},
		Transfer {
			from: usize,
			to: usize,
			amount: Balance,
		},
		Confirm {
			attestor: usize,
			pending: usize,
		},
		Reject {
			attestor: usize,
			pending: usize,
		},
		Expire {
			pending: usize,
		},
		Wait {
			blocks: u64,
		},
		Freeze {
			who: usize,
		},
		Unfreeze {
			who: usize,
		},
		Challenge {
			seq: u32,
			attestor: usize,
		},
		Rule {
			upheld: bool,
		},
	}

	/// Steps weighted so that runs complete transfers, refuse, expire and challenge them.
	fn step() -> impl Strategy<Value = Step> {
		let who = 0..PEOPLE.len();
		prop_oneof![
			2 => (who.clone(), 1..500u128).prop_map(|(to, amount)| Step::Issue { to, amount }),
			4 => (who.clone(), who.clone(), 1..300u128)
				.prop_map(|(from, to, amount)| Step::Transfer { from, to, amount }),
			8 => (0..3usize, 0..4usize)
				.prop_map(|(attestor, pending)| Step::Confirm { attestor, pending }),
			2 => (0..3usize, 0..4usize)
				.prop_map(|(attestor, pending)| Step::Reject { attestor, pending }),
			1 => (0..4usize).prop_map(|pending| Step::Expire { pending }),
			1 => (1..6u64).prop_map(|blocks| Step::Wait { blocks }),
			1 => who.clone().prop_map(|who| Step::Freeze { who }),
			1 => who.prop_map(|who| Step::Unfreeze { who }),
			2 => (0..4u32, 0..3usize).prop_map(|(seq, attestor)| Step::Challenge { seq, attestor }),
			1 => any::<bool>().prop_map(|upheld| Step::Rule { upheld }),
		]
	}

	/// The `i`-th pending transfer of the asset (modulo their number), if any.
	fn nth_pending(asset: AssetId, i: usize) -> Option<TransferId> {
		let list = PendingByAsset::<Test>::get(asset);
		if list.is_empty() {
			return None;
		}
		list.get(i % list.len()).copied()
	}

	/// Runs one step, ignoring refusals (a refused call changes nothing).
	fn apply(asset: AssetId, token: TokenId, s: &Step) {
		let _ = match *s {
			Step::Issue { to, amount } => {
				ProofOfOwnership::request_issuance(signed(ISSUER), token, PEOPLE[to], amount)
					.map(|_| ())
					.map_err(|e| e.error)
			}
			Step::Transfer { from, to, amount } => {
				ProofOfOwnership::request_transfer(signed(PEOPLE[from]), token, PEOPLE[to], amount)
					.map(|_| ())
					.map_err(|e| e.error)
			}
			Step::Confirm { attestor, pending } => match nth_pending(asset, pending) {
				Some(id) => confirm(ATTESTORS[attestor], id),
				None => Ok(()),
			},
			Step::Reject { attestor, pending } => match nth_pending(asset, pending) {
				Some(id) => reject(ATTESTORS[attestor], id),
				None => Ok(()),
			},
			Step::Expire { pending } => match nth_pending(asset, pending) {
				Some(id) => ProofOfOwnership::expire(signed(NOBODY), id)
					.map(|_| ())
					.map_err(|e| e.error),
				None => Ok(()),
			},
			Step::Wait { blocks } => {
				System::set_block_number(System::block_number() + blocks);
				Ok(())
			}
			Step::Freeze { who } => {
				SecurityToken::freeze_account(signed(ISSUER), token, PEOPLE[who])
			}
			Step::Unfreeze { who } => {
				SecurityToken::unfreeze_account(signed(ISSUER), token, PEOPLE[who])
			}
			Step::Challenge { seq, attestor } => {
				ProofOfOwnership::challenge(signed(EVE), asset, seq, ATTESTORS[attestor])
			}
			Step::Rule { upheld } => match Challenges::<Test>::iter_keys().next() {
				Some(id) => post(ProofOfOwnership::rule(root(), id, upheld)),
				None => Ok(()),
			},
		};
	}

	proptest! {
		#![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

		/// Whatever holders, issuers, attestors, challengers and time do, every invariant
		/// holds after every step: escrow and certified units match the ledger, bonds match
		/// the holds, the chain of title verifies; and a plain ledger transfer never moves
		/// the bound token.
		#[test]
		fn invariants_hold_for_any_sequence_of_calls(steps in pvec(step(), 1..60)) {
			new_test_ext().execute_with(|| {
				let (asset, token) = bob_holds();
				for s in &steps {
					apply(asset, token, s);
					ProofOfOwnership::do_try_state().expect("invariants hold after each step");
					SecurityToken::do_try_state().expect("ledger invariants hold after each step");
					prop_assert!(post(SecurityToken::transfer(signed(BOB), token, CHARLIE, 1)).is_err());
				}
				let certified: Balance =
					OwnerUnits::<Test>::iter_prefix(asset).map(|(_, u)| u).sum();
				prop_assert_eq!(certified, supply(token));
				prop_assert!(ProofOfOwnership::verify_chain(asset));
				Ok(())
			})?;
		}
	}
}
