// `npm run bench:startup -- <git ref>`: the start-up of dist/ against the dist/ committed at another
// ref (dist/ is committed, so any commit is a baseline), run alternately on the same machine in the
// same minute: one cancel with wait: false against the emulator, and bad input (no request). Prints
// medians and ratios; machines here are noisy, so read the ratios, and nothing is asserted.
// Peak RSS of a cancel is bimodal here, about 4 MiB apart: glibc gives a thread that mallocs while
// another holds the lock an arena of its own, so whether a run pays for a second arena depends on
// timing, not on what the step keeps (--trace-gc shows the same two scavenges and heap sizes either
// way). The same run with MALLOC_ARENA_MAX=1 measures the step's memory without that lottery.
//   npm run bench:startup -- 48a5707           BENCH_RUNS=41 npm run bench:startup -- v1.0.0
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../emulator/proton-emulator.js';
import { REPO_ROOT } from '../support/action-metadata.js';
import { ENTRY, runAction, type ActionRun } from '../support/run-action.js';

const ref = process.argv[2] ?? 'HEAD~1';
const RUNS = Math.max(7, Number(process.env.BENCH_RUNS ?? 21));
const TIME = ['/usr/bin/time', '-f', 'peak-rss-kb=%M'];

const baselineDir = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
execFileSync('sh', ['-c', `git -C "${REPO_ROOT}" archive "${ref}" dist | tar -x -C "${baselineDir}"`]);
const builds = { baseline: join(baselineDir, 'dist', 'index.js'), current: ENTRY };

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const rssMiB = (run: ActionRun): number => Number(/peak-rss-kb=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;

const emulator = await startEmulator();
const figures: Record<string, Record<keyof typeof builds, number[]>> = {};
const record = (what: string, build: keyof typeof builds, value: number): void => {
  ((figures[what] ??= { baseline: [], current: [] })[build]).push(value);
};
let counter = 0;
for (let round = 0; round < RUNS; round++) {
  // Alternate which goes first, so neither always meets a warmer file cache.
  const order: Array<keyof typeof builds> = round % 2 ? ['baseline', 'current'] : ['current', 'baseline'];
  for (const build of order) {
    const name = `startup${++counter}`;
    emulator.add('environment', name, {});
    const cancel = await runAction({
      entry: builds[build],
      wrapper: TIME,
      inputs: { 'resource-type': 'environment', 'environment-name': name, wait: 'false', 'endpoint-url': emulator.url },
    });
    if (cancel.outputs.outcome !== 'submitted') throw new Error(`${build} did not cancel: ${cancel.stdout}${cancel.stderr}`);
    const oneArena = await runAction({
      entry: builds[build],
      wrapper: TIME,
      env: { MALLOC_ARENA_MAX: '1' },
      inputs: { 'resource-type': 'environment', 'environment-name': name, wait: 'false', 'endpoint-url': emulator.url },
    });
    const bad = await runAction({ entry: builds[build], wrapper: TIME, inputs: { 'resource-type': 'environment', 'endpoint-url': emulator.url } });
    record('one cancel, wall ms', build, cancel.durationMs);
    record('one cancel, peak RSS MiB', build, rssMiB(cancel));
    record('  …with one malloc arena', build, rssMiB(oneArena));
    record('bad input, wall ms', build, bad.durationMs);
    record('bad input, peak RSS MiB', build, rssMiB(bad));
  }
}
await emulator.stop();

console.log(`dist/ at ${ref} (baseline) against this tree's dist/, medians of ${RUNS} alternating runs, node ${process.version}\n`);
for (const [what, { baseline, current }] of Object.entries(figures)) {
  const [b, c] = [median(baseline), median(current)];
  const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;
  const lowest = what.includes('RSS') || what.includes('arena')
    ? `   (lowest ${(Math.min(...current) / Math.min(...baseline)).toFixed(3)}×, mean ${(mean(current) / mean(baseline)).toFixed(3)}×)`
    : '';
  console.log(`  ${what.padEnd(27)} baseline ${b.toFixed(1).padStart(7)}   current ${c.toFixed(1).padStart(7)}   ${(c / b).toFixed(3)}×${lowest}`);
}
