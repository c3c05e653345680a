use super::*;
use crate::{
	prover::{prove_transfer, TransferInput},
	verify_transfer, Error, TransferAmount, TransferProof, TransferStatement, FIRST_AUDITOR, LIMBS,
	RECEIVER, SENDER,
};

struct Setup {
	bob: Keypair,
	charlie: Keypair,
	auditors: Vec<Keypair>,
	auditor_keys: Vec<Point>,
	available: Ciphertext,
}

fn setup(auditors: usize) -> Setup {
	let bob = keypair("bob");
	let available = encrypted(&bob, 1_000, 11);
	let auditors: Vec<Keypair> = (0..auditors)
		.map(|i| keypair(&format!("auditor{i}")))
		.collect();
	let auditor_keys = auditors.iter().map(Keypair::public).collect();
	Setup {
		bob,
		charlie: keypair("charlie"),
		auditors,
		auditor_keys,
		available,
	}
}

impl Setup {
	fn input(&self, amount: u64) -> TransferInput<'_> {
		TransferInput {
			genesis: GENESIS,
			token: TOKEN,
			sender: b"bob",
			receiver: b"charlie",
			nonce: 4,
			sender_keypair: &self.bob,
			receiver_key: self.charlie.public(),
			auditors: &self.auditor_keys,
			available: self.available,
			balance: 1_000,
			amount,
		}
	}

	fn statement<'a>(&'a self, amount: &'a TransferAmount) -> TransferStatement<'a> {
		TransferStatement {
			genesis: GENESIS,
			token: TOKEN,
			sender: b"bob",
			receiver: b"charlie",
			nonce: 4,
			sender_key: self.bob.public(),
			receiver_key: self.charlie.public(),
			auditors: &self.auditor_keys,
			available: self.available,
			amount,
		}
	}

	fn prove(&self, amount: u64) -> (TransferAmount, TransferProof) {
		prove_transfer(&self.input(amount), &mut rng(5)).expect("proves")
	}
}

#[test]
fn every_reader_decrypts_the_same_hidden_amount_and_the_sender_keeps_the_rest() {
	let s = setup(2);
	let (amount, proof) = s.prove(250);
	assert_eq!(verify_transfer(&s.statement(&amount), &proof), Ok(()));
	assert_eq!(s.bob.decrypt_amount(&amount, SENDER), Ok(250));
	assert_eq!(s.charlie.decrypt_amount(&amount, RECEIVER), Ok(250));
	for (i, auditor) in s.auditors.iter().enumerate() {
		assert_eq!(auditor.decrypt_amount(&amount, FIRST_AUDITOR + i), Ok(250));
	}
	// What the chain does after: the sender's available balance loses the amount, the
	// receiver's pending limbs gain it.
	let after = s
		.available
		.sub(&amount.for_reader(SENDER).unwrap())
		.unwrap();
	assert!(s.bob.holds(&after, 750));
	let pending: [Ciphertext; LIMBS] =
		core::array::from_fn(|j| amount.limb_for_reader(j, RECEIVER).unwrap());
	assert_eq!(s.charlie.decrypt_pending(&pending), Ok(250));
	// Charlie cannot read Bob's balance, nor an auditor's handle with his key.
	assert!(!s.charlie.holds(&after, 750));
	assert_ne!(s.charlie.decrypt_amount(&amount, FIRST_AUDITOR), Ok(250));
}

#[test]
fn transfers_of_nothing_everything_and_large_limbs_verify() {
	let s = setup(0);
	for value in [0, 1, 1_000, 0xffff, 0x1_0000] {
		let mut s2 = setup(0);
		if value > 1_000 {
			s2.available = encrypted(&s2.bob, value, 12);
		}
		let mut input = s2.input(value);
		input.balance = value.max(1_000);
		let (amount, proof) = prove_transfer(&input, &mut rng(value)).expect("proves");
		assert_eq!(
			verify_transfer(&s2.statement(&amount), &proof),
			Ok(()),
			"{value}"
		);
	}
	let _ = s;
}

#[test]
fn a_transfer_beyond_the_balance_cannot_be_proved_nor_forged() {
	let s = setup(1);
	assert_eq!(
		prove_transfer(&s.input(1_001), &mut rng(1)).err(),
		Some(Error::InsufficientBalance)
	);
	// A sender who claims 2,000 proves against a ciphertext of 2,000 it made itself; the chain
	// verifies against the balance it holds (1,000) and refuses.
	let mut liar = setup(1);
	liar.available = encrypted(&liar.bob, 2_000, 13);
	let mut input = liar.input(1_500);
	input.balance = 2_000;
	let (amount, proof) = prove_transfer(&input, &mut rng(2)).expect("proves its own statement");
	assert_eq!(
		verify_transfer(&s.statement(&amount), &proof),
		Err(Error::InvalidProof)
	);
}

#[test]
fn a_transfer_proof_is_refused_when_any_statement_input_changes() {
	let s = setup(2);
	let (amount, proof) = s.prove(250);
	let check = |st: TransferStatement| verify_transfer(&st, &proof);

	let mut st = s.statement(&amount);
	st.genesis[31] ^= 1;
	assert_eq!(check(st), Err(Error::InvalidProof), "genesis");
	let mut st = s.statement(&amount);
	st.token = TOKEN + 1;
	assert_eq!(check(st), Err(Error::InvalidProof), "token");
	let mut st = s.statement(&amount);
	st.sender = b"bobby";
	assert_eq!(check(st), Err(Error::InvalidProof), "sender");
	let mut st = s.statement(&amount);
	st.receiver = b"eve";
	assert_eq!(check(st), Err(Error::InvalidProof), "receiver");
	let mut st = s.statement(&amount);
	st.nonce = 5;
	assert_eq!(check(st), Err(Error::InvalidProof), "nonce (a replay)");
	let mut st = s.statement(&amount);
	st.sender_key = moved(&st.sender_key);
	assert_eq!(check(st), Err(Error::InvalidProof), "sender key");
	let mut st = s.statement(&amount);
	st.receiver_key = keypair("eve").public();
	assert_eq!(check(st), Err(Error::InvalidProof), "receiver key");
	let other_auditors = vec![s.auditor_keys[0], keypair("mallory").public()];
	let mut st = s.statement(&amount);
	st.auditors = &other_auditors;
	assert_eq!(check(st), Err(Error::InvalidProof), "auditor key");
	let fewer = vec![s.auditor_keys[0]];
	let mut st = s.statement(&amount);
	st.auditors = &fewer;
	assert_eq!(check(st), Err(Error::WrongReaders), "auditor dropped");
	let mut st = s.statement(&amount);
	st.available.commitment = moved(&st.available.commitment);
	assert_eq!(check(st), Err(Error::InvalidProof), "available commitment");
	let mut st = s.statement(&amount);
	st.available.handle = moved(&st.available.handle);
	assert_eq!(check(st), Err(Error::InvalidProof), "available handle");

	for j in 0..LIMBS {
		let mut changed = amount.clone();
		changed.limbs[j].commitment = moved(&changed.limbs[j].commitment);
		assert!(check(s.statement(&changed)).is_err(), "limb {j} commitment");
		for i in 0..amount.limbs[j].handles.len() {
			let mut changed = amount.clone();
			changed.limbs[j].handles[i] = moved(&changed.limbs[j].handles[i]);
			assert_eq!(
				check(s.statement(&changed)),
				Err(Error::InvalidProof),
				"limb {j} handle {i}"
			);
		}
	}
}

#[test]
fn a_transfer_proof_is_refused_when_any_part_of_it_changes() {
	let s = setup(1);
	let (amount, proof) = s.prove(250);
	let st = s.statement(&amount);
	let refused = |p: TransferProof, what: &str| {
		assert!(
			verify_transfer(&st, &p).is_err(),
			"{what} changed but verified"
		);
	};
	let mut p = proof.clone();
	p.validity.y_commitment = moved(&p.validity.y_commitment);
	refused(p, "validity y0");
	for i in 0..proof.validity.y_handles.len() {
		let mut p = proof.clone();
		p.validity.y_handles[i] = moved(&p.validity.y_handles[i]);
		refused(p, "validity yi");
	}
	let mut p = proof.clone();
	p.validity.z_value = bumped(&p.validity.z_value);
	refused(p, "validity zx");
	let mut p = proof.clone();
	p.validity.z_opening = bumped(&p.validity.z_opening);
	refused(p, "validity zr");
	let mut p = proof.clone();
	p.equality.y_key = moved(&p.equality.y_key);
	refused(p, "equality y0");
	let mut p = proof.clone();
	p.equality.y_ciphertext = moved(&p.equality.y_ciphertext);
	refused(p, "equality y1");
	let mut p = proof.clone();
	p.equality.y_commitment = moved(&p.equality.y_commitment);
	refused(p, "equality y2");
	let mut p = proof.clone();
	p.equality.z_key = bumped(&p.equality.z_key);
	refused(p, "equality zs");
	let mut p = proof.clone();
	p.equality.z_value = bumped(&p.equality.z_value);
	refused(p, "equality zb");
	let mut p = proof.clone();
	p.equality.z_opening = bumped(&p.equality.z_opening);
	refused(p, "equality zr");
	for j in 0..LIMBS {
		let mut p = proof.clone();
		p.remaining[j] = moved(&p.remaining[j]);
		refused(p, "remaining");
	}
	for at in (0..proof.range.len()).step_by(32) {
		let mut p = proof.clone();
		p.range[at] ^= 1;
		refused(p, "range proof");
	}
}

#[test]
fn a_transfer_proof_with_a_wrong_number_of_handles_is_refused() {
	let s = setup(1);
	let (mut amount, proof) = s.prove(250);
	let _ = amount.limbs[2].handles.pop();
	assert_eq!(
		verify_transfer(&s.statement(&amount), &proof),
		Err(Error::WrongReaders)
	);
}
