use super::*;
use crate::{Error, Modes};
use frame_support::{assert_noop, traits::fungible::InspectHold};
use vellum_confidential::Point;

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::ModeDeposit.into(), &who)
}

#[test]
fn a_compliance_agent_enables_confidential_mode_holding_its_deposit() {
	run(|| {
		let token = new_plain_token();
		let keys = auditors(&[&auditor()]);
		assert_ok!(PrivateTransfers::enable_confidential_mode(
			RuntimeOrigin::signed(OFFICER),
			token,
			keys.clone()
		));
		assert_eq!(held(OFFICER), MODE_DEPOSIT);
		let mode = Modes::<Test>::get(token).unwrap();
		assert_eq!(
			(mode.auditors, mode.accounts, mode.depositor),
			(keys.clone(), 0, OFFICER)
		);
		System::assert_last_event(
			Event::ConfidentialModeEnabled {
				token,
				by: OFFICER,
				auditors: keys,
				deposit: MODE_DEPOSIT,
			}
			.into(),
		);
		// The issuer holds every role: it may enable another token's mode without auditors.
		let other = new_plain_token();
		assert_ok!(PrivateTransfers::enable_confidential_mode(
			RuntimeOrigin::signed(ISSUER),
			other,
			AuditorsOf::default()
		));
	});
}

#[test]
fn enabling_is_refused_to_others_twice_for_unknown_tokens_and_bad_keys() {
	run(|| {
		let token = new_plain_token();
		let none = AuditorsOf::default();
		assert_noop!(
			PrivateTransfers::enable_confidential_mode(
				RuntimeOrigin::signed(BOB),
				token,
				none.clone()
			),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			PrivateTransfers::enable_confidential_mode(
				RuntimeOrigin::signed(OFFICER),
				77,
				none.clone()
			),
			Error::<Test>::UnknownToken
		);
		for bad in [Point::IDENTITY, Point([0xff; 32])] {
			assert_noop!(
				PrivateTransfers::enable_confidential_mode(
					RuntimeOrigin::signed(OFFICER),
					token,
					AuditorsOf::truncate_from(vec![bad])
				),
				Error::<Test>::InvalidKey
			);
		}
		assert_noop!(
			PrivateTransfers::enable_confidential_mode(RuntimeOrigin::none(), token, none.clone()),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(PrivateTransfers::enable_confidential_mode(
			RuntimeOrigin::signed(OFFICER),
			token,
			none.clone()
		));
		assert_noop!(
			PrivateTransfers::enable_confidential_mode(RuntimeOrigin::signed(OFFICER), token, none),
			Error::<Test>::AlreadyConfidential
		);
	});
}

#[test]
fn a_token_whose_rules_read_amounts_cannot_be_confidential() {
	run(|| {
		let token = new_plain_token();
		TestAmountRules::set(token);
		assert_noop!(
			PrivateTransfers::enable_confidential_mode(
				RuntimeOrigin::signed(OFFICER),
				token,
				AuditorsOf::default()
			),
			Error::<Test>::RulesReadAmounts
		);
	});
}

#[test]
fn auditors_are_replaced_by_compliance_agents_only() {
	run(|| {
		let token = confidential_token();
		let new = auditors(&[&Keypair::from_seed(b"regulator"), &auditor()]);
		assert_noop!(
			PrivateTransfers::set_auditors(RuntimeOrigin::signed(CHARLIE), token, new.clone()),
			Error::<Test>::NotComplianceAgent
		);
		assert_noop!(
			PrivateTransfers::set_auditors(
				RuntimeOrigin::signed(OFFICER),
				token,
				AuditorsOf::truncate_from(vec![Point::IDENTITY])
			),
			Error::<Test>::InvalidKey
		);
		let plain = new_plain_token();
		assert_noop!(
			PrivateTransfers::set_auditors(RuntimeOrigin::signed(OFFICER), plain, new.clone()),
			Error::<Test>::NotConfidential
		);
		assert_ok!(PrivateTransfers::set_auditors(
			RuntimeOrigin::signed(OFFICER),
			token,
			new.clone()
		));
		assert_eq!(Modes::<Test>::get(token).unwrap().auditors, new.clone());
		System::assert_last_event(
			Event::AuditorsSet {
				token,
				auditors: new,
			}
			.into(),
		);
	});
}

#[test]
fn a_mode_is_disabled_once_every_account_is_closed_and_its_deposit_returned() {
	run(|| {
		let token = confidential_token();
		assert_noop!(
			PrivateTransfers::disable_confidential_mode(RuntimeOrigin::signed(OFFICER), token),
			Error::<Test>::AccountsOpen
		);
		for who in [BOB, CHARLIE] {
			let proof = zero_proof(token, who);
			assert_ok!(PrivateTransfers::close(
				RuntimeOrigin::signed(who),
				token,
				proof
			));
		}
		assert_noop!(
			PrivateTransfers::disable_confidential_mode(RuntimeOrigin::signed(BOB), token),
			Error::<Test>::NotComplianceAgent
		);
		// The issuer disables it; the deposit goes back to the officer who paid it.
		assert_ok!(PrivateTransfers::disable_confidential_mode(
			RuntimeOrigin::signed(ISSUER),
			token
		));
		assert_eq!(held(OFFICER), 0);
		assert!(!Modes::<Test>::contains_key(token));
		System::assert_last_event(Event::ConfidentialModeDisabled { token }.into());
		assert_noop!(
			PrivateTransfers::disable_confidential_mode(RuntimeOrigin::signed(ISSUER), token),
			Error::<Test>::NotConfidential
		);
	});
}
