//! Supply: issuance by the supply agent (one account or a batch, all or nothing) and burns.

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_issue(
		agent: &T::AccountId,
		token: TokenId,
		to: T::AccountId,
		amount: T::Balance,
	) -> Result<Weight, DispatchError> {
		let mut details = Self::ensure_role(token, agent, Role::Supply)?;
		let moved = Self::do_move_with(
			&mut details,
			&Movement::new(token, MovementKind::Issue, None, Some(&to), amount).by(agent),
		)?;
		Self::deposit_event(Event::Issued { token, to, amount });
		Ok(Self::actual_weight(
			T::WeightInfo::issue(),
			token,
			moved.unused,
			1,
		))
	}

	pub(crate) fn do_issue_batch(
		agent: &T::AccountId,
		token: TokenId,
		issues: &[(T::AccountId, T::Balance)],
	) -> Result<Weight, DispatchError> {
		ensure!(!issues.is_empty(), Error::<T>::EmptyBatch);
		let mut details = Self::ensure_role(token, agent, Role::Supply)?;
		let mut unused = Unused::default();
		for (to, amount) in issues {
			let moved = Self::do_move_with(
				&mut details,
				&Movement::new(token, MovementKind::Issue, None, Some(to), *amount).by(agent),
			)?;
			unused.accrue(moved.unused);
			Self::deposit_event(Event::Issued {
				token,
				to: to.clone(),
				amount: *amount,
			});
		}
		let n = issues.len() as u32;
		Ok(Self::actual_weight(
			T::WeightInfo::issue_batch(n),
			token,
			unused,
			n,
		))
	}

	pub(crate) fn do_burn(
		agent: &T::AccountId,
		token: TokenId,
		from: T::AccountId,
		amount: T::Balance,
	) -> Result<Weight, DispatchError> {
		let mut details = Self::ensure_role(token, agent, Role::Supply)?;
		let moved = Self::do_move_with(
			&mut details,
			&Movement::new(token, MovementKind::Burn, Some(&from), None, amount).by(agent),
		)?;
		Self::deposit_event(Event::Burned {
			token,
			from,
			amount,
			unfrozen: moved.unfrozen,
		});
		Ok(Self::actual_weight(
			T::WeightInfo::burn(),
			token,
			moved.unused,
			1,
		))
	}
}
