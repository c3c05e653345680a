// Baskets end to end: @polkadot/api (no custom types) against `vellum-node --dev`, the flows of
// runtime/tests/set_derivatives.rs on a live chain. A REIT basket of three real-estate tokens:
// Bob issues and redeems it; a leg refused by a component's compliance refuses the whole call
// (the dry run names the component) and Bob redeems to Charlie instead; the NAV comes from the
// oracle's feeds and goes stale when one stops; a rebalance approved by a resolution of the
// basket's holders is carried out by its participant at oracle prices.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToHex } from '@polkadot/util';
import {
  blockNumber, connect, councilMotion, devKeys, equity, fails, ok, startDevNode, tempDir, waitFor,
} from './node.mjs';

const { alice, bob, charlie, dave, eve, ferdie } = await devKeys();
const properties = ferdie; // issuer of the property tokens
const manager = eve; // the REIT's manager
const reporter = dave;
const participant = alice;
const [OFFICE, HOTEL, HOUSING, LOGISTICS, REIT] = [0, 1, 2, 3, 4];
const BASKET = 0;
const MAX_AGE = 6; // blocks a NAV report stays fresh
const DELAY = 2; // blocks between the holders' resolution and the approval

test('set derivatives: a REIT basket issued, redeemed, priced and rebalanced by its holders', async (t) => {
  const node = await startDevNode(t, { basePath: tempDir(t) });
  const api = await connect(t, node);
  const baskets = api.tx.setDerivatives;
  const find = (events, section, name) => events.find((e) => api.events[section][name].is(e));
  const info = async () => (await api.call.setDerivativesApi.basket(BASKET)).unwrap();
  const nav = async () => (await api.call.setDerivativesApi.nav(BASKET)).unwrap();
  const balance = async (token, who) => {
    const h = await api.query.securityToken.holdings(token, who);
    return h.isSome ? h.unwrap().balance.toBigInt() : 0n;
  };
  const report = (pairs) => ok(api, api.tx.oracle.submit(pairs.map(([tk, v]) => [{ Nav: tk }, v])), reporter);
  let vault;

  await t.test('the council admits the issuers and the reporter; the manager creates the REIT', async () => {
    await councilMotion(api, api.tx.utility.batchAll([
      api.tx.securityToken.admitIssuer(properties.address),
      api.tx.securityToken.admitIssuer(manager.address),
      api.tx.oracle.admitReporter(reporter.address),
      ...[OFFICE, HOTEL, HOUSING, LOGISTICS].map((tk) => api.tx.oracle.createFeed({ Nav: tk }, {
        unit: { code: stringToHex('EUR'), decimals: 2 }, minReports: 1, maxAge: MAX_AGE, band: 20_000_000, rewardPerRound: 0,
      })),
    ]), [alice, bob]);
    await ok(api, api.tx.utility.batchAll([
      ...['Office', 'Hotel', 'Housing', 'Logistics'].map((n) => api.tx.securityToken.createToken(equity(`${n} Tower`, n.toUpperCase()))),
      ...[[OFFICE, bob], [HOTEL, bob], [HOUSING, bob], [LOGISTICS, participant]]
        .map(([tk, who]) => api.tx.securityToken.issue(tk, who.address, 1_000)),
    ]), properties);
    await ok(api, api.tx.utility.batchAll([
      api.tx.oracle.bond(api.consts.oracle.minReporterBond),
      ...[OFFICE, HOTEL, HOUSING, LOGISTICS].map((tk) => api.tx.oracle.joinFeed({ Nav: tk })),
    ]), reporter);

    const reit = {
      ...equity('Vellum Real Estate Trust', 'REIT', 'LU'),
      maxSupply: 1_000_000_000,
      terms: { FundUnits: { fundKind: 'REIT', openEnded: true } },
      redemption: 'Never',
    };
    const components = [[OFFICE, 10], [HOTEL, 20], [HOUSING, 5]].map(([token, units]) => ({ token, units }));
    // A basket token the ledger could redeem on its own would pay nothing: refused.
    await fails(api, baskets.createBasket(components, 10, 10_000_000, { ...reit, redemption: 'Anytime' }), manager, 'setDerivatives', 'RedeemableBasketToken');
    const created = find(await ok(api, baskets.createBasket(components, 10, 10_000_000, reit), manager), 'setDerivatives', 'BasketCreated');
    assert.equal(created.data.token.toNumber(), REIT);
    const view = await info();
    vault = view.vault.toString();
    assert.equal(view.manager.unwrap().toString(), manager.address);
    // The manager holds no supply power over its own basket token.
    await fails(api, api.tx.securityToken.issue(REIT, manager.address, 1), manager, 'securityToken', 'PowerWithheld');
  });

  await t.test('Bob issues 30 units and redeems; a refused leg refuses the call', async () => {
    await ok(api, baskets.issue(BASKET, 30), bob);
    assert.equal(await balance(REIT, bob.address), 30n);
    for (const [tk, moved] of [[OFFICE, 30n], [HOTEL, 60n], [HOUSING, 15n]]) {
      assert.equal(await balance(tk, vault), moved);
      assert.equal(await balance(tk, bob.address), 1_000n - moved);
    }
    await fails(api, baskets.issue(BASKET, 15), bob, 'setDerivatives', 'NotNaturalUnitMultiple');

    // The hotel's rules refuse deny-listed parties, and Bob is deny-listed.
    const notDenied = ['NotDenyListed'];
    await ok(api, api.tx.utility.batchAll([
      api.tx.compliance.setRequirements(HOTEL, [{ sender: notDenied, receiver: notDenied }]),
      api.tx.compliance.setLists(HOTEL, [[bob.address, { allow: false, deny: true, exempt: false }]]),
    ]), properties);
    const refused = await fails(api, baskets.issue(BASKET, 10), bob, 'compliance', 'DenyListed');
    assert.ok(refused.value, 'the ledger error names the failing rule');
    assert.equal(await balance(OFFICE, vault), 30n, 'the office leg was undone');
    const dry = (await api.call.setDerivativesApi.dryRunIssue(BASKET, bob.address, 10)).unwrap();
    assert.ok(dry.result.isErr);
    assert.deepEqual(dry.legs.filter((l) => l.error.isSome).map((l) => l.token.toNumber()), [HOTEL]);

    // Redeeming to himself is refused (the hotel would reach him); to Charlie it goes through.
    await fails(api, baskets.redeem(BASKET, 10, null, []), bob, 'compliance', 'DenyListed');
    await ok(api, baskets.redeem(BASKET, 10, charlie.address, []), bob);
    assert.equal(await balance(REIT, bob.address), 20n);
    const got = await Promise.all([OFFICE, HOTEL, HOUSING].map((tk) => balance(tk, charlie.address)));
    // Rounded down against the redeemer, after the fee of the blocks since the issue.
    for (const [i, full] of [10n, 20n, 5n].entries()) {
      assert.ok(got[i] <= full && got[i] >= full - 1n, `${got}`);
    }
    for (const c of (await info()).components) {
      assert.ok(c.held.toBigInt() >= c.needed.toBigInt(), 'never under-collateralised');
    }
  });

  await t.test('the NAV comes from the oracle; a rebalance needs the holders and a fresh price', async () => {
    // Office 100.00, hotel 50.00, housing and logistics 80.00 EUR per unit.
    await report([[OFFICE, 10_000], [HOTEL, 5_000], [HOUSING, 8_000], [LOGISTICS, 8_000]]);
    const n = await nav();
    assert.equal(n.fresh.isTrue, true);
    const perUnit = n.perNaturalUnit.unwrap().toBigInt();
    assert.ok(perUnit <= 240_000n && perUnit >= 239_000n, `${perUnit}`);

    const target = [[OFFICE, 10], [HOTEL, 20], [LOGISTICS, 5]].map(([token, units]) => ({ token, units }));
    await ok(api, baskets.proposeRebalance(BASKET, target, participant.address, 10_000_000), manager);
    await fails(api, baskets.executeRebalance(BASKET, 0), participant, 'setDerivatives', 'NotApproved');

    // Bob, the only holder, puts the approval to the REIT's holders and votes it through.
    const settings = api.consts.voting.defaultSettings.toJSON();
    settings.enactmentDelay = DELAY;
    await ok(api, api.tx.voting.setTokenSettings(REIT, settings), manager);
    const approve = baskets.approveRebalance(BASKET, 0);
    const proposed = find(await ok(api, api.tx.voting.propose(REIT, 'Ordinary', 'Ordinary', 'New', 600, approve.method, null), bob), 'voting', 'Proposed');
    const index = proposed.data.resolution.toNumber();
    await ok(api, api.tx.voting.vote(index, 'Aye'), bob);
    const closed = await ok(api, api.tx.voting.close(index), bob);
    const at = find(closed, 'voting', 'EnactmentScheduled').data.enactsAt.toNumber();
    await waitFor(async () => (await blockNumber(api)) >= at, 'the enactment block', 60_000);
    await waitFor(async () => (await info()).rebalance.unwrap().approvedUntil.isSome, 'the approval', 30_000);

    await report([[HOUSING, 8_000], [LOGISTICS, 8_000]]);
    const done = find(await ok(api, baskets.executeRebalance(BASKET, 0), participant), 'setDerivatives', 'Rebalanced');
    assert.ok(done.data.valueIn.toBigInt() >= done.data.valueOut.toBigInt() * 99n / 100n);
    const view = await info();
    assert.deepEqual(view.components.map((c) => c.token.toNumber()), [OFFICE, HOTEL, LOGISTICS]);
    assert.equal(await balance(HOUSING, vault), 0n);
    assert.ok((await balance(HOUSING, participant.address)) > 0n);
    for (const c of view.components) {
      assert.ok(c.held.toBigInt() >= c.needed.toBigInt(), 'never under-collateralised');
    }

    // The reporter stops: once the reports age out there is no NAV.
    const now = await blockNumber(api);
    await waitFor(async () => (await blockNumber(api)) > now + MAX_AGE, 'the reports to age out', 90_000);
    const stale = await nav();
    assert.equal(stale.fresh.isTrue, false);
    assert.ok(stale.perNaturalUnit.isNone);
  });
});
