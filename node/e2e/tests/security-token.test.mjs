// Security tokens end to end: @polkadot/api (no custom types: every type comes from the
// metadata, the runtime API included) against `vellum-node --dev`. Besides the token's
// lifecycle: proxies of type NonTransfer cannot move security tokens, TokenTransfer ones can;
// a removed issuer (and its agents) can no longer act on its tokens, while the network (the
// council) pauses, forces transfers and hands the token to a new issuer.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, councilMotion, fails, ok, startDevNode, submit, tempDir } from './node.mjs';

await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']
  .map((name) => keyring.addFromUri(`//${name}`));
const charlieNew = keyring.addFromUri('//Charlie//recovered');
const issuer = dave;

const equity = {
  name: 'Acme Corp. Class A Shares',
  symbol: 'ACME.A',
  decimals: 0,
  identifier: { kind: 'Isin', value: 'US0378331005' },
  jurisdiction: stringToHex('US'),
  maxSupply: 1_000_000,
  terms: { Equity: { shareClass: 'A', votesPerShare: 1 } },
  redemption: 'Never',
  documents: [{ name: 'articles', uri: 'https://acme.example/articles.pdf', contentHash: `0x${'07'.repeat(32)}` }],
};

const bond = {
  name: 'Acme 4.5% 2030',
  symbol: 'ACME30',
  decimals: 2,
  identifier: { kind: 'Isin', value: 'DE000BAY0017' },
  jurisdiction: stringToHex('DE'),
  maxSupply: 10_000_000,
  terms: { Debt: { faceValue: 1_000, couponRateBps: 450, couponIntervalDays: 182, maturity: 1_893_456_000_000 } },
  redemption: 'AtMaturity',
  documents: [],
};

async function balance(api, token, who) {
  return (await api.call.securityTokenApi.position(token, who.address)).balance.toBigInt();
}

test('security tokens: issue, transfer, freeze, force, recover, checkpoint', async (t) => {
  const node = await startDevNode(t, { basePath: tempDir(t) });
  const api = await connect(t, node);

  await t.test('the council admits an issuer', async () => {
    await councilMotion(api, api.tx.securityToken.admitIssuer(issuer.address), [alice, bob]);
    assert.ok((await api.query.securityToken.issuers(issuer.address)).isSome);
  });

  await t.test('the issuer creates an equity token and a bond, listed by class', async () => {
    const created = await ok(api, api.tx.securityToken.createToken(equity), issuer);
    assert.ok(created.some((e) => api.events.securityToken.TokenCreated.is(e) && e.data.token.toNumber() === 0));
    await ok(api, api.tx.securityToken.createToken(bond), issuer);
    const info = (await api.call.securityTokenApi.token(0)).unwrap();
    assert.equal(info.definition.symbol.toUtf8(), 'ACME.A');
    assert.equal(info.definition.identifier.unwrap().value.toUtf8(), 'US0378331005');
    assert.ok(info.definition.terms.isEquity);
    const debt = await api.call.securityTokenApi.tokens('Debt', null, 0, 10);
    assert.deepEqual(debt.map((s) => s.id.toNumber()), [1]);
  });

  await t.test('the issuer issues to Bob and Bob transfers to Charlie', async () => {
    await ok(api, api.tx.securityToken.grantRole(0, eve.address, 'Freezer'), issuer);
    await ok(api, api.tx.securityToken.grantRole(0, ferdie.address, 'Controller'), issuer);
    await ok(api, api.tx.securityToken.grantRole(0, ferdie.address, 'Recovery'), issuer);
    await ok(api, api.tx.securityToken.issue(0, bob.address, 1_000), issuer);
    await ok(api, api.tx.securityToken.transfer(0, charlie.address, 300), bob);
    assert.equal(await balance(api, 0, bob), 700n);
    assert.equal(await balance(api, 0, charlie), 300n);
    assert.equal((await api.call.securityTokenApi.holderCount(0)).unwrap().toNumber(), 2);
  });

  await t.test('an allowance holds a deposit from its owner until it is removed', async () => {
    const reserved = async () => (await api.query.system.account(bob.address)).data.reserved.toBigInt();
    const before = await reserved();
    const approved = (await ok(api, api.tx.securityToken.approve(0, alice.address, 50), bob))
      .find((e) => api.events.securityToken.Approved.is(e));
    const deposit = approved.data.deposit.toBigInt();
    assert.ok(deposit > 0n);
    assert.equal(await reserved(), before + deposit);
    await ok(api, api.tx.securityToken.approve(0, alice.address, 0), bob);
    assert.equal(await reserved(), before);
  });

  await t.test('a checkpoint is recorded', async () => {
    const events = await ok(api, api.tx.securityToken.createCheckpoint(0), issuer);
    const created = events.find((e) => api.events.securityToken.CheckpointCreated.is(e));
    assert.equal(created.data.checkpoint.toNumber(), 1);
  });

  await t.test('the freezer freezes Charlie; his transfer fails with a decodable SenderFrozen error', async () => {
    await ok(api, api.tx.securityToken.freezeAccount(0, charlie.address), eve);
    const result = await submit(api, api.tx.securityToken.transfer(0, bob.address, 100), charlie);
    assert.equal(result.success, false);
    assert.ok(result.dispatchError?.isModule, `module error, got ${result.dispatchError?.toString()}`);
    const { section, name, docs } = api.registry.findMetaError(result.dispatchError.asModule);
    assert.equal(section, 'securityToken');
    assert.equal(name, 'SenderFrozen');
    assert.ok(docs.join(' ').includes('frozen'));
    assert.equal(await balance(api, 0, charlie), 300n);
  });

  await t.test('can_transfer says why, with every reason', async () => {
    const reasons = await api.call.securityTokenApi.canTransfer(0, charlie.address, bob.address, 500);
    assert.deepEqual(reasons.map((r) => r.type), ['SenderFrozen', 'InsufficientBalance']);
    const none = await api.call.securityTokenApi.canTransfer(0, bob.address, alice.address, 10);
    assert.equal(none.length, 0);
  });

  await t.test('the controller forces a transfer with a reason', async () => {
    const events = await ok(
      api,
      api.tx.securityToken.forceTransfer(0, charlie.address, bob.address, 100, 'court order 2026-17'),
      ferdie,
    );
    const forced = events.find((e) => api.events.securityToken.ForcedTransfer.is(e));
    assert.equal(forced.data.reason.toUtf8(), 'court order 2026-17');
    assert.equal(await balance(api, 0, charlie), 200n);
    assert.equal(await balance(api, 0, bob), 800n);
  });

  await t.test('recovery moves a lost account to a new one, freeze included', async () => {
    await ok(api, api.tx.securityToken.recover(0, charlie.address, charlieNew.address), ferdie);
    assert.equal(await balance(api, 0, charlie), 0n);
    const position = await api.call.securityTokenApi.position(0, charlieNew.address);
    assert.equal(position.balance.toBigInt(), 200n);
    assert.equal(position.accountFrozen.isTrue, true);
  });

  await t.test('the checkpoint answers the old balances', async () => {
    const at = async (who) => (await api.call.securityTokenApi.balanceAt(0, who.address, 1)).unwrap().toBigInt();
    assert.equal(await at(bob), 700n);
    assert.equal(await at(charlie), 300n);
    assert.equal(await at(charlieNew), 0n);
    assert.equal((await api.call.securityTokenApi.supplyAt(0, 1)).unwrap().toBigInt(), 1_000n);
  });
  // The proxy's own extrinsic succeeds; the proxied call's outcome is in ProxyExecuted.
  const proxied = async (delegate, principal, call) => {
    const events = await ok(api, api.tx.proxy.proxy(principal.address, null, call), delegate);
    const executed = events.find((e) => api.events.proxy.ProxyExecuted.is(e));
    assert.ok(executed, 'ProxyExecuted');
    const { result } = executed.data;
    if (result.isOk) return 'ok';
    const error = result.asErr;
    if (error.isModule) {
      const { section, name } = api.registry.findMetaError(error.asModule);
      return `${section}.${name}`;
    }
    return error.toString();
  };

  await t.test('a NonTransfer proxy cannot move security tokens; a TokenTransfer proxy can', async () => {
    const nonTransfer = keyring.addFromUri('//Bob//non-transfer');
    const desk = keyring.addFromUri('//Bob//settlement-desk');
    await ok(api, api.tx.balances.transferKeepAlive(nonTransfer.address, 10n ** 15n), alice);
    await ok(api, api.tx.balances.transferKeepAlive(desk.address, 10n ** 15n), alice);
    await ok(api, api.tx.utility.batchAll([
      api.tx.proxy.addProxy(nonTransfer.address, 'NonTransfer', 0),
      api.tx.proxy.addProxy(desk.address, 'TokenTransfer', 0),
    ]), bob);
    const before = await balance(api, 0, bob);
    const transfer = api.tx.securityToken.transfer(0, alice.address, 5);
    assert.equal(await proxied(nonTransfer, bob, transfer), 'system.CallFiltered');
    assert.equal(await proxied(nonTransfer, bob, api.tx.securityToken.approve(0, nonTransfer.address, 5)),
      'system.CallFiltered');
    // It still does what moves no value.
    assert.equal(await proxied(nonTransfer, bob, api.tx.system.remark('0x00')), 'ok');
    assert.equal(await balance(api, 0, bob), before);
    // The settlement desk moves Bob's tokens, and nothing else.
    assert.equal(await proxied(desk, bob, transfer), 'ok');
    assert.equal(await balance(api, 0, bob), before - 5n);
    assert.equal(await balance(api, 0, alice), 5n);
    assert.equal(await proxied(desk, bob, api.tx.balances.transferKeepAlive(desk.address, 1)), 'system.CallFiltered');
  });

  await t.test('a removed issuer and its agents can no longer act on its tokens', async () => {
    await councilMotion(api, api.tx.securityToken.removeIssuer(issuer.address), [alice, bob]);
    await fails(api, api.tx.securityToken.issue(0, bob.address, 5), issuer, 'securityToken', 'IssuerRemoved');
    // Eve, the freezer the issuer appointed, neither.
    await fails(api, api.tx.securityToken.pause(0), eve, 'securityToken', 'IssuerRemoved');
    // Holders still trade.
    const before = await balance(api, 0, bob);
    await ok(api, api.tx.securityToken.transfer(0, alice.address, 1), bob);
    assert.equal(await balance(api, 0, bob), before - 1n);
  });

  await t.test('the network pauses, forces a transfer and hands the token to a new issuer', async () => {
    const before = await balance(api, 0, bob);
    const events = await councilMotion(api, api.tx.utility.batchAll([
      api.tx.securityToken.pause(0),
      api.tx.securityToken.forceTransfer(0, bob.address, alice.address, 10, 'court order 2026-41'),
      api.tx.securityToken.admitIssuer(charlie.address),
      api.tx.securityToken.handOver(0, charlie.address),
    ]), [alice, bob]);
    const paused = events.find((e) => api.events.securityToken.Paused.is(e));
    assert.equal(paused.data.by.type, 'Network');
    const forced = events.find((e) => api.events.securityToken.ForcedTransfer.is(e));
    assert.equal(forced.data.by.type, 'Network');
    assert.equal(await balance(api, 0, bob), before - 10n);
    const handed = events.find((e) => api.events.securityToken.TokenHandedOver.is(e));
    assert.equal(handed.data.from.toString(), issuer.address);
    assert.equal(handed.data.to.toString(), charlie.address);
    assert.equal((await api.call.securityTokenApi.token(0)).unwrap().issuer.toString(), charlie.address);
    // The new issuer answers for the token; the old issuer's freezer has no role left.
    await fails(api, api.tx.securityToken.unpause(0), eve, 'securityToken', 'NoPermission');
    await ok(api, api.tx.securityToken.unpause(0), charlie);
  });
});
