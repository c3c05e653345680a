//! Documents

use super::*;

fn documented() -> TokenId {
	create(SecurityDefinition {
		documents: docs(vec![
			doc("prospectus", "ipfs://p1"),
			doc("articles", "ipfs://a1"),
		]),
		..equity(MAX)
	})
}

fn current_docs(t: TokenId) -> Vec<LegalDocument> {
	Definitions::<Test>::get(t).unwrap().documents.into_inner()
}

#[test]
fn add_document_works() {
	run(|| {
		let t = documented();
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Documents
		));
		assert_ok!(SecurityToken::add_document(
			signed(AGENT),
			t,
			doc("term-sheet", "ipfs://t1")
		));
		System::assert_last_event(
			Event::DocumentAdded {
				token: t,
				name: bv("term-sheet"),
			}
			.into(),
		);
		assert_eq!(
			current_docs(t),
			vec![
				doc("prospectus", "ipfs://p1"),
				doc("articles", "ipfs://a1"),
				doc("term-sheet", "ipfs://t1")
			]
		);
		assert_eq!(
			SecurityToken::api_token(t)
				.unwrap()
				.definition
				.documents
				.len(),
			3
		);
	});
}

#[test]
fn add_document_errors() {
	run(|| {
		let t = documented();
		assert_noop!(
			SecurityToken::add_document(signed(ISSUER), t, doc("", "ipfs://x")),
			Error::<Test>::BadDocument
		);
		assert_noop!(
			SecurityToken::add_document(signed(ISSUER), t, doc("memo", "")),
			Error::<Test>::BadDocument
		);
		assert_noop!(
			SecurityToken::add_document(signed(ISSUER), t, doc("prospectus", "ipfs://p2")),
			Error::<Test>::DuplicateDocument
		);
		assert_noop!(
			SecurityToken::add_document(signed(BOB), t, doc("memo", "ipfs://m")),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::add_document(signed(ISSUER), UNKNOWN, doc("memo", "ipfs://m")),
			Error::<Test>::UnknownToken
		);
		for i in 2..MAX_DOCUMENTS {
			assert_ok!(SecurityToken::add_document(
				signed(ISSUER),
				t,
				doc(&format!("d{i}"), "ipfs://d")
			));
		}
		assert_eq!(current_docs(t).len(), MAX_DOCUMENTS as usize);
		assert_noop!(
			SecurityToken::add_document(signed(ISSUER), t, doc("one-more", "ipfs://m")),
			Error::<Test>::TooManyDocuments
		);
		// Removing one makes room.
		assert_ok!(SecurityToken::remove_document(signed(ISSUER), t, bv("d2")));
		assert_ok!(SecurityToken::add_document(
			signed(ISSUER),
			t,
			doc("one-more", "ipfs://m")
		));
	});
}

#[test]
fn replace_document_works() {
	run(|| {
		let t = documented();
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Documents
		));
		let new = LegalDocument {
			content_hash: H256::repeat_byte(9),
			..doc("prospectus", "ipfs://p2")
		};
		assert_ok!(SecurityToken::replace_document(
			signed(AGENT),
			t,
			new.clone()
		));
		System::assert_last_event(
			Event::DocumentReplaced {
				token: t,
				name: bv("prospectus"),
			}
			.into(),
		);
		// In place: the order is kept.
		assert_eq!(current_docs(t), vec![new, doc("articles", "ipfs://a1")]);
	});
}

#[test]
fn replace_document_errors() {
	run(|| {
		let t = documented();
		assert_noop!(
			SecurityToken::replace_document(signed(ISSUER), t, doc("prospectus", "")),
			Error::<Test>::BadDocument
		);
		assert_noop!(
			SecurityToken::replace_document(signed(ISSUER), t, doc("memo", "ipfs://m")),
			Error::<Test>::UnknownDocument
		);
		assert_noop!(
			SecurityToken::replace_document(signed(ISSUER), t, doc("", "ipfs://m")),
			Error::<Test>::UnknownDocument
		);
		assert_noop!(
			SecurityToken::replace_document(signed(BOB), t, doc("prospectus", "ipfs://p2")),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::replace_document(
				signed(ISSUER),
				UNKNOWN,
				doc("prospectus", "ipfs://p2")
			),
			Error::<Test>::UnknownToken
		);
	});
}

#[test]
fn remove_document_works() {
	run(|| {
		let t = documented();
		assert_ok!(SecurityToken::grant_role(
			signed(ISSUER),
			t,
			AGENT,
			Role::Documents
		));
		assert_ok!(SecurityToken::remove_document(
			signed(AGENT),
			t,
			bv("prospectus")
		));
		System::assert_last_event(
			Event::DocumentRemoved {
				token: t,
				name: bv("prospectus"),
			}
			.into(),
		);
		assert_eq!(current_docs(t), vec![doc("articles", "ipfs://a1")]);
		// Its name is free again.
		assert_ok!(SecurityToken::add_document(
			signed(AGENT),
			t,
			doc("prospectus", "ipfs://p3")
		));
	});
}

#[test]
fn remove_document_errors() {
	run(|| {
		let t = documented();
		assert_noop!(
			SecurityToken::remove_document(signed(ISSUER), t, bv("memo")),
			Error::<Test>::UnknownDocument
		);
		assert_noop!(
			SecurityToken::remove_document(signed(BOB), t, bv("prospectus")),
			Error::<Test>::NoPermission
		);
		assert_noop!(
			SecurityToken::remove_document(signed(ISSUER), UNKNOWN, bv("prospectus")),
			Error::<Test>::UnknownToken
		);
		assert_ok!(SecurityToken::remove_document(
			signed(ISSUER),
			t,
			bv("prospectus")
		));
		assert_noop!(
			SecurityToken::remove_document(signed(ISSUER), t, bv("prospectus")),
			Error::<Test>::UnknownDocument
		);
	});
}
