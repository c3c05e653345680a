//! How pallets meet the security-token ledger: the transfer check it asks before every
//! movement, the hooks it calls after, the ledger trait other pallets move tokens through, the
//! agent roles, and the stable reason codes of a refused transfer.

use crate::security::{CheckpointId, TokenId};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult};
use sp_weights::Weight;

/// An agent role on a token. The token's issuer holds every role implicitly.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum Role {
	/// Issues and burns.
	Supply,
	/// Pauses the token, freezes accounts and parts of balances.
	Freezer,
	/// Forces transfers.
	Controller,
	/// Recovers the balance of a lost account.
	Recovery,
	/// Administers the token's compliance rules (used by the compliance pallet).
	Compliance,
	/// Adds, replaces and removes legal documents.
	Documents,
	/// Records and schedules checkpoints.
	Checkpoints,
}

impl Role {
	/// Every role, in order.
	pub const ALL: [Role; 7] = [
		Role::Supply,
		Role::Freezer,
		Role::Controller,
		Role::Recovery,
		Role::Compliance,
		Role::Documents,
		Role::Checkpoints,
	];

	fn bit(self) -> u8 {
		1 << (self as u8)
	}
}

/// A set of roles, one bit each.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Roles(pub u8);

impl Roles {
	/// Whether `role` is in the set.
	pub fn contains(self, role: Role) -> bool {
		self.0 & role.bit() != 0
	}
	/// Adds `role`.
	pub fn insert(&mut self, role: Role) {
		self.0 |= role.bit();
	}
	/// Removes `role`.
	pub fn remove(&mut self, role: Role) {
		self.0 &= !role.bit();
	}
	/// Whether the set is empty.
	pub fn is_empty(self) -> bool {
		self.0 == 0
	}
}

/// Why tokens move. Checks and hooks may treat kinds differently (e.g. a lock-up applies to
/// tokens acquired in issuance).
///
/// Three kinds move tokens through a **custodian**, an account that holds tokens for others
/// (the attested-transfer escrow, a basket's vault, the confidential pool): the tokens enter
/// it on their holder's behalf ([`IntoCustody`](Self::IntoCustody)), and leave it either for
/// a receiver ([`Settlement`](Self::Settlement)) or back to their beneficial owner
/// ([`CustodyReturn`](Self::CustodyReturn)). Rules judge a settlement as a transfer between
/// its beneficial parties, with the state as it is when it settles (see
/// [`Movement::judged`]); entering and leaving custody for the same owner changes no
/// beneficial owner and is judged by no rule.
///
/// A forced transfer or a recovery can pass through a custodian too (an attested one): the
/// tokens enter it by the agent's act ([`ForcedIntoCustody`](Self::ForcedIntoCustody)) and
/// leave it as a [`ForcedTransfer`](Self::ForcedTransfer) or a [`Recovery`](Self::Recovery)
/// that names the custodian and the beneficiary, judged as that kind from the beneficiary; or
/// they go back ([`CustodyReturn`](Self::CustodyReturn)).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum MovementKind {
	/// New tokens issued to `to`.
	Issue,
	/// A holder's transfer (or a spender's, with an allowance).
	Transfer,
	/// A holder burns tokens the terms let them redeem.
	Redeem,
	/// A supply agent burns tokens.
	Burn,
	/// A controller moves tokens without the holder's consent. Made by a custodian (`from` the
	/// custodian, `custodian` and `beneficiary` set), it completes a forced transfer whose
	/// tokens the custodian held for `beneficiary`, and is judged as made from `beneficiary`.
	ForcedTransfer,
	/// A recovery agent moves a lost account's tokens to a new account. Made by a custodian, as
	/// for [`ForcedTransfer`](Self::ForcedTransfer), from the lost account (`beneficiary`).
	Recovery,
	/// A holder's tokens enter a custodian's account (`to`, the movement's `custodian`); the
	/// holder (`from`) stays their beneficial owner.
	#[codec(index = 6)]
	IntoCustody,
	/// Tokens a custodian (`from`) holds for `beneficiary` reach `to`: judged as a transfer
	/// from `beneficiary` to `to`.
	#[codec(index = 7)]
	Settlement,
	/// Tokens a custodian (`from`) holds go back to their beneficial owner (`to`): a refund,
	/// which no pause, freeze or rule stops.
	#[codec(index = 8)]
	CustodyReturn,
	/// An agent (or the network) moves a holder's tokens (`from`) into a custodian's account
	/// (`to`, the movement's `custodian`) for a forced transfer or a recovery the custodian
	/// settles later; the holder stays their beneficial owner until then. No pause or freeze
	/// stops it, and it takes frozen tokens as it needs (unfreezing them).
	#[codec(index = 9)]
	ForcedIntoCustody,
}

impl MovementKind {
	/// Whether tokens of this kind always leave a custodian's account (`from` is the
	/// custodian). A forced transfer or a recovery leaves one when it names a custodian
	/// ([`Movement::leaves_custody`]).
	pub fn out_of_custody(self) -> bool {
		matches!(self, MovementKind::Settlement | MovementKind::CustodyReturn)
	}
}

/// Who used a power over a token: its issuer or one of its agents, or the network (the admin
/// origin, which acts on any token, whoever its issuer, e.g. on a court order).
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum Authority<AccountId> {
	/// The token's issuer or an agent with the role the power needs.
	Agent(AccountId),
	/// The network's admin origin.
	Network,
	/// The token's holders, by a resolution they passed.
	Holders,
}

impl<AccountId> Authority<AccountId> {
	/// The account that acted, if an account did.
	pub fn account(&self) -> Option<&AccountId> {
		match self {
			Authority::Agent(who) => Some(who),
			Authority::Network | Authority::Holders => None,
		}
	}
}

/// What an agent, or the network, forces through a custodian: how the custodian's settlement
/// moves the tokens (see [`SecurityLedger::settle_forced`]).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ForcedKind {
	/// A transfer without the holder's consent (a court order): a controller's power.
	Transfer,
	/// The whole balance of a lost account to a new account: a recovery agent's power.
	Recovery,
}

impl ForcedKind {
	/// The movement that settles it.
	pub fn movement_kind(self) -> MovementKind {
		match self {
			ForcedKind::Transfer => MovementKind::ForcedTransfer,
			ForcedKind::Recovery => MovementKind::Recovery,
		}
	}

	/// The agent role that may order it.
	pub fn role(self) -> Role {
		match self {
			ForcedKind::Transfer => Role::Controller,
			ForcedKind::Recovery => Role::Recovery,
		}
	}
}

/// One movement of a token's balance, as the transfer check and the hooks see it. `from` and
/// `to` are the accounts the ledger debits and credits.
#[derive(PartialEq, Eq, Debug)]
pub struct Movement<'a, AccountId, Balance> {
	/// The token.
	pub token: TokenId,
	/// Why it moves.
	pub kind: MovementKind,
	/// The account debited (`None` when tokens are issued).
	pub from: Option<&'a AccountId>,
	/// The account credited (`None` when tokens are burnt or redeemed).
	pub to: Option<&'a AccountId>,
	/// Who acts, when it is neither side: the spender of an allowance, or an agent.
	pub operator: Option<&'a AccountId>,
	/// How much.
	pub amount: Balance,
	/// The custodian whose pallet makes the movement: the credited side of
	/// [`IntoCustody`](MovementKind::IntoCustody), the debited side of a movement out of
	/// custody, and the authority of an issuance a custodian's pallet settles (an attested
	/// issuance). Only the ledger's custody functions set it, and only for accounts the
	/// runtime declares custodians; it is how a custodian's pallet recognises its own
	/// movements in the transfer check, so no transient state decides what may move.
	pub custodian: Option<&'a AccountId>,
	/// For a movement out of custody to a receiver (a [`Settlement`](MovementKind::Settlement),
	/// or a forced transfer or a recovery a custodian makes): whom the custodian held the
	/// tokens for, the sender the rules judge. Only the ledger's custody functions set it.
	pub beneficiary: Option<&'a AccountId>,
}

// Copied by hand: a movement holds only references to accounts, so it is `Copy` whatever the
// account type (the derive would demand `AccountId: Copy`).
impl<AccountId, Balance: Copy> Clone for Movement<'_, AccountId, Balance> {
	fn clone(&self) -> Self {
		*self
	}
}

impl<AccountId, Balance: Copy> Copy for Movement<'_, AccountId, Balance> {}

impl<'a, AccountId, Balance: Copy> Movement<'a, AccountId, Balance> {
	/// A movement of `kind` made by no operator and no custodian.
	pub fn new(
		token: TokenId,
		kind: MovementKind,
		from: Option<&'a AccountId>,
		to: Option<&'a AccountId>,
		amount: Balance,
	) -> Self {
		Movement {
			token,
			kind,
			from,
			to,
			operator: None,
			amount,
			custodian: None,
			beneficiary: None,
		}
	}

	/// The movement made by `operator` (a spender or an agent).
	pub fn by(self, operator: &'a AccountId) -> Self {
		Movement {
			operator: Some(operator),
			..self
		}
	}

	/// The movement made through `custodian` (see [`Movement::custodian`]).
	pub fn via(self, custodian: &'a AccountId) -> Self {
		Movement {
			custodian: Some(custodian),
			..self
		}
	}

	/// The movement out of custody made for `beneficiary` (see [`Movement::beneficiary`]).
	pub fn on_behalf_of(self, beneficiary: &'a AccountId) -> Self {
		Movement {
			beneficiary: Some(beneficiary),
			..self
		}
	}

	/// The movement the rules judge: a settlement as a transfer from its beneficiary to its
	/// receiver; a forced transfer or a recovery out of custody (one with a beneficiary) as
	/// that kind from its beneficiary, so that rules treat it as they treat the agent's own;
	/// nothing for tokens entering custody or returning to their owner, which change no
	/// beneficial owner; any other movement as it is.
	pub fn judged(&self) -> Option<Movement<'a, AccountId, Balance>> {
		let from_beneficiary = |kind| Movement {
			kind,
			from: self.beneficiary,
			custodian: None,
			beneficiary: None,
			..*self
		};
		match self.kind {
			MovementKind::IntoCustody
			| MovementKind::ForcedIntoCustody
			| MovementKind::CustodyReturn => None,
			MovementKind::Settlement => Some(from_beneficiary(MovementKind::Transfer)),
			MovementKind::ForcedTransfer | MovementKind::Recovery if self.beneficiary.is_some() => {
				Some(from_beneficiary(self.kind))
			}
			_ => Some(*self),
		}
	}
}

impl<AccountId: PartialEq, Balance> Movement<'_, AccountId, Balance> {
	/// Whether the movement takes tokens out of its custodian's account (`from` is the
	/// custodian it names).
	pub fn leaves_custody(&self) -> bool {
		self.custodian.is_some() && self.from == self.custodian
	}
}

/// What the ledger knows about a movement before it is applied, handed to the transfer check
/// so it need not read the ledger again (holder caps, ownership caps, lock-ups use it).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct LedgerState<Balance> {
	/// Accounts holding the token before the movement.
	pub holders: u32,
	/// Units outstanding before the movement.
	pub supply: Balance,
	/// The debited account's balance before the movement (zero when tokens are issued).
	pub from_balance: Balance,
	/// The credited account's balance before the movement (zero when tokens are burnt).
	pub to_balance: Balance,
	/// Whether the movement empties the debited account's balance, so that the holder count
	/// loses it (never for a custodian, which is not counted).
	pub sender_leaves: bool,
}

/// The balance of one account before and after a movement.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct BalanceUpdate<Balance> {
	/// Before.
	pub old: Balance,
	/// After.
	pub new: Balance,
}

/// A stable code for why a movement would be refused, in the spirit of ERC-1404 and
/// ERC-1066. The numeric codes never change once published; new reasons get new codes.
///
/// | range | meaning |
/// |---|---|
/// | `0x10`-`0x1F` | the token or the request itself |
/// | `0x20`-`0x2F` | a frozen account |
/// | `0x30`-`0x3F` | balances, allowances and supply |
/// | `0x40`-`0x5F` | compliance rules |
/// | `0x60`-`0x6F` | proof of ownership |
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ReasonCode {
	/// No such token.
	#[codec(index = 0x10)]
	UnknownToken,
	/// The token is paused.
	#[codec(index = 0x11)]
	TokenPaused,
	/// The amount is zero.
	#[codec(index = 0x12)]
	ZeroAmount,
	/// Sender and receiver are the same account.
	#[codec(index = 0x13)]
	SameAccount,
	/// The sender's account is frozen for this token.
	#[codec(index = 0x20)]
	SenderFrozen,
	/// The receiver's account is frozen for this token.
	#[codec(index = 0x21)]
	ReceiverFrozen,
	/// The spender's account is frozen for this token.
	#[codec(index = 0x22)]
	OperatorFrozen,
	/// The sender holds less than the amount.
	#[codec(index = 0x30)]
	InsufficientBalance,
	/// The sender holds enough, but part of it is frozen.
	#[codec(index = 0x31)]
	BalanceFrozen,
	/// The spender's allowance is below the amount.
	#[codec(index = 0x32)]
	InsufficientAllowance,
	/// Issuing the amount would exceed the maximum supply.
	#[codec(index = 0x33)]
	MaxSupplyExceeded,
	/// A balance would overflow.
	#[codec(index = 0x34)]
	Overflow,
	/// Refused by a compliance rule (the compliance report tells which).
	#[codec(index = 0x40)]
	NotCompliant,
	/// A required claim is missing, expired or from an untrusted issuer.
	#[codec(index = 0x41)]
	MissingClaim,
	/// An account has a claim the rules forbid (e.g. blocked).
	#[codec(index = 0x42)]
	ForbiddenClaim,
	/// The account's jurisdiction is not allowed.
	#[codec(index = 0x43)]
	JurisdictionNotAllowed,
	/// The account lacks the required registrar judgement.
	#[codec(index = 0x44)]
	IdentityNotJudged,
	/// The account is not on the allow list.
	#[codec(index = 0x45)]
	NotAllowListed,
	/// The account is on the deny list.
	#[codec(index = 0x46)]
	DenyListed,
	/// The maximum number of holders would be exceeded.
	#[codec(index = 0x47)]
	HolderCapReached,
	/// The receiver's balance would exceed its cap.
	#[codec(index = 0x48)]
	BalanceCapExceeded,
	/// The tokens are still locked up.
	#[codec(index = 0x49)]
	LockedUp,
	/// The account is a custodian (escrow, vault, pool): tokens reach and leave it only by the
	/// custody movements of its own pallet.
	#[codec(index = 0x14)]
	CustodianAccount,
	/// The token is bound to an underlying asset: transfers need attestation.
	#[codec(index = 0x60)]
	AttestationRequired,
}

impl ReasonCode {
	/// The numeric code.
	pub fn code(self) -> u8 {
		self.encode()[0]
	}
}

/// The check a movement must pass before it is applied (implemented by compliance; `()`
/// allows everything). Tuples chain checks: the first refusal wins, reasons are merged,
/// weights add up.
pub trait TransferCheck<AccountId, Balance> {
	/// `Ok` if the movement may happen; otherwise a decodable error naming the failing rule.
	/// `state` is the ledger as it is before the movement.
	fn check(
		movement: &Movement<AccountId, Balance>,
		state: &LedgerState<Balance>,
	) -> DispatchResult;

	/// Every reason the movement would be refused (empty if it would pass). For dry runs.
	fn reasons(
		movement: &Movement<AccountId, Balance>,
		state: &LedgerState<Balance>,
	) -> Vec<ReasonCode>;

	/// The most weight [`check`](Self::check) can consume for any token: what a transfer is
	/// charged before it runs.
	fn max_weight() -> Weight;

	/// The weight [`check`](Self::check) consumes for movements of `token`: what a transfer
	/// actually costs (the rest is refunded).
	fn weight(token: TokenId) -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId, Balance> TransferCheck<AccountId, Balance> for Tuple {
	fn check(
		movement: &Movement<AccountId, Balance>,
		state: &LedgerState<Balance>,
	) -> DispatchResult {
		for_tuples!( #( Tuple::check(movement, state)?; )* );
		Ok(())
	}

	fn reasons(
		movement: &Movement<AccountId, Balance>,
		state: &LedgerState<Balance>,
	) -> Vec<ReasonCode> {
		#[allow(unused_mut)]
		let mut all = Vec::new();
		for_tuples!( #( all.extend(Tuple::reasons(movement, state)); )* );
		all
	}

	fn max_weight() -> Weight {
		#[allow(unused_mut)]
		let mut w = Weight::zero();
		for_tuples!( #( w = w.saturating_add(Tuple::max_weight()); )* );
		w
	}

	fn weight(token: TokenId) -> Weight {
		#[allow(unused_mut)]
		let mut w = Weight::zero();
		for_tuples!( #( w = w.saturating_add(Tuple::weight(token)); )* );
		w
	}
}

/// What a token's rules say about amounts, without a movement (implemented by compliance;
/// `()` has no rules).
pub trait AmountRules {
	/// Whether any of `token`'s rules reads an amount, a balance or a holder count (holder and
	/// jurisdiction caps, balance and ownership caps, lock-ups): rules by which a movement of a
	/// hidden amount cannot be judged.
	fn reads_amounts(token: TokenId) -> bool;
}

impl AmountRules for () {
	fn reads_amounts(_token: TokenId) -> bool {
		false
	}
}

/// Told when a token passes to a new issuer (security-token's `hand_over`), so that what
/// other pallets keep for the token's issuer follows it (proof-of-ownership: the registrant
/// of the asset the token is bound to, and its deposit).
pub trait OnHandOver<AccountId> {
	/// `token` passed from issuer `old` to issuer `new`. An error refuses the hand-over.
	fn on_hand_over(token: TokenId, old: &AccountId, new: &AccountId) -> DispatchResult;
	/// The most [`on_hand_over`](Self::on_hand_over) weighs.
	fn weight() -> Weight;
}

/// Nobody is told.
impl<AccountId> OnHandOver<AccountId> for () {
	fn on_hand_over(_token: TokenId, _old: &AccountId, _new: &AccountId) -> DispatchResult {
		Ok(())
	}
	fn weight() -> Weight {
		Weight::zero()
	}
}

/// Called after every applied movement (voting keeps live vote weights with it, compliance
/// its statistics). Tuples call every member in order.
pub trait OnBalanceChange<AccountId, Balance> {
	/// `movement` was applied; `from` and `to` are the sides' balances before and after.
	/// Returns the weight it consumed: at most [`weight`](Self::weight) of the movement's
	/// token (the ledger refunds the difference).
	fn on_balance_change(
		movement: &Movement<AccountId, Balance>,
		from: Option<BalanceUpdate<Balance>>,
		to: Option<BalanceUpdate<Balance>>,
	) -> Weight;

	/// The most weight one call of [`on_balance_change`](Self::on_balance_change) consumes,
	/// for any token: what a movement is charged before it runs.
	fn max_weight() -> Weight;

	/// The most weight one call consumes for a movement of `token`, as far as the token's
	/// state tells before the movement (what other pallets moving tokens through the ledger
	/// are charged; the rest of [`max_weight`](Self::max_weight) is refunded).
	fn weight(token: TokenId) -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId, Balance: Copy> OnBalanceChange<AccountId, Balance> for Tuple {
	fn on_balance_change(
		movement: &Movement<AccountId, Balance>,
		from: Option<BalanceUpdate<Balance>>,
		to: Option<BalanceUpdate<Balance>>,
	) -> Weight {
		#[allow(unused_mut)]
		let mut w = Weight::zero();
		for_tuples!( #( w = w.saturating_add(Tuple::on_balance_change(movement, from, to)); )* );
		w
	}

	fn max_weight() -> Weight {
		#[allow(unused_mut)]
		let mut w = Weight::zero();
		for_tuples!( #( w = w.saturating_add(Tuple::max_weight()); )* );
		w
	}

	fn weight(token: TokenId) -> Weight {
		#[allow(unused_mut)]
		let mut w = Weight::zero();
		for_tuples!( #( w = w.saturating_add(Tuple::weight(token)); )* );
		w
	}
}

/// The security-token ledger as other pallets use it. Every movement takes the same path as a
/// holder's transfer: transfer check, holder count, checkpoints, hooks.
pub trait SecurityLedger<AccountId, Balance> {
	/// Whether `token` exists.
	fn exists(token: TokenId) -> bool;
	/// The token's issuer (admitted or not).
	fn issuer(token: TokenId) -> Option<AccountId>;
	/// Whether `who` is an admitted issuer (a removed issuer keeps its tokens but loses every
	/// power over them).
	fn is_issuer(who: &AccountId) -> bool;
	/// Whether `who` is the issuer of `token` or an agent with `role`, while the token's issuer
	/// is admitted.
	fn has_role(token: TokenId, who: &AccountId, role: Role) -> bool;
	/// Units outstanding.
	fn total_supply(token: TokenId) -> Balance;
	/// The number of accounts with a non-zero balance.
	fn holder_count(token: TokenId) -> u32;
	/// `who`'s balance, frozen part included.
	fn balance(token: TokenId, who: &AccountId) -> Balance;
	/// The part of `who`'s balance that may move (not frozen).
	fn transferable(token: TokenId, who: &AccountId) -> Balance;
	/// Moves `amount` from `from` to `to` as a holder's transfer, with all its checks.
	fn transfer(
		token: TokenId,
		from: &AccountId,
		to: &AccountId,
		amount: Balance,
	) -> DispatchResult;
	/// Whether `who` is a custodian: an account that holds tokens for others and takes part
	/// only in custody movements (never a holder, never frozen, outside holder caps).
	fn is_custodian(who: &AccountId) -> bool;
	/// Whether a settlement of `amount` from `from` (`None`: an issuance) to `to` through
	/// `custodian` would pass every rule of the ledger and its transfer check now: what a
	/// custodian's pallet asks before it takes a request, so that one refused now is refused at
	/// once. The settlement itself is judged again when it happens.
	fn check_settlement(
		token: TokenId,
		custodian: &AccountId,
		from: Option<&AccountId>,
		to: &AccountId,
		amount: Balance,
	) -> DispatchResult;
	/// Whether `from` may pass tokens of `token` that `custodian` holds for it to `to` now, by
	/// every rule that does not read the amount: the pause, both accounts' freezes, and the
	/// transfer check judging a settlement of one unit (a confidential transfer, whose amount
	/// is hidden; its caller refuses tokens whose rules read amounts, see [`AmountRules`]).
	/// Nothing moves.
	fn check_hidden_transfer(
		token: TokenId,
		custodian: &AccountId,
		from: &AccountId,
		to: &AccountId,
	) -> DispatchResult;
	/// Moves `amount` of `holder`'s tokens into `custodian`'s account, `holder` staying their
	/// beneficial owner: refused by a pause, the holder's freezes and frozen tokens, not judged
	/// by the transfer check's rules (the settlement is).
	fn deposit(
		token: TokenId,
		custodian: &AccountId,
		holder: &AccountId,
		amount: Balance,
	) -> DispatchResult;
	/// Settles `amount` that `custodian` holds for `beneficiary` to `to`, judged as a transfer
	/// from `beneficiary` to `to` now (freezes of both, the transfer check; a pause does not
	/// stop a transfer already under way). With `beneficiary` `None`, issues `amount` to `to`
	/// on the custodian's authority, judged as an issuance. Nothing moves if it is refused.
	fn settle(
		token: TokenId,
		custodian: &AccountId,
		beneficiary: Option<&AccountId>,
		to: &AccountId,
		amount: Balance,
	) -> DispatchResult;
	/// Returns `amount` that `custodian` holds to its beneficial owner `owner`: no pause,
	/// freeze or rule refuses it; it fails only if the custodian holds less.
	fn release(
		token: TokenId,
		custodian: &AccountId,
		owner: &AccountId,
		amount: Balance,
	) -> DispatchResult;
	/// Moves `amount` of `holder`'s tokens into `custodian`'s account by force
	/// ([`MovementKind::ForcedIntoCustody`]), for a forced transfer or a recovery that the
	/// custodian settles with [`settle_forced`](Self::settle_forced) or returns with
	/// [`release_frozen`](Self::release_frozen): no pause or freeze refuses it, it takes frozen
	/// tokens as it needs (unfreezing them), and no rule of the transfer check judges it.
	/// `operator` is the agent that ordered it (`None`: the network). Returns the frozen
	/// tokens it took.
	fn deposit_forced(
		token: TokenId,
		custodian: &AccountId,
		holder: &AccountId,
		amount: Balance,
		operator: Option<&AccountId>,
	) -> Result<Balance, DispatchError>;
	/// Settles `amount` that `custodian` holds for `beneficiary` (taken by
	/// [`deposit_forced`](Self::deposit_forced)) to `to` as `kind`'s movement, naming the
	/// custodian: judged as that kind from `beneficiary` to `to` (no pause or freeze stops it;
	/// the transfer check's rules let forced movements pass). A recovery also does what the
	/// ledger's own recovery does besides moving the balance: `frozen` of the tokens (what the
	/// deposit took frozen) are frozen again at `to`, the beneficiary's account freeze extends
	/// to `to`, and the beneficiary's account is left frozen, `operator` paying the deposit of
	/// each freeze nobody paid for yet (none for the network, `None`). A forced transfer
	/// delivers the tokens unfrozen, as the ledger's own does. Nothing changes if it is
	/// refused.
	#[allow(clippy::too_many_arguments)]
	fn settle_forced(
		token: TokenId,
		custodian: &AccountId,
		beneficiary: &AccountId,
		to: &AccountId,
		amount: Balance,
		kind: ForcedKind,
		frozen: Balance,
		operator: Option<&AccountId>,
	) -> DispatchResult;
	/// [`release`](Self::release) of tokens that [`deposit_forced`](Self::deposit_forced)
	/// took: `frozen` of them are frozen again at `owner`, as they were.
	fn release_frozen(
		token: TokenId,
		custodian: &AccountId,
		owner: &AccountId,
		amount: Balance,
		frozen: Balance,
	) -> DispatchResult;
	/// Creates a token from `definition` whose issuer is `issuer` (an admitted issuer, who
	/// holds the token deposit, as the `create_token` call does) for a pallet that keeps its
	/// supply (a basket's token). Nobody, its issuer included, holds the roles that could
	/// change its supply or take or stop a holder's units on it ([`Role::Supply`],
	/// [`Role::Freezer`], [`Role::Controller`], [`Role::Recovery`]); they cannot be granted
	/// either. Its supply changes only through [`issue`](Self::issue) and [`burn`](Self::burn)
	/// of this trait; the network (the admin origin) and the token's holders keep their powers.
	fn create_token(
		issuer: &AccountId,
		definition: crate::security::SecurityDefinition<Balance>,
	) -> Result<TokenId, DispatchError>;
	/// Issues `amount` to `to` (subject to the maximum supply and the transfer check).
	fn issue(token: TokenId, to: &AccountId, amount: Balance) -> DispatchResult;
	/// Burns `amount` of `from`'s transferable balance.
	fn burn(token: TokenId, from: &AccountId, amount: Balance) -> DispatchResult;
	/// Records a checkpoint now and returns its id.
	fn checkpoint(token: TokenId) -> Result<CheckpointId, DispatchError>;
	/// `who`'s balance at a checkpoint (`None` if unknown or no longer retained).
	fn balance_at(token: TokenId, who: &AccountId, checkpoint: CheckpointId) -> Option<Balance>;
	/// The supply at a checkpoint (`None` if unknown or no longer retained).
	fn supply_at(token: TokenId, checkpoint: CheckpointId) -> Option<Balance>;
	/// The token's latest checkpoint (0: none yet, or an unknown token).
	fn latest_checkpoint(token: TokenId) -> CheckpointId;
	/// The votes one unit of the token carries: an equity token's `votes_per_share` (0 for
	/// non-voting shares), 1 for every other instrument; `None` for an unknown token.
	fn votes_per_unit(token: TokenId) -> Option<u32>;
	/// The most weight the transfer check and the hooks add to one movement through this
	/// trait. A calling pallet's benchmarks measure the ledger's own work of its movements (a
	/// runtime builds its benchmarks with neither check nor hooks, which have benchmarks of
	/// their own); its call weights add this for each movement.
	fn movement_overhead() -> Weight;
	/// What the transfer check and the hooks add to one movement of `token` (at most
	/// [`movement_overhead`](Self::movement_overhead)): what a caller refunds down to.
	fn movement_overhead_of(token: TokenId) -> Weight;
}

#[cfg(test)]
mod tests {
	use super::*;

	const HOLDER: u64 = 1;
	const RECEIVER: u64 = 2;
	const ESCROW: u64 = 9;
	const AGENT: u64 = 5;

	fn out_of_escrow(kind: MovementKind) -> Movement<'static, u64, u32> {
		Movement::new(7, kind, Some(&ESCROW), Some(&RECEIVER), 10)
			.via(&ESCROW)
			.on_behalf_of(&HOLDER)
			.by(&AGENT)
	}

	#[test]
	fn forced_movements_out_of_custody_are_judged_as_their_kind_from_the_beneficiary() {
		for kind in [MovementKind::ForcedTransfer, MovementKind::Recovery] {
			let m = out_of_escrow(kind);
			assert!(m.leaves_custody());
			let judged = m.judged().expect("judged");
			assert_eq!(judged.kind, kind, "not an ordinary transfer");
			assert_eq!(
				(judged.from, judged.to, judged.operator),
				(Some(&HOLDER), Some(&RECEIVER), Some(&AGENT))
			);
			assert_eq!((judged.custodian, judged.beneficiary), (None, None));
		}
		// A settlement is judged as the holder's transfer.
		let judged = out_of_escrow(MovementKind::Settlement).judged().unwrap();
		assert_eq!(
			(judged.kind, judged.from),
			(MovementKind::Transfer, Some(&HOLDER))
		);
	}

	#[test]
	fn a_forced_deposit_into_custody_is_judged_by_no_rule() {
		let m = Movement::new(
			7,
			MovementKind::ForcedIntoCustody,
			Some(&HOLDER),
			Some(&ESCROW),
			10u32,
		)
		.via(&ESCROW);
		assert!(!m.leaves_custody());
		assert_eq!(m.judged(), None);
		// The ledger's own forced transfer is judged as it is.
		let direct = Movement::new(
			7,
			MovementKind::ForcedTransfer,
			Some(&HOLDER),
			Some(&RECEIVER),
			10u32,
		);
		assert_eq!(direct.judged(), Some(direct));
	}

	#[test]
	fn forced_kinds_name_their_movement_and_role_and_codes_stay() {
		assert_eq!(
			ForcedKind::Transfer.movement_kind(),
			MovementKind::ForcedTransfer
		);
		assert_eq!(ForcedKind::Recovery.movement_kind(), MovementKind::Recovery);
		assert_eq!(ForcedKind::Transfer.role(), Role::Controller);
		assert_eq!(ForcedKind::Recovery.role(), Role::Recovery);
		assert_eq!(MovementKind::CustodyReturn.encode(), vec![8]);
		assert_eq!(MovementKind::ForcedIntoCustody.encode(), vec![9]);
	}
}
