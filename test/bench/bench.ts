// `npm run bench`: what the step costs, beside baselines measured in the same run. It runs the
// bundled action as the runner does (node dist/index.js, INPUT_* and the runner's files) on the Node
// the npm scripts use (24), against the emulator, and prints medians of alternating runs. Machines
// here are noisy: read the ratios, not the milliseconds; nothing here is asserted.
//   BENCH_RUNS=9 npm run bench      (at least 7)
//   BENCH_FLEETS=300i@5,1000e@5 npm run bench   (throttled fleets: count, i[nstances] or e[nvironments],
//                                               @ the API's rate; real time; default 300i@5; none to skip)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type ProtonEmulator } from '../emulator/proton-emulator.js';
import { REPO_ROOT } from '../support/action-metadata.js';
import { runAction, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, type ActionRun } from '../support/run-action.js';
import { BURST, parseFleets, POLL_INTERVAL_S, printFleets, throttledFleet, type FleetFigures } from './throttled-fleet.js';

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 7));
const AWS_CLI = '/usr/bin/aws';
const TIME = '/usr/bin/time';
const hasCli = existsSync(AWS_CLI);
const hasTime = existsSync(TIME);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Wall time of a command, and its peak RSS (KiB) when run under /usr/bin/time. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ ms: number; rssKb?: number; code: number | null }> {
  const [cmd, ...rest] = hasTime ? [TIME, '-f', 'peak-rss-kb=%M', command, ...args] : [command, ...args];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, rest, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      const rss = /peak-rss-kb=(\d+)/.exec(stderr)?.[1];
      resolve({ ms: performance.now() - started, code, ...(rss ? { rssKb: Number(rss) } : {}) });
    });
  });
}

const rssOf = (run: ActionRun): number | undefined => {
  const found = /peak-rss-kb=(\d+)/.exec(run.stderr)?.[1];
  return found ? Number(found) : undefined;
};

let counter = 0;
const fresh = (prefix: string): string => `${prefix}${++counter}`;

async function oneCancel(emulator: ProtonEmulator): Promise<{ bare: number[]; action: number[]; cli: number[]; firstRequest: number[]; badInput: number[]; bareRss: number[]; actionRss: number[]; oneArenaRss: number[] }> {
  const out = { bare: [] as number[], action: [] as number[], cli: [] as number[], firstRequest: [] as number[], badInput: [] as number[], bareRss: [] as number[], actionRss: [] as number[], oneArenaRss: [] as number[] };
  const cliEnv = {
    ...process.env,
    AWS_ACCESS_KEY_ID: TEST_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: TEST_SECRET_ACCESS_KEY,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
  };
  // One warm-up of each, so the file cache is the same for all.
  for (let round = -1; round < RUNS; round++) {
    const bare = await timed(process.execPath, ['-e', '0']);
    const name = fresh('bench');
    emulator.reset();
    emulator.add('environment', name, {});
    const run = await runAction({
      inputs: { 'resource-type': 'environment', 'environment-name': name, wait: 'false', 'endpoint-url': emulator.url },
      ...(hasTime ? { wrapper: [TIME, '-f', 'peak-rss-kb=%M'] } : {}),
    });
    if (run.outputs.outcome !== 'submitted') throw new Error(`the action did not cancel: ${run.stdout}${run.stderr}`);
    let cliMs: number | undefined;
    if (hasCli) {
      const cliName = fresh('cli');
      emulator.add('environment', cliName, {});
      const cli = await timed(AWS_CLI, ['proton', 'cancel-environment-deployment', '--environment-name', cliName, '--region', 'us-east-1', '--endpoint-url', emulator.url, '--output', 'json'], cliEnv);
      if (cli.code !== 0 || emulator.statusOf('environment', cliName) !== 'CANCELLING') throw new Error('the AWS CLI did not cancel');
      cliMs = cli.ms;
    }
    // Bad input stops before any request; it should not pay for loading the SDK.
    const bad = await runAction({ inputs: { 'resource-type': 'environment', 'endpoint-url': emulator.url } });
    if (bad.exitCode !== 1 || !bad.stdout.includes('environment-name')) throw new Error(`bad input was not refused: ${bad.stdout}`);
    if (round < 0) continue;
    out.badInput.push(bad.durationMs);
    out.bare.push(bare.ms);
    out.action.push(run.durationMs);
    out.firstRequest.push(emulator.requests[0]!.at - run.startedAt);
    if (cliMs !== undefined) out.cli.push(cliMs);
    if (bare.rssKb) out.bareRss.push(bare.rssKb);
    const rss = rssOf(run);
    if (rss) out.actionRss.push(rss);
    if (hasTime) {
      // The same cancel with one malloc arena: the step's own memory, without glibc's per-thread
      // arena lottery (see the peak RSS lines below).
      const arenaName = fresh('arena');
      emulator.add('environment', arenaName, {});
      const oneArena = await runAction({
        inputs: { 'resource-type': 'environment', 'environment-name': arenaName, wait: 'false', 'endpoint-url': emulator.url },
        env: { MALLOC_ARENA_MAX: '1' },
        wrapper: [TIME, '-f', 'peak-rss-kb=%M'],
      });
      const arenaRss = rssOf(oneArena);
      if (arenaRss) out.oneArenaRss.push(arenaRss);
    }
  }
  return out;
}

/** The deployment turns CANCELLED 3 s after the cancel; polls every second. */
async function aWait(emulator: ProtonEmulator): Promise<{ exitAfterEnd: number[]; reads: number[] }> {
  const out = { exitAfterEnd: [] as number[], reads: [] as number[] };
  for (let round = 0; round < RUNS; round++) {
    const name = fresh('wait');
    emulator.reset();
    emulator.add('environment', name, { cancelEndsAfterMs: 3000 });
    const run = await runAction({ inputs: { 'resource-type': 'environment', 'environment-name': name, 'poll-interval-seconds': '1', 'endpoint-url': emulator.url } });
    if (run.outputs.outcome !== 'cancelled') throw new Error(run.stdout);
    out.exitAfterEnd.push(run.endedAt - emulator.endServedAt('environment', name)!);
    out.reads.push(emulator.operations().filter((op) => op === 'GetEnvironment').length);
  }
  return out;
}

/** 100 environments, each CANCELLED 3 s after its cancel; polls every second. */
async function aFleet(emulator: ProtonEmulator, runs: number): Promise<{ spread: number[]; readsPerInterval: number[]; calls: number[]; exitAfterLastEnd: number[] }> {
  const out = { spread: [] as number[], readsPerInterval: [] as number[], calls: [] as number[], exitAfterLastEnd: [] as number[] };
  for (let round = 0; round < runs; round++) {
    const names = Array.from({ length: 100 }, () => fresh('fleet'));
    // An account with these 100 only: a listing is then one page, as it would be for them.
    emulator.clearResources();
    emulator.reset();
    for (const name of names) emulator.add('environment', name, { cancelEndsAfterMs: 3000 });
    const run = await runAction({
      inputs: { 'resource-type': 'environment', 'environment-name': names.join(','), 'poll-interval-seconds': '1', 'endpoint-url': emulator.url },
      timeoutMs: 60_000,
    });
    if (run.outputs.outcome !== 'cancelled') throw new Error(run.stdout.slice(-2000));
    const cancels = emulator.requests.filter((r) => r.operation === 'CancelEnvironmentDeployment');
    out.spread.push(cancels.at(-1)!.at - cancels[0]!.at);
    // Status read requests (list pages or Gets) per poll interval, from the last cancel to the last read.
    const reads = emulator.requests.filter((r) => !r.operation.startsWith('Cancel'));
    const intervals = Math.max(1, Math.ceil((reads.at(-1)!.at - cancels.at(-1)!.at) / 1000));
    out.readsPerInterval.push(reads.length / intervals);
    out.calls.push(emulator.requests.length);
    out.exitAfterLastEnd.push(run.endedAt - Math.max(...names.map((n) => emulator.endServedAt('environment', n)!)));
  }
  return out;
}

/** dist/'s JavaScript: the entry the runner loads, and the chunks it loads only when they are needed. */
function distSize(): { entry: number; chunks: number[]; all: number } {
  const dir = join(REPO_ROOT, 'dist');
  const files = readdirSync(dir);
  const size = (f: string): number => statSync(join(dir, f)).size;
  const chunks = files.filter((f) => f.endsWith('.js') && f !== 'index.js').map(size);
  return { entry: size('index.js'), chunks, all: files.reduce((n, f) => n + size(f), 0) };
}

const emulator = await startEmulator();
try {
  const cancel = await oneCancel(emulator);
  const wait = await aWait(emulator);
  const fleet = await aFleet(emulator, Math.min(RUNS, 7));

  const bare = median(cancel.bare);
  const action = median(cancel.action);
  const first = median(cancel.firstRequest);
  const ms = (n: number): string => `${n.toFixed(1).padStart(8)} ms`;
  const x = (n: number): string => `${n.toFixed(2)}×`;
  console.log(`node ${process.version}, medians of ${RUNS} alternating runs (fleet: ${Math.min(RUNS, 7)})`);
  console.log('\none cancel, wait: false');
  console.log(`  bare node -e 0                    ${ms(bare)}   1.00×`);
  console.log(`  the action                        ${ms(action)}   ${x(action / bare)} bare node   (target ≤ 5.5×)`);
  console.log(`  spawn → the cancel request        ${ms(first)}   ${x(first / bare)} bare node   (target ≤ 5.0×)`);
  if (hasCli) {
    const cli = median(cancel.cli);
    console.log(`  AWS CLI v2 (aws proton cancel-…)  ${ms(cli)}   the action is ${x(action / cli)} of it   (target ≤ 0.30×)`);
  } else {
    console.log(`  AWS CLI v2: ${AWS_CLI} not found (Debian's awscli package), not compared`);
  }
  console.log(`  bad input (no request)            ${ms(median(cancel.badInput))}   ${x(median(cancel.badInput) / bare)} bare node`);
  if (cancel.bareRss.length > 0 && cancel.actionRss.length > 0) {
    const bareRss = median(cancel.bareRss) / 1024;
    const actionRss = median(cancel.actionRss) / 1024;
    console.log('\npeak RSS (/usr/bin/time -f %M)');
    console.log(`  bare node                         ${bareRss.toFixed(1).padStart(8)} MiB`);
    console.log(`  the action (one cancel)           ${actionRss.toFixed(1).padStart(8)} MiB   ${x(actionRss / bareRss)} bare node   (target ≤ 1.7×)`);
    if (cancel.oneArenaRss.length > 0) {
      // Two values about 4 MiB apart on glibc: a thread that mallocs while another holds the lock
      // gets an arena of its own, by timing. With one arena, what the step itself keeps.
      console.log(`    …with one malloc arena          ${(median(cancel.oneArenaRss) / 1024).toFixed(1).padStart(8)} MiB   (MALLOC_ARENA_MAX=1)`);
    }
  }
  console.log('\na wait: CANCELLED 3 s after the cancel, polls every 1 s');
  console.log(`  exit after the deciding poll      ${ms(median(wait.exitAfterEnd))}   (target ≤ 250 ms)`);
  console.log(`  status reads                      ${median(wait.reads).toFixed(0).padStart(8)}`);
  console.log('\na fleet: 100 environments, each CANCELLED 3 s after its cancel, polls every 1 s');
  console.log(`  first to last cancel request      ${ms(median(fleet.spread))}   (target ≤ 2000 ms)`);
  console.log(`  status read requests per interval ${Math.max(...fleet.readsPerInterval).toFixed(2).padStart(7)} at most   (one list page per 100 environments; a Get each would be 100)`);
  console.log(`  API calls in all                  ${median(fleet.calls).toFixed(0).padStart(8)}`);
  console.log(`  exit after the last end           ${ms(median(fleet.exitAfterLastEnd))}`);
  const dist = distSize();
  const kib = (n: number): string => `${(n / 1024).toFixed(0).padStart(8)} KiB`;
  const chunkTotal = dist.chunks.reduce((n, c) => n + c, 0);
  console.log(`\ndist/: ${(dist.all / 1024).toFixed(0)} KiB in all`);
  console.log(`  index.js, loaded at start         ${kib(dist.entry)}`);
  console.log(`  ${`${dist.chunks.length} chunks, loaded when needed`.padEnd(34)}${kib(chunkTotal)}   (the largest ${kib(Math.max(...dist.chunks, 0)).trim()})`);
  const fleets = parseFleets(process.env.BENCH_FLEETS === 'none' ? '' : (process.env.BENCH_FLEETS ?? '300i@5'));
  if (fleets.length > 0) {
    console.log(`\nthrottled fleets: an account-wide token bucket (burst ${BURST}, then the rate), cancellations ending 20–120 s after their request, polls every ${POLL_INTERVAL_S} s; one run each, real time`);
    const figures: FleetFigures[] = [];
    for (const spec of fleets) figures.push(await throttledFleet(emulator, spec));
    printFleets(figures);
    console.log('  floor: a cancel per target paced to the bucket, and a list page per 100 resources per poll round (those pages take tokens too)');
    console.log('  targets: none not made; requests ≤ 1.5× the floor; cancels accepted ≤ 1.3× the floor; ends noticed within an interval (p95); exit within an interval of the last end');
  }
} finally {
  await emulator.stop();
}
