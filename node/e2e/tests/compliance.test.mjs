// Compliance end to end: @polkadot/api (no custom types) against `vellum-node --dev`. The
// council trusts a KYC provider; claims decide who may receive a token; an expired claim and
// the holder cap refuse with decodable errors; the report API lists every failing condition;
// each claim issuer writes into its own record, and claims and list entries hold deposits.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, councilMotion, fails, ok, startDevNode, tempDir, waitFor } from './node.mjs';

await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']
  .map((name) => keyring.addFromUri(`//${name}`));
const issuer = dave;
const kycProvider = eve;
const TOKEN = 0;

const equity = {
  name: 'Vellum Fund Units',
  symbol: 'VFU',
  decimals: 0,
  identifier: null,
  jurisdiction: stringToHex('DE'),
  maxSupply: 1_000_000,
  terms: { Equity: { shareClass: 'ordinary', votesPerShare: 1 } },
  redemption: 'Never',
  documents: [],
};

const kycAndJurisdiction = [
  { HasClaim: { topic: 'Kyc', issuers: [] } },
  { JurisdictionIn: [stringToHex('DE'), stringToHex('FR')] },
];

const blockNumber = async (api) => (await api.rpc.chain.getHeader()).number.toNumber();

test('compliance: claims, expiry, holder cap, report', async (t) => {
  const node = await startDevNode(t, { basePath: tempDir(t) });
  const api = await connect(t, node);
  const claim = (who, topic, expiry = null) =>
    ok(api, api.tx.compliance.addClaim(who.address, topic, expiry, `0x${'09'.repeat(32)}`), kycProvider);
  const issue = (to, amount) => api.tx.securityToken.issue(TOKEN, to.address, amount);
  const report = (from, to, amount) =>
    api.call.complianceApi.complianceReport(TOKEN, from?.address ?? null, to.address, amount);

  await t.test('the council admits an issuer and trusts a KYC provider', async () => {
    await councilMotion(api, api.tx.securityToken.admitIssuer(issuer.address), [alice, bob]);
    await councilMotion(api, api.tx.compliance.trustClaimIssuer(kycProvider.address, null), [alice, bob]);
    // Trust lists name issuers by id; the registry maps the id back to the account.
    const id = (await api.query.compliance.claimIssuerIds(kycProvider.address)).unwrap();
    const trusted = await api.query.compliance.networkClaimIssuers();
    assert.deepEqual(trusted.map((i) => i.issuer.toNumber()), [id.toNumber()]);
    const info = (await api.query.compliance.claimIssuers(id)).unwrap();
    assert.equal(info.account.toString(), kycProvider.address);
    assert.equal(info.lists.toNumber(), 1);
  });

  await t.test('the issuer requires KYC and DE/FR on both sides, at most two holders', async () => {
    await ok(api, api.tx.securityToken.createToken(equity), issuer);
    const requirement = { sender: kycAndJurisdiction, receiver: kycAndJurisdiction };
    const events = await ok(api, api.tx.compliance.setRequirements(TOKEN, [requirement]), issuer);
    const set = events.find((e) => api.events.compliance.RequirementsSet.is(e));
    assert.equal(set.data.complexity.toNumber(), 8);
    await ok(api, api.tx.compliance.setRestrictions(TOKEN, { maxHolders: 2 }), issuer);
  });

  await t.test('Bob gets KYC and a jurisdiction and receives tokens', async () => {
    await claim(bob, 'Kyc');
    await claim(bob, { Jurisdiction: stringToHex('DE') });
    await ok(api, issue(bob, 1_000), issuer);
  });

  await t.test('Charlie has no claim: issuing to him fails with a decodable reason', async () => {
    const error = await fails(api, issue(charlie, 100), issuer, 'compliance', 'MissingClaim');
    assert.deepEqual(error.value, { missingClaim: { requirement: 0, receiver: true, condition: 0 } });
    const r = await report(null, charlie, 100);
    assert.equal(r.passed.isTrue, false);
    const receiver = r.requirements[0].receiver;
    assert.deepEqual(receiver.map((c) => c.reason.unwrap().type), ['MissingClaim', 'JurisdictionNotAllowed']);
    assert.deepEqual(r.reasons.map((x) => x.type), ['MissingClaim', 'JurisdictionNotAllowed']);
  });

  await t.test("after Charlie's claims, issuing succeeds; the claim expires and the next transfer fails", async () => {
    const expiry = (await blockNumber(api)) + 8; // blocks every 3 s: room for three transactions
    await claim(charlie, 'Kyc', expiry);
    await claim(charlie, { Jurisdiction: stringToHex('FR') });
    await ok(api, issue(charlie, 100), issuer);
    await waitFor(async () => (await blockNumber(api)) >= expiry, `block ${expiry}`);
    const error = await fails(api, api.tx.securityToken.transfer(TOKEN, charlie.address, 10), bob,
      'compliance', 'MissingClaim');
    assert.deepEqual(error.value, { missingClaim: { requirement: 0, receiver: true, condition: 0 } });
    const reasons = await api.call.securityTokenApi.canTransfer(TOKEN, bob.address, charlie.address, 10);
    assert.deepEqual(reasons.map((r) => r.type), ['MissingClaim']);
  });

  await t.test('the holder cap refuses a new holder; the report names it', async () => {
    await claim(ferdie, 'Kyc');
    await claim(ferdie, { Jurisdiction: stringToHex('DE') });
    await fails(api, api.tx.securityToken.transfer(TOKEN, ferdie.address, 10), bob, 'compliance', 'HolderCapReached');
    const r = await report(bob, ferdie, 10);
    assert.equal(r.rulesPassed.isTrue, true);
    assert.equal(r.passed.isTrue, false);
    assert.deepEqual(r.reasons.map((x) => x.type), ['HolderCapReached']);
    const cap = r.restrictions.find((x) => x.kind.isMaxHolders);
    assert.equal(cap.passed.isTrue, false);
  });

  await t.test("a token-trusted issuer fills only its own record; claims and list entries hold deposits", async () => {
    const held = async (who) => (await api.query.system.account(who.address)).data.reserved.toBigInt();
    // Alice, trusted by the token only, fills every place she has about Bob.
    await ok(api, api.tx.compliance.trustClaimIssuerForToken(TOKEN, alice.address, null), issuer);
    const before = await held(alice);
    const custom = (k) => api.tx.compliance.addClaim(bob.address, { Custom: k }, null, null);
    const max = api.consts.compliance.maxClaims.toNumber();
    await ok(api, api.tx.utility.batchAll([...Array(max).keys()].map(custom)), alice);
    const deposit = api.consts.compliance.claimDeposit.toBigInt();
    assert.equal(await held(alice), before + BigInt(max) * deposit);
    await fails(api, custom(max), alice, 'compliance', 'TooManyClaims');
    // The network's KYC provider still adds claims about Bob, into its own record.
    await claim(bob, 'Aml');
    const kyc = (await api.query.compliance.claimIssuerIds(kycProvider.address)).unwrap();
    const record = (await api.query.compliance.claims(bob.address, kyc)).unwrap();
    assert.deepEqual(record.map((c) => c.topic.type), ['Kyc', 'Jurisdiction', 'Aml']);
    // Revoked, a claim's deposit comes back.
    await ok(api, api.tx.compliance.revokeClaim(bob.address, { Custom: 0 }), alice);
    assert.equal(await held(alice), before + BigInt(max - 1) * deposit);
    // A list entry holds the issuer's deposit until the account is taken off the lists.
    const listed = await held(issuer);
    const flags = { allow: false, deny: true, exempt: false };
    await ok(api, api.tx.compliance.setLists(TOKEN, [[ferdie.address, flags]]), issuer);
    assert.equal(await held(issuer), listed + api.consts.compliance.listDeposit.toBigInt());
    await ok(api, api.tx.compliance.setLists(TOKEN, [[ferdie.address, { allow: false, deny: false, exempt: false }]]), issuer);
    assert.equal(await held(issuer), listed);
  });
});
