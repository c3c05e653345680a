//! Confidential transfers in the runtime: a token that requires KYC on both sides enters
//! confidential mode with a regulator as auditor. Bob deposits 1,000 and sends Charlie a hidden
//! amount; the regulator decrypts it from the event and sees what Charlie sees; a replayed
//! proof, a proof for another token, a changed ciphertext and a transfer beyond the balance are
//! each refused; a receiver without KYC is refused by compliance; Charlie applies what he
//! received and withdraws it. A token whose rules read amounts cannot enter confidential mode.

mod common;

use codec::Encode;
use common::{
	account, admit_issuer_and_trust, apply, events, fresh_block_budget, new_ext, runtime_api,
};
use frame_support::{assert_ok, BoundedVec};
use pallet_compliance::{Call as ComplianceCall, ClaimTopic, Condition, Requirement, Restrictions};
use pallet_private_transfers::{
	runtime_api::{AccountView, ModeView},
	AuditorsOf, Call as PrivateCall, Error as PrivateError, Event as PrivateEvent,
};
use pallet_security_token::Call as TokenCall;
use sp_keyring::Sr25519Keyring::{self, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::DispatchError;
use vellum_confidential::{
	prover::{
		prove_registration, prove_transfer, prove_withdrawal, seeded_rng, Keypair, TransferInput,
		WithdrawalInput,
	},
	Ciphertext, SealedBalance, TransferAmount, TransferProof, FIRST_AUDITOR, RECEIVER,
};
use vellum_primitives::security::{CountryCode, SecurityDefinition, TokenId};
use vellum_runtime::{Balance, PrivateTransfers, Runtime, RuntimeCall, RuntimeEvent};

const ISSUER: Sr25519Keyring = Ferdie;
const KYC_PROVIDER: Sr25519Keyring = Eve;
/// The KYC token, then a second one with the same rules.
const TOKEN: TokenId = 0;
const OTHER: TokenId = 1;

fn call(who: Sr25519Keyring, call: RuntimeCall) -> Result<(), DispatchError> {
	fresh_block_budget();
	apply(who, call).expect("the extrinsic is valid")
}

fn private(who: Sr25519Keyring, c: PrivateCall<Runtime>) -> Result<(), DispatchError> {
	call(who, RuntimeCall::PrivateTransfers(c))
}

fn genesis() -> [u8; 32] {
	frame_system::BlockHash::<Runtime>::get(0u32).into()
}

fn keys(who: Sr25519Keyring) -> Keypair {
	Keypair::from_seed(&account(who).encode())
}

fn regulator() -> Keypair {
	Keypair::from_seed(b"regulator")
}

fn public(t: TokenId, who: Sr25519Keyring) -> Balance {
	pallet_security_token::Holdings::<Runtime>::get(t, account(who)).map_or(0, |h| h.balance)
}

fn view(t: TokenId, who: Sr25519Keyring) -> AccountView {
	runtime_api::<Option<AccountView>>("PrivateTransfersApi_account", (t, account(who)))
		.expect("registered")
}

fn sealed(who: Sr25519Keyring, balance: u64) -> SealedBalance {
	keys(who).seal_balance(balance, &mut seeded_rng(b"seal"))
}

/// The issuer creates a token requiring KYC from a network-trusted provider on both sides,
/// gives Bob 5,000 and enables confidential mode with the regulator as auditor.
fn kyc_token(symbol: &[u8]) -> TokenId {
	let id = pallet_security_token::NextTokenId::<Runtime>::get();
	assert_ok!(call(
		ISSUER,
		RuntimeCall::SecurityToken(TokenCall::create_token {
			definition: Box::new(SecurityDefinition::plain_equity(
				symbol,
				CountryCode(*b"CH"),
				1_000_000
			)),
		})
	));
	let kyc: BoundedVec<_, _> = vec![Condition::HasClaim {
		topic: ClaimTopic::Kyc,
		issuers: Default::default(),
	}]
	.try_into()
	.unwrap();
	assert_ok!(call(
		ISSUER,
		RuntimeCall::Compliance(ComplianceCall::set_requirements {
			token: id,
			requirements: vec![Requirement {
				sender: kyc.clone(),
				receiver: kyc
			}]
			.try_into()
			.unwrap(),
		})
	));
	assert_ok!(call(
		ISSUER,
		RuntimeCall::SecurityToken(TokenCall::issue {
			token: id,
			to: account(Bob),
			amount: 5_000
		})
	));
	assert_ok!(private(
		ISSUER,
		PrivateCall::enable_confidential_mode {
			token: id,
			auditors: AuditorsOf::truncate_from(vec![regulator().public()]),
		}
	));
	id
}

/// Bob and Charlie have KYC, Dave has none; both KYC tokens exist; Bob, Charlie and Dave open
/// confidential accounts of both.
fn setup() {
	admit_issuer_and_trust(ISSUER, KYC_PROVIDER);
	for who in [Bob, Charlie] {
		assert_ok!(call(
			KYC_PROVIDER,
			RuntimeCall::Compliance(ComplianceCall::add_claim {
				subject: account(who),
				topic: ClaimTopic::Kyc,
				expiry: None,
				evidence: None,
			})
		));
	}
	assert_eq!(kyc_token(b"PRIV"), TOKEN);
	assert_eq!(kyc_token(b"OTHER"), OTHER);
	for t in [TOKEN, OTHER] {
		for who in [Bob, Charlie, Dave] {
			let kp = keys(who);
			let proof = prove_registration(
				genesis(),
				t,
				&account(who).encode(),
				&kp,
				&mut seeded_rng(b"r"),
			);
			assert_ok!(private(
				who,
				PrivateCall::register {
					token: t,
					key: kp.public(),
					proof
				}
			));
		}
	}
}

/// `who` deposits `amount` of `t` and applies it (its balance was `before`).
fn deposit_and_apply(t: TokenId, who: Sr25519Keyring, amount: u64, before: u64) {
	assert_ok!(private(
		who,
		PrivateCall::deposit {
			token: t,
			amount: amount.into()
		}
	));
	let credits = view(t, who).pending_credits;
	assert_ok!(private(
		who,
		PrivateCall::apply_pending {
			token: t,
			expected_credits: credits,
			sealed: sealed(who, before + amount),
		}
	));
}

/// Bob's proof of a transfer of `amount` to `to`, as his wallet makes it from the chain's state
/// (claiming `balance`, against `available`).
fn bob_pays(
	t: TokenId,
	to: Sr25519Keyring,
	amount: u64,
	balance: u64,
	available: Ciphertext,
) -> (TransferAmount, TransferProof) {
	let bob = view(t, Bob);
	let mode = runtime_api::<Option<ModeView<Balance>>>("PrivateTransfersApi_mode", t)
		.expect("confidential");
	prove_transfer(
		&TransferInput {
			genesis: genesis(),
			token: t,
			sender: &account(Bob).encode(),
			receiver: &account(to).encode(),
			nonce: bob.nonce,
			sender_keypair: &keys(Bob),
			receiver_key: view(t, to).key,
			auditors: &mode.auditors,
			available,
			balance,
			amount,
		},
		&mut seeded_rng(&amount.to_le_bytes()),
	)
	.expect("the wallet proves")
}

fn submit(
	t: TokenId,
	to: Sr25519Keyring,
	(amount, proof): (TransferAmount, TransferProof),
	rest: u64,
) -> Result<(), DispatchError> {
	private(
		Bob,
		PrivateCall::confidential_transfer {
			token: t,
			to: account(to),
			amount: Box::new(amount),
			proof: Box::new(proof),
			sealed: sealed(Bob, rest),
		},
	)
}

fn last_transfer() -> TransferAmount {
	events()
		.into_iter()
		.rev()
		.find_map(|e| match e {
			RuntimeEvent::PrivateTransfers(PrivateEvent::ConfidentialTransfer {
				amount, ..
			}) => Some(*amount),
			_ => None,
		})
		.expect("a confidential transfer")
}

#[test]
fn bob_pays_charlie_a_hidden_amount_that_the_regulator_reads_and_charlie_withdraws() {
	new_ext("development").execute_with(|| {
		setup();
		assert_ne!(genesis(), [0; 32], "proofs bind a real genesis hash");
		deposit_and_apply(TOKEN, Bob, 1_000, 0);
		assert_eq!(public(TOKEN, Bob), 4_000);
		let pool = PrivateTransfers::pool_account();
		assert_eq!(
			pallet_security_token::Holdings::<Runtime>::get(TOKEN, &pool).map(|h| h.balance),
			Some(1_000)
		);

		let proof = bob_pays(TOKEN, Charlie, 250, 1_000, view(TOKEN, Bob).available);
		assert_ok!(submit(TOKEN, Charlie, proof.clone(), 750));
		let amount = last_transfer();
		assert_eq!(regulator().decrypt_amount(&amount, FIRST_AUDITOR), Ok(250));
		assert_eq!(keys(Charlie).decrypt_amount(&amount, RECEIVER), Ok(250));
		assert_eq!(
			keys(Charlie).decrypt_pending(&view(TOKEN, Charlie).pending),
			Ok(250)
		);
		assert!(keys(Bob).holds(&view(TOKEN, Bob).available, 750));
		assert_eq!(keys(Bob).open_balance(&view(TOKEN, Bob).sealed), Ok(750));

		// The same proof again: refused (Bob's nonce and balance moved on).
		assert_eq!(
			submit(TOKEN, Charlie, proof.clone(), 500),
			Err(PrivateError::<Runtime>::InvalidProof.into())
		);
		// For the other token, whose state Bob made the same: refused (the proof binds its token).
		deposit_and_apply(OTHER, Bob, 1_000, 0);
		assert_eq!(
			submit(OTHER, Charlie, proof, 750),
			Err(PrivateError::<Runtime>::InvalidProof.into())
		);
		// A changed ciphertext: refused.
		let (mut changed, p) = bob_pays(TOKEN, Charlie, 100, 750, view(TOKEN, Bob).available);
		changed.limbs[0].handles[RECEIVER] = changed.limbs[1].handles[RECEIVER];
		assert_eq!(
			submit(TOKEN, Charlie, (changed, p), 650),
			Err(PrivateError::<Runtime>::InvalidProof.into())
		);
		// Beyond the balance: Bob claims 5,000 against a ciphertext he made up; refused.
		let made_up = view(TOKEN, Bob)
			.available
			.add(&Ciphertext::public(4_250))
			.unwrap();
		assert_eq!(
			submit(
				TOKEN,
				Charlie,
				bob_pays(TOKEN, Charlie, 4_000, 5_000, made_up),
				1_000
			),
			Err(PrivateError::<Runtime>::InvalidProof.into())
		);
		// Dave has no KYC: compliance refuses him as the receiver.
		assert_eq!(
			submit(
				TOKEN,
				Dave,
				bob_pays(TOKEN, Dave, 10, 750, view(TOKEN, Bob).available),
				740
			),
			Err(pallet_compliance::Error::<Runtime>::MissingClaim {
				requirement: 0,
				receiver: true,
				condition: 0
			}
			.into())
		);

		// Charlie applies and withdraws what he received.
		assert_ok!(private(
			Charlie,
			PrivateCall::apply_pending {
				token: TOKEN,
				expected_credits: 1,
				sealed: sealed(Charlie, 250)
			}
		));
		let charlie = view(TOKEN, Charlie);
		let proof = prove_withdrawal(
			&WithdrawalInput {
				genesis: genesis(),
				token: TOKEN,
				owner: &account(Charlie).encode(),
				nonce: charlie.nonce,
				keypair: &keys(Charlie),
				available: charlie.available,
				balance: 250,
				amount: 250,
			},
			&mut seeded_rng(b"w"),
		)
		.unwrap();
		assert_ok!(private(
			Charlie,
			PrivateCall::withdraw {
				token: TOKEN,
				amount: 250,
				proof: Box::new(proof),
				sealed: sealed(Charlie, 0)
			}
		));
		assert_eq!(public(TOKEN, Charlie), 250);
		let mode =
			runtime_api::<Option<ModeView<Balance>>>("PrivateTransfersApi_mode", TOKEN).unwrap();
		assert_eq!((mode.pool_balance, mode.accounts), (750, 3));
		PrivateTransfers::do_try_state().expect("the pool backs every confidential balance");
	});
}

#[test]
fn a_token_whose_rules_read_amounts_cannot_enter_confidential_mode() {
	new_ext("development").execute_with(|| {
		admit_issuer_and_trust(ISSUER, KYC_PROVIDER);
		assert_ok!(call(
			ISSUER,
			RuntimeCall::SecurityToken(TokenCall::create_token {
				definition: Box::new(SecurityDefinition::plain_equity(
					b"CAPPED",
					CountryCode(*b"CH"),
					1_000_000
				)),
			})
		));
		assert_ok!(call(
			ISSUER,
			RuntimeCall::Compliance(ComplianceCall::set_restrictions {
				token: TOKEN,
				restrictions: Restrictions {
					max_holders: Some(100),
					..Default::default()
				},
			})
		));
		assert_eq!(
			private(
				ISSUER,
				PrivateCall::enable_confidential_mode {
					token: TOKEN,
					auditors: AuditorsOf::default()
				}
			),
			Err(PrivateError::<Runtime>::RulesReadAmounts.into())
		);
	});
}
