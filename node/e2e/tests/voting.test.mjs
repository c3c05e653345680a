// Voting end to end: @polkadot/api (no custom types) against `vellum-node --dev`, the flows of
// runtime/tests/voting.rs on a live chain. The issuer proposes a special resolution to hand
// its token to a new issuer, with a record date; Bob follows Charlie, Charlie follows Dave;
// Dave's aye carries both and flips the lead (the deadline extends); Bob overrides with nay;
// a transfer after the record date changes no tally; the resolution passes and the scheduler
// hands the token over with the holders' origin after the enactment delay; the reward is
// claimed pro rata; a rejected holder proposal burns its deposit.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  blockNumber, connect, councilMotion, devKeys, equity, fails, ok, startDevNode, tempDir, waitFor,
} from './node.mjs';

const { alice, bob, charlie, dave, eve, ferdie } = await devKeys();
const issuer = ferdie;
const newIssuer = eve;
const TOKEN = 0;
const DELAY = 2; // blocks between a passed resolution and its call
const HOUR = 600; // blocks


test('voting: a followed special resolution replaces the issuer; a rejected one burns its deposit', async (t) => {
  const node = await startDevNode(t, { basePath: tempDir(t) });
  const api = await connect(t, node);
  const voting = api.tx.voting;
  const find = (events, name) => events.find((e) => api.events.voting[name].is(e));
  const info = async (index) => (await api.call.votingApi.resolution(index)).unwrap();
  const tally = async (index) => {
    const { aye, nay, abstain } = (await info(index)).resolution.tally;
    return [aye, nay, abstain].map((v) => v.toNumber());
  };
  const propose = (kind, topic, call) => voting.propose(TOKEN, kind, topic, 'New', 24 * HOUR, call ? call.method : null, null);

  await t.test('the council admits two issuers; holders get shares and follow', async () => {
    await councilMotion(api, api.tx.utility.batchAll([
      api.tx.securityToken.admitIssuer(issuer.address),
      api.tx.securityToken.admitIssuer(newIssuer.address),
    ]), [alice, bob]);
    await ok(api, api.tx.securityToken.createToken(equity('Acme AG', 'ACME')), issuer);
    const settings = api.consts.voting.defaultSettings.toJSON();
    settings.enactmentDelay = DELAY;
    await ok(api, api.tx.utility.batchAll([
      ...[[alice, 50], [bob, 100], [charlie, 100], [dave, 700]]
        .map(([who, amount]) => api.tx.securityToken.issue(TOKEN, who.address, amount)),
      voting.setTokenSettings(TOKEN, settings),
    ]), issuer);
    await Promise.all([
      ok(api, voting.follow(TOKEN, null, charlie.address), bob),
      ok(api, voting.follow(TOKEN, null, dave.address), charlie),
    ]);
    // A follow that would close a cycle is refused.
    await fails(api, voting.follow(TOKEN, null, bob.address), dave, 'voting', 'FollowCycle');
    const followees = await api.call.votingApi.followees(TOKEN, bob.address);
    assert.equal(followees.catchAll.unwrap().toString(), charlie.address);
  });

  await t.test('Dave carries his followers, Bob overrides, the resolution passes and is enacted', async () => {
    const handOver = api.tx.securityToken.handOver(TOKEN, newIssuer.address);
    const proposed = find(await ok(api, propose('Special', 'IssuerChange', handOver), issuer), 'Proposed');
    assert.equal(proposed.data.total.toNumber(), 950);
    const index = proposed.data.resolution.toNumber();
    const reward = 950n * 10n ** 12n;
    await ok(api, voting.fundReward(index, reward), issuer);

    await ok(api, voting.vote(index, 'Nay'), alice);
    const deadline = (await info(index)).resolution.deadline.toNumber();
    const voted = await ok(api, voting.vote(index, 'Aye'), dave);
    assert.deepEqual(await tally(index), [900, 50, 0]);
    const extended = find(voted, 'DeadlineExtended');
    assert.ok(extended, 'the flip of the lead extends the deadline');
    assert.ok(extended.data.deadline.toNumber() > deadline);
    const bobsVote = await api.call.votingApi.voteOf(index, bob.address);
    assert.equal(bobsVote.unwrap().asVia.via.toString(), dave.address);
    const power = (await api.call.votingApi.power(index, dave.address)).unwrap();
    assert.deepEqual([power.own.toNumber(), power.carried.toNumber()], [700, 200]);

    // After the record date: a transfer and a new follow change no tally.
    await Promise.all([
      ok(api, api.tx.securityToken.transfer(TOKEN, alice.address, 300), dave),
      ok(api, voting.follow(TOKEN, null, alice.address), charlie),
    ]);
    assert.deepEqual(await tally(index), [900, 50, 0]);

    await ok(api, voting.vote(index, 'Nay'), bob);
    assert.deepEqual(await tally(index), [800, 150, 0]);
    assert.equal((await info(index)).decided.unwrap().isTrue, true);
    const closed = await ok(api, voting.close(index), alice);
    const outcome = find(closed, 'Closed');
    assert.ok(outcome.data.outcome.isPassed, outcome.data.outcome.toString());
    assert.equal(outcome.data.depositBurned.toBigInt(), 0n);
    const at = find(closed, 'EnactmentScheduled').data.enactsAt.toNumber();
    assert.equal((await api.query.securityToken.tokens(TOKEN)).unwrap().issuer.toString(), issuer.address);
    await waitFor(async () => (await blockNumber(api)) >= at, 'the enactment block', 60_000);
    assert.equal((await api.query.securityToken.tokens(TOKEN)).unwrap().issuer.toString(), newIssuer.address);

    // Bob's power (100 of 950) counted: his share of the reward.
    const claimed = find(await ok(api, voting.claimReward(index), bob), 'RewardClaimed');
    assert.equal(claimed.data.amount.toBigInt(), (reward * 100n) / 950n);
    await fails(api, voting.claimReward(index), bob, 'voting', 'AlreadyClaimed');
  });

  await t.test('a holder proposal the holders reject burns its deposit', async () => {
    // Alice holds 350 of 950 now, above the 5% a holder needs to propose.
    const proposed = find(await ok(api, propose('Ordinary', 'Custom', null), alice), 'Proposed');
    const index = proposed.data.resolution.toNumber();
    assert.equal(proposed.data.deposit.toBigInt(), api.consts.voting.proposalDeposit.toBigInt());
    await Promise.all([
      ok(api, voting.vote(index, 'Nay'), dave),
      ok(api, voting.vote(index, 'Nay'), bob),
    ]);
    assert.deepEqual(await tally(index), [0, 500, 0]);
    const closed = find(await ok(api, voting.close(index), charlie), 'Closed');
    assert.ok(closed.data.outcome.isRejected, closed.data.outcome.toString());
    assert.equal(closed.data.depositBurned.toBigInt(), api.consts.voting.proposalDeposit.toBigInt());
  });
});
