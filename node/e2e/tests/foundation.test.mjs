// The foundation, end to end: @polkadot/api (no custom types) against `vellum-node --dev`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, freePort, runToExit, startDevNode, submit, tempDir, waitFor } from './node.mjs';

const UNIT = 10n ** 12n;

await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');
const dave = keyring.addFromUri('//Dave');

async function free(api, who) {
  const { data } = await api.query.system.account(who.address);
  return data.free.toBigInt();
}

test('the dev chain serves polkadot.js without custom types', async (t) => {
  const node = await startDevNode(t, { basePath: tempDir(t) });
  const api = await connect(t, node);

  await t.test('metadata loads: v15 or later, Vellum runtime, VLM with 12 decimals', async () => {
    assert.ok(api.runtimeMetadata.version >= 14);
    const versions = (await api.call.metadata.metadataVersions()).map((v) => v.toNumber());
    assert.ok(versions.some((v) => v >= 15), `metadata versions ${versions}`);
    assert.equal(api.runtimeVersion.specName.toString(), 'vellum');
    assert.deepEqual(api.registry.chainTokens, ['VLM']);
    assert.deepEqual(api.registry.chainDecimals, [12]);
  });

  await t.test('council, identity and collator selection are present', async () => {
    for (const pallet of ['council', 'councilMembership', 'identity', 'collatorSelection']) {
      assert.ok(api.tx[pallet], `${pallet} calls in metadata`);
      assert.ok(api.query[pallet], `${pallet} storage in metadata`);
    }
    const invulnerables = (await api.query.collatorSelection.invulnerables()).map(String);
    assert.deepEqual(invulnerables, [alice.address]);
    const council = (await api.query.council.members()).map(String).sort();
    assert.equal(council.length, 3);
    assert.ok(council.includes(alice.address) && council.includes(bob.address));
  });

  await t.test('a signed transfer from Alice lands and changes both balances', async () => {
    const [aliceBefore, bobBefore] = [await free(api, alice), await free(api, bob)];
    const result = await submit(api, api.tx.balances.transferKeepAlive(bob.address, 5n * UNIT), alice);
    assert.equal(result.success, true);
    assert.ok(result.events.some(({ event }) => api.events.balances.Transfer.is(event)));
    const [aliceAfter, bobAfter] = [await free(api, alice), await free(api, bob)];
    assert.equal(bobAfter - bobBefore, 5n * UNIT);
    const fee = aliceBefore - aliceAfter - 5n * UNIT;
    assert.ok(fee > 0n && fee < UNIT / 10n, `fee ${fee}`);
  });

  await t.test('an overdraft fails with a decodable error and moves nothing', async () => {
    const bobBefore = await free(api, bob);
    const tooMuch = (await free(api, dave)) * 2n;
    const result = await submit(api, api.tx.balances.transferKeepAlive(bob.address, tooMuch), dave);
    assert.equal(result.success, false);
    // The SDK's fungible traits report an overdraft as `Token.FundsUnavailable`.
    assert.ok(result.dispatchError?.isToken, `token error, got ${result.dispatchError?.toString()}`);
    assert.equal(result.dispatchError.asToken.type, 'FundsUnavailable');
    assert.equal(await free(api, bob), bobBefore);
  });

  await t.test('a pallet failure is a module error decodable from metadata', async () => {
    // Asking a registrar that does not exist for a judgement fails in pallet-identity.
    const result = await submit(api, api.tx.identity.requestJudgement(0, 0), dave);
    assert.equal(result.success, false);
    assert.ok(result.dispatchError?.isModule, `module error, got ${result.dispatchError?.toString()}`);
    const { section, name, docs } = api.registry.findMetaError(result.dispatchError.asModule);
    assert.equal(section, 'identity');
    assert.equal(name, 'EmptyIndex');
    assert.ok(docs.join(' ').length > 0, 'the error carries its documentation');
  });

  await t.test('blocks are finalised', async () => {
    const start = (await api.rpc.chain.getFinalizedHead());
    const startNumber = (await api.rpc.chain.getHeader(start)).number.toNumber();
    await waitFor(async () => {
      const head = await api.rpc.chain.getFinalizedHead();
      return (await api.rpc.chain.getHeader(head)).number.toNumber() >= startNumber + 2;
    }, 'two more finalised blocks');
  });
});

test('a node restarted on the same base path keeps its best block and balances', async (t) => {
  const basePath = tempDir(t);
  let best;
  let daveBalance;
  {
    const node = await startDevNode(t, { basePath });
    const api = await connect(t, node);
    const result = await submit(api, api.tx.balances.transferKeepAlive(dave.address, 7n * UNIT), alice);
    assert.equal(result.success, true);
    await waitFor(async () => {
      const head = await api.rpc.chain.getFinalizedHead();
      const { number } = await api.rpc.chain.getHeader(head);
      const inBlock = await api.rpc.chain.getHeader(result.blockHash);
      return number.toNumber() >= inBlock.number.toNumber();
    }, 'the transfer to be finalised');
    best = (await api.rpc.chain.getHeader()).number.toNumber();
    daveBalance = await free(api, dave);
    await api.disconnect();
    await node.stop();
  }
  const node = await startDevNode(t, { basePath });
  const api = await connect(t, node);
  const bestAfter = (await api.rpc.chain.getHeader()).number.toNumber();
  assert.ok(bestAfter >= best, `best block ${bestAfter} after restart, ${best} before`);
  assert.equal(await free(api, dave), daveBalance);
});

// Failures to start: a one-line error and a non-zero exit, never a panic.
function assertCleanFailure({ code, output }, expected) {
  assert.notEqual(code, 0, `exit code ${code}: ${output}`);
  assert.doesNotMatch(output, /panicked|RUST_BACKTRACE|stack backtrace/i, output);
  assert.match(output, expected, output);
}

test('a missing chain spec file is a clear error', async (t) => {
  const dir = tempDir(t);
  const result = await runToExit(['--chain', path.join(dir, 'nope.json'), '--base-path', dir, '--no-prometheus']);
  assertCleanFailure(result, /not found/);
});

test('a malformed chain spec file is a clear error', async (t) => {
  const dir = tempDir(t);
  const spec = path.join(dir, 'broken.json');
  writeFileSync(spec, '{ "name": "broken", ');
  const result = await runToExit(['--chain', spec, '--base-path', dir, '--no-prometheus']);
  assertCleanFailure(result, /not a valid chain spec/);
});

test('a busy RPC port is a clear error', async (t) => {
  const port = await freePort();
  const blocker = net.createServer().listen(port, '127.0.0.1');
  t.after(() => blocker.close());
  const dir = tempDir(t);
  const result = await runToExit([
    '--dev', '--base-path', dir, '--rpc-port', String(port),
    '--listen-addr', `/ip4/127.0.0.1/tcp/${await freePort()}`,
    '--no-prometheus', '--no-telemetry', '--no-mdns', '--no-hardware-benchmarks',
  ]);
  assertCleanFailure(result, /cannot serve RPC on 127\.0\.0\.1:\d+/);
});

test('a corrupt base path is a clear error', async (t) => {
  const dir = tempDir(t);
  const db = path.join(dir, 'chains', 'vellum_dev', 'db', 'full');
  mkdirSync(db, { recursive: true });
  writeFileSync(path.join(db, 'CURRENT'), 'garbage\n');
  writeFileSync(path.join(db, 'MANIFEST-000001'), 'not a manifest');
  const result = await runToExit([
    '--dev', '--base-path', dir, '--rpc-port', String(await freePort()),
    '--listen-addr', `/ip4/127.0.0.1/tcp/${await freePort()}`,
    '--no-prometheus', '--no-telemetry', '--no-mdns', '--no-hardware-benchmarks',
  ]);
  assertCleanFailure(result, /database|db|corrupt|manifest/i);
});
