//! Weights

use super::*;

#[test]
fn the_check_weight_follows_the_settings() {
	run(|| {
		let w = |t| <Compliance as TransferCheck<AccountId, Balance>>::weight(t);
		let check = <() as WeightInfo>::check;
		let check_listed_tracked = <() as WeightInfo>::check_listed_tracked;
		let check_identity = <() as WeightInfo>::check_identity;
		let one_read = <Test as frame_system::Config>::DbWeight::get().reads(1);
		let t = new_token(ISSUER);
		assert_eq!(w(t), one_read);
		assert_eq!(w(UNKNOWN), one_read);

		// At least the benchmarked check of the record's complexity and features.
		set_reqs(t, vec![req(vec![], vec![has(Kyc)])]);
		let simple = w(t);
		assert_eq!(simple, check(1));
		assert!(simple.all_gt(one_read));
		// More complex, more weight (at least in proof: the benchmark may find no measurable
		// execution time per unit).
		set_reqs(t, vec![req(vec![], vec![within(&[US, DE, FR, GB])])]);
		let complex = w(t);
		assert_eq!(complex, check(5));
		assert!(complex.all_gte(simple) && complex.proof_size() > simple.proof_size());
		// Identity judgements at the same complexity: more.
		set_reqs(
			t,
			vec![req(
				vec![],
				vec![
					Condition::IdentityJudged { registrar: None },
					within(&[US, DE, FR]),
				],
			)],
		);
		assert_eq!(settings(t).complexity, 5);
		let identity = w(t);
		assert_eq!(identity, check_identity(5));
		assert!(identity.all_gt(complex));
		// Lists on top: the identity benchmark has them.
		list(t, BOB, ListFlags::ALLOW);
		let listed = w(t);
		assert_eq!(listed, identity);
		// Lists without identity conditions: their own benchmark.
		let t4 = new_token(ISSUER);
		set_reqs(t4, vec![req(vec![], vec![within(&[US, DE, FR, GB])])]);
		list(t4, BOB, ListFlags::ALLOW);
		let lists_only = w(t4);
		assert_eq!(lists_only, check_listed_tracked(5));
		assert!(lists_only.all_gt(complex));
		// Per-holder state: more (a record of complexity 0 is charged as 1).
		let t2 = new_token(ISSUER);
		set_restr(t2, restr(|r| r.lockup_until = Some(START)));
		assert_eq!(settings(t2).complexity, 0);
		let tracking = w(t2);
		// The lock-up makes the record 8 bytes larger than the benchmark's of complexity 0.
		let beyond = settings(t2).encoded_size() as u64 - BENCHED_RECORD_BASE;
		assert_eq!(beyond, 8);
		assert_eq!(
			tracking,
			check_listed_tracked(5).saturating_add(Weight::from_parts(0, beyond))
		);
		assert!(tracking.all_gt(simple));
		// The most complex record with every feature: no more than what is charged up front.
		let t3 = new_token(ISSUER);
		let four = within(&[US, DE, FR, GB]);
		set_reqs(
			t3,
			vec![req(
				vec![Condition::IdentityJudged { registrar: Some(0) }],
				vec![four.clone(), four.clone(), four.clone(), four],
			)],
		);
		set_restr(
			t3,
			restr(|r| r.jurisdiction_caps = caps(&[(US, 1), (DE, 1), (FR, 1)])),
		);
		list(t3, BOB, ListFlags::DENY);
		assert_eq!(settings(t3).complexity, MAX_COMPLEXITY);
		let heaviest = w(t3);
		assert_eq!(heaviest, check_identity(MAX_COMPLEXITY));
		let max = <Compliance as TransferCheck<AccountId, Balance>>::max_weight();
		for weight in [
			one_read, simple, complex, identity, listed, lists_only, tracking, heaviest,
		] {
			assert!(weight.all_lte(max), "{weight:?} above the maximum {max:?}");
		}
		// The balance hook: one read, unless the token keeps per-holder state.
		let hook = |t| <Compliance as OnBalanceChange<AccountId, Balance>>::weight(t);
		let hook_max = <Compliance as OnBalanceChange<AccountId, Balance>>::max_weight();
		assert_eq!(hook(t), one_read);
		assert_eq!(hook(UNKNOWN), one_read);
		assert!(hook(t2).all_gt(one_read));
		assert!(hook(t2).all_lte(hook_max));
	});
}

#[test]
fn the_ledger_charges_the_check_of_the_token() {
	run(|| {
		let actual = |t, to| {
			SecurityToken::issue(signed(ISSUER), t, to, 1)
				.expect("issued")
				.actual_weight
				.expect("an actual weight")
		};
		let plain = new_token(ISSUER);
		let ruled = new_token(ISSUER);
		set_reqs(
			ruled,
			vec![req(
				vec![],
				vec![within(&[US, DE, FR, GB]), Condition::NotDenyListed],
			)],
		);
		assert_ok!(Compliance::pause_rules(signed(ISSUER), ruled));
		let cheap: Weight = actual(plain, BOB);
		let dear: Weight = actual(ruled, BOB);
		assert!(dear.all_gt(cheap));
		assert_eq!(
			dear.saturating_sub(cheap),
			<Compliance as TransferCheck<AccountId, Balance>>::weight(ruled).saturating_sub(
				<Compliance as TransferCheck<AccountId, Balance>>::weight(plain)
			)
		);
	});
}

#[test]
fn the_typical_rule_set_is_charged_the_benchmarked_check_alone() {
	run(|| {
		// KYC and AML claims and a jurisdiction in four countries on each side, a holder cap:
		// the rule set of the weight target (scripts/weight-report.py charges it this way).
		let t = new_token(ISSUER);
		let side = || vec![has(Kyc), has(Aml), within(&[US, DE, FR, GB])];
		set_reqs(t, vec![req(side(), side())]);
		set_restr(t, restr(|r| r.max_holders = Some(100)));
		assert_eq!(settings(t).complexity, 14);
		assert_eq!(
			<Compliance as TransferCheck<AccountId, Balance>>::weight(t),
			<() as WeightInfo>::check(14)
		);
	});
}

#[test]
fn a_record_is_charged_its_bytes_beyond_the_benchmarks_and_the_lookup_of_named_issuers() {
	run(|| {
		let w = |t| <Compliance as TransferCheck<AccountId, Balance>>::weight(t);
		trust(KYC);
		trust(OTHER);
		let t = new_token(ISSUER);
		set_reqs(
			t,
			vec![req(
				vec![has_from(Kyc, &[KYC, OTHER])],
				vec![has_from(Aml, &[KYC, NOBODY])],
			)],
		);
		let s = settings(t);
		assert_eq!(s.complexity, 6);
		let benched = BENCHED_RECORD_BASE + BENCHED_BYTES_PER_UNIT * 6;
		let beyond = s.encoded_size() as u64 - benched;
		assert!(beyond > 0);
		// Three distinct accounts named, each looked up (NOBODY too: it has no id).
		assert_eq!(
			w(t),
			<() as WeightInfo>::check(6)
				.saturating_add(network_extra(2, 11))
				.saturating_add(<() as WeightInfo>::resolve_issuers(3))
				.saturating_add(Weight::from_parts(0, beyond))
		);
		assert!(w(t).all_lte(<Compliance as TransferCheck<AccountId, Balance>>::max_weight()));
	});
}

#[test]
fn set_requirements_refuses_conditions_naming_more_issuers_than_the_most() {
	run(|| {
		let t = new_token(ISSUER);
		// Three distinct accounts: the most (an account named twice counts once).
		set_reqs(
			t,
			vec![req(
				vec![has_from(Kyc, &[KYC, OTHER])],
				vec![has_from(Aml, &[KYC, THIRD])],
			)],
		);
		assert_eq!(settings(t).named_issuers().len(), 3);
		let four = reqs(vec![req(
			vec![has_from(Kyc, &[KYC, OTHER])],
			vec![has_from(Aml, &[THIRD, FOURTH])],
		)]);
		assert_noop!(
			Compliance::set_requirements(signed(ISSUER), t, four),
			Error::<Test>::TooManyNamedIssuers
		);
	});
}

#[test]
fn the_check_is_charged_the_network_lists_bytes_and_scan_beyond_the_benchmarks() {
	run(|| {
		let w = |t| <Compliance as TransferCheck<AccountId, Balance>>::weight(t);
		let check = <() as WeightInfo>::check;
		let t = new_token(ISSUER);
		set_reqs(t, vec![req(vec![], vec![has(Kyc)])]);
		assert_eq!(w(t), check(1));
		// One issuer trusted for every topic: the benchmark's list.
		trust(KYC);
		assert_eq!(w(t), check(1));
		// Each further issuer: 5 bytes and its scan.
		trust(OTHER);
		assert_eq!(w(t), check(1).saturating_add(network_extra(2, 11)));
		// A topic filter: its bytes on top (a length and 1 or 3 bytes a topic).
		assert_ok!(Compliance::trust_claim_issuer(
			root(),
			THIRD,
			topics(&[Kyc, Jurisdiction(US)])
		));
		assert_eq!(
			w(t),
			check(1).saturating_add(network_extra(3, 11 + 5 + 1 + 1 + 3))
		);
		assert!(network_extra(3, 21).ref_time() > 0);
		assert!(w(t).all_lte(<Compliance as TransferCheck<AccountId, Balance>>::max_weight()));
	});
}
