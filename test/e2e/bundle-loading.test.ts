// What the bundled action loads, and when: a run being cancelled waits on start-up, so nothing loads
// before the cancel request that the request does not need (see docs/performance.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { freshTarget, nameInputs } from '../support/targets.js';
import { useEmulator } from '../support/use-emulator.js';

const emulator = useEmulator();
const TRACE = join(REPO_ROOT, 'test', 'support', 'trace-loading.mjs');
const DIST = pathToFileURL(join(REPO_ROOT, 'dist')).href + '/';

interface Loaded {
  /** Files of dist/, by name. */
  dist: string[];
  /** Files loaded from anywhere else: the bundle must need none. */
  outside: string[];
  /** Node's internal undici (its fetch), which an ESM import of node:http would bring. */
  undici: string[];
}

function loaded(run: ActionRun): Loaded {
  const lines = run.stderr.split('\n');
  const files = lines.flatMap((line) => /^trace-loading: module (file:.*)$/.exec(line)?.[1] ?? []);
  expect(files, 'the trace preload ran').not.toHaveLength(0);
  return {
    dist: files.filter((url) => url.startsWith(DIST)).map((url) => url.slice(DIST.length)),
    outside: files.filter((url) => !url.startsWith(DIST)),
    undici: lines.flatMap((line) => /^trace-loading: internal (.*)$/.exec(line)?.[1] ?? []),
  };
}

const traced = { NODE_OPTIONS: `--import=${pathToFileURL(TRACE).href}` };

describe('the bundle loads what a run needs, when it needs it', () => {
  test('bad input loads dist/index.js alone: no AWS SDK, and no request', async () => {
    const run = await runAction({ inputs: { 'resource-type': 'environment', 'endpoint-url': emulator.url }, env: traced });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('Input "environment-name" is required');
    expect(loaded(run)).toEqual({ dist: ['index.js'], outside: [], undici: [] });
    expect(emulator.requests).toHaveLength(0);
  });

  test('dist/index.js, which every run loads, carries neither the SDK client nor undici', () => {
    const entry = readFileSync(join(REPO_ROOT, 'dist', 'index.js'), 'utf8');
    // Signatures that survive bundling and minifying: the SDK's client class, undici's debug channels.
    expect(entry).not.toMatch(/class ProtonClient\b/);
    expect(entry).not.toMatch(/["']undici:/);
  });

  test('a cancel loads the SDK from dist/ only, and never Node\'s undici', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { readsUntilEnd: 1 });
    const run = await runAction({ inputs: { ...nameInputs([target]), 'endpoint-url': emulator.url, 'poll-interval-seconds': '0.2' }, env: traced });
    expect(run.outputs.outcome).toBe('cancelled');
    const { dist, outside, undici } = loaded(run);
    expect(dist[0]).toBe('index.js');
    expect(dist.length).toBeGreaterThan(1);
    expect(outside).toEqual([]);
    expect(undici).toEqual([]);
  });

  // The chunk of the proxy agents and the CA bundle reader, found by what it defines.
  const networkChunk = (): string => {
    const files = readdirSync(join(REPO_ROOT, 'dist')).filter((f) => f.endsWith('.js') && /class TunnellingAgent\b/.test(readFileSync(join(REPO_ROOT, 'dist', f), 'utf8')));
    expect(files).toHaveLength(1);
    expect(files[0]).not.toBe('index.js');
    return files[0]!;
  };

  test('without a proxy variable or a CA bundle, no proxy or CA code loads', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { readsUntilEnd: 0 });
    const run = await runAction({ inputs: { ...nameInputs([target]), 'endpoint-url': emulator.url }, env: { ...traced, NO_PROXY: '*' } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(loaded(run).dist).not.toContain(networkChunk());
  });

  test('with a proxy variable set, the proxy code loads (a loopback endpoint still goes direct)', async () => {
    const target = freshTarget('environment');
    emulator.addTarget(target, { readsUntilEnd: 0 });
    const run = await runAction({ inputs: { ...nameInputs([target]), 'endpoint-url': emulator.url }, env: { ...traced, https_proxy: 'http://127.0.0.1:9', http_proxy: 'http://127.0.0.1:9' } });
    expect(run.outputs.outcome).toBe('cancelled');
    expect(loaded(run).dist).toContain(networkChunk());
  });
});
