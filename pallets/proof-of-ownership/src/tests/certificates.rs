//! Certificates and queries

use super::*;

#[test]
fn the_chain_of_title_is_tamper_evident() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		assert!(ProofOfOwnership::verify_chain(asset));
		let original = Certificates::<Test>::get(asset, 0).unwrap();
		let mut forged = original.clone();
		forged.units = 2_000;
		Certificates::<Test>::insert(asset, 0, forged);
		assert!(!ProofOfOwnership::verify_chain(asset));
		Certificates::<Test>::insert(asset, 0, original.clone());
		assert!(ProofOfOwnership::verify_chain(asset));
		// A certificate confirmed by an account that is not an attestor does not verify.
		let mut outsider = original.clone();
		outsider.attestors = vec![REGISTRY, NOBODY].try_into().unwrap();
		Certificates::<Test>::insert(asset, 0, outsider);
		assert!(!ProofOfOwnership::verify_chain(asset));
		Certificates::<Test>::insert(asset, 0, original);
		assert!(ProofOfOwnership::verify_chain(asset));
		assert!(!ProofOfOwnership::verify_chain(UNKNOWN));
	});
}

#[test]
fn the_api_answers_assets_owners_certificates_and_pending() {
	run(|| {
		let (asset, token) = bob_holds();
		let id = request(BOB, token, CHARLIE, 400);
		assert_ok!(confirm(REGISTRY, id));
		assert_ok!(confirm(NOTARY, id));
		let back = request(CHARLIE, token, BOB, 100);
		assert_ok!(confirm(REGISTRY, back));
		assert_ok!(confirm(CUSTODIAN, back));
		let pending = request(BOB, token, DAVE, 50);
		assert_ok!(reject(NOTARY, pending));

		let info = ProofOfOwnership::api_asset(asset).unwrap();
		assert_eq!(info.issuer, ISSUER);
		assert_eq!(info.legal_id, b"BER-4711-12".to_vec());
		assert_eq!(info.attestors, vec![REGISTRY, NOTARY, CUSTODIAN]);
		assert_eq!(info.token, Some((token, 1)));
		assert_eq!(info.certificates, 3);
		assert_eq!(info.head, ChainHeads::<Test>::get(asset).1);
		assert!(info.chain_verified);
		assert!(ProofOfOwnership::api_asset(UNKNOWN).is_none());

		let mut owners = ProofOfOwnership::api_owners(asset);
		owners.sort();
		assert_eq!(owners, vec![(BOB, 700), (CHARLIE, 300)]);

		let bobs = ProofOfOwnership::api_certificates_of(asset, BOB);
		assert_eq!(bobs.iter().map(|c| c.seq).collect::<Vec<_>>(), vec![0, 2]);
		assert_eq!(bobs[1].from, Some(CHARLIE));
		assert_eq!(
			bobs[1].prev,
			ProofOfOwnership::api_certificates_of(asset, CHARLIE)[0].certificate_hash
		);
		assert_eq!(
			bobs[1].certificate_hash,
			ProofOfOwnership::certificate_hash(&Certificates::<Test>::get(asset, 2).unwrap())
		);
		assert!(ProofOfOwnership::api_certificates_of(asset, DAVE).is_empty());

		let open = ProofOfOwnership::api_pending(asset);
		assert_eq!(open.len(), 1);
		assert_eq!(
			(open[0].id, open[0].from, open[0].to, open[0].amount),
			(pending, Some(BOB), DAVE, 50)
		);
		assert_eq!(open[0].rejections, vec![NOTARY]);
	});
}
