//! Property tests

use super::*;

mod props {
	use super::*;
	use crate::rules::{condition, evaluate, failure, Failure, SideFacts};
	use proptest::{collection::vec as pvec, option::of, prelude::*, test_runner::TestCaseError};

	type Cond = Condition<AccountId, ConstU32<2>, ConstU32<4>>;
	type Req = Requirement<AccountId, ConstU32<4>, ConstU32<2>, ConstU32<4>>;
	type Issuer = TrustedIssuer<AccountId, ConstU32<3>>;
	/// Claims name issuers by the same number as conditions here.
	fn same(a: &AccountId) -> Option<AccountId> {
		Some(*a)
	}
	type Judge = Box<dyn FnMut(Option<u32>) -> bool>;
	type Facts = SideFacts<AccountId, u64, Judge>;

	/// The claim issuers of the generated facts and rules.
	const PEOPLE: [AccountId; 4] = [KYC, OTHER, THIRD, FOURTH];
	const COUNTRIES: [CountryCode; 4] = [US, DE, FR, GB];

	/// Few cases, so the tests stay fast in debug builds; no regression files in the tree.
	fn config(cases: u32) -> ProptestConfig {
		ProptestConfig {
			cases,
			failure_persistence: None,
			..ProptestConfig::default()
		}
	}

	fn topic() -> impl Strategy<Value = ClaimTopic> {
		prop_oneof![
			Just(Kyc),
			Just(Aml),
			Just(Accredited),
			Just(QualifiedPurchaser),
			(0..4usize).prop_map(|i| Jurisdiction(COUNTRIES[i])),
			Just(Blocked),
			Just(ClaimTopic::Exempt),
			(0..2u16).prop_map(ClaimTopic::Custom),
		]
	}

	fn claim() -> impl Strategy<Value = Claim<AccountId, u64>> {
		(topic(), 0..4usize, of(1..30u64)).prop_map(|(topic, i, expiry)| Claim {
			topic,
			issuer: PEOPLE[i],
			expiry,
		})
	}

	fn filter() -> impl Strategy<Value = Option<Vec<ClaimTopic>>> {
		of(pvec(topic(), 1..=3))
	}

	fn issuers() -> impl Strategy<Value = Vec<Issuer>> {
		pvec((0..4usize, filter()), 0..=3).prop_map(|list| {
			list.into_iter()
				.map(|(i, topics)| TrustedIssuer {
					issuer: PEOPLE[i],
					topics: topics.map(|t| t.try_into().unwrap()),
				})
				.collect()
		})
	}

	fn condition_strategy() -> impl Strategy<Value = Cond> {
		let accounts = pvec(0..4usize, 0..=2).prop_map(|v| {
			v.into_iter()
				.map(|i| PEOPLE[i])
				.collect::<Vec<_>>()
				.try_into()
				.unwrap()
		});
		let places = || {
			pvec(0..4usize, 0..=4).prop_map(|v| {
				v.into_iter()
					.map(|i| COUNTRIES[i])
					.collect::<Vec<_>>()
					.try_into()
					.unwrap()
			})
		};
		prop_oneof![
			(topic(), accounts.clone())
				.prop_map(|(topic, issuers)| Condition::HasClaim { topic, issuers }),
			(topic(), accounts)
				.prop_map(|(topic, issuers)| Condition::LacksClaim { topic, issuers }),
			places().prop_map(Condition::JurisdictionIn),
			places().prop_map(Condition::JurisdictionNotIn),
			of(0..3u32).prop_map(|registrar| Condition::IdentityJudged { registrar }),
			Just(Condition::AllowListed),
			Just(Condition::NotDenyListed),
		]
	}

	fn requirement(most: usize) -> impl Strategy<Value = Req> {
		(
			pvec(condition_strategy(), 0..=most),
			pvec(condition_strategy(), 0..=most),
		)
			.prop_map(|(sender, receiver)| Requirement {
				sender: sender.try_into().unwrap(),
				receiver: receiver.try_into().unwrap(),
			})
	}

	/// What is known of one side: claims, list flags, the registrars that judged it.
	#[derive(Clone, Debug)]
	struct Side {
		claims: Vec<Claim<AccountId, u64>>,
		flags: u8,
		judged: Vec<u32>,
	}

	fn side() -> impl Strategy<Value = Side> {
		(pvec(claim(), 0..=4), 0..8u8, pvec(0..3u32, 0..=2)).prop_map(|(claims, flags, judged)| {
			Side {
				claims,
				flags,
				judged,
			}
		})
	}

	/// Both sides of a movement, at a block, with the issuers the token and the network trust.
	#[derive(Clone, Debug)]
	struct World {
		now: u64,
		token: Vec<Issuer>,
		network: Vec<Issuer>,
		sender: Side,
		receiver: Side,
	}

	fn world() -> impl Strategy<Value = World> {
		(0..30u64, issuers(), issuers(), side(), side()).prop_map(
			|(now, token, network, sender, receiver)| World {
				now,
				token,
				network,
				sender,
				receiver,
			},
		)
	}

	impl World {
		fn facts(&self, side: &Side) -> Facts {
			let judged = side.judged.clone();
			let judge: Judge = Box::new(move |registrar: Option<u32>| match registrar {
				Some(r) => judged.contains(&r),
				None => !judged.is_empty(),
			});
			SideFacts::new(
				side.claims.clone(),
				&self.now,
				&self.token[..],
				&self.network[..],
				ListFlags::from_bits(side.flags),
				judge,
			)
		}

		/// Evaluates `rules` for a transfer, or for an issuance (no sender).
		fn evaluate(&self, rules: &[Req], issuance: bool) -> (bool, Vec<RequirementResult>) {
			let mut sender = self.facts(&self.sender);
			let mut receiver = self.facts(&self.receiver);
			evaluate(
				rules,
				(!issuance).then_some(&mut sender),
				&mut receiver,
				&same,
			)
		}
	}

	fn failed(r: &RequirementResult) -> usize {
		r.sender
			.iter()
			.chain(&r.receiver)
			.filter(|c| !c.passed)
			.count()
	}

	/// What `failure` must say of the results of a rule set: nothing if it passes, else the
	/// first of the requirements with the fewest failed conditions, its first failed condition
	/// (sender before receiver) and that condition's reason.
	fn check_failure(passed: bool, results: &[RequirementResult]) -> Result<(), TestCaseError> {
		let f = failure(results);
		if passed {
			prop_assert_eq!(f, None);
			return Ok(());
		}
		let f = f.expect("a refused rule set names its failure");
		let fewest = results
			.iter()
			.map(failed)
			.min()
			.expect("a refused rule set is not empty");
		let index = results.iter().position(|r| failed(r) == fewest).unwrap();
		prop_assert_eq!(usize::from(f.requirement), index);
		let closest = &results[index];
		let conditions = if f.receiver {
			&closest.receiver
		} else {
			&closest.sender
		};
		if f.receiver {
			prop_assert!(closest.sender.iter().all(|c| c.passed));
		}
		let first = conditions
			.iter()
			.position(|c| !c.passed)
			.expect("a failed condition");
		prop_assert_eq!(usize::from(f.condition), first);
		prop_assert_eq!(Some(f.reason), conditions[first].reason);
		Ok(())
	}

	proptest! {
		#![proptest_config(config(64))]

		/// One requirement without conditions lets everything pass; one whose receiver must be
		/// in no jurisdiction at all refuses everything, naming that condition.
		#[test]
		fn allow_all_passes_and_deny_all_fails_for_any_facts(w in world(), issuance in any::<bool>()) {
			let allow_all: Vec<Req> = vec![Requirement { sender: BoundedVec::new(), receiver: BoundedVec::new() }];
			let (passed, results) = w.evaluate(&allow_all, issuance);
			prop_assert!(passed);
			prop_assert!(results[0].passed);
			prop_assert_eq!(failure(&results), None);
			// No requirement at all passes too.
			prop_assert!(w.evaluate(&[], issuance).0);

			let deny_all: Vec<Req> = vec![Requirement {
				sender: BoundedVec::new(),
				receiver: vec![Condition::JurisdictionIn(BoundedVec::new())].try_into().unwrap(),
			}];
			let (passed, results) = w.evaluate(&deny_all, issuance);
			prop_assert!(!passed);
			prop_assert_eq!(
				failure(&results),
				Some(Failure { requirement: 0, receiver: true, condition: 0, reason: ReasonCode::JurisdictionNotAllowed })
			);
		}

		/// A non-empty rule set that passes still passes with one more requirement, wherever it
		/// goes; the results of the others do not change; the failure named is the closest.
		#[test]
		fn adding_a_requirement_never_turns_a_pass_into_a_fail(
			w in world(),
			rules in pvec(requirement(4), 1..=3),
			extra in requirement(4),
			at in 0..=3usize,
			issuance in any::<bool>(),
		) {
			let (before, results) = w.evaluate(&rules, issuance);
			check_failure(before, &results)?;
			let at = at.min(rules.len());
			let mut more = rules.clone();
			more.insert(at, extra);
			let (after, mut more_results) = w.evaluate(&more, issuance);
			check_failure(after, &more_results)?;
			prop_assert!(!before || after, "a passing rule set failed with one more requirement");
			more_results.remove(at);
			prop_assert_eq!(&more_results, &results);
			// Sender conditions are not evaluated without a sender.
			if issuance {
				prop_assert!(more_results.iter().all(|r| r.sender.is_empty()));
			}
		}

		/// A claim with expiry `e` counts at block `e - 1` and not at block `e`.
		#[test]
		fn a_claim_expires_at_its_expiry_block(
			e in 1..=u64::MAX,
			topic in topic(),
			explicit in any::<bool>(),
		) {
			let network: Vec<Issuer> = vec![TrustedIssuer { issuer: KYC, topics: None }];
			let claims = vec![Claim { topic, issuer: KYC, expiry: Some(e) }];
			let issuers: Vec<AccountId> = if explicit { vec![KYC] } else { vec![] };
			let has: Cond = Condition::HasClaim { topic, issuers: issuers.clone().try_into().unwrap() };
			let lacks: Cond = Condition::LacksClaim { topic, issuers: issuers.clone().try_into().unwrap() };
			let facts_at = |now: u64| {
				SideFacts::new(claims.clone(), &now, &[][..], &network[..], ListFlags::from_bits(0), |_: Option<u32>| false)
			};

			let mut before = facts_at(e - 1);
			prop_assert!(before.has_claim(&topic, &issuers, &same));
			prop_assert_eq!(condition(&has, &mut before, &same), None);
			prop_assert_eq!(condition(&lacks, &mut before, &same), Some(ReasonCode::ForbiddenClaim));

			let mut at = facts_at(e);
			prop_assert!(!at.has_claim(&topic, &issuers, &same));
			prop_assert_eq!(condition(&has, &mut at, &same), Some(ReasonCode::MissingClaim));
			prop_assert_eq!(condition(&lacks, &mut at, &same), None);

			if let Jurisdiction(country) = topic {
				prop_assert_eq!(before.jurisdiction(), Some(country));
				prop_assert_eq!(at.jurisdiction(), None);
			}
		}
	}

	proptest! {
		#![proptest_config(config(32))]

		/// Through the pallet: random trust, claims, lists, judgements and rules. The ledger
		/// refuses a movement exactly when the report says it does not comply, with the error
		/// of the failure the report's results name, and its reason among the report's.
		#[test]
		fn the_ledger_refuses_exactly_what_the_report_refuses(
			filters in pvec(filter(), 4),
			rules in pvec(requirement(2), 1..=2),
			claims in pvec((0..4usize, any::<bool>(), topic(), of(2..12u64)), 0..8),
			flags in pvec(0..8u8, 2),
			judged in pvec((any::<bool>(), 0..3u32), 0..3),
			now in 1..12u64,
			issuance in any::<bool>(),
		) {
			new_test_ext().execute_with(|| -> Result<(), TestCaseError> {
				let t = new_token(ISSUER);
				// A filter names each topic (every jurisdiction is one) once.
				let topics_of = |f: &Option<Vec<ClaimTopic>>| {
					f.clone().map(|v| {
						let mut once: Vec<ClaimTopic> = Vec::new();
						for t in v {
							if !once.iter().any(|o| o.same_slot(&t)) {
								once.push(t);
							}
						}
						once.try_into().unwrap()
					})
				};
				for (who, f) in PEOPLE.iter().zip(&filters).take(3) {
					assert_ok!(Compliance::trust_claim_issuer(root(), *who, topics_of(f)));
				}
				assert_ok!(Compliance::trust_claim_issuer_for_token(signed(ISSUER), t, PEOPLE[3], topics_of(&filters[3])));
				let party = |charlie: bool| if charlie { CHARLIE } else { BOB };
				for (issuer, charlie, topic, expiry) in &claims {
					// Later claims of a slot replace earlier ones; beyond MaxClaims they are refused.
					let _ = Compliance::add_claim(signed(PEOPLE[*issuer]), party(*charlie), *topic, *expiry, None);
				}
				for (who, f) in [BOB, CHARLIE].into_iter().zip(&flags) {
					list(t, who, *f);
				}
				for (charlie, registrar) in &judged {
					Judged::judge(party(*charlie), *registrar);
				}
				if Compliance::set_requirements(signed(ISSUER), t, reqs(rules.clone())).is_err() {
					// Too complex: nothing to check.
					return Ok(());
				}
				// Bob holds some, whatever the rules.
				assert_ok!(Compliance::pause_rules(signed(ISSUER), t));
				assert_ok!(issue(t, BOB, 10));
				assert_ok!(Compliance::resume_rules(signed(ISSUER), t));
				System::set_block_number(now);

				let report = Compliance::report(t, (!issuance).then_some(BOB), CHARLIE, 1);
				let reasons = if issuance {
					vec![]
				} else {
					SecurityToken::api_can_transfer(t, &BOB, &CHARLIE, 1)
				};
				let result = if issuance { issue(t, CHARLIE, 1) } else { transfer(t, BOB, CHARLIE, 1) };
				prop_assert_eq!(report.passed, result.is_ok());
				prop_assert_eq!(report.passed, report.rules_passed);
				prop_assert_eq!(report.requirements.len(), rules.len());
				if !issuance {
					prop_assert_eq!(&reasons, &report.reasons);
				}
				match result {
					Ok(()) => prop_assert!(report.reasons.is_empty()),
					Err(e) => {
						let f = failure(&report.requirements).expect("a refused movement names a failure");
						let (requirement, receiver, condition, reason) = refusal(decoded(Err(e)));
						prop_assert_eq!((requirement, receiver, condition, reason), (f.requirement, f.receiver, f.condition, f.reason));
						prop_assert!(report.reasons.contains(&reason));
						prop_assert!(receiver || !issuance, "an issuance was refused for its sender");
					},
				}
				Compliance::do_try_state().expect("compliance invariants hold");
				Ok(())
			})?;
		}
	}
}
