// What people read in the log and the annotations: one sentence per target, one group per target,
// and a failure only for outcomes that fail the step.
import { annotate, endGroup, startGroup, type AnnotationKind } from '../runner/runner.js';
import type { Outcome } from '../domain/outcome.js';
import { consoleUrl, describeTarget } from '../domain/resources.js';
import type { Settings } from '../settings/settings.js';
import { cancelledInsteadOf, newerDeploymentOf, newerStartedOf, type Discovery, type StepResult, type TargetResult } from '../domain/target-result.js';
import { failsStep } from './attention.js';
import { failureWords } from './failure-words.js';
import { describeDiscovery, describeExpiredCredentials, describeLeftAlone, explainOutcome } from './explain.js';
import { failStep, printLine } from './log.js';
import { capitalise, failingCount, failureTitle, isWorthALook, tally, titleOf } from './verdict.js';

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
      const newer = newerDeploymentOf(result);
      printLine(`deployment id: ${deployment.id}${newer ? ` (a newer deployment, ${newer}, has started since)` : ''}`);
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

// Notices for what needs no action, warnings for what is worth a look; the step's failure is one error.
const NOTICE_OUTCOMES: readonly Outcome[] = ['would-cancel', 'not-in-progress', 'left-running'];

/**
 * The annotations: targets that do not fail the step but are worth a line, grouped by what happened
 * (one annotation per title, since the runner keeps ten of each kind per step), then one error with
 * every reason the step fails. Every line is "<target>: <what happened>", each fact once.
 */
export function announceOutcomes(step: StepResult, settings: OutcomeSettings, interruptedBy?: string): void {
  const { results } = step;
  const line = (r: TargetResult): string => `${describeTarget(r.target)}: ${explainOutcome(r, settings)}`;
  const groups = new Map<string, { kind: AnnotationKind; lines: string[] }>();
  const add = (title: string, kind: AnnotationKind, text: string): void => {
    const group = groups.get(title) ?? { kind, lines: [] };
    group.lines.push(text);
    groups.set(title, group);
  };
  for (const result of results) {
    if (failsStep(result.outcome, settings.failOn) || cancelledInsteadOf(result)) continue;
    const kind: AnnotationKind | undefined = NOTICE_OUTCOMES.includes(result.outcome) ? 'notice' : isWorthALook(result, settings) ? 'warning' : undefined;
    if (kind) add(titleOf(result, step.dryRun), kind, line(result));
  }
  // What "*" left out in the guard's post step belongs with the targets the guard left running.
  for (const left of step.discovery?.leftAlone ?? []) add(titleOf({ target: left.target, outcome: 'left-running', leftAlone: left, waitedMs: 0 }, step.dryRun), 'notice', `${describeTarget(left.target)}: ${describeLeftAlone(left)}.`);
  for (const [title, { kind, lines }] of groups) annotate(kind, lines.join('\n'), title);

  if (step.discovery && step.discovery.matched.length === 0) annotate('notice', describeDiscovery(step.discovery), 'Nothing matched *');
  const instead = results.filter((r) => cancelledInsteadOf(r));
  if (instead.length > 0) annotate('warning', instead.map(line).join('\n'), 'A newer deployment was cancelled');
  const newer = results.filter((r) => newerStartedOf(r));
  if (newer.length > 0) {
    annotate(
      'notice',
      newer
        .map((r) => `${describeTarget(r.target)}: a newer deployment ${newerStartedOf(r)} started after deployment ${r.deployment?.id ?? '?'}; this step did not touch it.`)
        .join('\n'),
      'A newer deployment started',
    );
  }

  const counts = tally(step, settings);
  const reasons: string[] = [];
  if (step.problem) reasons.push(failureWords(step.problem));
  const expired = describeExpiredCredentials(results);
  if (expired) reasons.push(expired);
  if (interruptedBy) {
    reasons.push(`The step was interrupted by ${interruptedBy}: it stopped waiting; cancellations already requested stand.`);
  }
  const failing = counts.failing.filter((r) => !(interruptedBy && r.outcome === 'interrupted'));
  if (failing.length === 1 && results.length === 1) {
    reasons.push(`${line(failing[0]!)} (outcome ${failing[0]!.outcome}).`);
  } else if (failing.length > 0) {
    reasons.push(`${capitalise(failingCount(counts))}:\n` + counts.failing.map((r) => `- ${line(r)} (outcome ${r.outcome})`).join('\n'));
  }
  if (reasons.length > 0) failStep(reasons.join('\n'), failureTitle(step, settings, interruptedBy));
}
