//! The runtime API of the security-token ledger: what wallets, explorers and polkadot.js ask,
//! its result types, and the `Pallet::api_*` functions the runtime answers it with.

use crate::*;
use codec::{Codec, Decode, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use vellum_primitives::security::Moment;

/// The state of a token, with its definition.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct TokenInfo<AccountId, Balance, BlockNumber> {
	/// The token.
	pub id: TokenId,
	/// Its issuer.
	pub issuer: AccountId,
	/// The definition, with the current documents.
	pub definition: SecurityDefinition<Balance>,
	/// Units outstanding.
	pub total_supply: Balance,
	/// Accounts with a non-zero balance.
	pub holders: u32,
	/// Whether the token is paused.
	pub paused: bool,
	/// The latest checkpoint (0: none).
	pub latest_checkpoint: CheckpointId,
	/// Blocks at which checkpoints are scheduled.
	pub scheduled_checkpoints: Vec<BlockNumber>,
}

/// A line of a token list.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug, TypeInfo)]
pub struct TokenSummary<AccountId, Balance> {
	/// The token.
	pub id: TokenId,
	/// Its issuer.
	pub issuer: AccountId,
	/// Its class.
	pub class: InstrumentClass,
	/// Its jurisdiction.
	pub jurisdiction: CountryCode,
	/// Its symbol.
	pub symbol: Vec<u8>,
	/// Units outstanding.
	pub total_supply: Balance,
	/// Accounts with a non-zero balance.
	pub holders: u32,
	/// Whether the token is paused.
	pub paused: bool,
}

/// One account's position in one token.
#[derive(Encode, Decode, Clone, Copy, Default, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct AccountPosition<Balance> {
	/// The whole balance.
	pub balance: Balance,
	/// The frozen part of it.
	pub frozen: Balance,
	/// What may move: balance minus frozen (zero if the account is frozen).
	pub transferable: Balance,
	/// Whether the whole account is frozen.
	pub account_frozen: bool,
}

/// A recorded checkpoint.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen)]
pub struct CheckpointInfo<Balance, BlockNumber> {
	/// Its id.
	pub id: CheckpointId,
	/// The block in which it was recorded (balances are those before the block's extrinsics
	/// for a scheduled checkpoint, and at the recording extrinsic for a manual one).
	pub block: BlockNumber,
	/// The time it was recorded.
	pub timestamp: Moment,
	/// Units outstanding at that point.
	pub total_supply: Balance,
}

sp_api::decl_runtime_apis! {
	/// Queries of the security-token ledger.
	pub trait SecurityTokenApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// A token's definition and state.
		fn token(token: TokenId) -> Option<TokenInfo<AccountId, Balance, BlockNumber>>;

		/// Tokens with id `>= start`, optionally of one class and one jurisdiction, at most
		/// `limit` (capped at 100) of them, in id order. Page with `start = last id + 1`.
		fn tokens(
			class: Option<InstrumentClass>,
			jurisdiction: Option<CountryCode>,
			start: TokenId,
			limit: u32,
		) -> Vec<TokenSummary<AccountId, Balance>>;

		/// `who`'s balance, frozen part and transferable part.
		fn position(token: TokenId, who: AccountId) -> AccountPosition<Balance>;

		/// The number of holders (`None` for an unknown token).
		fn holder_count(token: TokenId) -> Option<u32>;

		/// The retained checkpoints of a token, oldest first.
		fn checkpoints(token: TokenId) -> Vec<CheckpointInfo<Balance, BlockNumber>>;

		/// `who`'s balance at a checkpoint (`None` if the checkpoint is unknown or pruned).
		fn balance_at(token: TokenId, who: AccountId, checkpoint: CheckpointId) -> Option<Balance>;

		/// The supply at a checkpoint (`None` if the checkpoint is unknown or pruned).
		fn supply_at(token: TokenId, checkpoint: CheckpointId) -> Option<Balance>;

		/// Every reason a transfer of `amount` from `from` to `to` would be refused now, as
		/// stable reason codes; empty if it would succeed.
		fn can_transfer(token: TokenId, from: AccountId, to: AccountId, amount: Balance) -> Vec<ReasonCode>;
	}
}

impl<T: Config> Pallet<T> {
	/// `SecurityTokenApi::token`.
	pub fn api_token(
		token: TokenId,
	) -> Option<TokenInfo<T::AccountId, T::Balance, BlockNumberFor<T>>> {
		let details = Tokens::<T>::get(token)?;
		let definition = Definitions::<T>::get(token)?;
		Some(TokenInfo {
			id: token,
			issuer: details.issuer,
			definition,
			total_supply: details.supply,
			holders: details.holders,
			paused: details.paused,
			latest_checkpoint: details.checkpoint,
			scheduled_checkpoints: TokenSchedules::<T>::get(token).into_inner(),
		})
	}

	/// `SecurityTokenApi::tokens`.
	pub fn api_tokens(
		class: Option<InstrumentClass>,
		jurisdiction: Option<CountryCode>,
		start: TokenId,
		limit: u32,
	) -> Vec<TokenSummary<T::AccountId, T::Balance>> {
		let limit = limit.min(MAX_TOKENS_PER_QUERY) as usize;
		let end = NextTokenId::<T>::get();
		let mut out = Vec::new();
		let mut id = start;
		while id < end && out.len() < limit {
			if let Some(d) = Tokens::<T>::get(id) {
				if class.is_none_or(|c| c == d.class)
					&& jurisdiction.is_none_or(|j| j == d.jurisdiction)
				{
					let symbol = Definitions::<T>::get(id)
						.map(|def| def.symbol.into_inner())
						.unwrap_or_default();
					out.push(TokenSummary {
						id,
						issuer: d.issuer,
						class: d.class,
						jurisdiction: d.jurisdiction,
						symbol,
						total_supply: d.supply,
						holders: d.holders,
						paused: d.paused,
					});
				}
			}
			id = id.saturating_add(1);
		}
		out
	}

	/// `SecurityTokenApi::position`.
	pub fn api_position(token: TokenId, who: &T::AccountId) -> AccountPosition<T::Balance> {
		let h = Holdings::<T>::get(token, who).unwrap_or_default();
		AccountPosition {
			balance: h.balance,
			frozen: h.frozen,
			transferable: if h.account_frozen {
				Zero::zero()
			} else {
				h.unfrozen()
			},
			account_frozen: h.account_frozen,
		}
	}

	/// `SecurityTokenApi::holder_count`.
	pub fn api_holder_count(token: TokenId) -> Option<u32> {
		Tokens::<T>::get(token).map(|d| d.holders)
	}

	/// `SecurityTokenApi::checkpoints`.
	pub fn api_checkpoints(token: TokenId) -> Vec<CheckpointInfo<T::Balance, BlockNumberFor<T>>> {
		let Some(details) = Tokens::<T>::get(token) else {
			return Vec::new();
		};
		let first = Self::horizon(details.checkpoint).saturating_add(1);
		(first..=details.checkpoint)
			.filter_map(|id| {
				Checkpoints::<T>::get(token, id).map(|c| CheckpointInfo {
					id,
					block: c.block,
					timestamp: c.timestamp,
					total_supply: c.supply,
				})
			})
			.collect()
	}

	/// `SecurityTokenApi::can_transfer`.
	pub fn api_can_transfer(
		token: TokenId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: T::Balance,
	) -> Vec<ReasonCode> {
		Self::reasons(&Movement::new(
			token,
			MovementKind::Transfer,
			Some(from),
			Some(to),
			amount,
		))
	}
}
