// `npm run bench`: what the step itself costs, measured against a baseline in the same run.
// Prints medians of wall time (the machine is noisy: compare ratios, not absolute numbers).
//   baseline   node starting and exiting with nothing to do
//   bundle     the action validating bad input (loads dist/index.js, makes no request)
//   cancel     the action cancelling one environment, wait: false (one request to the emulator)
//   cancel+end the same with wait: true on a cancellation that has already ended (one request)
import { spawnSync } from 'node:child_process';
import { startEmulator } from '../emulator/proton-emulator.js';
import { runAction } from '../support/run-action.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(run: (i: number) => Promise<void> | void): Promise<number> {
  await run(-1); // warm the file cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  return median(times);
}

const emulator = await startEmulator();
const results: Array<[string, number]> = [];

results.push(['baseline: node -e ""', await measure(() => void spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' }))]);
results.push([
  'bundle: bad input, no request',
  await measure(async () => {
    const run = await runAction({ inputs: { 'resource-type': 'environment' } });
    if (run.exitCode !== 1) throw new Error(run.stdout);
  }),
]);
results.push([
  'cancel: wait false, 1 request',
  await measure(async (i) => {
    emulator.add('environment', `nowait${i + 1}`, {});
    const run = await runAction({
      inputs: { 'resource-type': 'environment', 'environment-name': `nowait${i + 1}`, wait: 'false', 'endpoint-url': emulator.url },
    });
    if (run.outputs.outcome !== 'submitted') throw new Error(run.stdout);
  }),
]);
results.push([
  'cancel+end: wait true, ends at once',
  await measure(async (i) => {
    emulator.add('environment', `ended${i + 1}`, { readsUntilEnd: 0 });
    const run = await runAction({
      inputs: { 'resource-type': 'environment', 'environment-name': `ended${i + 1}`, 'endpoint-url': emulator.url },
    });
    if (run.outputs.outcome !== 'cancelled') throw new Error(run.stdout);
  }),
]);
await emulator.stop();

const baseline = results[0]![1];
console.log(`node ${process.version}, ${RUNS} runs each, median wall time`);
for (const [label, ms] of results) {
  console.log(`${label.padEnd(40)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / baseline).toFixed(2)}x baseline`);
}
