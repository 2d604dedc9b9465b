// Runs cancelAllTargets (the real ProtonClient, over HTTP) against the test file's emulator, with a
// virtual clock by default, and records what it told people along the way.
import { afterEach, beforeEach, vi } from 'vitest';
import { cancelAllTargets, type CancelContext } from '../../src/cancel/cancel-all-targets.js';
import type { Progress, ProgressEvent as DomainProgressEvent } from '../../src/domain/progress.js';
import { progressWords } from '../../src/report/progress-words.js';
import { failureWords } from '../../src/report/failure-words.js';
import { expiredSessionOf } from '../../src/proton/failure-kinds.js';
import type { Failure } from '../../src/domain/failure.js';
import type { Outcome } from '../../src/domain/outcome.js';
import type { ProtonResource, Target } from '../../src/domain/resources.js';
import type { Settings } from '../../src/settings/settings.js';
import type { CredentialsExpired, DeploymentState, ErrorKind, LeftAlone, StepResult, TargetResult } from '../../src/domain/target-result.js';
import type { DeploymentScript, ProtonEmulator } from '../emulator/proton-emulator.js';
import { useEmulator } from './use-emulator.js';
import { inProcessProton } from './in-process-proton.js';
import { SchedulingClock, VirtualClock } from './virtual-clock.js';

/**
 * A result as tests read it: every outcome's facts optional, so an assertion can look for a fact
 * without first narrowing the union (it then finds it absent where the outcome cannot have it), and
 * failures also in the words the reporting gives them (report/failure-words.ts).
 */
export interface LooseResult {
  target: Target;
  outcome: Outcome;
  resource?: ProtonResource;
  deployment?: DeploymentState;
  waitedMs: number;
  failure?: Failure;
  /** failureWords(failure). */
  error?: string;
  errorKind?: ErrorKind;
  alreadyCancelling?: boolean;
  newerDeploymentId?: string;
  /** failureWords(readFailure). */
  readFailure?: string;
  leftAlone?: LeftAlone;
  cancelledInstead?: string;
  credentialsExpired?: CredentialsExpired;
}

export function loosen(result: TargetResult): LooseResult {
  const { readFailure, ...rest } = result as TargetResult & { readFailure?: Failure };
  const session = result.outcome === 'error' ? expiredSessionOf(result.failure) : undefined;
  return {
    ...rest,
    ...(result.outcome === 'error' ? { error: failureWords(result.failure) } : {}),
    ...(session ? { credentialsExpired: session } : {}),
    ...(readFailure ? { readFailure: failureWords(readFailure) } : {}),
  };
}

export type LooseStepResult = Omit<StepResult, 'results' | 'problem'> & { results: LooseResult[]; problem?: string };

export interface ProgressEvent {
  kind: 'info' | 'debug' | 'readsFailing' | 'readsRecovered';
  target: string;
  text: string;
}

/**
 * A Progress that remembers every event, with the words the log gives it (report/progress-words.ts),
 * for assertions: `info` and `debug` by the level the reporting gives them, and the read-failure
 * streaks also under their own kinds.
 */
export class RecordingProgress implements Progress {
  readonly events: ProgressEvent[] = [];
  readonly told: Array<{ target: string; event: DomainProgressEvent }> = [];
  tell(target: Target, event: DomainProgressEvent): void {
    this.told.push({ target: target.name, event });
    const { level, text } = progressWords(event);
    this.events.push({ kind: level, target: target.name, text });
    if (event.kind === 'reads-failing') this.events.push({ kind: 'readsFailing', target: target.name, text: `${event.failures}: ${failureWords(event.failure)}` });
    if (event.kind === 'reads-recovered') this.events.push({ kind: 'readsRecovered', target: target.name, text: String(event.failures) });
  }
  texts(kind: ProgressEvent['kind'] = 'info'): string[] {
    return this.events.filter((e) => e.kind === kind).map((e) => e.text);
  }
}

export function settingsFor(emulator: ProtonEmulator, targets: Target[], overrides: Partial<Settings> = {}): Settings {
  return baseSettings(targets, { endpointUrl: emulator.url, ...overrides });
}

/** The inputs' defaults as Settings (region eu-west-1, three attempts), for these targets. */
export function baseSettings(targets: Target[], overrides: Partial<Settings> = {}): Settings {
  return {
    when: 'now',
    targets,
    dryRun: false,
    wait: true,
    waitTimeoutSeconds: 1800,
    pollIntervalSeconds: 10,
    failOn: ['failed', 'timed-out'],
    region: 'eu-west-1',
    maxAttempts: 3,
    jobSummary: true,
    ...overrides,
  };
}

const never = new AbortController().signal;

/** cancelAllTargets against the file's emulator; a fresh virtual clock and progress record per test. */
export class Harness {
  clock: VirtualClock | SchedulingClock = new VirtualClock();
  progress = new RecordingProgress();

  /**
   * `inProcess`: the emulator's model over the client seam, without HTTP, on a SchedulingClock (the
   * emulator's time too), so deadlines shared by many targets run in virtual time. Otherwise the
   * real ProtonClient over HTTP, on a VirtualClock.
   */
  constructor(
    readonly emulator: ProtonEmulator,
    private readonly inProcess = false,
  ) {}

  reset(): void {
    this.progress = new RecordingProgress();
    if (!this.inProcess) {
      this.clock = new VirtualClock();
      return;
    }
    const clock = new SchedulingClock();
    this.clock = clock;
    this.emulator.now = () => clock.now();
  }

  /** The whole step: results, and what `*` found. Jitter is fixed at 0 unless the context gives one. */
  async step(targets: Target[], overrides: Partial<Settings> = {}, context: Partial<CancelContext> = {}): Promise<LooseStepResult> {
    const step = await cancelAllTargets(settingsFor(this.emulator, targets, overrides), {
      clock: this.clock,
      interrupt: never,
      progress: this.progress,
      random: () => 0,
      ...(this.inProcess ? { connect: inProcessProton(this.emulator, this.clock) } : {}),
      ...context,
    });
    const { problem, results, ...rest } = step;
    return { ...rest, results: results.map(loosen), ...(problem ? { problem: failureWords(problem) } : {}) };
  }

  async run(targets: Target[], overrides: Partial<Settings> = {}, context: Partial<CancelContext> = {}): Promise<LooseResult[]> {
    return (await this.step(targets, overrides, context)).results;
  }

  async one(target: Target, script: DeploymentScript, overrides?: Partial<Settings>, context?: Partial<CancelContext>): Promise<LooseResult> {
    this.emulator.addTarget(target, script);
    const [result] = await this.run([target], overrides, context);
    return result!;
  }
}

/**
 * One emulator for the test file, and a harness reset before each test with test credentials in the
 * environment. `inProcess`: decisions over the client seam, in virtual time (see Harness).
 */
export function useCancelHarness({ inProcess = false } = {}): Harness {
  const harness = new Harness(useEmulator(), inProcess);
  beforeEach(() => {
    harness.reset();
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAINTEGRATION0TEST');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'integration-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', '');
  });
  afterEach(() => vi.unstubAllEnvs());
  return harness;
}
