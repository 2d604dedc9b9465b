// What people read in the log and the annotations: one sentence per target, one group per target,
// and a failure only for outcomes that fail the step.
import * as core from '@actions/core';
import type { TargetResult } from '../cancel/cancel-target.js';
import type { Outcome } from '../outcome.js';
import { describeTarget } from '../resources.js';
import type { Settings } from '../settings.js';
import type { TargetLog } from './log.js';
import { formatDuration, oneLine } from './text.js';

type OutcomeSettings = Pick<Settings, 'wait' | 'waitTimeoutSeconds' | 'failOn'>;

export function explainOutcome(result: TargetResult, settings: Pick<Settings, 'wait' | 'waitTimeoutSeconds'>): string {
  const status = result.resource?.deploymentStatus ?? 'no deployment status';
  const raw = result.resource?.deploymentStatusMessage;
  const message = raw ? ` (${JSON.stringify(oneLine(raw, 300))})` : '';
  switch (result.outcome) {
    case 'cancelled':
      return `Proton reports CANCELLED after ${formatDuration(result.waitedMs)}`;
    case 'succeeded':
      return 'the deployment finished (SUCCEEDED) before the cancellation took effect';
    case 'failed':
      return status === 'FAILED'
        ? `the cancellation attempt failed: Proton reports FAILED${message}`
        : `the deployment ended as ${status}${message}`;
    case 'timed-out':
      return `still ${status} when wait-timeout-seconds (${settings.waitTimeoutSeconds} s) ran out`;
    case 'not-in-progress':
      return `nothing to cancel: no deployment in progress (Proton reports ${status})`;
    case 'submitted':
      // A step that was asked to wait only submits when it was interrupted before the end.
      return settings.wait
        ? `cancellation requested (Proton reports ${status}); the step was interrupted before it ended`
        : `cancellation requested: Proton reports ${status} (wait is false)`;
    case 'error':
      return result.error ?? 'the request failed';
  }
}

export function failsStep(outcome: Outcome, failOn: readonly Outcome[]): boolean {
  return outcome === 'error' || failOn.includes(outcome);
}

export function printTargetGroup(result: TargetResult, log: TargetLog, settings: OutcomeSettings): void {
  core.startGroup(`${log.label}: ${result.outcome}`);
  for (const line of log.lines) core.info(line);
  core.info(`result: ${oneLine(explainOutcome(result, settings))}`);
  const resource = result.resource;
  if (resource?.arn) core.info(`arn: ${resource.arn}`);
  if (resource?.lastAttemptedDeploymentId) core.info(`deployment id: ${resource.lastAttemptedDeploymentId}`);
  if (resource?.lastSucceededDeploymentId) {
    core.info(`last succeeded deployment id: ${resource.lastSucceededDeploymentId}`);
  }
  core.endGroup();
}

// Outcomes worth an annotation when they do not fail the step. At most one annotation per kind, since
// the runner keeps only ten of each per step.
const NOTES: ReadonlyArray<{ outcome: Outcome; title: string; annotate: typeof core.warning }> = [
  { outcome: 'failed', title: 'Cancellation failed', annotate: core.warning },
  { outcome: 'timed-out', title: 'Still deploying when the wait ran out', annotate: core.warning },
  { outcome: 'succeeded', title: 'Deployment finished before the cancellation', annotate: core.warning },
  { outcome: 'not-in-progress', title: 'Nothing to cancel', annotate: core.notice },
];

export function announceOutcomes(
  results: readonly TargetResult[],
  settings: OutcomeSettings,
  interruptedBy?: string,
): void {
  const line = (r: TargetResult): string => `${describeTarget(r.target)}: ${explainOutcome(r, settings)}`;
  for (const { outcome, title, annotate } of NOTES) {
    const noted = results.filter((r) => r.outcome === outcome && !failsStep(r.outcome, settings.failOn));
    if (noted.length > 0) annotate(noted.map(line).join('\n'), { title });
  }

  const failing = results.filter((r) => failsStep(r.outcome, settings.failOn));
  const reasons: string[] = [];
  if (interruptedBy) {
    reasons.push(`The step was interrupted by ${interruptedBy}: it stopped waiting; cancellations already requested stand.`);
  }
  if (failing.length === 1 && results.length === 1) {
    reasons.push(`${line(failing[0]!)} (outcome ${failing[0]!.outcome}).`);
  } else if (failing.length > 0) {
    reasons.push(
      `${failing.length} of ${results.length} targets ended in an outcome that fails the step:\n` +
        failing.map((r) => `- ${line(r)} (outcome ${r.outcome})`).join('\n'),
    );
  }
  if (reasons.length > 0) core.setFailed(reasons.join('\n'));
}
