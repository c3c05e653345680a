// Proof of ownership end to end: @polkadot/api (no custom types: calls, events, errors and the
// runtime API all come from the metadata) against `vellum-node --dev`, the flow of
// runtime/tests/proof_of_ownership.rs on a live chain. The council admits an issuer, trusts a
// KYC provider and admits three attestors (land registry, notary, custodian), which bond the
// minimum (held in the native currency). The issuer binds a KYC-gated real-estate token to a
// registered asset, 2 of 3 attestors. Plain issuance and transfers of the bound token are
// refused (AttestationRequired); an attested issuance and an attested transfer complete at the
// second confirmation, with the tokens in escrow meanwhile, and issue linked certificates (the
// chain of title verifies). A request to a receiver without KYC is refused by compliance; one
// whose receiver loses its KYC claim while the attestors vote is refused when it settles and
// refunded; a rejected and an expired request return the escrow; the parties to a transfer
// cannot challenge it; an upheld challenge of a confirmation slashes the attestor's bond and
// rewards the challenger.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToHex, stringToU8a, u8aConcat } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, councilMotion, fails, ok, startDevNode, tempDir, waitFor } from './node.mjs';

await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']
  .map((name) => keyring.addFromUri(`//${name}`));
const custodian = keyring.addFromUri('//Custodian');
const nobody = keyring.addFromUri('//Nobody');
const issuer = dave;
const kycProvider = alice;
// The attestors: the land registry, a notary and a custodian.
const registry = eve;
const notary = ferdie;
const TOKEN = 0;
const ASSET = 0;
const PERIOD = 10; // blocks the attestors have to vote (the runtime's minimum)

const UNIT = 10n ** 12n;
const MIN_ATTESTOR_BOND = 10_000n * UNIT;
const CHALLENGE_BOND = 1_000n * UNIT;
const ASSET_DEPOSIT = 100n * UNIT;

// The escrow: the account of PalletId `vl/poown` ("modl" ++ id, zero-padded to 32 bytes).
const escrow = keyring.encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a('vl/poown'), new Uint8Array(20)));

const flat = {
  name: 'Berlin Mitte Flat 12',
  symbol: 'BER12',
  decimals: 0,
  identifier: null,
  jurisdiction: stringToHex('DE'),
  maxSupply: 1_000,
  terms: { Equity: { shareClass: 'ordinary', votesPerShare: 1 } },
  redemption: 'Never',
  documents: [],
};

const evidence = (byte) => `0x${byte.repeat(32)}`;
const blockNumber = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();

test('proof of ownership: attested issuance and transfer, refusal, expiry, challenge', async (t) => {
  const node = await startDevNode(t, { basePath: tempDir(t) });
  const api = await connect(t, node);
  const pox = api.tx.proofOfOwnership;

  // Every proof-of-ownership event of every block (a council motion's events are not returned).
  const seen = [];
  const unsubscribe = await api.query.system.events((records) => {
    for (const { event } of records) if (event.section === 'proofOfOwnership') seen.push(event);
  });
  t.after(() => unsubscribe());

  const balance = async (who) =>
    (await api.call.securityTokenApi.position(TOKEN, who.address ?? who)).balance.toBigInt();
  const balances = async () => Promise.all([bob, escrow, charlie].map(balance));
  const held = async (who, reason) => {
    const holds = await api.query.balances.holds(who.address);
    const hold = holds.find((h) => h.id.type === 'ProofOfOwnership' && h.id.value.type === reason);
    return hold ? hold.amount.toBigInt() : 0n;
  };
  const pending = () => api.call.proofOfOwnershipApi.pending(ASSET);
  const assetInfo = async () => (await api.call.proofOfOwnershipApi.asset(ASSET)).unwrap();
  const certificatesOf = (who) => api.call.proofOfOwnershipApi.certificatesOf(ASSET, who.address);
  const find = (events, name) => events.find((e) => api.events.proofOfOwnership[name].is(e));
  const request = async (to, amount) => {
    const requested = find(await ok(api, pox.requestTransfer(TOKEN, to.address, amount), bob), 'TransferRequested');
    assert.ok(requested, 'TransferRequested');
    assert.equal(requested.data.from.unwrap().toString(), bob.address);
    assert.equal(requested.data.amount.toBigInt(), BigInt(amount));
    return { id: requested.data.id.toBigInt(), deadline: requested.data.deadline.toNumber() };
  };
  const confirm = (attestor, id, byte) => ok(api, pox.confirm(id, evidence(byte)), attestor);

  await t.test('the council admits the issuer, the KYC provider and three attestors, which bond', async () => {
    assert.equal(api.consts.proofOfOwnership.minAttestorBond.toBigInt(), MIN_ATTESTOR_BOND);
    assert.equal(api.consts.proofOfOwnership.challengeBond.toBigInt(), CHALLENGE_BOND);
    assert.equal(api.consts.proofOfOwnership.assetDeposit.toBigInt(), ASSET_DEPOSIT);
    // One motion for all five admissions (Bob and Charlie vote, so Alice can fund the
    // custodian's new account meanwhile).
    const admissions = api.tx.utility.batchAll([
      api.tx.securityToken.admitIssuer(issuer.address),
      api.tx.compliance.trustClaimIssuer(kycProvider.address, null),
      ...[registry, notary, custodian].map((a) => pox.admitAttestor(a.address)),
    ]);
    await Promise.all([
      councilMotion(api, admissions, [bob, charlie]),
      ok(api, api.tx.balances.transferKeepAlive(custodian.address, MIN_ATTESTOR_BOND + 1_000n * UNIT), alice),
    ]);
    assert.ok((await api.query.securityToken.issuers(issuer.address)).isSome);
    assert.ok((await api.query.compliance.claimIssuerIds(kycProvider.address)).isSome);

    const claims = api.tx.utility.batchAll([bob, charlie].map((who) =>
      api.tx.compliance.addClaim(who.address, 'Kyc', null, null)));
    await Promise.all([
      ok(api, claims, kycProvider),
      ...[registry, notary, custodian].map((a) => ok(api, pox.bond(MIN_ATTESTOR_BOND), a)),
    ]);
    for (const a of [registry, notary, custodian]) {
      assert.equal(await held(a, 'AttestorBond'), MIN_ATTESTOR_BOND, `${a.address} bonded`);
      const info = (await api.query.proofOfOwnership.attestors(a.address)).unwrap();
      assert.equal(info.bond.toBigInt(), MIN_ATTESTOR_BOND);
    }
  });

  await t.test('the issuer creates a KYC-gated token, registers the flat and binds the token', async () => {
    await ok(api, api.tx.securityToken.createToken(flat), issuer);
    const kyc = [{ HasClaim: { topic: 'Kyc', issuers: [] } }];
    await ok(api, api.tx.compliance.setRequirements(TOKEN, [{ sender: [], receiver: kyc }]), issuer);
    const definition = {
      kind: 'RealEstate',
      legalId: stringToHex('Grundbuch Berlin-Mitte 4711 / 12'),
      jurisdiction: stringToHex('DE'),
      registrar: registry.address,
      document: evidence('01'),
      totalUnits: 1_000,
      attestors: [registry, notary, custodian].map((a) => a.address),
      threshold: 2,
      transferPeriod: PERIOD,
    };
    const registered = find(await ok(api, pox.registerAsset(definition), issuer), 'AssetRegistered');
    assert.ok(registered, 'AssetRegistered');
    assert.equal(registered.data.asset.toNumber(), ASSET);
    assert.equal(registered.data.deposit.toBigInt(), ASSET_DEPOSIT);
    assert.equal(await held(issuer, 'AssetDeposit'), ASSET_DEPOSIT);
    await ok(api, pox.bindToken(ASSET, TOKEN, 1), issuer);
    const info = await assetInfo();
    assert.equal(info.kind.type, 'RealEstate');
    assert.deepEqual(info.token.unwrap().map((x) => x.toNumber()), [TOKEN, 1]);
    assert.deepEqual([info.threshold.toNumber(), info.transferPeriod.toNumber()], [2, PERIOD]);
    assert.equal(info.certificates.toNumber(), 0);
    assert.equal(info.chainVerified.isTrue, true);
  });

  await t.test('the ledger refuses a plain issuance; an attested one issues 1,000 to Bob', async () => {
    await fails(api, api.tx.securityToken.issue(TOKEN, bob.address, 1_000), issuer,
      'proofOfOwnership', 'AttestationRequired');
    const requested = find(await ok(api, pox.requestIssuance(TOKEN, bob.address, 1_000), issuer), 'TransferRequested');
    assert.ok(requested.data.from.isNone, 'an issuance');
    const id = requested.data.id.toBigInt();
    const votes = await Promise.all([confirm(registry, id, 'a0'), confirm(notary, id, 'a0')]);
    assert.ok(votes.flat().some((e) => api.events.proofOfOwnership.TransferCompleted.is(e)), 'TransferCompleted');
    assert.equal(await balance(bob), 1_000n);
    const issued = await certificatesOf(bob);
    assert.equal(issued.length, 1);
    assert.equal(issued[0].seq.toNumber(), 0);
    assert.ok(issued[0].from.isNone);
    assert.equal((await assetInfo()).certificates.toNumber(), 1);
  });

  await t.test('a plain transfer is refused; a request to a receiver without KYC too', async () => {
    await fails(api, api.tx.securityToken.transfer(TOKEN, charlie.address, 400), bob,
      'proofOfOwnership', 'AttestationRequired');
    const error = await fails(api, pox.requestTransfer(TOKEN, nobody.address, 400), bob, 'compliance', 'MissingClaim');
    assert.deepEqual(error.value, { missingClaim: { requirement: 0, receiver: true, condition: 0 } });
    assert.deepEqual(await balances(), [1_000n, 0n, 0n]);
  });

  await t.test('Bob → Charlie 400 waits in escrow and completes at the second confirmation', async () => {
    const { id } = await request(charlie, 400);
    assert.deepEqual(await balances(), [600n, 400n, 0n]);
    let open = await pending();
    assert.equal(open.length, 1);
    assert.equal(open[0].id.toBigInt(), id);
    assert.equal(open[0].amount.toBigInt(), 400n);
    assert.equal(open[0].to.toString(), charlie.address);

    // The registry confirms: one of two, still pending.
    await confirm(registry, id, 'b1');
    open = await pending();
    assert.equal(open.length, 1);
    assert.deepEqual(open[0].confirmations.map(([a, e]) => [a.toString(), e.toHex()]),
      [[registry.address, evidence('b1')]]);
    assert.equal(open[0].rejections.length, 0);
    assert.equal(await balance(charlie), 0n);
    // Nobody else may vote; the same attestor not twice.
    await Promise.all([
      fails(api, pox.confirm(id, evidence('00')), charlie, 'proofOfOwnership', 'NotAssetAttestor'),
      fails(api, pox.confirm(id, evidence('00')), registry, 'proofOfOwnership', 'AlreadyVoted'),
    ]);

    // The notary confirms: the transfer completes and Charlie holds a certificate.
    const completed = find(await confirm(notary, id, 'b1'), 'TransferCompleted');
    assert.ok(completed, 'TransferCompleted');
    assert.equal(completed.data.id.toBigInt(), id);
    assert.equal(completed.data.seq.toNumber(), 1);
    assert.equal((await pending()).length, 0);
    assert.deepEqual(await balances(), [600n, 0n, 400n]);

    const certificates = await certificatesOf(charlie);
    assert.equal(certificates.length, 1);
    const [certificate] = certificates;
    assert.equal(certificate.seq.toNumber(), 1);
    assert.equal(certificate.units.toBigInt(), 400n);
    assert.equal(certificate.transfer.toBigInt(), id);
    assert.equal(certificate.owner.toString(), charlie.address);
    assert.equal(certificate.from.unwrap().toString(), bob.address);
    assert.deepEqual(certificate.attestors.map(String), [registry.address, notary.address]);
    const hash = certificate.certificateHash.toHex();
    assert.equal(hash, completed.data.certificate.toHex());
    // The chain of title links it to Bob's issuance certificate and verifies.
    const [issued] = await certificatesOf(bob);
    assert.equal(certificate.prev.toHex(), issued.certificateHash.toHex());
    const info = await assetInfo();
    assert.equal(info.certificates.toNumber(), 2);
    assert.equal(info.head.toHex(), hash);
    assert.equal(info.chainVerified.isTrue, true);
    const owners = (await api.call.proofOfOwnershipApi.owners(ASSET))
      .map(([who, units]) => [who.toString(), units.toBigInt()])
      .sort(([a], [b]) => a.localeCompare(b));
    const expected = [[bob.address, 600n], [charlie.address, 400n]].sort(([a], [b]) => a.localeCompare(b));
    assert.deepEqual(owners, expected);
  });

  await t.test('a receiver whose KYC is revoked while the attestors vote does not receive', async () => {
    await ok(api, api.tx.compliance.addClaim(nobody.address, 'Kyc', null, null), kycProvider);
    const { id } = await request(nobody, 10);
    assert.deepEqual(await balances(), [590n, 10n, 400n]);
    await ok(api, api.tx.compliance.revokeClaim(nobody.address, 'Kyc'), kycProvider);
    await confirm(registry, id, 'e1');
    // The deciding confirmation settles the transfer as it stands now: refused, refunded.
    const refused = find(await confirm(notary, id, 'e1'), 'SettlementRefused');
    assert.ok(refused, 'SettlementRefused');
    assert.equal(refused.data.id.toBigInt(), id);
    const error = api.registry.findMetaError(refused.data.error.asModule);
    assert.deepEqual([error.section, error.name], ['compliance', 'MissingClaim']);
    assert.deepEqual(await balances(), [600n, 0n, 400n]);
    assert.equal(await balance(nobody), 0n);
    assert.equal((await pending()).length, 0);
    assert.equal((await assetInfo()).certificates.toNumber(), 2);
  });

  await t.test('two rejections of three refuse a transfer and return the escrow', async () => {
    const { id } = await request(charlie, 100);
    assert.deepEqual(await balances(), [500n, 100n, 400n]);
    const votes = await Promise.all([ok(api, pox.reject(id), registry), ok(api, pox.reject(id), custodian)]);
    const refused = find(votes.flat(), 'TransferRefused');
    assert.ok(refused, 'TransferRefused');
    assert.equal(refused.data.id.toBigInt(), id);
    assert.deepEqual(await balances(), [600n, 0n, 400n]);
    assert.equal((await pending()).length, 0);
  });

  // The third request needs its deadline (PERIOD blocks) to pass: the challenge runs meanwhile.
  let lapsed;
  await t.test('a third request cannot expire before its deadline', async () => {
    lapsed = await request(charlie, 50);
    // The deadline is PERIOD blocks after the request's block (the best block now, or its parent).
    const now = await blockNumber(api);
    assert.ok(lapsed.deadline <= now + PERIOD && lapsed.deadline >= now + PERIOD - 1, `deadline ${lapsed.deadline}`);
    await Promise.all([
      confirm(notary, lapsed.id, 'c1'),
      fails(api, pox.expire(lapsed.id), charlie, 'proofOfOwnership', 'NotExpired'),
    ]);
    assert.deepEqual(await balances(), [550n, 50n, 400n]);
  });

  await t.test("an upheld challenge of the notary's confirmation slashes it and rewards the challenger", async () => {
    const [certificate] = await certificatesOf(charlie);
    const seq = certificate.seq.toNumber();
    // The parties to the transfer cannot dispute it (a self-dispute would pay them).
    await Promise.all([bob, charlie].map((party) =>
      fails(api, pox.challenge(ASSET, seq, notary.address), party, 'proofOfOwnership', 'InterestedChallenger')));
    // The land registry disputes the notary's confirmation.
    const challenger = registry;
    const before = (await api.query.system.account(challenger.address)).data.free.toBigInt();
    const challenged = find(await ok(api, pox.challenge(ASSET, seq, notary.address), challenger), 'Challenged');
    assert.ok(challenged, 'Challenged');
    assert.equal(challenged.data.bond.toBigInt(), CHALLENGE_BOND);
    const challengeId = challenged.data.id.toBigInt();
    assert.equal(await held(challenger, 'ChallengeBond'), CHALLENGE_BOND);
    // Others may challenge it too, each once; the attestor cannot unbond what is at stake.
    const second = find(await ok(api, pox.challenge(ASSET, seq, notary.address), alice), 'Challenged');
    assert.equal(second.data.stake.toBigInt(), challenged.data.stake.toBigInt());
    await Promise.all([
      fails(api, pox.challenge(ASSET, seq, notary.address), challenger, 'proofOfOwnership', 'AlreadyChallenged'),
      fails(api, pox.unbond(1), notary, 'proofOfOwnership', 'BondLocked'),
    ]);

    await councilMotion(api, pox.rule(challengeId, true), [alice, charlie]);
    const slashed = MIN_ATTESTOR_BOND / 5n; // SlashFraction 20%
    const reward = slashed / 2n; // ChallengerShare 50%
    const upheld = seen.find((e) => api.events.proofOfOwnership.ChallengeUpheld.is(e)
      && e.data.id.toBigInt() === challengeId);
    assert.ok(upheld, 'ChallengeUpheld');
    assert.equal(upheld.data.attestor.toString(), notary.address);
    assert.equal(upheld.data.challenger.toString(), challenger.address);
    assert.equal(upheld.data.slashed.toBigInt(), slashed);
    assert.equal(upheld.data.reward.toBigInt(), reward);
    assert.equal(await held(notary, 'AttestorBond'), MIN_ATTESTOR_BOND - slashed);
    const info = (await api.query.proofOfOwnership.attestors(notary.address)).unwrap();
    assert.equal(info.bond.toBigInt(), MIN_ATTESTOR_BOND - slashed);
    assert.equal(info.challenges.toNumber(), 0);
    assert.equal(await held(challenger, 'ChallengeBond'), 0n);
    // One slash per confirmation: Alice's challenge is closed with her bond back.
    const closed = seen.find((e) => api.events.proofOfOwnership.ChallengeClosed.is(e)
      && e.data.id.toBigInt() === second.data.id.toBigInt());
    assert.ok(closed, 'ChallengeClosed');
    assert.equal(closed.data.released.toBigInt(), CHALLENGE_BOND);
    assert.equal(await held(alice, 'ChallengeBond'), 0n);
    // The challenger paid the fee of its challenge; it got its bond back and the reward.
    const after = (await api.query.system.account(challenger.address)).data.free.toBigInt();
    assert.ok(after > before + reward - UNIT, `${after} > ${before} + ${reward} - fees`);
  });

  await t.test('after its deadline the third request can only expire, and the escrow returns', async () => {
    // A transaction lands in a block after the best one: at the deadline, it is past it.
    await waitFor(async () => (await blockNumber(api)) >= lapsed.deadline, `block ${lapsed.deadline}`, 90_000);
    await fails(api, pox.confirm(lapsed.id, evidence('c1')), registry, 'proofOfOwnership', 'DeadlinePassed');
    const expired = find(await ok(api, pox.expire(lapsed.id), ferdie), 'TransferExpired');
    assert.ok(expired, 'TransferExpired');
    assert.equal(expired.data.id.toBigInt(), lapsed.id);
    assert.deepEqual(await balances(), [600n, 0n, 400n]);
    assert.equal((await pending()).length, 0);
    // Neither the refused nor the expired request left a certificate.
    assert.equal((await certificatesOf(charlie)).length, 1);
    const info = await assetInfo();
    assert.equal(info.certificates.toNumber(), 2);
    assert.equal(info.chainVerified.isTrue, true);
  });
});
