//! Property tests over random issue, redeem, fee and time sequences with awkward units

use super::*;

mod props {
	use super::*;
	use crate::maths::YEAR_MS;
	use proptest::{collection::vec as pvec, prelude::*, test_runner::TestCaseError};

	const INVESTORS: [AccountId; 2] = [BOB, CHARLIE];
	/// What each holder starts with of every component.
	const INITIAL: Balance = 1_000_000_000_000;

	/// Few cases, so the tests stay fast in debug builds; no regression files in the tree.
	fn config(cases: u32) -> ProptestConfig {
		ProptestConfig {
			cases,
			failure_persistence: None,
			..ProptestConfig::default()
		}
	}

	#[derive(Clone, Debug)]
	enum Op {
		/// Holder, natural units.
		Issue(usize, u128),
		/// Holder, basket units.
		Redeem(usize, u128),
		Advance(u64),
		Accrue,
	}

	fn op() -> impl Strategy<Value = Op> {
		prop_oneof![
			4 => (0..2usize, 1..20u128).prop_map(|(w, k)| Op::Issue(w, k)),
			4 => (0..2usize, 1..2_000u128).prop_map(|(w, q)| Op::Redeem(w, q)),
			1 => (1..YEAR_MS / 4).prop_map(Op::Advance),
			1 => Just(Op::Accrue),
		]
	}

	fn units() -> impl Strategy<Value = Vec<Balance>> {
		pvec(
			prop_oneof![Just(1u128), Just(7), Just(13), Just(1_000_003), 1u128..100],
			1..4,
		)
	}

	fn try_state() -> Result<(), TestCaseError> {
		SetDerivatives::do_try_state()
			.map_err(|e| TestCaseError::fail(format!("set-derivatives: {e:?}")))?;
		SecurityToken::do_try_state().map_err(|e| TestCaseError::fail(format!("ledger: {e:?}")))
	}

	proptest! {
		#![proptest_config(config(48))]

		/// Random operations never leave a basket under-collateralised nor its supply apart
		/// from the ledger's, and a holder who redeems everything it issued never ends with
		/// more of any component than it started with.
		#[test]
		fn baskets_stay_collateralised_and_nobody_gains(
			units in units(),
			nu in prop_oneof![Just(1u128), Just(3), Just(97)],
			fee in 0u32..=10,
			ops in pvec(op(), 1..30),
		) {
			new_test_ext().execute_with(|| -> Result<(), TestCaseError> {
				let t = tokens(units.len());
				for who in INVESTORS {
					for token in &t {
						mint(*token, who, INITIAL);
					}
				}
				let list: Vec<_> = t.iter().copied().zip(units.iter().copied()).collect();
				let (b, token) = create(&list, nu, Perbill::from_percent(fee));
				for op in &ops {
					let _ = match op {
						Op::Issue(w, k) => {
							SetDerivatives::issue(signed(INVESTORS[*w]), b, k * nu).map(|_| ())
						}
						Op::Redeem(w, q) => SetDerivatives::redeem(
							signed(INVESTORS[*w]),
							b,
							*q,
							None,
							no_forgo(),
						)
						.map(|_| ()),
						Op::Advance(ms) => {
							advance(*ms);
							Ok(())
						}
						Op::Accrue => {
							SetDerivatives::accrue_fee(signed(NOBODY), b).map_err(Into::into)
						}
					};
					try_state()?;
				}
				for who in INVESTORS {
					let units = balance(token, who);
					if units > 0 {
						prop_assert!(
							SetDerivatives::redeem(signed(who), b, units, None, no_forgo()).is_ok(),
							"a holder could not redeem what it holds"
						);
					}
					for c in &t {
						prop_assert!(balance(*c, who) <= INITIAL, "{who} gained component {c}");
					}
				}
				try_state()
			})?;
		}
	}
}
