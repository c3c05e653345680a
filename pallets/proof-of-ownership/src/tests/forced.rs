//! Forced transfers and recoveries: requested by a controller, a recovery agent or the
//! network, decided by the asset's attestors like any other transfer

use super::*;
use crate::{Authority, ForcedRequest, OpenRequests, Requests};
use frame_support::traits::fungible::Mutate;
use vellum_primitives::ledger::ForcedKind;

/// The token's controller (a court's order is carried out by it).
const CONTROLLER: AccountId = 30;
/// The token's recovery agent.
const RECOVERER: AccountId = 31;
/// The hash of the court order the tests' forced transfers carry out.
const ORDER: [u8; 32] = [0xc0; 32];

type LedgerError = pallet_security_token::Error<Test>;

/// [`bob_holds`], with CONTROLLER appointed controller and RECOVERER recovery agent of the
/// token, both funded.
fn agents() -> (UnderlyingAssetId, TokenId) {
	let (asset, token) = bob_holds();
	for (who, role) in [(CONTROLLER, Role::Controller), (RECOVERER, Role::Recovery)] {
		assert_ok!(Balances::mint_into(&who, FUNDS));
		assert_ok!(SecurityToken::grant_role(signed(ISSUER), token, who, role));
	}
	(asset, token)
}

fn force_as(
	origin: RuntimeOrigin,
	token: TokenId,
	from: AccountId,
	to: AccountId,
	amount: Balance,
) -> DispatchResult {
	post(ProofOfOwnership::request_forced_transfer(
		origin, token, from, to, amount, ORDER,
	))
}

fn recover_as(
	origin: RuntimeOrigin,
	token: TokenId,
	lost: AccountId,
	new: AccountId,
) -> DispatchResult {
	post(ProofOfOwnership::request_recovery(origin, token, lost, new))
}

/// CONTROLLER forces `amount` from `from` to `to`; returns the request.
fn force(token: TokenId, from: AccountId, to: AccountId, amount: Balance) -> TransferId {
	let id = NextTransferId::<Test>::get();
	assert_ok!(force_as(signed(CONTROLLER), token, from, to, amount));
	id
}

/// RECOVERER recovers `lost` to `new`; returns the request.
fn recover(token: TokenId, lost: AccountId, new: AccountId) -> TransferId {
	let id = NextTransferId::<Test>::get();
	assert_ok!(recover_as(signed(RECOVERER), token, lost, new));
	id
}

/// The registry and the notary confirm `id`: the second decides it.
fn decide(id: TransferId) {
	assert_ok!(confirm(REGISTRY, id));
	assert_ok!(confirm(NOTARY, id));
}

/// `who`'s holding of `token` (balance, frozen part, account freeze).
fn holding(token: TokenId, who: AccountId) -> (Balance, Balance, bool) {
	pallet_security_token::Holdings::<Test>::get(token, who)
		.map(|h| (h.balance, h.frozen, h.account_frozen))
		.unwrap_or_default()
}

/// Who paid the deposit for `who`'s account freeze, if anyone did.
fn freeze_payer(token: TokenId, who: AccountId) -> Option<AccountId> {
	pallet_security_token::FreezeDeposits::<Test>::get(token, who).map(|d| d.payer)
}

fn freeze_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(
		&pallet_security_token::HoldReason::FreezeDeposit.into(),
		&who,
	)
}

// ---- Forced transfers.

#[test]
fn a_controller_forces_a_transfer_that_completes_when_attested() {
	run(|| {
		let (asset, token) = agents();
		let id = force(token, BOB, CHARLIE, 400);
		let deadline = System::block_number() + TRANSFER_PERIOD;
		let forced = ForcedRequest {
			kind: ForcedKind::Transfer,
			by: Authority::Agent(CONTROLLER),
			reason: Some(ORDER),
			frozen: 0,
		};
		assert_eq!(
			last_event(),
			Event::ForcedTransferRequested {
				id,
				asset,
				token,
				kind: ForcedKind::Transfer,
				from: BOB,
				to: CHARLIE,
				amount: 400,
				frozen: 0,
				deadline,
				by: Authority::Agent(CONTROLLER),
				reason: Some(ORDER),
			}
		);
		// The tokens wait in escrow, the controller holds the request deposit, and the
		// attestors see a forced transfer with its order.
		assert_eq!((balance(token, BOB), balance(token, escrow())), (600, 400));
		assert_eq!(
			held(HoldReason::RequestDeposit, CONTROLLER),
			REQUEST_DEPOSIT
		);
		assert_eq!(
			Requests::<Test>::get(id),
			Some((CONTROLLER, REQUEST_DEPOSIT))
		);
		let pending = ProofOfOwnership::api_pending(asset);
		assert_eq!(pending.len(), 1);
		assert_eq!(pending[0].forced, Some(forced));
		assert_eq!(
			(pending[0].from, pending[0].to, pending[0].amount),
			(Some(BOB), CHARLIE, 400)
		);
		// Bob still owns them by certificate until the attestors decide.
		assert_eq!(OwnerUnits::<Test>::get(asset, BOB), 1_000);

		assert_ok!(confirm(REGISTRY, id));
		assert_eq!(balance(token, CHARLIE), 0);
		assert_ok!(confirm(NOTARY, id));
		assert!(matches!(
			last_event(),
			Event::TransferCompleted { id: i, from: Some(BOB), to: CHARLIE, amount: 400, seq: 1, .. }
				if i == id
		));
		assert_eq!(
			(
				balance(token, BOB),
				balance(token, CHARLIE),
				balance(token, escrow())
			),
			(600, 400, 0)
		);
		// The chain of title records it as it records any transfer.
		let certificate = Certificates::<Test>::get(asset, 1).expect("certificate 1");
		assert_eq!(
			(
				certificate.owner,
				certificate.from,
				certificate.units,
				certificate.transfer
			),
			(CHARLIE, Some(BOB), 400, id)
		);
		assert!(ProofOfOwnership::verify_chain(asset));
		assert_eq!(
			(
				OwnerUnits::<Test>::get(asset, BOB),
				OwnerUnits::<Test>::get(asset, CHARLIE)
			),
			(600, 400)
		);
		// The deposit came back.
		assert_eq!(held(HoldReason::RequestDeposit, CONTROLLER), 0);
		assert!(OpenRequests::<Test>::get(asset, CONTROLLER).is_none());
	});
}

#[test]
fn a_forced_transfer_passes_a_pause_and_frozen_accounts() {
	run(|| {
		let (_, token) = agents();
		assert_ok!(SecurityToken::pause(signed(ISSUER), token));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), token, BOB));
		assert_ok!(SecurityToken::freeze_account(
			signed(ISSUER),
			token,
			CHARLIE
		));
		// Bob may not request anything, but a court order moves his tokens, as the ledger's
		// own forced transfer would.
		assert_noop!(
			ProofOfOwnership::request_transfer(signed(BOB), token, CHARLIE, 1),
			LedgerError::TokenPaused
		);
		let id = force(token, BOB, CHARLIE, 400);
		decide(id);
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (600, 400));
		// The freezes stay as they were.
		assert_eq!(holding(token, BOB), (600, 0, true));
		assert_eq!(holding(token, CHARLIE), (400, 0, true));
	});
}

#[test]
fn a_forced_transfer_takes_frozen_tokens_and_a_failed_one_freezes_them_again() {
	run(|| {
		let (asset, token) = agents();
		assert_ok!(SecurityToken::freeze_tokens(
			signed(ISSUER),
			token,
			BOB,
			900
		));
		// 100 of Bob's are free: 300 of the 400 are taken frozen.
		let id = force(token, BOB, CHARLIE, 400);
		assert!(matches!(
			last_event(),
			Event::ForcedTransferRequested { frozen: 300, .. }
		));
		assert_eq!(holding(token, BOB), (600, 600, false));
		assert_eq!(
			Pending::<Test>::get(id).unwrap().forced.unwrap().frozen,
			300
		);

		// Rejected: the 400 go back to Bob, 900 of his frozen again.
		assert_ok!(reject(REGISTRY, id));
		assert_ok!(reject(NOTARY, id));
		assert_eq!(last_event(), Event::TransferRefused { id, asset });
		assert_eq!(holding(token, BOB), (1_000, 900, false));
		assert_eq!(balance(token, escrow()), 0);
		assert_eq!(ChainHeads::<Test>::get(asset).0, 1, "no certificate");
		assert_eq!(held(HoldReason::RequestDeposit, CONTROLLER), 0);

		// Completed: Charlie receives them unfrozen, as from the ledger's forced transfer.
		let id = force(token, BOB, CHARLIE, 400);
		decide(id);
		assert_eq!(holding(token, BOB), (600, 600, false));
		assert_eq!(holding(token, CHARLIE), (400, 0, false));
	});
}

#[test]
fn an_expired_forced_transfer_returns_the_tokens() {
	run(|| {
		let (asset, token) = agents();
		let id = force(token, BOB, CHARLIE, 400);
		assert_ok!(confirm(REGISTRY, id));
		System::set_block_number(System::block_number() + TRANSFER_PERIOD + 1);
		assert_noop!(confirm(NOTARY, id), Error::<Test>::DeadlinePassed);
		assert_ok!(post(ProofOfOwnership::expire(signed(NOBODY), id)));
		assert_eq!(last_event(), Event::TransferExpired { id, asset });
		assert_eq!(
			(
				balance(token, BOB),
				balance(token, CHARLIE),
				balance(token, escrow())
			),
			(1_000, 0, 0)
		);
		assert_eq!(held(HoldReason::RequestDeposit, CONTROLLER), 0);
		assert!(ProofOfOwnership::api_pending(asset).is_empty());
	});
}

#[test]
fn the_network_forces_a_transfer_without_a_deposit() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = NextTransferId::<Test>::get();
		assert_ok!(force_as(root(), token, BOB, CHARLIE, 400));
		assert!(matches!(
			last_event(),
			Event::ForcedTransferRequested {
				by: Authority::Network,
				..
			}
		));
		// Nobody holds a deposit for it, and no request record names anyone.
		assert!(Requests::<Test>::get(id).is_none());
		assert_eq!(OpenRequests::<Test>::iter().count(), 0);
		decide(id);
		assert_eq!((balance(token, BOB), balance(token, CHARLIE)), (600, 400));
		assert_eq!(ChainHeads::<Test>::get(asset).0, 2);
	});
}

// ---- Recoveries.

#[test]
fn a_recovery_moves_the_whole_balance_with_its_freezes_when_attested() {
	run(|| {
		let (asset, token) = agents();
		// Bob lost his key; 300 of his tokens are frozen, and so is his account (the issuer
		// paid that freeze's deposit).
		assert_ok!(SecurityToken::freeze_tokens(
			signed(ISSUER),
			token,
			BOB,
			300
		));
		assert_ok!(SecurityToken::freeze_account(signed(ISSUER), token, BOB));
		let id = recover(token, BOB, DAVE);
		assert_eq!(
			last_event(),
			Event::ForcedTransferRequested {
				id,
				asset,
				token,
				kind: ForcedKind::Recovery,
				from: BOB,
				to: DAVE,
				amount: 1_000,
				frozen: 300,
				deadline: System::block_number() + TRANSFER_PERIOD,
				by: Authority::Agent(RECOVERER),
				reason: None,
			}
		);
		assert_eq!(holding(token, BOB), (0, 0, true));
		assert_eq!(balance(token, escrow()), 1_000);
		assert_eq!(held(HoldReason::RequestDeposit, RECOVERER), REQUEST_DEPOSIT);

		decide(id);
		// Dave holds the balance with its frozen part and its account freeze; Bob's account
		// stays frozen (its deposit still the issuer's); the recovery agent pays for Dave's
		// freeze, as it would on the ledger.
		assert_eq!(holding(token, DAVE), (1_000, 300, true));
		assert_eq!(holding(token, BOB), (0, 0, true));
		assert_eq!(freeze_payer(token, BOB), Some(ISSUER));
		assert_eq!(freeze_payer(token, DAVE), Some(RECOVERER));
		assert_eq!(freeze_held(RECOVERER), 1);
		assert_eq!(
			(
				OwnerUnits::<Test>::get(asset, BOB),
				OwnerUnits::<Test>::get(asset, DAVE)
			),
			(0, 1_000)
		);
		let certificate = Certificates::<Test>::get(asset, 1).expect("certificate 1");
		assert_eq!(
			(certificate.owner, certificate.from, certificate.units),
			(DAVE, Some(BOB), 1_000)
		);
		assert!(ProofOfOwnership::verify_chain(asset));
		assert_eq!(held(HoldReason::RequestDeposit, RECOVERER), 0);
	});
}

#[test]
fn a_recovery_leaves_the_lost_account_frozen_at_the_agents_cost() {
	run(|| {
		let (_, token) = agents();
		let id = recover(token, BOB, DAVE);
		// Nothing is frozen until the attestors decide.
		assert_eq!(holding(token, BOB), (0, 0, false));
		decide(id);
		assert_eq!(holding(token, BOB), (0, 0, true));
		assert_eq!(holding(token, DAVE), (1_000, 0, false));
		assert_eq!(freeze_payer(token, BOB), Some(RECOVERER));
		assert_eq!(freeze_payer(token, DAVE), None);
		// Nothing reaches the lost account any more.
		assert_noop!(
			ProofOfOwnership::request_transfer(signed(DAVE), token, BOB, 10),
			LedgerError::ReceiverFrozen
		);
	});
}

#[test]
fn a_rejected_or_expired_recovery_returns_everything_as_it_was() {
	run(|| {
		let (asset, token) = agents();
		assert_ok!(SecurityToken::freeze_tokens(
			signed(ISSUER),
			token,
			BOB,
			300
		));
		let rejected = recover(token, BOB, DAVE);
		assert_ok!(reject(CUSTODIAN, rejected));
		assert_ok!(reject(NOTARY, rejected));
		assert_eq!(
			last_event(),
			Event::TransferRefused {
				id: rejected,
				asset
			}
		);
		// Bob has his tokens back, frozen as before, and his account is not frozen.
		assert_eq!(holding(token, BOB), (1_000, 300, false));
		assert_eq!(freeze_payer(token, BOB), None);
		assert_eq!(balance(token, DAVE), 0);

		let lapsed = recover(token, BOB, DAVE);
		System::set_block_number(System::block_number() + TRANSFER_PERIOD + 1);
		assert_ok!(post(ProofOfOwnership::expire(signed(NOBODY), lapsed)));
		assert_eq!(holding(token, BOB), (1_000, 300, false));
		assert_eq!(held(HoldReason::RequestDeposit, RECOVERER), 0);
		assert_eq!(freeze_held(RECOVERER), 0);
		assert_eq!(ChainHeads::<Test>::get(asset).0, 1);
	});
}

#[test]
fn the_network_recovers_without_deposits() {
	run(|| {
		let (_, token) = bob_holds();
		let id = NextTransferId::<Test>::get();
		assert_ok!(recover_as(root(), token, BOB, DAVE));
		assert!(Requests::<Test>::get(id).is_none());
		decide(id);
		assert_eq!(holding(token, DAVE), (1_000, 0, false));
		// The lost account is frozen, with no deposit, as a freeze by the network is.
		assert_eq!(holding(token, BOB), (0, 0, true));
		assert_eq!(freeze_payer(token, BOB), None);
	});
}

#[test]
fn a_recovery_whose_agent_cannot_pay_the_freeze_is_refused_whole() {
	run(|| {
		let (asset, token) = agents();
		let id = recover(token, BOB, DAVE);
		// The agent spends everything it could pay the lost account's freeze deposit with.
		let spendable = Balances::reducible_balance(
			&RECOVERER,
			frame_support::traits::tokens::Preservation::Preserve,
			frame_support::traits::tokens::Fortitude::Polite,
		);
		assert_ok!(Balances::transfer_keep_alive(
			signed(RECOVERER),
			NOBODY,
			spendable
		));
		decide(id);
		// Refused at settlement: nothing reached Dave, Bob has his tokens back, unfrozen.
		assert_eq!(
			last_event(),
			Event::SettlementRefused {
				id,
				asset,
				error: TokenError::FundsUnavailable.into()
			}
		);
		assert_eq!(holding(token, DAVE), (0, 0, false));
		assert_eq!(holding(token, BOB), (1_000, 0, false));
		assert_eq!(balance(token, escrow()), 0);
		assert_eq!(ChainHeads::<Test>::get(asset).0, 1);
	});
}

// ---- Origins.

#[test]
fn only_the_tokens_controller_or_the_network_may_force_a_transfer() {
	run(|| {
		let (_, token) = agents();
		let no = || Error::<Test>::NoPermission;
		// Nobody without the role: not a stranger, not the holder, not the recovery agent,
		// not the issuer of another token.
		for who in [NOBODY, BOB, CHARLIE, RECOVERER, OTHER_ISSUER, REGISTRY] {
			assert_noop!(force_as(signed(who), token, BOB, CHARLIE, 10), no());
		}
		assert_noop!(
			force_as(RuntimeOrigin::none(), token, BOB, CHARLIE, 10),
			DispatchError::BadOrigin
		);
		// The issuer holds every role.
		assert_ok!(force_as(signed(ISSUER), token, BOB, CHARLIE, 10));
		// A removed issuer's controller loses the power; the network keeps it.
		assert_ok!(SecurityToken::remove_issuer(root(), ISSUER));
		assert_noop!(force_as(signed(CONTROLLER), token, BOB, CHARLIE, 10), no());
		assert_noop!(force_as(signed(ISSUER), token, BOB, CHARLIE, 10), no());
		assert_ok!(force_as(root(), token, BOB, CHARLIE, 10));
	});
}

#[test]
fn only_the_tokens_recovery_agent_or_the_network_may_recover() {
	run(|| {
		let (_, token) = agents();
		let no = || Error::<Test>::NoPermission;
		for who in [NOBODY, BOB, DAVE, CONTROLLER, OTHER_ISSUER] {
			assert_noop!(recover_as(signed(who), token, BOB, DAVE), no());
		}
		assert_noop!(
			recover_as(RuntimeOrigin::none(), token, BOB, DAVE),
			DispatchError::BadOrigin
		);
		assert_ok!(SecurityToken::revoke_role(
			signed(ISSUER),
			token,
			RECOVERER,
			Role::Recovery
		));
		assert_noop!(recover_as(signed(RECOVERER), token, BOB, DAVE), no());
		assert_ok!(recover_as(root(), token, BOB, DAVE));
	});
}

// ---- Errors.

#[test]
fn forced_requests_fail_with_clear_errors() {
	run(|| {
		let (_, token) = agents();
		let c = || signed(CONTROLLER);
		let unbound = new_token(ISSUER);
		assert_noop!(
			force_as(c(), unbound, BOB, CHARLIE, 10),
			Error::<Test>::NotBound
		);
		assert_noop!(
			force_as(root(), UNKNOWN, BOB, CHARLIE, 10),
			Error::<Test>::NotBound
		);
		assert_noop!(
			post(ProofOfOwnership::request_forced_transfer(
				c(),
				token,
				BOB,
				CHARLIE,
				10,
				[0; 32]
			)),
			Error::<Test>::EmptyReason
		);
		assert_noop!(
			force_as(c(), token, BOB, CHARLIE, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			force_as(c(), token, BOB, BOB, 10),
			Error::<Test>::SameAccount
		);
		assert_noop!(
			force_as(c(), token, BOB, escrow(), 10),
			Error::<Test>::InvalidReceiver
		);
		assert_noop!(
			force_as(c(), token, BOB, CHARLIE, 1_001),
			LedgerError::InsufficientBalance
		);
		// What is in escrow is beyond any agent's reach.
		let pending = request(BOB, token, CHARLIE, 100);
		assert_noop!(
			force_as(c(), token, escrow(), DAVE, 100),
			LedgerError::CustodianAccount
		);
		// Nor are Bob's escrowed tokens his to be forced: 900 are left.
		assert_noop!(
			force_as(c(), token, BOB, DAVE, 901),
			LedgerError::InsufficientBalance
		);
		assert!(Pending::<Test>::contains_key(pending));
		// A controller that cannot pay the deposit.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			token,
			NOBODY,
			Role::Controller
		));
		assert_noop!(
			force_as(signed(NOBODY), token, BOB, CHARLIE, 10),
			TokenError::FundsUnavailable
		);
		// Transfer ids run out.
		NextTransferId::<Test>::put(u64::MAX);
		assert_noop!(
			force_as(c(), token, BOB, CHARLIE, 10),
			Error::<Test>::TransferIdsExhausted
		);
	});
}

#[test]
fn recovery_requests_fail_with_clear_errors() {
	run(|| {
		let (_, token) = agents();
		let r = || signed(RECOVERER);
		let unbound = new_token(ISSUER);
		assert_noop!(recover_as(r(), unbound, BOB, DAVE), Error::<Test>::NotBound);
		assert_noop!(
			recover_as(r(), token, CHARLIE, DAVE),
			Error::<Test>::NothingToRecover
		);
		assert_noop!(recover_as(r(), token, BOB, BOB), Error::<Test>::SameAccount);
		assert_noop!(
			recover_as(r(), token, BOB, escrow()),
			Error::<Test>::InvalidReceiver
		);
		assert_noop!(
			recover_as(r(), token, escrow(), DAVE),
			Error::<Test>::NothingToRecover
		);
		// Once recovered into escrow, there is nothing left to recover twice.
		recover(token, BOB, DAVE);
		assert_noop!(
			recover_as(r(), token, BOB, CHARLIE),
			Error::<Test>::NothingToRecover
		);
	});
}

#[test]
fn an_agent_is_not_limited_per_requester_but_by_the_assets_slots() {
	run(|| {
		let (asset, token) = agents();
		let id = request(BOB, token, CHARLIE, 100);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		// Three holders; one controller acts on each of them, more often than a holder may
		// request.
		for holder in [BOB, CHARLIE, BOB] {
			force(token, holder, DAVE, 10);
		}
		const { assert!(MAX_PENDING > MAX_REQUESTS) };
		assert_eq!(
			OpenRequests::<Test>::get(asset, CONTROLLER),
			Some(MAX_PENDING)
		);
		assert_eq!(
			held(HoldReason::RequestDeposit, CONTROLLER),
			REQUEST_DEPOSIT * Balance::from(MAX_PENDING)
		);
		// The asset's slots still bound it, whoever asks.
		assert_noop!(
			force_as(signed(CONTROLLER), token, BOB, DAVE, 10),
			Error::<Test>::TooManyPending
		);
		assert_noop!(
			recover_as(root(), token, CHARLIE, DAVE),
			Error::<Test>::TooManyPending
		);
	});
}

// ---- Attackers.

#[test]
fn no_attestor_votes_on_a_forced_transfer_to_or_from_itself_or_one_it_requested() {
	run(|| {
		let (_, token) = agents();
		let to_registry = force(token, BOB, REGISTRY, 10);
		assert_noop!(
			confirm(REGISTRY, to_registry),
			Error::<Test>::InterestedAttestor
		);
		assert_noop!(
			reject(REGISTRY, to_registry),
			Error::<Test>::InterestedAttestor
		);
		decide_without(REGISTRY, to_registry);
		assert_eq!(balance(token, REGISTRY), 10);
		let from_registry = force(token, REGISTRY, CHARLIE, 10);
		assert_noop!(
			confirm(REGISTRY, from_registry),
			Error::<Test>::InterestedAttestor
		);
		// An attestor that is also the token's controller does not decide its own order.
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			token,
			NOTARY,
			Role::Controller
		));
		let by_notary = NextTransferId::<Test>::get();
		assert_ok!(force_as(signed(NOTARY), token, BOB, CHARLIE, 10));
		assert_noop!(
			confirm(NOTARY, by_notary),
			Error::<Test>::InterestedAttestor
		);
		assert_noop!(reject(NOTARY, by_notary), Error::<Test>::InterestedAttestor);
		decide_without(NOTARY, by_notary);
		assert_eq!(balance(token, CHARLIE), 10);
	});
}

/// The two attestors of the three other than `interested` confirm `id`.
fn decide_without(interested: AccountId, id: TransferId) {
	for who in [REGISTRY, NOTARY, CUSTODIAN]
		.into_iter()
		.filter(|w| *w != interested)
	{
		assert_ok!(confirm(who, id));
	}
}

#[test]
fn the_ledgers_own_forced_transfer_and_recovery_are_still_refused() {
	run(|| {
		let (_, token) = agents();
		let reason: BoundedVec<u8, ConstU32<32>> = b"court order".to_vec().try_into().unwrap();
		assert_noop!(
			post(SecurityToken::force_transfer(
				signed(CONTROLLER),
				token,
				BOB,
				CHARLIE,
				10,
				reason.clone()
			)),
			Error::<Test>::AttestationRequired
		);
		assert_noop!(
			post(SecurityToken::force_transfer(
				root(),
				token,
				BOB,
				CHARLIE,
				10,
				reason
			)),
			Error::<Test>::AttestationRequired
		);
		assert_noop!(
			post(SecurityToken::recover(signed(RECOVERER), token, BOB, DAVE)),
			Error::<Test>::AttestationRequired
		);
	});
}

// ---- Weights.

#[test]
fn forced_requests_are_charged_one_movement_and_refunded_to_their_token() {
	run(|| {
		use frame_support::dispatch::GetDispatchInfo;
		let (_, token) = agents();
		let overhead =
			<SecurityToken as SecurityLedger<AccountId, Balance>>::movement_overhead_of(token);
		let info = ProofOfOwnership::request_forced_transfer(
			signed(CONTROLLER),
			token,
			BOB,
			CHARLIE,
			10,
			ORDER,
		)
		.unwrap();
		let actual = <() as WeightInfo>::request_forced_transfer().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(actual));
		let call = crate::Call::<Test>::request_forced_transfer {
			token,
			from: BOB,
			to: CHARLIE,
			amount: 10,
			reason: ORDER,
		};
		assert!(call.get_dispatch_info().call_weight.all_gte(actual));

		let info = ProofOfOwnership::request_recovery(signed(RECOVERER), token, BOB, DAVE).unwrap();
		let actual = <() as WeightInfo>::request_recovery().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(actual));
		let call = crate::Call::<Test>::request_recovery {
			token,
			lost: BOB,
			new: DAVE,
		};
		assert!(call.get_dispatch_info().call_weight.all_gte(actual));

		// The recovery's completion: the completing confirmation's benchmark (a recovery's).
		let id = NextTransferId::<Test>::get() - 1;
		assert_ok!(confirm(REGISTRY, id));
		let info = ProofOfOwnership::confirm(signed(NOTARY), id, EVIDENCE).unwrap();
		let complete = <() as WeightInfo>::confirm_complete().saturating_add(overhead);
		assert_eq!(info.actual_weight, Some(complete));
	});
}
