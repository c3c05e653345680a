//! The chain of title and the owners of record: certified units, certificates and their
//! hashes, and the verification of an asset's chain.

use crate::{
	AssetOf, Certificate, CertificateOf, CertificateSeq, Certificates, ChainGenesis, ChainHeads,
	Config, OwnerCertificates, OwnerUnits, Pallet, PendingTransferOf, TransferId,
	UnderlyingAssetId, UnderlyingAssets,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::BoundedVec;
use sp_io::hashing::blake2_256;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The hash of a certificate (BLAKE2-256 of its SCALE encoding): the next certificate's
	/// `prev`.
	pub fn certificate_hash(certificate: &CertificateOf<T>) -> [u8; 32] {
		blake2_256(&certificate.encode())
	}

	/// The hash of an asset record: as registered, the `prev` of its first certificate (kept
	/// in `ChainGenesis`, since the record changes with its attestors).
	pub fn asset_hash(asset: &AssetOf<T>) -> [u8; 32] {
		blake2_256(&asset.encode())
	}

	/// Whether `asset`'s chain of title verifies: from the hash of the asset record as
	/// registered, every certificate in order names the hash of the one before, is numbered
	/// in order, was confirmed by at least its threshold of distinct attestors of the set that
	/// decided it, and the last hash is the stored head.
	pub fn verify_chain(asset: UnderlyingAssetId) -> bool {
		if !UnderlyingAssets::<T>::contains_key(asset) {
			return false;
		}
		let Some(mut prev) = ChainGenesis::<T>::get(asset) else {
			return false;
		};
		let (next, head) = ChainHeads::<T>::get(asset);
		for seq in 0..next {
			let Some(cert) = Certificates::<T>::get(asset, seq) else {
				return false;
			};
			let set = &cert.attestor_set;
			let confirmed_by_attestors = cert.threshold >= 1
				&& cert.attestors.len() >= cert.threshold as usize
				&& cert.attestors.iter().enumerate().all(|(i, a)| {
					set.contains(a) && !cert.attestors.iter().take(i).any(|b| b == a)
				});
			if cert.seq != seq || cert.prev != prev || !confirmed_by_attestors {
				return false;
			}
			prev = Self::certificate_hash(&cert);
		}
		prev == head && Certificates::<T>::iter_key_prefix(asset).count() == next as usize
	}

	/// Records settled transfer `id` in the owners of record and the chain of title: its
	/// units move from the holder (none for an issuance) to the receiver, and certificate
	/// `seq`, naming `prev`, extends the chain, whose head moves to `next`. Returns the
	/// certificate's hash.
	pub(crate) fn record_title(
		id: TransferId,
		p: &PendingTransferOf<T>,
		seq: CertificateSeq,
		prev: [u8; 32],
		next: CertificateSeq,
	) -> [u8; 32] {
		let asset = p.asset;
		if let Some(from) = &p.from {
			OwnerUnits::<T>::mutate_exists(asset, from, |units| {
				let left = units.unwrap_or_default().saturating_sub(p.amount);
				*units = (!left.is_zero()).then_some(left);
			});
		}
		OwnerUnits::<T>::mutate(asset, &p.to, |units| {
			*units = units.saturating_add(p.amount)
		});
		let attestors = BoundedVec::truncate_from(
			p.confirmations
				.iter()
				.map(|(a, _)| a.clone())
				.collect::<Vec<_>>(),
		);
		let certificate = Certificate {
			seq,
			owner: p.to.clone(),
			units: p.amount,
			from: p.from.clone(),
			transfer: id,
			evidence: blake2_256(&p.confirmations.encode()),
			attestors,
			attestor_set: p.attestors.clone(),
			threshold: p.threshold,
			at: frame_system::Pallet::<T>::block_number(),
			prev,
		};
		let hash = Self::certificate_hash(&certificate);
		Certificates::<T>::insert(asset, seq, certificate);
		OwnerCertificates::<T>::insert((asset, &p.to, seq), ());
		ChainHeads::<T>::insert(asset, (next, hash));
		hash
	}
}
