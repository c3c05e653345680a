//! The genesis presets build a valid genesis, with the collators, council and balances each
//! preset promises.

mod common;

use common::{account, new_ext, preset_config};
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie};
use vellum_runtime::{
	genesis_config_presets::{self, DEV_ENDOWMENT},
	Runtime, PARA_ID,
};

fn invulnerables() -> Vec<vellum_runtime::AccountId> {
	pallet_collator_selection::Invulnerables::<Runtime>::get().into_inner()
}

#[test]
fn development_preset_has_alice_as_sole_collator_and_a_three_member_council() {
	new_ext("development").execute_with(|| {
		assert_eq!(invulnerables(), vec![account(Alice)]);
		assert_eq!(
			pallet_session::Validators::<Runtime>::get(),
			vec![account(Alice)]
		);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		let mut council = vec![account(Alice), account(Bob), account(Charlie)];
		council.sort();
		assert_eq!(
			pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get(),
			council
		);
		assert_eq!(
			pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get().into_inner(),
			council
		);
		assert_eq!(
			vellum_runtime::ParachainInfo::parachain_id(),
			PARA_ID.into()
		);
		for key in [Alice, Bob, Charlie, Dave, Eve, Ferdie] {
			assert_eq!(common::free(key), DEV_ENDOWMENT);
		}
		// Open candidacy is impossible: no candidate slots, no desired candidates.
		assert_eq!(
			pallet_collator_selection::DesiredCandidates::<Runtime>::get(),
			0
		);
		assert!(pallet_collator_selection::CandidateList::<Runtime>::get().is_empty());
	});
}

#[test]
fn local_testnet_preset_has_alice_and_bob_collating() {
	new_ext("local_testnet").execute_with(|| {
		assert_eq!(invulnerables(), {
			let mut v = vec![account(Alice), account(Bob)];
			v.sort();
			v
		});
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 2);
	});
}

#[test]
fn the_runtime_offers_exactly_the_two_presets_and_refuses_others() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 2);
	assert!(genesis_config_presets::get_preset(&"development".into()).is_some());
	assert!(genesis_config_presets::get_preset(&"local_testnet".into()).is_some());
	assert!(genesis_config_presets::get_preset(&"mainnet".into()).is_none());
}

#[test]
fn presets_are_deterministic() {
	for preset in ["development", "local_testnet"] {
		let a = genesis_config_presets::get_preset(&preset.into());
		let b = genesis_config_presets::get_preset(&preset.into());
		assert_eq!(a, b);
		// And they deserialise into the typed config without unknown fields.
		let _ = preset_config(preset);
	}
}
