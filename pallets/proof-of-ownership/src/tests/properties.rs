//! Property tests

use super::*;

mod props {
	use super::*;
	use proptest::{collection::vec as pvec, prelude::*};

	/// The holders and receivers of the generated runs.
	const PEOPLE: [AccountId; 4] = [BOB, CHARLIE, DAVE, EVE];
	/// The attestors of the generated runs' asset, 2 of 3.
	const ATTESTORS: [AccountId; 3] = [REGISTRY, NOTARY, CUSTODIAN];
	/// The challengers of the generated runs (some are parties to some certificates).
	const CHALLENGERS: [AccountId; 4] = [EVE, DAVE, CHARLIE, FOURTH];

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
			who: usize,
			seq: u32,
			attestor: usize,
		},
		Rule {
			challenge: usize,
			upheld: bool,
		},
		Lapse {
			challenge: usize,
		},
		Bond {
			attestor: usize,
			amount: Balance,
		},
		Unbond {
			attestor: usize,
			amount: Balance,
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
			3 => (0..CHALLENGERS.len(), 0..4u32, 0..3usize)
				.prop_map(|(who, seq, attestor)| Step::Challenge { who, seq, attestor }),
			2 => (0..4usize, any::<bool>())
				.prop_map(|(challenge, upheld)| Step::Rule { challenge, upheld }),
			1 => (0..4usize).prop_map(|challenge| Step::Lapse { challenge }),
			1 => (0..3usize, 1..2_000u128).prop_map(|(attestor, amount)| Step::Bond { attestor, amount }),
			1 => (0..3usize, 1..2_000u128)
				.prop_map(|(attestor, amount)| Step::Unbond { attestor, amount }),
		]
	}

	/// The `i`-th pending transfer of the asset (modulo their number), if any.
	fn nth_pending(asset: UnderlyingAssetId, i: usize) -> Option<TransferId> {
		let list = PendingByAsset::<Test>::get(asset);
		if list.is_empty() {
			return None;
		}
		list.get(i % list.len()).copied()
	}

	/// The `i`-th open challenge (modulo their number), if any.
	fn nth_challenge(i: usize) -> Option<u64> {
		let mut ids: Vec<u64> = Challenges::<Test>::iter_keys().collect();
		ids.sort();
		if ids.is_empty() {
			return None;
		}
		ids.get(i % ids.len()).copied()
	}

	/// Runs one step, ignoring refusals (a refused call changes nothing).
	fn apply(asset: UnderlyingAssetId, token: TokenId, s: &Step) {
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
			Step::Challenge { who, seq, attestor } => ProofOfOwnership::challenge(
				signed(CHALLENGERS[who]),
				asset,
				seq,
				ATTESTORS[attestor],
			),
			Step::Rule { challenge, upheld } => match nth_challenge(challenge) {
				Some(id) => post(ProofOfOwnership::rule(root(), id, upheld)),
				None => Ok(()),
			},
			Step::Lapse { challenge } => match nth_challenge(challenge) {
				Some(id) => ProofOfOwnership::lapse(signed(NOBODY), id),
				None => Ok(()),
			},
			Step::Bond { attestor, amount } => {
				ProofOfOwnership::bond(signed(ATTESTORS[attestor]), amount)
			}
			Step::Unbond { attestor, amount } => {
				ProofOfOwnership::unbond(signed(ATTESTORS[attestor]), amount)
			}
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
