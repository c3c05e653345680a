//! Benchmarks of the set-derivatives pallet (v2), with the number of components `n` as the
//! component of every call that moves tokens.
//!
//! Every benchmark builds the worst case of its call: the basket has supply and a fee of
//! `MaxFee` that has not been accrued for a year, so the call also issues fee units and lowers
//! the multiplier; every leg moves a non-zero amount to or from an account that did not hold
//! the token before (the ledger's worst case for a movement); a rebalance replaces every
//! component (`n / 2` legs out, `n / 2` in), each priced. The ledger comes from
//! [`Config::BenchmarkHelper`]: its tokens must let the benchmark accounts hold units and the
//! vault take them (a runtime benchmarks with the transfer check it configures for
//! benchmarks; see `weights_refund.rs` for how the check's and the hooks' weight is added).
//!
//! The figure the issue asks for, the cost of `issue` with 10 components beside 10 compliant
//! transfers and one issuance from the same run, is compared and printed by the runtime test
//! `a_ten_component_issue_costs_no_more_than_ten_transfers_and_an_issuance`.

use super::*;
use crate::Pallet as SetDerivatives;
use alloc::{boxed::Box, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::Get;
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, Saturating, Zero};
use vellum_primitives::security::{CountryCode, InstrumentTerms, Label, Redemption};

const SEED: u32 = 0;
/// Basket units one benchmark issue or redeem moves.
const QUANTITY: u32 = 1_000;
/// A price of every component.
const PRICE: u128 = 1_000;

/// A basket token's definition.
fn definition<T: Config>() -> SecurityDefinition<T::Balance> {
	let mut def =
		SecurityDefinition::plain_equity(b"BSKT", CountryCode(*b"LU"), T::Balance::max_value());
	def.terms = InstrumentTerms::FundUnits {
		fund_kind: Label::truncate_from(b"AIF".to_vec()),
		open_ended: true,
	};
	def.redemption = Redemption::Never;
	def
}

/// `n` new component tokens of one issuer (`offset` tells the sets of a benchmark apart),
/// with units 1, 2, 3, ...
fn new_components<T: Config>(n: u32, offset: u32) -> ComponentsOf<T> {
	let issuer: T::AccountId = account("issuer", offset, SEED);
	let list: Vec<_> = (0..n)
		.map(|i| Component {
			token: T::BenchmarkHelper::create_token(&issuer),
			units: (i + 1).into(),
		})
		.collect();
	BoundedVec::truncate_from(list)
}

/// A basket of `n` components of a funded, admitted manager, with a fee of `MaxFee`.
fn basket<T: Config>(n: u32) -> Result<(T::AccountId, BasketId), BenchmarkError> {
	let manager: T::AccountId = account("manager", 0, SEED);
	T::BenchmarkHelper::admit_issuer(&manager);
	let id = SetDerivatives::<T>::do_create_basket(
		manager.clone(),
		new_components::<T>(n, 0),
		1u32.into(),
		T::MaxFee::get(),
		definition::<T>(),
	)?;
	Ok((manager, id))
}

/// A funded account holding enough of every component of `id` for `times * QUANTITY` basket
/// units.
fn holder<T: Config>(
	id: BasketId,
	name: &'static str,
	times: u32,
) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account(name, 0, SEED);
	T::BenchmarkHelper::fund(&who);
	let b = Baskets::<T>::get(id).ok_or("no basket")?;
	for c in b.components.iter() {
		let amount = c.units.saturating_mul((QUANTITY * times).into());
		T::Ledger::issue(c.token, &who, amount)?;
	}
	Ok(who)
}

/// Gives the basket a supply (issued to a first holder) and a year of unaccrued fee.
fn with_supply_and_fee_due<T: Config>(id: BasketId) -> Result<(), BenchmarkError> {
	T::BenchmarkHelper::set_time(2 * maths::YEAR_MS);
	let first = holder::<T>(id, "first", 1)?;
	SetDerivatives::<T>::do_issue(&first, id, QUANTITY.into())?;
	Baskets::<T>::try_mutate(id, |b| -> Result<(), BenchmarkError> {
		let b = b.as_mut().ok_or("no basket")?;
		b.last_accrual = SetDerivatives::<T>::now().saturating_sub(maths::YEAR_MS);
		Ok(())
	})
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_basket(n: Linear<1, { T::MaxComponents::get() }>) -> Result<(), BenchmarkError> {
		let manager: T::AccountId = account("manager", 0, SEED);
		T::BenchmarkHelper::admit_issuer(&manager);
		let comps = new_components::<T>(n, 0);
		let id = NextBasketId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(manager),
			comps,
			1u32.into(),
			T::MaxFee::get(),
			Box::new(definition::<T>()),
		);

		assert!(Baskets::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn issue(n: Linear<1, { T::MaxComponents::get() }>) -> Result<(), BenchmarkError> {
		let (_, id) = basket::<T>(n)?;
		with_supply_and_fee_due::<T>(id)?;
		let who = holder::<T>(id, "holder", 1)?;
		let before = Baskets::<T>::get(id).ok_or("no basket")?.supply;

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, QUANTITY.into());

		let after = Baskets::<T>::get(id).ok_or("no basket")?.supply;
		assert!(
			after > before.saturating_add(QUANTITY.into()),
			"the fee was issued too"
		);
		Ok(())
	}

	#[benchmark]
	fn redeem(n: Linear<1, { T::MaxComponents::get() }>) -> Result<(), BenchmarkError> {
		let (_, id) = basket::<T>(n)?;
		let who = holder::<T>(id, "holder", 2)?;
		SetDerivatives::<T>::do_issue(&who, id, (2 * QUANTITY).into())?;
		Baskets::<T>::try_mutate(id, |b| -> Result<(), BenchmarkError> {
			let b = b.as_mut().ok_or("no basket")?;
			b.last_accrual = SetDerivatives::<T>::now().saturating_sub(maths::YEAR_MS);
			Ok(())
		})?;
		// A receiver that holds none of the components yet.
		let to: T::AccountId = account("receiver", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(who),
			id,
			QUANTITY.into(),
			Some(to.clone()),
			BoundedVec::new(),
		);

		let b = Baskets::<T>::get(id).ok_or("no basket")?;
		let first = b.components.first().ok_or("no component")?;
		assert!(!T::Ledger::balance(first.token, &to).is_zero());
		Ok(())
	}

	/// The holders raise the fee, accruing a year at the old one first.
	#[benchmark]
	fn set_fee() -> Result<(), BenchmarkError> {
		let (_, id) = basket::<T>(1)?;
		with_supply_and_fee_due::<T>(id)?;
		let token = Baskets::<T>::get(id).ok_or("no basket")?.token;
		let origin = T::HoldersOrigin::try_successful_origin(&token)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, T::MaxFee::get());

		Ok(())
	}

	#[benchmark]
	fn accrue_fee() -> Result<(), BenchmarkError> {
		let (manager, id) = basket::<T>(1)?;
		with_supply_and_fee_due::<T>(id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(manager), id);

		let b = Baskets::<T>::get(id).ok_or("no basket")?;
		assert!(b.multiplier < PRECISE_UNIT);
		Ok(())
	}

	#[benchmark]
	fn propose_rebalance(n: Linear<1, { T::MaxComponents::get() }>) -> Result<(), BenchmarkError> {
		let (manager, id) = basket::<T>(1)?;
		// The basket's component stays and `n - 1` new ones join: `n` tokens in all, within
		// `MaxRebalanceLegs` (at least `MaxComponents` in every runtime that checks it).
		let kept = Baskets::<T>::get(id).ok_or("no basket")?.components;
		let mut target = new_components::<T>(n.saturating_sub(1), 1).into_inner();
		target.extend(kept);
		let target = BoundedVec::truncate_from(target);
		let participant: T::AccountId = account("participant", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(manager),
			id,
			target,
			participant,
			T::MaxSlippage::get(),
		);

		assert!(Rebalances::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn approve_rebalance() -> Result<(), BenchmarkError> {
		let (manager, id) = basket::<T>(1)?;
		let participant: T::AccountId = account("participant", 0, SEED);
		SetDerivatives::<T>::do_propose_rebalance(
			manager,
			id,
			new_components::<T>(1, 1),
			participant,
			T::MaxSlippage::get(),
		)?;
		let token = Baskets::<T>::get(id).ok_or("no basket")?.token;
		let origin = T::HoldersOrigin::try_successful_origin(&token)
			.map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, 0);

		assert!(Rebalances::<T>::get(id).is_some_and(|r| r.approved_until.is_some()));
		Ok(())
	}

	#[benchmark]
	fn cancel_rebalance() -> Result<(), BenchmarkError> {
		let (manager, id) = basket::<T>(1)?;
		let participant: T::AccountId = account("participant", 0, SEED);
		SetDerivatives::<T>::do_propose_rebalance(
			manager.clone(),
			id,
			new_components::<T>(1, 1),
			participant,
			T::MaxSlippage::get(),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(manager), id);

		assert!(!Rebalances::<T>::contains_key(id));
		Ok(())
	}

	/// `n` legs: every one of `n / 2` components replaced by a new one.
	#[benchmark]
	fn execute_rebalance(
		n: Linear<2, { T::MaxRebalanceLegs::get() }>,
	) -> Result<(), BenchmarkError> {
		let half = (n / 2).max(1);
		let (manager, id) = basket::<T>(half)?;
		with_supply_and_fee_due::<T>(id)?;
		let target = new_components::<T>(half, 1);
		let participant: T::AccountId = account("participant", 0, SEED);
		T::BenchmarkHelper::fund(&participant);
		let b = Baskets::<T>::get(id).ok_or("no basket")?;
		for c in b.components.iter().chain(target.iter()) {
			T::BenchmarkHelper::set_price(c.token, PRICE);
		}
		// Enough of each new component for the supply with its fee.
		for c in target.iter() {
			T::Ledger::issue(
				c.token,
				&participant,
				c.units.saturating_mul((4 * QUANTITY).into()),
			)?;
		}
		SetDerivatives::<T>::do_propose_rebalance(
			manager,
			id,
			target,
			participant.clone(),
			T::MaxSlippage::get(),
		)?;
		SetDerivatives::<T>::do_approve_rebalance(id, 0)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(participant), id, 0);

		assert!(!Rebalances::<T>::contains_key(id));
		Ok(())
	}

	impl_benchmark_test_suite!(
		SetDerivatives,
		crate::mock::new_test_ext(),
		crate::mock::Test
	);
}
