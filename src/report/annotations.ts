// What people read in the log and the annotations: one sentence per target, one group per target,
// and a failure only for outcomes that fail the step.
import { annotate, endGroup, startGroup, type AnnotationKind } from '../runner/runner.js';
import type { Outcome } from '../outcome.js';
import { consoleUrl, describeTarget } from '../resources.js';
import { describeLeftAlone } from '../scope.js';
import type { Settings } from '../settings.js';
import type { Discovery, StepResult, TargetResult } from '../target-result.js';
import { failsStep } from './attention.js';
import { describeDiscovery, describeExpiredCredentials, explainOutcome } from './explain.js';
import { failStep, printLine } from './log.js';

type OutcomeSettings = Pick<Settings, 'wait' | 'waitTimeoutSeconds' | 'failOn'>;

/**
 * One group per target, in input order, once every target has ended: what a person needs to act on
 * it, each fact once (the live lines above already told the story as it happened).
 */
export function printTargetGroups(results: readonly TargetResult[], settings: OutcomeSettings & Pick<Settings, 'region'>): void {
  for (const result of results) {
    const { resource, deployment } = result;
    startGroup(`${describeTarget(result.target)}: ${result.outcome}`);
    printLine(`outcome: ${result.outcome}: ${explainOutcome(result, settings, { withMessage: false })}`);
    if (deployment?.statusMessage && result.outcome !== 'error') printLine(`status message: ${deployment.statusMessage}`);
    if (deployment?.id) {
      printLine(`deployment id: ${deployment.id}${result.newerDeploymentId ? ` (a newer deployment, ${result.newerDeploymentId}, has started since)` : ''}`);
    }
    if (resource) printLine(`console: ${consoleUrl(result.target, settings.region)}`);
    if (resource?.arn) printLine(`arn: ${resource.arn}`);
    endGroup();
  }
}

/** What `*` found, said as soon as it is known, before any target is worked on. */
export function announceDiscovery(discovery: Discovery): void {
  printLine(describeDiscovery(discovery));
}

// Outcomes worth an annotation when they do not fail the step. At most one annotation per kind, since
// the runner keeps only ten of each per step.
const NOTES: ReadonlyArray<{ outcome: Outcome; title: string; kind: AnnotationKind }> = [
  { outcome: 'failed', title: 'Cancellation failed', kind: 'warning' },
  { outcome: 'timed-out', title: 'Still deploying when the wait ran out', kind: 'warning' },
  { outcome: 'succeeded', title: 'Deployment finished before the cancellation', kind: 'warning' },
  { outcome: 'would-cancel', title: 'Would be cancelled (dry run)', kind: 'notice' },
  { outcome: 'not-in-progress', title: 'Nothing to cancel', kind: 'notice' },
];

export function announceOutcomes(step: StepResult, settings: OutcomeSettings, interruptedBy?: string): void {
  const { results } = step;
  const line = (r: TargetResult): string => `${describeTarget(r.target)}: ${explainOutcome(r, settings)}`;
  for (const { outcome, title, kind } of NOTES) {
    const noted = results.filter((r) => r.outcome === outcome && !failsStep(r.outcome, settings.failOn));
    if (noted.length > 0) annotate(kind, noted.map(line).join('\n'), title);
  }
  if (step.discovery && step.discovery.matched.length === 0) annotate('notice', describeDiscovery(step.discovery), 'Nothing matched *');
  const leftAlone = [
    ...(step.discovery?.leftAlone ?? []),
    ...results.flatMap((r) => (r.leftAlone ? [r.leftAlone] : [])),
  ];
  if (leftAlone.length > 0) {
    annotate('notice', leftAlone.map((l) => `${describeTarget(l.target)}: ${describeLeftAlone(l)}.`).join('\n'), 'Left alone by the guard');
  }
  const instead = results.filter((r) => r.cancelledInstead);
  if (instead.length > 0) annotate('warning', instead.map(line).join('\n'), 'A newer deployment was cancelled');
  const newer = results.filter((r) => r.newerDeploymentId && !r.cancelledInstead);
  if (newer.length > 0) {
    annotate(
      'notice',
      newer
        .map(
          (r) =>
            `${describeTarget(r.target)}: a newer deployment ${r.newerDeploymentId} started after deployment ${r.deployment?.id ?? '?'}; this step did not touch it.`,
        )
        .join('\n'),
      'A newer deployment started',
    );
  }

  const failing = results.filter((r) => failsStep(r.outcome, settings.failOn));
  const reasons: string[] = [];
  if (step.problem) reasons.push(step.problem);
  const expired = describeExpiredCredentials(results);
  if (expired) reasons.push(expired);
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
  if (reasons.length > 0) failStep(reasons.join('\n'), failureTitle(step, failing.length, interruptedBy));
}

function failureTitle(step: StepResult, failing: number, interruptedBy: string | undefined): string {
  if (step.problem) return 'Nothing could be cancelled';
  if (failing === 0 && interruptedBy) return `Interrupted by ${interruptedBy}`;
  return failing === 1 && step.results.length === 1 ? 'Cancellation did not end as wanted' : `${failing} of ${step.results.length} targets did not end as wanted`;
}
