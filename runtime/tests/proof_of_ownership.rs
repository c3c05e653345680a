//! Proof of ownership on the real runtime, with security-token and compliance: a real-estate
//! token bound to an asset with 2-of-3 bonded attestors. Plain transfers and issuances of the
//! token are refused; Bob requests a transfer to Charlie (compliance checked, tokens in
//! escrow); one confirmation leaves it pending, the second completes it and issues a
//! certificate; a second request is rejected and refunded, a third expires and is refunded;
//! a challenged confirmation slashes its attestor, part of it paid to the challenger. The
//! runtime API shows the asset, its owners, the chain of title and the votes.
//!
//! Then the faults of the spine review, each reproduced here first: transfers judged only
//! when requested (balance and holder caps exceeded by two pending requests together, a
//! receiver whose claim is revoked, expires or is deny-listed, a sender frozen meanwhile);
//! pending slots filled by one holder; assets registered by anyone; attestors voting, and
//! parties challenging, on their own transfers. Last, a resigning attestor replaced by the
//! council while a transfer requested before is decided by the old set, and an asset without
//! supply deregistered with its deposit returned. And a court-ordered transfer by the token's
//! controller and the recovery of a lost account by the network, both decided by the
//! attestors, while the ledger's own forced transfer and recovery of the token stay refused.

mod common;

use common::{
	account, admit_issuer_and_trust, apply, council_motion, events, free, new_ext, runtime_api,
};
use frame_support::{
	assert_ok,
	dispatch::GetDispatchInfo,
	traits::{fungible::InspectHold, Get},
};
use pallet_compliance::{
	Call as ComplianceCall, ClaimTopic, Condition, Error as ComplianceError, Requirement,
};
use pallet_proof_of_ownership::{
	runtime_api::{AssetInfo, CertificateInfo, PendingInfo},
	AssetDefinition, AssetKind, Authority, Call as ProofCall, Error as ProofError,
	Event as ProofEvent, HoldReason, TransferId, UnderlyingAssetId,
};
use pallet_security_token::Call as TokenCall;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie, One, Two};
use sp_runtime::DispatchError;
use vellum_primitives::{
	ledger::{ForcedKind, Role},
	security::{CountryCode, SecurityDefinition, TokenId},
};
use vellum_runtime::{
	configs::tokens::{ChallengeBond, MinAttestorBond},
	AccountId, Balance, BlockNumber, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason,
	RuntimeOrigin, System, UNIT,
};

const ISSUER: Sr25519Keyring = Dave;
/// Trusted by the council for KYC claims.
const KYC_PROVIDER: Sr25519Keyring = Alice;
/// The attestors: the land registry, a notary and a custodian.
const REGISTRY: Sr25519Keyring = Eve;
const NOTARY: Sr25519Keyring = Ferdie;
const CUSTODIAN: Sr25519Keyring = One;
const TOKEN: TokenId = 0;
const ASSET: UnderlyingAssetId = 0;
const DE: CountryCode = CountryCode(*b"DE");
/// Blocks the asset's attestors have to vote (the runtime's minimum).
const PERIOD: u32 = 10;

fn dispatch(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), DispatchError> {
	apply(who, call).expect("the extrinsic is valid")
}

fn proof(call: ProofCall<Runtime>) -> RuntimeCall {
	RuntimeCall::ProofOfOwnership(call)
}

fn token(call: TokenCall<Runtime>) -> RuntimeCall {
	RuntimeCall::SecurityToken(call)
}

fn token_balance(who: &AccountId) -> Balance {
	pallet_security_token::Holdings::<Runtime>::get(TOKEN, who)
		.map(|h| h.balance)
		.unwrap_or_default()
}

fn balance(who: Sr25519Keyring) -> Balance {
	token_balance(&account(who))
}

fn escrow() -> AccountId {
	pallet_proof_of_ownership::Pallet::<Runtime>::escrow_account()
}

fn escrowed() -> Balance {
	token_balance(&escrow())
}

fn bond_held(who: Sr25519Keyring) -> Balance {
	pallet_balances::Pallet::<Runtime>::balance_on_hold(
		&RuntimeHoldReason::ProofOfOwnership(HoldReason::AttestorBond),
		&account(who),
	)
}

fn request_transfer(from: Sr25519Keyring, to: Sr25519Keyring, amount: Balance) -> TransferId {
	let id = pallet_proof_of_ownership::NextTransferId::<Runtime>::get();
	assert_ok!(dispatch(
		from,
		proof(ProofCall::request_transfer {
			token: TOKEN,
			to: account(to),
			amount,
		})
	));
	id
}

fn confirm(attestor: Sr25519Keyring, id: TransferId, evidence: u8) {
	assert_ok!(dispatch(
		attestor,
		proof(ProofCall::confirm {
			id,
			evidence: [evidence; 32],
		})
	));
}

fn pending() -> Vec<PendingInfo<AccountId, Balance, BlockNumber>> {
	runtime_api("ProofOfOwnershipApi_pending", ASSET)
}

fn asset_info() -> AssetInfo<AccountId, Balance> {
	runtime_api::<Option<_>>("ProofOfOwnershipApi_asset", ASSET).expect("the asset exists")
}

fn certificates_of(owner: Sr25519Keyring) -> Vec<CertificateInfo<AccountId, Balance, BlockNumber>> {
	runtime_api(
		"ProofOfOwnershipApi_certificates_of",
		(ASSET, account(owner)),
	)
}

fn proof_events() -> Vec<ProofEvent<Runtime>> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			RuntimeEvent::ProofOfOwnership(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// The council admits the issuer, trusts the KYC provider and admits the three attestors,
/// which bond the minimum; the KYC provider verifies Bob and Charlie; the issuer creates the
/// token (KYC on both sides), registers the flat with the three attestors, 2 of 3, and binds
/// the token to it, one token per square metre; 1,000 tokens are issued to Bob by attestation.
fn setup() {
	admit_issuer_and_trust(ISSUER, KYC_PROVIDER);
	for holder in [Bob, Charlie] {
		assert_ok!(dispatch(
			KYC_PROVIDER,
			RuntimeCall::Compliance(ComplianceCall::add_claim {
				subject: account(holder),
				topic: ClaimTopic::Kyc,
				expiry: None,
				evidence: None,
			})
		));
	}
	// The custodian's account is new: funded for its bond and fees.
	assert_ok!(dispatch(
		Alice,
		RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: account(CUSTODIAN).into(),
			value: MinAttestorBond::get() + 5_000 * UNIT,
		})
	));
	for attestor in [REGISTRY, NOTARY, CUSTODIAN] {
		assert_ok!(council_motion(
			proof(ProofCall::admit_attestor {
				who: account(attestor)
			}),
			&[Alice, Bob]
		));
		assert_ok!(dispatch(
			attestor,
			proof(ProofCall::bond {
				amount: MinAttestorBond::get()
			})
		));
		assert_eq!(bond_held(attestor), MinAttestorBond::get());
	}

	assert_ok!(dispatch(
		ISSUER,
		token(TokenCall::create_token {
			definition: Box::new(SecurityDefinition::plain_equity(b"BER12", DE, 1_000)),
		})
	));
	let kyc = vec![Condition::HasClaim {
		topic: ClaimTopic::Kyc,
		issuers: Default::default(),
	}]
	.try_into()
	.unwrap();
	assert_ok!(dispatch(
		ISSUER,
		RuntimeCall::Compliance(ComplianceCall::set_requirements {
			token: TOKEN,
			requirements: vec![Requirement {
				sender: Default::default(),
				receiver: kyc,
			}]
			.try_into()
			.unwrap(),
		})
	));
	let definition = AssetDefinition {
		kind: AssetKind::RealEstate,
		legal_id: b"Grundbuch Berlin-Mitte 4711 / 12"
			.to_vec()
			.try_into()
			.unwrap(),
		jurisdiction: DE,
		registrar: account(REGISTRY),
		document: [1; 32],
		total_units: 1_000,
		attestors: vec![account(REGISTRY), account(NOTARY), account(CUSTODIAN)]
			.try_into()
			.unwrap(),
		threshold: 2,
		transfer_period: PERIOD,
	};
	assert_ok!(dispatch(
		ISSUER,
		proof(ProofCall::register_asset {
			definition: Box::new(definition)
		})
	));
	assert_ok!(dispatch(
		ISSUER,
		proof(ProofCall::bind_token {
			asset: ASSET,
			token: TOKEN,
			units_per_token: 1,
		})
	));

	// The ledger's own issuance is refused; an attested one succeeds.
	assert_eq!(
		dispatch(
			ISSUER,
			token(TokenCall::issue {
				token: TOKEN,
				to: account(Bob),
				amount: 1_000,
			})
		),
		Err(ProofError::<Runtime>::AttestationRequired.into())
	);
	let issuance = pallet_proof_of_ownership::NextTransferId::<Runtime>::get();
	assert_ok!(dispatch(
		ISSUER,
		proof(ProofCall::request_issuance {
			token: TOKEN,
			to: account(Bob),
			amount: 1_000,
		})
	));
	confirm(REGISTRY, issuance, 0xa0);
	confirm(NOTARY, issuance, 0xa0);
	assert_eq!(balance(Bob), 1_000);
}

#[test]
fn an_attested_transfer_completes_at_two_of_three_and_issues_a_certificate() {
	new_ext("development").execute_with(|| {
		setup();
		let info = asset_info();
		assert_eq!(info.kind, AssetKind::RealEstate);
		assert_eq!(info.token, Some((TOKEN, 1)));
		assert_eq!((info.threshold, info.transfer_period), (2, PERIOD));
		assert_eq!(info.certificates, 1);

		// A plain transfer of the bound token is refused with a clear error.
		assert_eq!(
			dispatch(
				Bob,
				token(TokenCall::transfer {
					token: TOKEN,
					to: account(Charlie),
					amount: 400,
				})
			),
			Err(ProofError::<Runtime>::AttestationRequired.into())
		);
		// A request to a receiver without KYC is refused by compliance, nothing escrowed.
		assert_eq!(
			dispatch(
				Bob,
				proof(ProofCall::request_transfer {
					token: TOKEN,
					to: account(Two),
					amount: 400,
				})
			),
			Err(ComplianceError::<Runtime>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
			.into())
		);
		assert_eq!(escrowed(), 0);

		// Bob requests a transfer of 400 to Charlie: the tokens wait in escrow. Charged the
		// compliance check at its most, the request is refunded down to this token's rules.
		let id = request_transfer(Bob, Charlie, 400);
		let charged = proof(ProofCall::request_transfer {
			token: TOKEN,
			to: account(Charlie),
			amount: 400,
		})
		.get_dispatch_info()
		.call_weight;
		let used = events()
			.into_iter()
			.filter_map(|e| match e {
				RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess { dispatch_info }) => {
					Some(dispatch_info.weight)
				}
				_ => None,
			})
			.last()
			.expect("the request succeeded");
		assert!(
			used.proof_size() * 2 < charged.proof_size(),
			"{used:?} of {charged:?}"
		);
		assert!(
			used.ref_time() < charged.ref_time(),
			"{used:?} of {charged:?}"
		);
		assert_eq!((balance(Bob), escrowed(), balance(Charlie)), (600, 400, 0));
		let deadline = System::block_number() + PERIOD;
		assert!(proof_events().contains(&ProofEvent::TransferRequested {
			id,
			asset: ASSET,
			token: TOKEN,
			from: Some(account(Bob)),
			to: account(Charlie),
			amount: 400,
			deadline,
		}));

		// The registry confirms: one of two, still pending.
		confirm(REGISTRY, id, 0xb1);
		let open = pending();
		assert_eq!(open.len(), 1);
		assert_eq!(open[0].id, id);
		assert_eq!(open[0].confirmations, vec![(account(REGISTRY), [0xb1; 32])]);
		assert_eq!(balance(Charlie), 0);
		// Nobody else may vote; the same attestor not twice.
		assert_eq!(
			dispatch(
				Charlie,
				proof(ProofCall::confirm {
					id,
					evidence: [0; 32]
				})
			),
			Err(ProofError::<Runtime>::NotAssetAttestor.into())
		);
		assert_eq!(
			dispatch(
				REGISTRY,
				proof(ProofCall::confirm {
					id,
					evidence: [0; 32]
				})
			),
			Err(ProofError::<Runtime>::AlreadyVoted.into())
		);

		// The notary confirms: the transfer completes and Charlie holds a certificate.
		confirm(NOTARY, id, 0xb1);
		assert!(pending().is_empty());
		assert_eq!((balance(Bob), escrowed(), balance(Charlie)), (600, 0, 400));
		let certificates = certificates_of(Charlie);
		assert_eq!(certificates.len(), 1);
		let certificate = &certificates[0];
		assert_eq!(
			(certificate.seq, certificate.units, certificate.transfer),
			(1, 400, id)
		);
		assert_eq!(certificate.from, Some(account(Bob)));
		assert_eq!(
			certificate.attestors,
			vec![account(REGISTRY), account(NOTARY)]
		);
		// The chain of title links it to Bob's issuance certificate and verifies.
		let issued = certificates_of(Bob);
		assert_eq!(certificate.prev, issued[0].certificate_hash);
		let info = asset_info();
		assert!(info.chain_verified);
		assert_eq!(
			(info.certificates, info.head),
			(2, certificate.certificate_hash)
		);
		let mut owners: Vec<(AccountId, Balance)> =
			runtime_api("ProofOfOwnershipApi_owners", ASSET);
		owners.sort();
		let mut expected = vec![(account(Bob), 600), (account(Charlie), 400)];
		expected.sort();
		assert_eq!(owners, expected);

		pallet_proof_of_ownership::Pallet::<Runtime>::do_try_state()
			.expect("proof-of-ownership invariants hold");
		vellum_runtime::Compliance::do_try_state().expect("compliance invariants hold");
		vellum_runtime::SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

#[test]
fn rejected_and_expired_requests_return_the_escrow() {
	new_ext("development").execute_with(|| {
		setup();
		// Two rejections of three fail a 2-of-3 transfer: the escrow returns to Bob.
		let rejected = request_transfer(Bob, Charlie, 100);
		assert_eq!((balance(Bob), escrowed()), (900, 100));
		for attestor in [REGISTRY, CUSTODIAN] {
			assert_ok!(dispatch(
				attestor,
				proof(ProofCall::reject { id: rejected })
			));
		}
		assert!(proof_events().contains(&ProofEvent::TransferRefused {
			id: rejected,
			asset: ASSET
		}));
		assert_eq!((balance(Bob), escrowed(), balance(Charlie)), (1_000, 0, 0));

		// A request nobody decides expires after the asset's period; anyone may close it.
		let lapsed = request_transfer(Bob, Charlie, 50);
		confirm(NOTARY, lapsed, 0xc1);
		let deadline = System::block_number() + PERIOD;
		System::set_block_number(deadline);
		assert_eq!(
			dispatch(Ferdie, proof(ProofCall::expire { id: lapsed })),
			Err(ProofError::<Runtime>::NotExpired.into())
		);
		System::set_block_number(deadline + 1);
		// Too late to vote.
		assert_eq!(
			dispatch(
				REGISTRY,
				proof(ProofCall::confirm {
					id: lapsed,
					evidence: [0xc1; 32]
				})
			),
			Err(ProofError::<Runtime>::DeadlinePassed.into())
		);
		assert_ok!(dispatch(Ferdie, proof(ProofCall::expire { id: lapsed })));
		assert!(proof_events().contains(&ProofEvent::TransferExpired {
			id: lapsed,
			asset: ASSET
		}));
		assert_eq!((balance(Bob), escrowed(), balance(Charlie)), (1_000, 0, 0));
		assert!(pending().is_empty());
		// Neither left a certificate: only the issuance is on the chain of title.
		assert!(certificates_of(Charlie).is_empty());
		assert_eq!(asset_info().certificates, 1);

		pallet_proof_of_ownership::Pallet::<Runtime>::do_try_state()
			.expect("proof-of-ownership invariants hold");
		vellum_runtime::SecurityToken::do_try_state().expect("ledger invariants hold");
	});
}

#[test]
fn an_upheld_challenge_slashes_the_attestor_and_rewards_the_challenger() {
	new_ext("development").execute_with(|| {
		setup();
		let id = request_transfer(Bob, Charlie, 400);
		confirm(REGISTRY, id, 0xd1);
		confirm(CUSTODIAN, id, 0xd1);
		let seq = certificates_of(Charlie)[0].seq;

		// The parties to the transfer may not dispute it (a self-dispute would pay them).
		for party in [Bob, Charlie] {
			assert_eq!(
				dispatch(
					party,
					proof(ProofCall::challenge {
						asset: ASSET,
						seq,
						attestor: account(CUSTODIAN),
					})
				),
				Err(ProofError::<Runtime>::InterestedChallenger.into())
			);
		}
		// The notary disputes the custodian's confirmation, bonding the challenge.
		const CHALLENGER: Sr25519Keyring = NOTARY;
		let challenger_before = free(CHALLENGER);
		let challenge = pallet_proof_of_ownership::NextChallengeId::<Runtime>::get();
		assert_ok!(dispatch(
			CHALLENGER,
			proof(ProofCall::challenge {
				asset: ASSET,
				seq,
				attestor: account(CUSTODIAN),
			})
		));
		let challenge_held = pallet_balances::Pallet::<Runtime>::balance_on_hold(
			&RuntimeHoldReason::ProofOfOwnership(HoldReason::ChallengeBond),
			&account(CHALLENGER),
		);
		assert_eq!(challenge_held, ChallengeBond::get());
		// Others may challenge the same confirmation while it is disputed (no challenger can
		// shut out another); each challenger once.
		let second = pallet_proof_of_ownership::NextChallengeId::<Runtime>::get();
		let challenge_of = |who| {
			dispatch(
				who,
				proof(ProofCall::challenge {
					asset: ASSET,
					seq,
					attestor: account(CUSTODIAN),
				}),
			)
		};
		assert_ok!(challenge_of(Alice));
		assert_eq!(
			challenge_of(CHALLENGER),
			Err(ProofError::<Runtime>::AlreadyChallenged.into())
		);
		// An attestor under challenge cannot unbond below the minimum.
		assert_eq!(
			dispatch(CUSTODIAN, proof(ProofCall::unbond { amount: 1 })),
			Err(ProofError::<Runtime>::BondLocked.into())
		);

		// The council upholds it: a fifth of the custodian's bond is slashed, half of that
		// paid to the notary with its challenge bond back; the rest is burned.
		let issuance_before = pallet_balances::Pallet::<Runtime>::total_issuance();
		assert_ok!(council_motion(
			proof(ProofCall::rule {
				id: challenge,
				upheld: true
			}),
			&[Alice, Charlie]
		));
		let slashed = MinAttestorBond::get() / 5;
		let reward = slashed / 2;
		assert!(proof_events().contains(&ProofEvent::ChallengeUpheld {
			id: challenge,
			attestor: account(CUSTODIAN),
			challenger: account(CHALLENGER),
			slashed,
			reward,
		}));
		// One slash per confirmation: Alice's challenge closes with her bond back, and the
		// confirmation can be challenged no more.
		assert!(proof_events().contains(&ProofEvent::ChallengeClosed {
			id: second,
			challenger: account(Alice),
			released: ChallengeBond::get(),
		}));
		assert_eq!(
			challenge_of(Dave),
			Err(ProofError::<Runtime>::AlreadyUpheld.into())
		);
		assert_eq!(bond_held(CUSTODIAN), MinAttestorBond::get() - slashed);
		assert_eq!(
			pallet_proof_of_ownership::Attestors::<Runtime>::get(account(CUSTODIAN))
				.unwrap()
				.bond,
			MinAttestorBond::get() - slashed
		);
		assert_eq!(
			pallet_balances::Pallet::<Runtime>::balance_on_hold(
				&RuntimeHoldReason::ProofOfOwnership(HoldReason::ChallengeBond),
				&account(CHALLENGER),
			),
			0
		);
		// The notary paid fees for its challenge; it got the reward and its bond back.
		assert!(free(CHALLENGER) > challenger_before + reward - UNIT);
		assert_eq!(
			pallet_balances::Pallet::<Runtime>::total_issuance(),
			issuance_before - (slashed - reward)
		);
		// Below the minimum bond the custodian may no longer vote until it bonds again.
		let next = request_transfer(Charlie, Bob, 10);
		assert_eq!(
			dispatch(
				CUSTODIAN,
				proof(ProofCall::confirm {
					id: next,
					evidence: [0; 32]
				})
			),
			Err(ProofError::<Runtime>::BondBelowMinimum.into())
		);
		assert_ok!(dispatch(
			CUSTODIAN,
			proof(ProofCall::bond { amount: slashed })
		));
		confirm(CUSTODIAN, next, 0xd2);

		pallet_proof_of_ownership::Pallet::<Runtime>::do_try_state()
			.expect("proof-of-ownership invariants hold");
	});
}

// ---- Compliance at settlement: every fault below completed on the runtime before the ledger
// ---- judged settlements (the transfer was judged only when requested).

fn compliance(call: ComplianceCall<Runtime>) -> RuntimeCall {
	RuntimeCall::Compliance(call)
}

fn restrict(f: impl FnOnce(&mut pallet_compliance::RestrictionsOf<Runtime>)) {
	let mut restrictions = pallet_compliance::RestrictionsOf::<Runtime>::default();
	f(&mut restrictions);
	assert_ok!(dispatch(
		ISSUER,
		compliance(ComplianceCall::set_restrictions {
			token: TOKEN,
			restrictions,
		})
	));
}

fn kyc(who: Sr25519Keyring, expiry: Option<BlockNumber>) {
	assert_ok!(dispatch(
		KYC_PROVIDER,
		compliance(ComplianceCall::add_claim {
			subject: account(who),
			topic: ClaimTopic::Kyc,
			expiry,
			evidence: None,
		})
	));
}

/// The registry and the notary confirm `id`: the deciding confirmation settles it.
fn decide(id: TransferId) {
	confirm(REGISTRY, id, 0xd0);
	confirm(NOTARY, id, 0xd0);
}

/// `id` ended refused at settlement with `error`: no certificate, nothing pending.
fn assert_refused(id: TransferId, error: DispatchError) {
	assert!(
		proof_events().contains(&ProofEvent::SettlementRefused {
			id,
			asset: ASSET,
			error
		}),
		"settlement of {id} refused with {error:?}; events: {:?}",
		proof_events()
	);
	assert!(pending().iter().all(|p| p.id != id));
}

fn invariants_hold() {
	pallet_proof_of_ownership::Pallet::<Runtime>::do_try_state()
		.expect("proof-of-ownership invariants hold");
	vellum_runtime::Compliance::do_try_state().expect("compliance invariants hold");
	vellum_runtime::SecurityToken::do_try_state().expect("ledger invariants hold");
}

#[test]
fn two_pending_requests_cannot_exceed_a_balance_cap_together() {
	new_ext("development").execute_with(|| {
		setup();
		restrict(|r| r.max_balance = Some(100));
		// Each request alone fits under the cap when it is made.
		let first = request_transfer(Bob, Charlie, 100);
		let second = request_transfer(Bob, Charlie, 100);
		decide(first);
		decide(second);
		assert_refused(
			second,
			ComplianceError::<Runtime>::BalanceCapExceeded.into(),
		);
		assert_eq!((balance(Bob), balance(Charlie), escrowed()), (900, 100, 0));
		assert_eq!(asset_info().certificates, 2);
		invariants_hold();
	});
}

#[test]
fn two_pending_requests_cannot_exceed_a_holder_cap_together() {
	new_ext("development").execute_with(|| {
		setup();
		kyc(Two, None);
		// Bob is the only holder: room for one more.
		restrict(|r| r.max_holders = Some(2));
		let first = request_transfer(Bob, Charlie, 10);
		let second = request_transfer(Bob, Two, 10);
		decide(first);
		decide(second);
		assert_refused(second, ComplianceError::<Runtime>::HolderCapReached.into());
		assert_eq!((balance(Bob), balance(Charlie), balance(Two)), (990, 10, 0));
		// The escrow is no holder: Bob and Charlie are the two.
		assert_eq!(
			pallet_security_token::Tokens::<Runtime>::get(TOKEN)
				.unwrap()
				.holders,
			2
		);
		invariants_hold();
	});
}

#[test]
fn a_receiver_whose_claim_is_revoked_after_the_request_does_not_receive() {
	new_ext("development").execute_with(|| {
		setup();
		let id = request_transfer(Bob, Charlie, 100);
		assert_ok!(dispatch(
			KYC_PROVIDER,
			compliance(ComplianceCall::revoke_claim {
				subject: account(Charlie),
				topic: ClaimTopic::Kyc,
			})
		));
		decide(id);
		assert_refused(
			id,
			ComplianceError::<Runtime>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0,
			}
			.into(),
		);
		assert_eq!((balance(Bob), balance(Charlie), escrowed()), (1_000, 0, 0));
		invariants_hold();
	});
}

#[test]
fn a_receiver_whose_claim_expires_after_the_request_does_not_receive() {
	new_ext("development").execute_with(|| {
		setup();
		let now = System::block_number();
		kyc(Two, Some(now + 2));
		let id = request_transfer(Bob, Two, 100);
		System::set_block_number(now + 2);
		decide(id);
		assert_refused(
			id,
			ComplianceError::<Runtime>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0,
			}
			.into(),
		);
		assert_eq!((balance(Bob), balance(Two)), (1_000, 0));
		invariants_hold();
	});
}

#[test]
fn a_receiver_deny_listed_after_the_request_does_not_receive() {
	new_ext("development").execute_with(|| {
		setup();
		let receiver = vec![
			Condition::HasClaim {
				topic: ClaimTopic::Kyc,
				issuers: Default::default(),
			},
			Condition::NotDenyListed,
		]
		.try_into()
		.unwrap();
		assert_ok!(dispatch(
			ISSUER,
			compliance(ComplianceCall::set_requirements {
				token: TOKEN,
				requirements: vec![Requirement {
					sender: Default::default(),
					receiver,
				}]
				.try_into()
				.unwrap(),
			})
		));
		let id = request_transfer(Bob, Charlie, 100);
		assert_ok!(dispatch(
			ISSUER,
			compliance(ComplianceCall::set_lists {
				token: TOKEN,
				entries: vec![(
					account(Charlie),
					pallet_compliance::ListFlags {
						deny: true,
						..Default::default()
					}
				)]
				.try_into()
				.unwrap(),
			})
		));
		decide(id);
		assert_refused(
			id,
			ComplianceError::<Runtime>::DenyListed {
				requirement: 0,
				receiver: true,
				condition: 1,
			}
			.into(),
		);
		assert_eq!((balance(Bob), balance(Charlie)), (1_000, 0));
		invariants_hold();
	});
}

#[test]
fn a_sender_frozen_after_the_request_does_not_complete_and_gets_the_escrow_back() {
	new_ext("development").execute_with(|| {
		setup();
		let id = request_transfer(Bob, Charlie, 100);
		assert_ok!(dispatch(
			ISSUER,
			token(TokenCall::freeze_account {
				token: TOKEN,
				who: account(Bob),
			})
		));
		decide(id);
		assert_refused(
			id,
			pallet_security_token::Error::<Runtime>::SenderFrozen.into(),
		);
		assert_eq!((balance(Bob), balance(Charlie), escrowed()), (1_000, 0, 0));
		// The escrow itself can never be frozen, so no refund is ever stuck behind a freeze.
		assert_eq!(
			dispatch(
				ISSUER,
				token(TokenCall::freeze_account {
					token: TOKEN,
					who: escrow(),
				})
			),
			Err(pallet_security_token::Error::<Runtime>::CustodianAccount.into())
		);
		invariants_hold();
	});
}

#[test]
fn a_pause_holds_new_requests_while_pending_ones_settle_and_refund() {
	new_ext("development").execute_with(|| {
		setup();
		let settles = request_transfer(Bob, Charlie, 100);
		let lapses = request_transfer(Bob, Charlie, 50);
		assert_ok!(dispatch(ISSUER, token(TokenCall::pause { token: TOKEN })));
		assert_eq!(
			dispatch(
				Bob,
				proof(ProofCall::request_transfer {
					token: TOKEN,
					to: account(Charlie),
					amount: 1,
				})
			),
			Err(pallet_security_token::Error::<Runtime>::TokenPaused.into())
		);
		decide(settles);
		System::set_block_number(System::block_number() + PERIOD + 1);
		assert_ok!(dispatch(Ferdie, proof(ProofCall::expire { id: lapses })));
		assert_eq!((balance(Bob), balance(Charlie), escrowed()), (900, 100, 0));
		invariants_hold();
	});
}

// ---- Griefing and self-dealing.

fn deposit_held(who: Sr25519Keyring) -> Balance {
	pallet_balances::Pallet::<Runtime>::balance_on_hold(
		&RuntimeHoldReason::ProofOfOwnership(HoldReason::RequestDeposit),
		&account(who),
	)
}

#[test]
fn a_holder_cannot_fill_the_pending_slots_and_pays_for_those_it_takes() {
	new_ext("development").execute_with(|| {
		setup();
		let deposit = vellum_runtime::configs::tokens::RequestDeposit::get();
		let most = <Runtime as pallet_proof_of_ownership::Config>::MaxRequestsPerHolder::get();
		for _ in 0..most {
			request_transfer(Bob, Charlie, 1);
		}
		assert_eq!(deposit_held(Bob), deposit * Balance::from(most));
		assert_eq!(
			dispatch(
				Bob,
				proof(ProofCall::request_transfer {
					token: TOKEN,
					to: account(Charlie),
					amount: 1,
				})
			),
			Err(ProofError::<Runtime>::TooManyRequests.into())
		);
		// The rest of the asset's slots stay free for other holders and the issuer.
		let slots = <Runtime as pallet_proof_of_ownership::Config>::MaxPendingPerAsset::get();
		assert_eq!(pending().len() as u32, most);
		assert!(most * 8 <= slots);
		// The deposits come back when the requests end.
		System::set_block_number(System::block_number() + PERIOD + 1);
		for p in pending() {
			assert_ok!(dispatch(Ferdie, proof(ProofCall::expire { id: p.id })));
		}
		assert_eq!(deposit_held(Bob), 0);
		invariants_hold();
	});
}

#[test]
fn only_admitted_issuers_register_assets_naming_attestors() {
	new_ext("development").execute_with(|| {
		setup();
		let mut definition = pallet_proof_of_ownership::UnderlyingAssets::<Runtime>::get(ASSET)
			.expect("the asset exists")
			.definition;
		definition.legal_id = b"junk".to_vec().try_into().unwrap();
		assert_eq!(
			dispatch(
				Charlie,
				proof(ProofCall::register_asset {
					definition: Box::new(definition)
				})
			),
			Err(ProofError::<Runtime>::NotIssuer.into())
		);
	});
}

#[test]
fn no_attestor_votes_on_its_own_transfer_and_no_party_challenges_it() {
	new_ext("development").execute_with(|| {
		setup();
		kyc(REGISTRY, None);
		let id = request_transfer(Bob, REGISTRY, 10);
		assert_eq!(
			dispatch(
				REGISTRY,
				proof(ProofCall::confirm {
					id,
					evidence: [1; 32]
				})
			),
			Err(ProofError::<Runtime>::InterestedAttestor.into())
		);
		confirm(NOTARY, id, 0xe0);
		confirm(CUSTODIAN, id, 0xe0);
		assert_eq!(balance(REGISTRY), 10);
		let seq = asset_info().certificates - 1;
		for party in [Bob, REGISTRY] {
			assert_eq!(
				dispatch(
					party,
					proof(ProofCall::challenge {
						asset: ASSET,
						seq,
						attestor: account(NOTARY),
					})
				),
				Err(ProofError::<Runtime>::InterestedChallenger.into())
			);
		}
		invariants_hold();
	});
}

// ---- Attestor sets and deregistration.

#[test]
fn a_resigning_attestor_is_replaced_and_an_asset_without_supply_is_deregistered() {
	new_ext("development").execute_with(|| {
		setup();
		// Bob's sale to Charlie is requested under the registry, the notary and the custodian.
		let before = request_transfer(Bob, Charlie, 100);

		// The custodian resigns; the council admits a successor (a new, funded account) and
		// replaces the custodian with it, 2 of 3.
		const SUCCESSOR: Sr25519Keyring = Two;
		assert_ok!(dispatch(
			Alice,
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: account(SUCCESSOR).into(),
				value: MinAttestorBond::get() + 5_000 * UNIT,
			})
		));
		assert_ok!(council_motion(
			proof(ProofCall::admit_attestor {
				who: account(SUCCESSOR)
			}),
			&[Alice, Bob]
		));
		assert_ok!(dispatch(
			SUCCESSOR,
			proof(ProofCall::bond {
				amount: MinAttestorBond::get()
			})
		));
		let set = vec![account(REGISTRY), account(NOTARY), account(SUCCESSOR)];
		assert_ok!(council_motion(
			proof(ProofCall::set_attestors {
				asset: ASSET,
				attestors: set.clone().try_into().unwrap(),
				threshold: 2,
			}),
			&[Alice, Bob]
		));
		assert!(proof_events().contains(&ProofEvent::AttestorsChanged {
			asset: ASSET,
			attestors: set.clone().try_into().unwrap(),
			threshold: 2,
			by_network: true,
		}));
		assert_eq!(asset_info().attestors, set);

		// The earlier request keeps its set: the successor may not vote on it, the custodian
		// may, and cannot leave with its bond while it can.
		let open = pending();
		assert_eq!(open.len(), 1);
		assert_eq!(
			(open[0].attestors.clone(), open[0].threshold),
			(
				vec![account(REGISTRY), account(NOTARY), account(CUSTODIAN)],
				2
			)
		);
		assert_eq!(
			dispatch(
				SUCCESSOR,
				proof(ProofCall::confirm {
					id: before,
					evidence: [0xd1; 32]
				})
			),
			Err(ProofError::<Runtime>::NotAssetAttestor.into())
		);
		assert_eq!(
			dispatch(CUSTODIAN, proof(ProofCall::unbond { amount: 1 })),
			Err(ProofError::<Runtime>::BondLocked.into())
		);
		confirm(CUSTODIAN, before, 0xd1);
		confirm(REGISTRY, before, 0xd1);
		assert_eq!((balance(Bob), escrowed(), balance(Charlie)), (900, 0, 100));
		let certificates = certificates_of(Charlie);
		assert_eq!(certificates.len(), 1);
		assert_eq!(
			certificates[0].attestors,
			vec![account(CUSTODIAN), account(REGISTRY)]
		);
		assert_eq!(
			certificates[0].attestor_set,
			vec![account(REGISTRY), account(NOTARY), account(CUSTODIAN)]
		);
		assert!(asset_info().chain_verified);

		// Named by nothing now, the custodian unbonds and the council removes it.
		assert_ok!(dispatch(
			CUSTODIAN,
			proof(ProofCall::unbond {
				amount: MinAttestorBond::get()
			})
		));
		assert_eq!(bond_held(CUSTODIAN), 0);
		assert_ok!(council_motion(
			proof(ProofCall::remove_attestor {
				who: account(CUSTODIAN)
			}),
			&[Alice, Bob]
		));
		assert!(!pallet_proof_of_ownership::Attestors::<Runtime>::contains_key(account(CUSTODIAN)));

		// A transfer requested now is the new set's to decide.
		let after = request_transfer(Bob, Charlie, 50);
		confirm(SUCCESSOR, after, 0xd2);
		confirm(NOTARY, after, 0xd2);
		assert_eq!((balance(Bob), balance(Charlie)), (850, 150));
		assert!(asset_info().chain_verified);
		// With supply bound to it, the asset stays, whoever asks.
		assert_eq!(
			dispatch(ISSUER, proof(ProofCall::deregister_asset { asset: ASSET })),
			Err(ProofError::<Runtime>::SupplyBound.into())
		);
		assert_eq!(
			council_motion(
				proof(ProofCall::deregister_asset { asset: ASSET }),
				&[Alice, Bob]
			),
			Err(ProofError::<Runtime>::SupplyBound.into())
		);

		// A second flat, its token never issued: the issuer deregisters it, its deposit
		// comes back and its token is unbound.
		let unissued = pallet_security_token::NextTokenId::<Runtime>::get();
		assert_ok!(dispatch(
			ISSUER,
			token(TokenCall::create_token {
				definition: Box::new(SecurityDefinition::plain_equity(b"BER13", DE, 1_000)),
			})
		));
		let second = pallet_proof_of_ownership::NextAssetId::<Runtime>::get();
		let mut definition = pallet_proof_of_ownership::UnderlyingAssets::<Runtime>::get(ASSET)
			.expect("the asset exists")
			.definition;
		definition.legal_id = b"Grundbuch Berlin-Mitte 4711 / 13"
			.to_vec()
			.try_into()
			.unwrap();
		assert_ok!(dispatch(
			ISSUER,
			proof(ProofCall::register_asset {
				definition: Box::new(definition)
			})
		));
		assert_ok!(dispatch(
			ISSUER,
			proof(ProofCall::bind_token {
				asset: second,
				token: unissued,
				units_per_token: 1,
			})
		));
		let deposit = vellum_runtime::configs::tokens::AssetDeposit::get();
		let asset_deposit = || {
			pallet_balances::Pallet::<Runtime>::balance_on_hold(
				&RuntimeHoldReason::ProofOfOwnership(HoldReason::AssetDeposit),
				&account(ISSUER),
			)
		};
		assert_eq!(asset_deposit(), 2 * deposit);
		assert_ok!(dispatch(
			ISSUER,
			proof(ProofCall::deregister_asset { asset: second })
		));
		assert!(proof_events().contains(&ProofEvent::AssetDeregistered {
			asset: second,
			issuer: account(ISSUER),
			released: deposit,
			by_network: false,
		}));
		assert_eq!(asset_deposit(), deposit);
		assert!(pallet_proof_of_ownership::UnderlyingAssets::<Runtime>::get(second).is_none());
		assert!(pallet_proof_of_ownership::TokenAsset::<Runtime>::get(unissued).is_none());
		invariants_hold();
	});
}

// ---- Forced transfers and recoveries of a bound token, through attestation.

/// `call` dispatched by the network's admin origin (root: the council acts through it too).
fn as_network(call: RuntimeCall) -> Result<(), DispatchError> {
	use sp_runtime::traits::Dispatchable;
	call.dispatch(RuntimeOrigin::root())
		.map(|_| ())
		.map_err(|e| e.error)
}

#[test]
fn a_bound_token_is_force_transferred_and_recovered_through_attestation() {
	new_ext("development").execute_with(|| {
		setup();
		// The issuer appoints a controller (Alice, who carries out court orders).
		const CONTROLLER: Sr25519Keyring = Alice;
		assert_ok!(dispatch(
			ISSUER,
			token(TokenCall::grant_role {
				token: TOKEN,
				who: account(CONTROLLER),
				role: Role::Controller,
			})
		));

		// The ledger's own forced transfer and recovery of a bound token are still refused,
		// by the controller and by the network alike: only attestation moves it.
		let ledger_force = || {
			token(TokenCall::force_transfer {
				token: TOKEN,
				from: account(Bob),
				to: account(Two),
				amount: 300,
				reason: b"court order 4711".to_vec().try_into().unwrap(),
			})
		};
		let refused = Err(ProofError::<Runtime>::AttestationRequired.into());
		assert_eq!(dispatch(CONTROLLER, ledger_force()), refused);
		assert_eq!(as_network(ledger_force()), refused);
		assert_eq!(
			dispatch(
				ISSUER,
				token(TokenCall::recover {
					token: TOKEN,
					lost: account(Bob),
					new: account(Charlie),
				})
			),
			refused
		);
		assert_eq!(balance(Bob), 1_000);

		// Nobody but the controller (or the network) may ask for a forced transfer.
		let order = [0xc0; 32];
		let force = || {
			proof(ProofCall::request_forced_transfer {
				token: TOKEN,
				from: account(Bob),
				to: account(Two),
				amount: 300,
				reason: order,
			})
		};
		assert_eq!(
			dispatch(Charlie, force()),
			Err(ProofError::<Runtime>::NoPermission.into())
		);

		// A court orders 300 of Bob's tokens to Two, who has no KYC claim: compliance lets a
		// forced transfer pass. The tokens wait in escrow; the controller holds the deposit.
		let id = pallet_proof_of_ownership::NextTransferId::<Runtime>::get();
		assert_ok!(dispatch(CONTROLLER, force()));
		assert!(
			proof_events().contains(&ProofEvent::ForcedTransferRequested {
				id,
				asset: ASSET,
				token: TOKEN,
				kind: ForcedKind::Transfer,
				from: account(Bob),
				to: account(Two),
				amount: 300,
				frozen: 0,
				deadline: System::block_number() + PERIOD,
				by: Authority::Agent(account(CONTROLLER)),
				reason: Some(order),
			})
		);
		assert_eq!((balance(Bob), escrowed(), balance(Two)), (700, 300, 0));
		let deposit = vellum_runtime::configs::tokens::RequestDeposit::get();
		assert_eq!(deposit_held(CONTROLLER), deposit);
		let open = pending();
		assert_eq!(open.len(), 1);
		assert_eq!(
			open[0].forced.as_ref().map(|f| (f.kind, f.by.clone())),
			Some((ForcedKind::Transfer, Authority::Agent(account(CONTROLLER))))
		);

		// The attestors decide it as any transfer: two of three confirm.
		decide(id);
		assert_eq!((balance(Bob), escrowed(), balance(Two)), (700, 0, 300));
		assert_eq!(deposit_held(CONTROLLER), 0);
		let certificates = certificates_of(Two);
		assert_eq!(certificates.len(), 1);
		assert_eq!(
			(
				certificates[0].from.clone(),
				certificates[0].units,
				certificates[0].transfer
			),
			(Some(account(Bob)), 300, id)
		);

		// Bob loses his key. The network asks for the recovery of his whole balance to
		// Charlie, without a deposit; the attestors confirm it.
		let recovery = pallet_proof_of_ownership::NextTransferId::<Runtime>::get();
		assert_ok!(as_network(proof(ProofCall::request_recovery {
			token: TOKEN,
			lost: account(Bob),
			new: account(Charlie),
		})));
		assert!(proof_events().iter().any(|e| matches!(
			e,
			ProofEvent::ForcedTransferRequested {
				id,
				kind: ForcedKind::Recovery,
				amount: 700,
				by: Authority::Network,
				reason: None,
				..
			} if *id == recovery
		)));
		assert_eq!((balance(Bob), escrowed()), (0, 700));
		decide(recovery);
		assert_eq!((balance(Bob), escrowed(), balance(Charlie)), (0, 0, 700));
		// The lost account is left frozen, as after the ledger's recovery.
		assert!(
			pallet_security_token::Holdings::<Runtime>::get(TOKEN, account(Bob))
				.is_some_and(|h| h.account_frozen)
		);
		let certificates = certificates_of(Charlie);
		assert_eq!(certificates.len(), 1);
		assert_eq!(
			(certificates[0].from.clone(), certificates[0].units),
			(Some(account(Bob)), 700)
		);
		let info = asset_info();
		assert_eq!(info.certificates, 3);
		assert!(info.chain_verified);
		let mut owners: Vec<(AccountId, Balance)> =
			runtime_api("ProofOfOwnershipApi_owners", ASSET);
		owners.sort();
		let mut expected = vec![(account(Charlie), 700), (account(Two), 300)];
		expected.sort();
		assert_eq!(owners, expected);
		invariants_hold();
	});
}
