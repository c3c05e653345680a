//! The declarative definition of a security: what an issuer states once, when a token is
//! created, and what anyone can query afterwards.
//!
//! Every type is bounded (`MaxEncodedLen`), so a definition is a fixed-size record in storage.
//! [`SecurityDefinition::validate`] is the one place where a definition is judged; the
//! security-token pallet maps each [`DefinitionError`] to its own error.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{ConstU32, H256};
use sp_runtime::BoundedVec;

/// Identifier of a security token.
pub type TokenId = u32;

/// Sequence number of a checkpoint of one token (1, 2, ...; 0 means "none yet").
pub type CheckpointId = u32;

/// Milliseconds since the Unix epoch (the unit of `pallet-timestamp`).
pub type Moment = u64;

/// Longest token name, in bytes.
pub const MAX_NAME_LEN: u32 = 64;
/// Longest ticker symbol, in bytes.
pub const MAX_SYMBOL_LEN: u32 = 12;
/// Longest security identifier (ISIN, CUSIP, ...), in bytes.
pub const MAX_IDENTIFIER_LEN: u32 = 32;
/// Longest short label (share class, document name, fund kind), in bytes.
pub const MAX_LABEL_LEN: u32 = 64;
/// Longest document URI, in bytes.
pub const MAX_URI_LEN: u32 = 256;
/// Longest free-text description of an `Other` instrument, in bytes.
pub const MAX_DESCRIPTION_LEN: u32 = 128;
/// Most legal documents a token carries at once.
pub const MAX_DOCUMENTS: u32 = 16;
/// Most decimals a token may declare.
pub const MAX_DECIMALS: u8 = 18;
/// Highest coupon rate, in basis points (100%).
pub const MAX_COUPON_BPS: u32 = 10_000;

/// Token name (UTF-8).
pub type Name = BoundedVec<u8, ConstU32<MAX_NAME_LEN>>;
/// Ticker symbol: upper-case ASCII letters, digits, `.` and `-`.
pub type Symbol = BoundedVec<u8, ConstU32<MAX_SYMBOL_LEN>>;
/// A short UTF-8 label.
pub type Label = BoundedVec<u8, ConstU32<MAX_LABEL_LEN>>;
/// A document URI.
pub type Uri = BoundedVec<u8, ConstU32<MAX_URI_LEN>>;
/// The legal documents of a token.
pub type Documents = BoundedVec<LegalDocument, ConstU32<MAX_DOCUMENTS>>;

/// An ISO 3166-1 alpha-2 country code, e.g. `*b"DE"`.
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
pub struct CountryCode(pub [u8; 2]);

impl CountryCode {
	/// Two upper-case ASCII letters (the shape of ISO 3166-1 alpha-2; the list of assigned
	/// codes changes over time and is not checked on chain).
	pub fn is_well_formed(&self) -> bool {
		self.0.iter().all(u8::is_ascii_uppercase)
	}
}

/// The scheme of a security identifier.
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
pub enum IdentifierKind {
	/// ISO 6166 International Securities Identification Number (12 characters, check digit
	/// verified on chain).
	Isin,
	/// CUSIP (9 characters).
	Cusip,
	/// Financial Instrument Global Identifier (12 characters).
	Figi,
	/// Any other scheme (1 to 32 printable ASCII characters).
	Other,
}

/// A security identifier such as an ISIN.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct SecurityIdentifier {
	/// The scheme.
	pub kind: IdentifierKind,
	/// The identifier in that scheme, as ASCII.
	pub value: BoundedVec<u8, ConstU32<MAX_IDENTIFIER_LEN>>,
}

impl SecurityIdentifier {
	/// Whether the value has the shape its scheme requires (and, for an ISIN, a correct
	/// check digit).
	pub fn is_well_formed(&self) -> bool {
		let v = &self.value[..];
		let alnum = |c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit();
		match self.kind {
			IdentifierKind::Isin => isin_is_valid(v),
			IdentifierKind::Cusip => v.len() == 9 && v.iter().all(alnum),
			IdentifierKind::Figi => v.len() == 12 && v.iter().all(alnum),
			IdentifierKind::Other => !v.is_empty() && v.iter().all(|c| c.is_ascii_graphic()),
		}
	}
}

/// ISO 6166: two letters, nine alphanumerics, one check digit (Luhn over the digits obtained
/// by replacing each letter with its value 10..=35).
pub fn isin_is_valid(isin: &[u8]) -> bool {
	if isin.len() != 12
		|| !isin[..2].iter().all(u8::is_ascii_uppercase)
		|| !isin[2..11]
			.iter()
			.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
		|| !isin[11].is_ascii_digit()
	{
		return false;
	}
	// Expand letters to two digits, then run Luhn from the right over all digits.
	let mut digits = [0u8; 24];
	let mut n = 0;
	for &c in isin {
		if c.is_ascii_digit() {
			digits[n] = c - b'0';
			n += 1;
		} else {
			let v = c - b'A' + 10;
			digits[n] = v / 10;
			digits[n + 1] = v % 10;
			n += 2;
		}
	}
	let mut sum = 0u32;
	for (i, d) in digits[..n].iter().rev().enumerate() {
		let mut d = u32::from(*d);
		if i % 2 == 1 {
			d *= 2;
			if d > 9 {
				d -= 9;
			}
		}
		sum += d;
	}
	sum.is_multiple_of(10)
}

/// A legal document: prospectus, articles, term sheet. Only its hash and where to find it are
/// on chain.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct LegalDocument {
	/// Name, unique within a token (e.g. `prospectus-2026`).
	pub name: Label,
	/// Where the document can be read.
	pub uri: Uri,
	/// Hash of the document's bytes (e.g. BLAKE2-256 or SHA-256 of the PDF).
	pub content_hash: H256,
}

/// Terms of a debt instrument.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct DebtTerms<Balance> {
	/// Face value of one whole token, in the smallest unit of the settlement currency.
	pub face_value: Balance,
	/// Annual coupon rate in basis points (0 for a zero-coupon bond, at most 10 000).
	pub coupon_rate_bps: u32,
	/// Days between coupon payments (0 for a zero-coupon bond).
	pub coupon_interval_days: u32,
	/// Maturity, in milliseconds since the Unix epoch.
	pub maturity: Moment,
}

/// Conversion terms of a convertible instrument.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct ConversionTerms {
	/// The token received on conversion (must exist when the convertible is created).
	pub target: TokenId,
	/// Units of the target received ...
	pub target_units: u64,
	/// ... per this many units of the convertible.
	pub per_units: u64,
}

/// What kind of instrument a token is, with its terms.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub enum InstrumentTerms<Balance> {
	/// Shares of a company.
	Equity {
		/// Share class, e.g. `A` or `ordinary`.
		share_class: Label,
		/// Votes carried by one whole share (0 for non-voting shares).
		votes_per_share: u32,
	},
	/// A bond or note.
	Debt(DebtTerms<Balance>),
	/// Debt convertible into another token.
	ConvertibleDebt {
		/// The debt terms.
		debt: DebtTerms<Balance>,
		/// The conversion terms.
		conversion: ConversionTerms,
	},
	/// Units of a fund.
	FundUnits {
		/// Kind of fund, e.g. `UCITS` or `AIF`.
		fund_kind: Label,
		/// Whether the fund issues and redeems units continuously.
		open_ended: bool,
	},
	/// Anything else, described in words.
	Other {
		/// Description.
		description: BoundedVec<u8, ConstU32<MAX_DESCRIPTION_LEN>>,
	},
}

impl<Balance> InstrumentTerms<Balance> {
	/// The class of these terms, for filtering.
	pub fn class(&self) -> InstrumentClass {
		match self {
			Self::Equity { .. } => InstrumentClass::Equity,
			Self::Debt(_) => InstrumentClass::Debt,
			Self::ConvertibleDebt { .. } => InstrumentClass::ConvertibleDebt,
			Self::FundUnits { .. } => InstrumentClass::FundUnits,
			Self::Other { .. } => InstrumentClass::Other,
		}
	}

	/// The maturity of a debt instrument.
	pub fn maturity(&self) -> Option<Moment> {
		match self {
			Self::Debt(d) | Self::ConvertibleDebt { debt: d, .. } => Some(d.maturity),
			_ => None,
		}
	}
}

/// The class of an instrument (its terms without their values).
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
pub enum InstrumentClass {
	/// Shares.
	Equity,
	/// Bonds and notes.
	Debt,
	/// Convertible debt.
	ConvertibleDebt,
	/// Fund units.
	FundUnits,
	/// Anything else.
	Other,
}

/// When holders may redeem (burn their own tokens against the issuer's obligation).
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
pub enum Redemption {
	/// Never: only supply agents burn.
	Never,
	/// At any time (e.g. open-ended fund units).
	Anytime,
	/// From the maturity of the debt terms on.
	AtMaturity,
}

/// The declarative definition of a security, given when its token is created.
#[derive(
	Encode, Decode, DecodeWithMemTracking, Clone, PartialEq, Eq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct SecurityDefinition<Balance> {
	/// Full name, e.g. `Acme Corp. Class A Shares`.
	pub name: Name,
	/// Ticker symbol, e.g. `ACME.A`.
	pub symbol: Symbol,
	/// Decimals of the token's smallest unit (0 for whole shares), at most 18.
	pub decimals: u8,
	/// An identifier such as an ISIN, if the security has one.
	pub identifier: Option<SecurityIdentifier>,
	/// The jurisdiction whose law governs the security.
	pub jurisdiction: CountryCode,
	/// The most units that may ever be outstanding.
	pub max_supply: Balance,
	/// The instrument and its terms.
	pub terms: InstrumentTerms<Balance>,
	/// When holders may redeem.
	pub redemption: Redemption,
	/// Legal documents (kept current by the token's document agents).
	pub documents: Documents,
}

/// Why a definition was refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DefinitionError {
	/// The name is empty or not UTF-8.
	BadName,
	/// The symbol is empty or has characters other than `A-Z`, `0-9`, `.` and `-`.
	BadSymbol,
	/// More than [`MAX_DECIMALS`] decimals.
	TooManyDecimals,
	/// The maximum supply is zero.
	ZeroMaxSupply,
	/// The jurisdiction is not a well-formed country code (two upper-case letters).
	InvalidCountry,
	/// The identifier does not have its scheme's shape (or an ISIN's check digit is wrong).
	BadIdentifier,
	/// The instrument terms are inconsistent (zero face value or maturity, coupon rate above
	/// 100%, coupon without interval, zero conversion units, empty labels).
	BadTerms,
	/// `AtMaturity` redemption for an instrument without a maturity.
	RedemptionWithoutMaturity,
	/// A document has an empty name or URI.
	BadDocument,
	/// Two documents share a name.
	DuplicateDocument,
}

impl<Balance> SecurityDefinition<Balance> {
	/// A minimal valid definition: ordinary voting shares with `symbol` (at most
	/// [`MAX_SYMBOL_LEN`] of `A-Z`, `0-9`, `.`, `-`) as name and symbol, no identifier, in
	/// `jurisdiction`, never redeemable. For tests, benchmarks and tooling.
	pub fn plain_equity(symbol: &[u8], jurisdiction: CountryCode, max_supply: Balance) -> Self {
		let symbol = Symbol::truncate_from(symbol.to_vec());
		SecurityDefinition {
			name: Name::truncate_from(symbol.to_vec()),
			symbol,
			decimals: 0,
			identifier: None,
			jurisdiction,
			max_supply,
			terms: InstrumentTerms::Equity {
				share_class: Label::truncate_from(b"ordinary".to_vec()),
				votes_per_share: 1,
			},
			redemption: Redemption::Never,
			documents: Documents::default(),
		}
	}
}

impl<Balance: PartialEq + Default> SecurityDefinition<Balance> {
	/// Checks everything that can be checked without chain state. (That a convertible's target
	/// token exists is checked by the pallet.)
	pub fn validate(&self) -> Result<(), DefinitionError> {
		if self.name.is_empty() || core::str::from_utf8(&self.name).is_err() {
			return Err(DefinitionError::BadName);
		}
		let symbol_char =
			|c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'.' || *c == b'-';
		if self.symbol.is_empty() || !self.symbol.iter().all(symbol_char) {
			return Err(DefinitionError::BadSymbol);
		}
		if self.decimals > MAX_DECIMALS {
			return Err(DefinitionError::TooManyDecimals);
		}
		if self.max_supply == Balance::default() {
			return Err(DefinitionError::ZeroMaxSupply);
		}
		if !self.jurisdiction.is_well_formed() {
			return Err(DefinitionError::InvalidCountry);
		}
		if let Some(id) = &self.identifier {
			if !id.is_well_formed() {
				return Err(DefinitionError::BadIdentifier);
			}
		}
		if !self.terms_are_consistent() {
			return Err(DefinitionError::BadTerms);
		}
		if self.redemption == Redemption::AtMaturity && self.terms.maturity().is_none() {
			return Err(DefinitionError::RedemptionWithoutMaturity);
		}
		validate_documents(&self.documents)
	}

	fn terms_are_consistent(&self) -> bool {
		let debt_ok = |d: &DebtTerms<Balance>| {
			d.face_value != Balance::default()
				&& d.maturity > 0
				&& d.coupon_rate_bps <= MAX_COUPON_BPS
				&& (d.coupon_rate_bps == 0) == (d.coupon_interval_days == 0)
		};
		match &self.terms {
			InstrumentTerms::Equity { share_class, .. } => !share_class.is_empty(),
			InstrumentTerms::Debt(d) => debt_ok(d),
			InstrumentTerms::ConvertibleDebt { debt, conversion } => {
				debt_ok(debt) && conversion.target_units > 0 && conversion.per_units > 0
			}
			InstrumentTerms::FundUnits { fund_kind, .. } => !fund_kind.is_empty(),
			InstrumentTerms::Other { description } => !description.is_empty(),
		}
	}
}

/// Checks a set of documents: names and URIs non-empty, names unique.
pub fn validate_documents(docs: &[LegalDocument]) -> Result<(), DefinitionError> {
	for (i, d) in docs.iter().enumerate() {
		if d.name.is_empty() || d.uri.is_empty() {
			return Err(DefinitionError::BadDocument);
		}
		if docs[..i].iter().any(|e| e.name == d.name) {
			return Err(DefinitionError::DuplicateDocument);
		}
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	fn bv<S: sp_core::Get<u32>>(s: &str) -> BoundedVec<u8, S> {
		s.as_bytes().to_vec().try_into().unwrap()
	}

	fn equity() -> SecurityDefinition<u128> {
		SecurityDefinition {
			name: bv("Acme Corp. Class A"),
			symbol: bv("ACME.A"),
			decimals: 0,
			identifier: Some(SecurityIdentifier {
				kind: IdentifierKind::Isin,
				value: bv("US0378331005"),
			}),
			jurisdiction: CountryCode(*b"US"),
			max_supply: 1_000_000,
			terms: InstrumentTerms::Equity {
				share_class: bv("A"),
				votes_per_share: 1,
			},
			redemption: Redemption::Never,
			documents: Default::default(),
		}
	}

	fn bond() -> SecurityDefinition<u128> {
		SecurityDefinition {
			terms: InstrumentTerms::Debt(DebtTerms {
				face_value: 1_000,
				coupon_rate_bps: 450,
				coupon_interval_days: 182,
				maturity: 1_900_000_000_000,
			}),
			redemption: Redemption::AtMaturity,
			..equity()
		}
	}

	#[test]
	fn isin_check_digits() {
		for good in [
			"US0378331005",
			"DE000BAY0017",
			"GB0002634946",
			"AU0000XVGZA3",
		] {
			assert!(isin_is_valid(good.as_bytes()), "{good}");
		}
		for bad in [
			"US0378331006",
			"US037833100",
			"us0378331005",
			"US03783310O5",
			"1S0378331005",
		] {
			assert!(!isin_is_valid(bad.as_bytes()), "{bad}");
		}
	}

	#[test]
	fn well_formed_definitions_pass() {
		assert_eq!(equity().validate(), Ok(()));
		assert_eq!(bond().validate(), Ok(()));
		assert_eq!(bond().terms.class(), InstrumentClass::Debt);
	}

	#[test]
	fn each_definition_error() {
		use DefinitionError::*;
		let cases: [(SecurityDefinition<u128>, DefinitionError); 10] = [
			(
				SecurityDefinition {
					name: bv(""),
					..equity()
				},
				BadName,
			),
			(
				SecurityDefinition {
					symbol: bv("acme"),
					..equity()
				},
				BadSymbol,
			),
			(
				SecurityDefinition {
					decimals: 19,
					..equity()
				},
				TooManyDecimals,
			),
			(
				SecurityDefinition {
					max_supply: 0,
					..equity()
				},
				ZeroMaxSupply,
			),
			(
				SecurityDefinition {
					jurisdiction: CountryCode(*b"u1"),
					..equity()
				},
				InvalidCountry,
			),
			(
				SecurityDefinition {
					identifier: Some(SecurityIdentifier {
						kind: IdentifierKind::Isin,
						value: bv("US0378331006"),
					}),
					..equity()
				},
				BadIdentifier,
			),
			(
				SecurityDefinition {
					terms: InstrumentTerms::Debt(DebtTerms {
						face_value: 1_000,
						coupon_rate_bps: 450,
						coupon_interval_days: 0,
						maturity: 1,
					}),
					..bond()
				},
				BadTerms,
			),
			(
				SecurityDefinition {
					redemption: Redemption::AtMaturity,
					..equity()
				},
				RedemptionWithoutMaturity,
			),
			(
				SecurityDefinition {
					documents: vec![LegalDocument {
						name: bv(""),
						uri: bv("ipfs://x"),
						content_hash: H256::zero(),
					}]
					.try_into()
					.unwrap(),
					..equity()
				},
				BadDocument,
			),
			(
				SecurityDefinition {
					documents: vec![
						LegalDocument {
							name: bv("p"),
							uri: bv("ipfs://x"),
							content_hash: H256::zero(),
						},
						LegalDocument {
							name: bv("p"),
							uri: bv("ipfs://y"),
							content_hash: H256::zero(),
						},
					]
					.try_into()
					.unwrap(),
					..equity()
				},
				DuplicateDocument,
			),
		];
		for (def, err) in cases {
			assert_eq!(def.validate(), Err(err));
		}
	}
}
