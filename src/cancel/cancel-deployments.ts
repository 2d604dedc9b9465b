// Cancel (or, in a dry run, preview) every target of the step within one shared deadline: the named
// ones, or those `*` finds. Every target starts at once: what is bounded is the number of requests
// in flight, so a fleet's cancel requests all go out promptly and no target waits for another's wait.
import type { Clock } from '../clock.js';
import { findInProgress } from '../discover/find-in-progress.js';
import type { Progress } from '../progress.js';
import { AdaptiveRate } from '../proton/adaptive-rate.js';
import { ProtonApi, RequestFailed, type Stop } from '../proton/api.js';
import { ATTEMPT_TIMEOUT_MS, createProtonClient } from '../proton/client.js';
import { findCredentialsProblem } from '../proton/credentials.js';
import { describeListFailure } from '../proton/errors.js';
import { RequestSlots } from '../proton/request-slots.js';
import type { Scope } from '../scope.js';
import { MAX_TARGETS, type Settings } from '../settings.js';
import type { Discovery, StepResult } from '../target-result.js';
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
  /** Jitter for backoff and the first poll; tests pass a fixed one. */
  random?: () => number;
  /** The longest one attempt may take; tests shorten it. */
  attemptTimeoutMs?: number;
}

export async function cancelDeployments(settings: Settings, ctx: CancelContext): Promise<StepResult> {
  const { clock, progress } = ctx;
  const { dryRun } = settings;
  const scope: Scope = { ...ctx.scope, ...(settings.deploymentId ? { deploymentId: settings.deploymentId } : {}) };
  const proton = await createProtonClient(settings);
  try {
    const stop: Stop = { deadline: clock.timeout(settings.waitTimeoutSeconds * 1000), interrupt: ctx.interrupt };
    const credentialsProblem = await findCredentialsProblem(proton, clock, stop);
    if (credentialsProblem) {
      if (settings.wildcard) return { results: [], problem: credentialsProblem, dryRun };
      return { results: settings.targets.map((target) => ({ target, outcome: 'error', error: credentialsProblem, waitedMs: 0 })), dryRun };
    }
    const random = ctx.random ?? Math.random;
    const api = new ProtonApi({
      proton,
      clock,
      maxAttempts: settings.maxAttempts,
      slots: new RequestSlots(MAX_REQUESTS_IN_FLIGHT),
      rate: new AdaptiveRate(clock),
      attemptTimeoutMs: ctx.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS,
      random,
    });

    let targets = settings.targets;
    let discovery: Discovery | undefined;
    if (settings.wildcard) {
      try {
        discovery = await findInProgress(api, settings.wildcard, scope, stop);
      } catch (error) {
        if (!(error instanceof RequestFailed)) throw error;
        return { results: [], problem: describeListFailure(error, settings.wildcard, settings.region), dryRun };
      }
      ctx.onDiscovery?.(discovery);
      if (discovery.matched.length > MAX_TARGETS) {
        return { results: [], discovery, problem: `"*" matched ${discovery.matched.length} deployments in progress, more than one step handles (${MAX_TARGETS}): nothing was cancelled. Name them in several steps.`, dryRun };
      }
      targets = discovery.matched;
    }

    const targetContext = {
      api,
      clock,
      stop,
      region: settings.region,
      wait: settings.wait,
      pollIntervalMs: settings.pollIntervalSeconds * 1000,
      progress,
      random,
    };
    const work = dryRun ? previewTarget : cancelTarget;
    const results = await Promise.all(targets.map((target) => work(target, scope, targetContext)));
    return { results, ...(discovery ? { discovery } : {}), dryRun };
  } finally {
    proton.client.destroy();
  }
}
