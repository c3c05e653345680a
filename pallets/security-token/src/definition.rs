//! A token's definition: creating a token from its declarative definition, and the legal
//! documents its document agent keeps current.

use crate::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_token(
		issuer: T::AccountId,
		definition: SecurityDefinition<T::Balance>,
	) -> Result<TokenId, DispatchError> {
		ensure!(Issuers::<T>::contains_key(&issuer), Error::<T>::NotIssuer);
		definition.validate().map_err(Self::definition_error)?;
		if let vellum_primitives::security::InstrumentTerms::ConvertibleDebt {
			conversion, ..
		} = &definition.terms
		{
			ensure!(
				Tokens::<T>::contains_key(conversion.target),
				Error::<T>::UnknownConversionTarget
			);
		}
		let token = NextTokenId::<T>::get();
		let next = token.checked_add(1).ok_or(Error::<T>::TokenIdsExhausted)?;
		let deposit = T::TokenDeposit::get();
		T::Currency::hold(&HoldReason::TokenDeposit.into(), &issuer, deposit)?;
		let redemption = match (definition.redemption, definition.terms.maturity()) {
			(Redemption::Never, _) => RedemptionRule::Never,
			(Redemption::Anytime, _) => RedemptionRule::Anytime,
			(Redemption::AtMaturity, Some(m)) => RedemptionRule::From(m),
			(Redemption::AtMaturity, None) => {
				return Err(Error::<T>::RedemptionWithoutMaturity.into())
			}
		};
		let class = definition.terms.class();
		Tokens::<T>::insert(
			token,
			TokenDetails {
				issuer: issuer.clone(),
				class,
				jurisdiction: definition.jurisdiction,
				supply: Zero::zero(),
				max_supply: definition.max_supply,
				holders: 0,
				paused: false,
				redemption,
				deposit,
				agents: 0,
				checkpoint: 0,
			},
		);
		Definitions::<T>::insert(token, definition);
		NextTokenId::<T>::put(next);
		Self::deposit_event(Event::TokenCreated {
			token,
			issuer,
			class,
			deposit,
		});
		Ok(token)
	}

	pub(crate) fn definition_error(e: DefinitionError) -> DispatchError {
		match e {
			DefinitionError::BadName => Error::<T>::BadName,
			DefinitionError::BadSymbol => Error::<T>::BadSymbol,
			DefinitionError::TooManyDecimals => Error::<T>::TooManyDecimals,
			DefinitionError::ZeroMaxSupply => Error::<T>::ZeroMaxSupply,
			DefinitionError::InvalidCountry => Error::<T>::InvalidCountry,
			DefinitionError::BadIdentifier => Error::<T>::BadIdentifier,
			DefinitionError::BadTerms => Error::<T>::BadTerms,
			DefinitionError::RedemptionWithoutMaturity => Error::<T>::RedemptionWithoutMaturity,
			DefinitionError::BadDocument => Error::<T>::BadDocument,
			DefinitionError::DuplicateDocument => Error::<T>::DuplicateDocument,
		}
		.into()
	}

	pub(crate) fn do_add_document(
		agent: &T::AccountId,
		token: TokenId,
		document: LegalDocument,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Documents)?;
		ensure!(
			!document.name.is_empty() && !document.uri.is_empty(),
			Error::<T>::BadDocument
		);
		let name = document.name.clone();
		Definitions::<T>::try_mutate(token, |def| {
			let def = def.as_mut().ok_or(Error::<T>::UnknownToken)?;
			ensure!(
				!def.documents.iter().any(|d| d.name == document.name),
				Error::<T>::DuplicateDocument
			);
			def.documents
				.try_push(document)
				.map_err(|_| Error::<T>::TooManyDocuments)
		})?;
		Self::deposit_event(Event::DocumentAdded { token, name });
		Ok(())
	}

	pub(crate) fn do_replace_document(
		agent: &T::AccountId,
		token: TokenId,
		document: LegalDocument,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Documents)?;
		ensure!(!document.uri.is_empty(), Error::<T>::BadDocument);
		let name = document.name.clone();
		Definitions::<T>::try_mutate(token, |def| {
			let def = def.as_mut().ok_or(Error::<T>::UnknownToken)?;
			let slot = def
				.documents
				.iter_mut()
				.find(|d| d.name == document.name)
				.ok_or(Error::<T>::UnknownDocument)?;
			*slot = document;
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::DocumentReplaced { token, name });
		Ok(())
	}

	pub(crate) fn do_remove_document(
		agent: &T::AccountId,
		token: TokenId,
		name: Label,
	) -> DispatchResult {
		Self::ensure_role(token, agent, Role::Documents)?;
		Definitions::<T>::try_mutate(token, |def| {
			let def = def.as_mut().ok_or(Error::<T>::UnknownToken)?;
			let before = def.documents.len();
			def.documents.retain(|d| d.name != name);
			ensure!(def.documents.len() < before, Error::<T>::UnknownDocument);
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::DocumentRemoved { token, name });
		Ok(())
	}
}
