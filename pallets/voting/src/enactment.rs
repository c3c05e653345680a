//! Enactment: a passed resolution's call, stored inline, is scheduled after the token's
//! enactment delay and dispatched with [`Origin::TokenHolders`]; [`EnsureTokenHolders`] is how
//! other pallets accept that origin.

use crate::*;
use codec::Encode;
use frame_support::traits::{
	schedule::{DispatchTime, LOWEST_PRIORITY},
	BoundedInline, EnsureOriginWithArg,
};
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// A call as a resolution stores it: inline (at most 128 bytes encoded), so nothing needs
	/// a preimage.
	pub(crate) fn bound_call(call: CallOf<T>) -> Result<BoundedCallOf<T>, DispatchError> {
		let inline = BoundedInline::try_from(call.encode()).map_err(|_| Error::<T>::CallTooLong)?;
		Ok(frame_support::traits::Bounded::Inline(inline))
	}

	/// The scheduler's name of a resolution's enactment.
	pub fn task_name(index: ResolutionIndex) -> [u8; 32] {
		use sp_runtime::traits::{BlakeTwo256, Hash};
		BlakeTwo256::hash_of(&(b"vellum/voting/enact", index)).0
	}

	/// Schedules a passed resolution's call; an error is reported in an event (the resolution
	/// stays passed, the call is dropped).
	pub(crate) fn enact(index: ResolutionIndex, res: &ResolutionOf<T>, call: BoundedCallOf<T>) {
		let origin = T::PalletsOrigin::from(Origin::TokenHolders { token: res.token });
		let result = T::Scheduler::schedule_named(
			Self::task_name(index),
			DispatchTime::After(res.enactment_delay),
			None,
			// Below the network's own scheduled calls.
			LOWEST_PRIORITY.saturating_sub(1),
			origin,
			call,
		);
		match result {
			Ok(_) => {
				// The scheduler dispatches `After(d)` at the start of block now + d + 1.
				let at = frame_system::Pallet::<T>::block_number()
					.saturating_add(res.enactment_delay)
					.saturating_add(One::one());
				Self::deposit_event(Event::EnactmentScheduled {
					resolution: index,
					enacts_at: at,
				});
			}
			Err(error) => Self::deposit_event(Event::EnactmentFailed {
				resolution: index,
				error,
			}),
		}
	}
}

/// Accepts [`Origin::TokenHolders`]: as [`EnsureOrigin`] with the token as success, as
/// [`EnsureOriginWithArg`] only for the token given (success `()`), so a runtime can let the
/// holders of a token act on that token and no other.
pub struct EnsureTokenHolders<O>(core::marker::PhantomData<O>);

impl<O> EnsureOrigin<O> for EnsureTokenHolders<O>
where
	O: Into<Result<Origin, O>> + From<Origin>,
{
	type Success = TokenId;

	fn try_origin(o: O) -> Result<TokenId, O> {
		o.into().map(|Origin::TokenHolders { token }| token)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Ok(O::from(Origin::TokenHolders { token: 0 }))
	}
}

impl<O> EnsureOriginWithArg<O, TokenId> for EnsureTokenHolders<O>
where
	O: Into<Result<Origin, O>> + From<Origin>,
{
	type Success = ();

	fn try_origin(o: O, token: &TokenId) -> Result<(), O> {
		match o.into() {
			Ok(Origin::TokenHolders { token: t }) if t == *token => Ok(()),
			Ok(other) => Err(O::from(other)),
			Err(o) => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(token: &TokenId) -> Result<O, ()> {
		Ok(O::from(Origin::TokenHolders { token: *token }))
	}
}
