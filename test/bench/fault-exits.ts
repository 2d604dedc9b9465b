// `npx tsx test/bench/fault-exits.ts`: how quickly the bundled action ends when it must stop: SIGINT
// during a throttling backoff, SIGTERM during a hung read, the deadline during a Retry-After, and how
// spread out a fleet's cancel requests are. Medians over runs; no assertion (machines here are noisy).
import { startEmulator } from '../emulator/proton-emulator.js';
import { runAction } from '../support/run-action.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const emulator = await startEmulator();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const env = (name: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'resource-type': 'environment',
  'environment-name': name,
  'endpoint-url': emulator.url,
  ...extra,
});

const sigint: number[] = [];
const sigterm: number[] = [];
const deadline: number[] = [];
for (let i = 0; i < RUNS; i++) {
  emulator.reset();
  emulator.add('environment', `int${i}`, {});
  emulator.inject({ kind: 'throttle', operation: 'CancelEnvironmentDeployment', retryAfterSeconds: 30, times: Infinity });
  const a = await runAction({ inputs: env(`int${i}`), interrupt: { signal: 'SIGINT', after: emulator.received('CancelEnvironmentDeployment') } });
  sigint.push(a.exitAfterSignalMs!);

  emulator.reset();
  emulator.add('environment', `term${i}`, { readsUntilEnd: 5 });
  emulator.inject({ kind: 'hang', operation: 'GetEnvironment', times: Infinity });
  const b = await runAction({ inputs: env(`term${i}`, { 'poll-interval-seconds': '0.1' }), interrupt: { signal: 'SIGTERM', after: emulator.received('GetEnvironment') } });
  sigterm.push(b.exitAfterSignalMs!);

  emulator.reset();
  emulator.add('environment', `dl${i}`, {});
  emulator.inject({ kind: 'throttle', operation: 'CancelEnvironmentDeployment', retryAfterSeconds: 30, times: Infinity });
  const c = await runAction({ inputs: env(`dl${i}`, { 'wait-timeout-seconds': '1' }) });
  deadline.push(c.durationMs);
}

const spreads: number[] = [];
for (let i = 0; i < 3; i++) {
  emulator.reset();
  const names = Array.from({ length: 100 }, (_, j) => `fleet${i}x${j}`);
  for (const name of names) emulator.add('environment', name, { readsUntilEnd: 1 });
  await runAction({ inputs: env(names.join(','), { 'poll-interval-seconds': '1' }) });
  const cancels = emulator.requests.filter((r) => r.operation === 'CancelEnvironmentDeployment');
  spreads.push(cancels.at(-1)!.at - cancels[0]!.at);
}
await emulator.stop();

console.log(`node ${process.version}, ${RUNS} runs each (fleet: 3)`);
console.log(`SIGINT during a Retry-After 30 s backoff -> exit      median ${median(sigint).toFixed(0)} ms, max ${Math.max(...sigint).toFixed(0)} ms`);
console.log(`SIGTERM during a hung status read -> exit             median ${median(sigterm).toFixed(0)} ms, max ${Math.max(...sigterm).toFixed(0)} ms`);
console.log(`wait-timeout-seconds 1, Retry-After 30 s -> whole step median ${median(deadline).toFixed(0)} ms`);
console.log(`100 environments: first to last cancel request        ${spreads.map((s) => s.toFixed(0)).join(', ')} ms`);
