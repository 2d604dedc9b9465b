// A fleet against an API that throttles like an AWS control plane: one token bucket for the account,
// shared by every operation, a burst of 20, then `rate` requests a second; each cancellation ends
// 20–120 s after its request; the default poll interval (10 s). Beside each run, the floor a plain
// client needs, computed from the same fleet: one cancel per target, paced to the bucket, and one
// list page per 100 resources per poll round (the pages of each round also take the bucket's tokens).
// Real time: 300 instances at 5/s take about three minutes.
import type { ProtonEmulator } from '../emulator/proton-emulator.js';
import { runAction } from '../support/run-action.js';

export interface FleetSpec {
  /** "300i@5": 300 service instances (one service) or "1000e": environments, at 5 requests a second. */
  label: string;
  count: number;
  kind: 'service-instance' | 'environment';
  rate: number;
}

export const BURST = 20;
export const POLL_INTERVAL_S = 10;
const PAGE = 100;

export function parseFleets(value: string): FleetSpec[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((label) => {
      const match = /^(\d+)([ie])@(\d+(?:\.\d+)?)$/.exec(label);
      if (!match) throw new Error(`BENCH_FLEETS: "${label}" is not like 300i@5 (instances) or 1000e@5 (environments)`);
      return { label, count: Number(match[1]), kind: match[2] === 'i' ? 'service-instance' : 'environment', rate: Number(match[3]) };
    });
}

/** When target i's cancellation ends, after its request: spread over 20–120 s, the same in every run. */
export function endsAfterMs(i: number): number {
  return 20_000 + ((i * 7919) % 100_001);
}

export interface FleetFigures {
  spec: FleetSpec;
  notMade: number;
  requests: number;
  throttled: number;
  floorRequests: number;
  cancelsAcceptedS: number;
  floorCancelsS: number;
  endNoticedP95S: number;
  exitAfterLastEndS: number;
  seconds: number;
}

/** The plain client: pages per round take tokens too; cancels go at the rate that leaves. */
export function floor(spec: FleetSpec): { requests: number; cancelsS: number } {
  const pages = Math.ceil(spec.count / PAGE);
  const cancelRate = spec.rate - pages / POLL_INTERVAL_S;
  const acceptedAt = (i: number): number => Math.max(0, i + 1 - BURST) / cancelRate;
  const lastEnd = Math.max(...Array.from({ length: spec.count }, (_, i) => acceptedAt(i) + endsAfterMs(i) / 1000));
  const rounds = Math.ceil(lastEnd / POLL_INTERVAL_S);
  return { requests: spec.count + pages * rounds, cancelsS: acceptedAt(spec.count - 1) };
}

let fleetCounter = 0;

export async function throttledFleet(emulator: ProtonEmulator, spec: FleetSpec): Promise<FleetFigures> {
  emulator.clearResources();
  emulator.reset();
  fleetCounter += 1;
  const service = `fleet${process.pid}x${fleetCounter}`;
  const names = Array.from({ length: spec.count }, (_, i) => `${service}t${i}`);
  names.forEach((name, i) => emulator.add(spec.kind, name, { cancelEndsAfterMs: endsAfterMs(i) }, spec.kind === 'service-instance' ? service : undefined));
  emulator.throttleAt({ ratePerSecond: spec.rate, burst: BURST });
  const inputs: Record<string, string> =
    spec.kind === 'service-instance'
      ? { 'resource-type': 'service-instance', 'service-name': service, 'service-instance-name': names.join('\n') }
      : { 'resource-type': 'environment', 'environment-name': names.join('\n') };
  const run = await runAction({
    inputs: { ...inputs, 'endpoint-url': emulator.url, 'poll-interval-seconds': String(POLL_INTERVAL_S), 'wait-timeout-seconds': '3600' },
    timeoutMs: 3_600_000,
  });
  const results = JSON.parse(run.outputs.results ?? '[]') as Array<{ outcome: string }>;
  const cancelledAt = names.map((name) => emulator.cancelledAt(spec.kind, name, spec.kind === 'service-instance' ? service : undefined));
  const endedAt = cancelledAt.map((at, i) => (at === undefined ? undefined : at + endsAfterMs(i)));
  const noticed = names.flatMap((name, i) => {
    const served = emulator.endServedAt(spec.kind, name, spec.kind === 'service-instance' ? service : undefined);
    return served === undefined || endedAt[i] === undefined ? [] : [served - endedAt[i]];
  });
  const lastEnd = Math.max(...endedAt.map((at) => at ?? 0));
  const lastCancel = Math.max(...cancelledAt.map((at) => at ?? 0));
  const figures = floor(spec);
  return {
    spec,
    notMade: results.filter((r) => r.outcome === 'error').length + (spec.count - results.length),
    requests: emulator.requests.length,
    throttled: emulator.throttledRequests,
    floorRequests: figures.requests,
    cancelsAcceptedS: (lastCancel - run.startedAt) / 1000,
    floorCancelsS: figures.cancelsS,
    endNoticedP95S: percentile(noticed, 0.95) / 1000,
    exitAfterLastEndS: (run.endedAt - lastEnd) / 1000,
    seconds: run.durationMs / 1000,
  };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export function printFleets(all: FleetFigures[]): void {
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  console.log(row(['fleet, API rate', 'cancellations not made', 'requests (throttled)', 'floor', 'requests / floor', 'all cancels accepted after', 'floor', 'ratio', 'end noticed after (p95)', 'exit after the last end']));
  console.log(row(Array.from({ length: 10 }, () => '---')));
  for (const f of all) {
    console.log(
      row([
        `${f.spec.count} ${f.spec.kind === 'environment' ? 'environments' : 'instances'}, ${f.spec.rate}/s`,
        String(f.notMade),
        `${f.requests} (${f.throttled})`,
        String(f.floorRequests),
        `${(f.requests / f.floorRequests).toFixed(2)}×`,
        `${f.cancelsAcceptedS.toFixed(0)} s`,
        `${f.floorCancelsS.toFixed(0)} s`,
        `${(f.cancelsAcceptedS / f.floorCancelsS).toFixed(2)}×`,
        `${f.endNoticedP95S.toFixed(1)} s`,
        `${f.exitAfterLastEndS.toFixed(1)} s`,
      ]),
    );
  }
}
