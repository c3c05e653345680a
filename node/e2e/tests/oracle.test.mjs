// The oracle end to end: @polkadot/api (no custom types) against `vellum-node --dev`, the
// flows of runtime/tests/oracle.rs on a live chain. The council admits three reporters, which
// bond; an issuer's token gets a NAV feed that the three feed (a colluder's outlier does not
// move the median) and that goes stale when they stop; a question about the token is
// reported, disputed twice (Augur's required stakes), escalated and decided by a council
// motion; the winners claim their stakes and the losing stake less the fifth burned.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToHex } from '@polkadot/util';
import {
  blockNumber, connect, councilMotion, devKeys, equity, fails, ok, startDevNode, tempDir, waitFor,
} from './node.mjs';

const { alice, bob, charlie, dave, eve, ferdie } = await devKeys();
const issuer = charlie;
const reporters = [dave, eve, ferdie];
const TOKEN = 0;
const MAX_AGE = 4; // blocks a NAV report stays fresh
const NO = { Category: 0 };
const YES = { Category: 1 };

const fund = equity('Vellum Income Fund', 'VIF');

test('oracle: a NAV feed served as a median that goes stale; a question escalated to the council', async (t) => {
  const node = await startDevNode(t, { basePath: tempDir(t) });
  const api = await connect(t, node);
  const oracle = api.tx.oracle;
  const nav = { Nav: TOKEN };
  const find = (events, name) => events.find((e) => api.events.oracle[name].is(e));

  await t.test('the council admits the issuer and three reporters, which bond the minimum', async () => {
    const minBond = api.consts.oracle.minReporterBond.toBigInt();
    await councilMotion(api, api.tx.utility.batchAll([
      api.tx.securityToken.admitIssuer(issuer.address),
      ...reporters.map((r) => oracle.admitReporter(r.address)),
    ]), [alice, bob]);
    await Promise.all([
      ok(api, api.tx.securityToken.createToken(fund), issuer),
      ...reporters.map((r) => ok(api, oracle.bond(minBond), r)),
    ]);
    for (const r of reporters) {
      const view = await api.call.oracleApi.reporter(r.address);
      assert.equal(view.bond.toBigInt(), minBond, `${r.address} bonded`);
    }
  });

  await t.test('three reporters feed the NAV; the median is served, then marked stale', async () => {
    const config = { unit: { code: stringToHex('EUR'), decimals: 2 }, minReports: 2, maxAge: MAX_AGE, band: 20_000_000, rewardPerRound: 0 };
    // Only the token's issuer (or the network) creates its NAV feed.
    await fails(api, oracle.createFeed(nav, config), dave, 'oracle', 'NoPermission');
    await ok(api, oracle.createFeed(nav, config), issuer);
    await Promise.all(reporters.map((r) => ok(api, oracle.joinFeed(nav), r)));
    // 101.00 and 100.50 from the honest two, 150.00 from a colluder, all in one block.
    await Promise.all([[dave, 10_100], [eve, 10_050], [ferdie, 15_000]]
      .map(([r, v]) => ok(api, oracle.submit([[nav, v]]), r)));
    const quote = (await api.call.oracleApi.price(nav)).unwrap();
    assert.equal(quote.value.toBigInt(), 10_100n);
    assert.equal(quote.reports.toNumber(), 3);
    assert.ok(quote.freshness.isFresh, quote.freshness.toString());
    // Nobody reports again: after MAX_AGE blocks the feed says it is stale.
    const reported = quote.updatedAt.toNumber();
    await waitFor(async () => (await blockNumber(api)) > reported + MAX_AGE, 'the reports to age out', 90_000);
    const stale = (await api.call.oracleApi.price(nav)).unwrap();
    assert.ok(stale.freshness.isStale, stale.freshness.toString());
  });

  await t.test('a question is reported, disputed twice, escalated and decided by the council', async () => {
    const resolvesAt = (await blockNumber(api)) + 5;
    const kind = { Categorical: ['no', 'yes'].map((l) => stringToHex(l)) };
    const asked = find(await ok(api, oracle.ask(TOKEN, kind, `0x${'07'.repeat(32)}`, dave.address, resolvesAt), issuer), 'QuestionAsked');
    assert.ok(asked, 'QuestionAsked');
    const id = asked.data.id.toNumber();
    // Nobody reports before the resolution time, nor anyone but the designated reporter.
    await fails(api, oracle.report(id, YES), dave, 'oracle', 'NotYetResolvable');
    await waitFor(async () => (await blockNumber(api)) >= resolvesAt, 'the resolution time');
    await fails(api, oracle.report(id, YES), eve, 'oracle', 'NotDesignated');
    await ok(api, oracle.report(id, YES), dave);

    const required = async (outcome) => (await api.call.oracleApi.requiredStake(id, outcome)).unwrap().toBigInt();
    const bond = api.consts.oracle.designatedBond.toBigInt();
    const eveStake = await required(NO);
    assert.equal(eveStake, 2n * bond);
    await ok(api, oracle.dispute(id, NO, eveStake), eve);
    const ferdieStake = await required(YES);
    assert.equal(ferdieStake, 2n * (bond + eveStake) - 3n * bond);
    const escalated = find(await ok(api, oracle.dispute(id, YES, ferdieStake), ferdie), 'Escalated');
    assert.ok(escalated, 'the second dispute escalates the question');
    // Nobody but the council decides now.
    await fails(api, oracle.finalize(id), alice, 'oracle', 'NotDisputable');

    const issuance = (await api.query.balances.totalIssuance()).toBigInt();
    const closed = await councilMotion(api, oracle.decide(id, YES), [alice, bob]);
    const resolved = find(closed, 'Resolved');
    assert.ok(resolved, 'Resolved');
    const burned = resolved.data.burned.toBigInt();
    assert.equal(burned, eveStake / 5n);
    assert.equal(resolved.data.depositTo.unwrap().toString(), dave.address);
    // Fees go to the collators, not burned: only the fifth of the losing stake leaves supply.
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), issuance - burned);

    // Anyone claims for the stakers; the winners share the rest of Eve's stake by stake.
    const pool = eveStake - burned;
    const onYes = bond + ferdieStake;
    const claimed = async (who) => find(await ok(api, oracle.claim(id, who.address), alice), 'Claimed').data.amount.toBigInt();
    const daveShare = (pool * bond) / onYes;
    assert.equal(await claimed(dave), bond + daveShare);
    assert.equal(await claimed(ferdie), ferdieStake + pool - daveShare);
    // Eve lost her stake: claiming her record pays nothing.
    assert.equal(await claimed(eve), 0n);
  });
});
