// Cancel (or, in a dry run, preview) every target of the step within one shared deadline: the named
// ones, or those `*` finds. Every target starts at once: what is bounded is the number of requests
// in flight, so a fleet's cancel requests all go out promptly and no target waits for another's wait.
import type { Clock } from '../lib/clock.js';
import { findInProgress } from '../discover/find-in-progress.js';
import { FleetPolls } from '../follow/status-polls.js';
import type { Progress } from '../domain/progress.js';
import { AdaptiveRate } from '../proton/adaptive-rate.js';
import { assertRequestFailed, ProtonApi } from '../proton/api.js';
import type { Stop } from '../lib/stop.js';
import type { ConnectionPlan } from '../network/connection-plan.js';
import { ATTEMPT_TIMEOUT_MS, createProtonClient, type ConnectProton } from '../proton/client.js';
import { loadCredentials, type CredentialFacts } from '../proton/credentials.js';
import type { Failure } from '../domain/failure.js';
import { RequestSlots } from '../proton/request-slots.js';
import type { Target } from '../domain/resources.js';
import type { Scope } from '../domain/scope.js';
import type { Settings } from '../settings/settings.js';
import { MAX_TARGETS } from '../domain/wildcard.js';
import type { Discovery, StepResult } from '../domain/target-result.js';
import { cancelTarget } from './cancel-target.js';
import { previewTarget } from './preview-target.js';

// Enough to send a fleet's cancel requests within a second or two, few enough not to flood Proton.
export const MAX_REQUESTS_IN_FLIGHT = 10;

export interface CancelContext {
  clock: Clock;
  /** Aborts when the runner stops the step (SIGINT or SIGTERM). */
  interrupt: AbortSignal;
  progress: Progress;
  /** Which deployments may be cancelled beyond the settings' own deployment-id: the guard's rule. */
  scope?: Scope;
  /** Told what `*` found, before any target is worked on. */
  onDiscovery?: (discovery: Discovery) => void;
  /** Told how requests leave the runner (a proxy, a CA bundle), once the client is made. */
  onConnection?: (connection: ConnectionPlan) => void;
  /** Told what the credentials say of themselves (when they expire), once they loaded. */
  onCredentials?: (facts: CredentialFacts) => void;
  /** Told, once per list call, that polling by it was denied and its targets are read one by one. */
  onListDenied?: (operation: string, type: Target['type']) => void;
  /** Jitter for backoff and the first poll; tests pass a fixed one. */
  random?: () => number;
  /** The longest one attempt may take; tests shorten it. */
  attemptTimeoutMs?: number;
  /** Makes the client: createProtonClient, or a fake in tests of the decisions. */
  connect?: ConnectProton;
}

export async function cancelAllTargets(settings: Settings, ctx: CancelContext): Promise<StepResult> {
  const { clock, progress } = ctx;
  const { dryRun } = settings;
  const scope: Scope = { ...ctx.scope, ...(settings.deploymentId ? { deploymentId: settings.deploymentId } : {}) };
  const startedAt = clock.now();
  const created = await (ctx.connect ?? createProtonClient)(settings);
  if ('problems' in created) return failedBeforeAnyRequest(settings, { kind: 'connection-settings', problems: created.problems });
  const { proton, connection } = created;
  ctx.onConnection?.(connection);
  try {
    const stop: Stop = { deadline: clock.timeout(settings.waitTimeoutSeconds * 1000), interrupt: ctx.interrupt };
    const credentials = await loadCredentials(proton, clock, stop);
    if ('problem' in credentials) return failedBeforeAnyRequest(settings, { kind: 'credentials', problem: credentials.problem });
    ctx.onCredentials?.(credentials.facts);
    const random = ctx.random ?? Math.random;
    const api = new ProtonApi({
      proton,
      clock,
      maxAttempts: settings.maxAttempts,
      slots: new RequestSlots(MAX_REQUESTS_IN_FLIGHT),
      rate: new AdaptiveRate(clock),
      attemptTimeoutMs: ctx.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS,
      random,
      startedAt,
      ...(connection.endpointProxy ? { via: connection.endpointProxy } : {}),
    });

    let targets = settings.targets;
    let discovery: Discovery | undefined;
    if (settings.wildcard) {
      try {
        discovery = await findInProgress(api, settings.wildcard, scope, stop);
      } catch (error) {
        assertRequestFailed(error);
        return { results: [], problem: { kind: 'list', request: error, wildcard: settings.wildcard, region: settings.region }, dryRun };
      }
      ctx.onDiscovery?.(discovery);
      if (discovery.matched.length > MAX_TARGETS) {
        return { results: [], discovery, problem: { kind: 'too-many-matched', matched: discovery.matched.length, max: MAX_TARGETS }, dryRun };
      }
      targets = discovery.matched;
    }

    const pollIntervalMs = settings.pollIntervalSeconds * 1000;
    const polls = new FleetPolls(targets, { api, clock, stop, pollIntervalMs, ...(ctx.onListDenied ? { onListDenied: ctx.onListDenied } : {}) });
    const targetContext = {
      api,
      polls,
      clock,
      stop,
      region: settings.region,
      dryRun,
      wait: settings.wait,
      pollIntervalMs,
      progress,
      random,
    };
    const work = dryRun ? previewTarget : cancelTarget;
    const results = await Promise.all(targets.map((target) => work(target, scope, targetContext)));
    return { results, ...(discovery ? { discovery } : {}), dryRun };
  } finally {
    proton.destroy();
  }
}

/** A problem that stops every target before any request to Proton: the same error for each. */
function failedBeforeAnyRequest(settings: Settings, problem: Failure): StepResult {
  const { dryRun } = settings;
  if (settings.wildcard) return { results: [], problem, dryRun };
  return { results: settings.targets.map((target) => ({ target, outcome: 'error', failure: problem, errorKind: 'no-request', waitedMs: 0 })), dryRun };
}
