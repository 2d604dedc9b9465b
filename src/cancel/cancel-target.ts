// Cancel one deployment and, if asked, follow it until Proton says where it ended.
import type { ProtonClient } from '@aws-sdk/client-proton';
import type { Clock } from '../clock.js';
import { isStillDeploying, outcomeOfEndStatus, type Outcome } from '../outcome.js';
import { describeFailure, isConflict } from '../proton/errors.js';
import { resourceType, type ProtonResource, type Target } from '../resources.js';
import type { TargetLog } from '../report/log.js';
import { formatDuration, oneLine } from '../report/text.js';

export interface TargetResult {
  target: Target;
  outcome: Outcome;
  /** The resource as Proton last returned it. */
  resource?: ProtonResource;
  /** Why the target ended as `error`. */
  error?: string;
  waitedMs: number;
}

export interface CancelOptions {
  client: ProtonClient;
  clock: Clock;
  region: string;
  wait: boolean;
  pollIntervalMs: number;
  /** Aborts when wait-timeout-seconds has run out. */
  deadline: AbortSignal;
  /** Aborts when the runner stops the step (SIGINT or SIGTERM). */
  interrupt: AbortSignal;
  log: TargetLog;
}

export async function cancelTarget(target: Target, options: CancelOptions): Promise<TargetResult> {
  const { client, clock, log, deadline, interrupt } = options;
  const type = resourceType(target.type);
  const startedAt = clock.now();
  const request = { abortSignal: AbortSignal.any([deadline, interrupt]) };
  const waited = (): number => clock.now() - startedAt;
  const end = (outcome: Outcome, resource: ProtonResource | undefined, error?: string): TargetResult => ({
    target,
    outcome,
    ...(resource ? { resource } : {}),
    ...(error ? { error } : {}),
    waitedMs: waited(),
  });
  const failure = (error: unknown, operation: string): string => {
    if (interrupt.aborted) return `The step was interrupted before Proton answered ${operation}.`;
    if (deadline.aborted) return `Proton did not answer ${operation} before wait-timeout-seconds ran out.`;
    return describeFailure(error, { operation, target, region: options.region });
  };

  let resource: ProtonResource | undefined;
  try {
    resource = await type.cancel(client, target, request);
  } catch (error) {
    if (!isConflict(error) || interrupt.aborted || deadline.aborted) {
      return end('error', undefined, failure(error, type.cancelOperation));
    }
    // Nothing IN_PROGRESS: report where the resource is now, so the step is safe to run any time.
    try {
      resource = await type.read(client, target, request);
    } catch (readError) {
      return end('error', undefined, failure(readError, type.readOperation));
    }
    log.info(`nothing to cancel: no deployment in progress (${statusText(resource)})`);
    return end('not-in-progress', resource);
  }

  log.info(`cancellation requested: ${statusText(resource)}`);
  if (!isStillDeploying(resource?.deploymentStatus)) return end(outcomeOfEndStatus(resource?.deploymentStatus), resource);
  if (!options.wait) return end('submitted', resource);

  // Once the cancellation was accepted, an interruption only stops us watching it (submitted), and
  // the deadline ends the wait (timed-out), whether it came during a sleep or an open read.
  const stoppedWaiting = (): TargetResult | undefined =>
    interrupt.aborted ? end('submitted', resource) : deadline.aborted ? end('timed-out', resource) : undefined;

  let deploymentId = resource?.lastAttemptedDeploymentId;
  for (let poll = 1; isStillDeploying(resource?.deploymentStatus); poll++) {
    await clock.sleep(options.pollIntervalMs, request.abortSignal);
    const stopped = stoppedWaiting();
    if (stopped) return stopped;

    let next: ProtonResource | undefined;
    try {
      next = await type.read(client, target, request);
    } catch (error) {
      return stoppedWaiting() ?? end('error', resource, failure(error, type.readOperation));
    }
    log.debug(`poll ${poll}: ${next?.deploymentStatus ?? 'no status'} after ${formatDuration(waited())}`);
    if (next?.deploymentStatus !== resource?.deploymentStatus) log.info(statusText(next, waited()));
    if (deploymentId && next?.lastAttemptedDeploymentId && next.lastAttemptedDeploymentId !== deploymentId) {
      log.info(
        `a newer deployment ${next.lastAttemptedDeploymentId} has started; the status now describes it, not ${deploymentId}`,
      );
      deploymentId = next.lastAttemptedDeploymentId;
    }
    resource = next;
  }
  return end(outcomeOfEndStatus(resource?.deploymentStatus), resource);
}

function statusText(resource: ProtonResource | undefined, waitedMs?: number): string {
  const status = resource?.deploymentStatus ?? 'no deployment status';
  const after = waitedMs === undefined ? '' : ` after ${formatDuration(waitedMs)}`;
  const message = resource?.deploymentStatusMessage ? `: ${JSON.stringify(oneLine(resource.deploymentStatusMessage))}` : '';
  return `Proton reports ${status}${after}${message}`;
}
