// Starting and stopping vellum-node for the end-to-end tests. Every node listens on
// 127.0.0.1 only and is killed when the test that started it ends.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { stringToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

const targetDir = process.env.CARGO_TARGET_DIR || path.join(os.homedir(), '.cache/vellum/target');

/** The vellum-node binary under test. */
export const NODE_BIN = process.env.VELLUM_NODE || path.join(targetDir, 'release/vellum-node');

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh temporary directory, removed by `cleanup()`. */
export function tempDir(t) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vellum-e2e-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Runs vellum-node to completion (for commands expected to fail fast) and returns its exit
 * code and output. Kills it after `timeoutMs`.
 */
export function runToExit(args, timeoutMs = 60_000) {
  return new Promise((resolve) => {
    const child = spawn(NODE_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

/**
 * Starts `vellum-node --dev` on loopback with its own ports and base path and waits until its
 * RPC answers. The node is stopped when the test ends.
 */
export async function startDevNode(t, { basePath, extraArgs = [] } = {}) {
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const args = [
    '--dev',
    '--base-path', basePath,
    '--rpc-port', String(rpcPort),
    '--listen-addr', `/ip4/127.0.0.1/tcp/${p2pPort}`,
    '--no-prometheus',
    '--no-telemetry',
    '--no-mdns',
    '--no-hardware-benchmarks',
    ...extraArgs,
  ];
  const child = spawn(NODE_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));

  const node = {
    child,
    rpcPort,
    url: `ws://127.0.0.1:${rpcPort}`,
    log: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
  t.after(() => node.stop());

  const started = Date.now();
  const deadline = started + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`vellum-node exited with ${child.exitCode} before its RPC came up:\n${log}`);
    }
    if (await rpcAnswers(rpcPort)) {
      t.diagnostic(`vellum-node --dev answered RPC ${((Date.now() - started) / 1000).toFixed(1)} s after its start`);
      return node;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`vellum-node RPC did not come up within 120 s:\n${log}`);
}

async function rpcAnswers(port) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_health', params: [] }),
    });
    return res.ok;
  } catch {
    return false;
  }
}

/** An @polkadot/api client with no custom types, disconnected when the test ends. */
export async function connect(t, node) {
  const provider = new WsProvider(node.url, false);
  await provider.connect();
  const api = await ApiPromise.create({ provider, throwOnConnect: true, noInitWarn: true });
  t.after(() => api.disconnect());
  return api;
}

/** Waits until `predicate()` is true, polling every 500 ms. */
export async function waitFor(predicate, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Signs and submits `tx`, resolving once it is in a block with whether it succeeded, the
 * dispatch error (if any) and the events of the extrinsic.
 */
export function submit(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsub;
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (status.isInBlock || status.isFinalized) {
        if (unsub) unsub();
        const success = events.some(({ event }) => api.events.system.ExtrinsicSuccess.is(event));
        resolve({ success, dispatchError, events, blockHash: status.isInBlock ? status.asInBlock : status.asFinalized });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        if (unsub) unsub();
        reject(new Error(`transaction ${status.type}`));
      }
    }).then((u) => { unsub = u; }, reject);
  });
}

/** Submits `tx` and asserts it succeeded, returning the events of the extrinsic. */
export async function ok(api, tx, signer) {
  const result = await submit(api, tx, signer);
  const error = result.dispatchError?.isModule
    ? api.registry.findMetaError(result.dispatchError.asModule).name
    : result.dispatchError?.toString();
  assert.equal(result.success, true, `${tx.method.section}.${tx.method.method} failed: ${error}`);
  return result.events.map(({ event }) => event);
}

/**
 * Submits `tx` and asserts it failed with `section.name`, returning the decoded error (its
 * fields included).
 */
export async function fails(api, tx, signer, section, name) {
  const result = await submit(api, tx, signer);
  assert.equal(result.success, false, `${tx.method.section}.${tx.method.method} should fail`);
  assert.ok(result.dispatchError?.isModule, `module error, got ${result.dispatchError?.toString()}`);
  const module = result.dispatchError.asModule;
  const meta = api.registry.findMetaError(module);
  assert.equal(`${meta.section}.${meta.name}`, `${section}.${name}`);
  // The error's fields: decode the pallet's error enum from the module error bytes.
  const pallet = api.runtimeMetadata.asLatest.pallets.find((p) => p.index.eq(module.index));
  const type = api.registry.createLookupType(pallet.errors.unwrap().type);
  return { ...meta, value: api.registry.createType(type, module.error).toJSON() };
}

/**
 * Puts `call` to the council: the first of `ayes` proposes (threshold 2), every one of them
 * votes aye, the proposer closes with the call's weight as the bound; asserts the call
 * executed successfully and returns the events of the closing extrinsic (the call's own among
 * them).
 */
export async function councilMotion(api, call, ayes) {
  const [proposer] = ayes;
  const length = call.method.encodedLength;
  const proposed = (await ok(api, api.tx.council.propose(2, call, length), proposer))
    .find((e) => api.events.council.Proposed.is(e));
  const { proposalIndex, proposalHash } = proposed.data;
  for (const voter of ayes) {
    await ok(api, api.tx.council.vote(proposalHash, proposalIndex, true), voter);
  }
  // The bound is the call's own dispatch weight, as the runtime reports it.
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call.method, length);
  const closed = await ok(
    api,
    api.tx.council.close(proposalHash, proposalIndex, weight, length),
    proposer,
  );
  const executed = closed.find((e) => api.events.council.Executed.is(e));
  assert.ok(executed, 'the motion executed');
  assert.ok(executed.data.result.isOk, `the motion's call succeeded: ${executed.data.result.toString()}`);
  return closed;
}

/** The development keys the dev chain endows, by name: `{ alice, bob, ..., ferdie }`. */
export async function devKeys() {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
  return Object.fromEntries(names.map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]));
}

/** An ordinary-share equity definition as `createToken` takes it (one vote per share). */
export function equity(name, symbol, country = 'DE') {
  return {
    name,
    symbol,
    decimals: 0,
    identifier: null,
    jurisdiction: stringToHex(country),
    maxSupply: 1_000_000,
    terms: { Equity: { shareClass: 'ordinary', votesPerShare: 1 } },
    redemption: 'Never',
    documents: [],
  };
}

/** The number of the best block. */
export async function blockNumber(api) {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}
