// The one place that decides what the step says it did: each target's title (its annotation, its
// heading when it is the only one), the step's heading and badge, the closing annotation's title,
// and what each count counts. The log, the annotations and the summary all take them from here, so
// they cannot disagree. Two counts, and only two, are ever shown:
// - "fail the step": targets whose outcome fails the step (error and interrupted always, plus fail-on);
// - "worth a look": the others that a person should still see (a deployment that finished or failed
//   without failing the step, a wait that ran out, a deployment left running, a newer deployment
//   cancelled instead of the one given).
import type { Outcome } from '../domain/outcome.js';
import { describeTarget, typeNoun } from '../domain/resources.js';
import type { Settings } from '../settings/settings.js';
import { cancelledInsteadOf, type ResultOf, type StepResult, type TargetResult } from '../domain/target-result.js';
import { count } from '../lib/text.js';
import { expiredSessionOf } from '../proton/failure-kinds.js';
import { failsStep } from './attention.js';

export type VerdictSettings = Pick<Settings, 'failOn'>;

const WORTH_A_LOOK: readonly Outcome[] = ['failed', 'timed-out', 'succeeded', 'left-running'];

export function isWorthALook(result: TargetResult, settings: VerdictSettings): boolean {
  return !failsStep(result.outcome, settings.failOn) && (WORTH_A_LOOK.includes(result.outcome) || cancelledInsteadOf(result) !== undefined);
}

export interface Tally {
  total: number;
  failing: TargetResult[];
  worthALook: TargetResult[];
}

export function tally(step: Pick<StepResult, 'results'>, settings: VerdictSettings): Tally {
  return {
    total: step.results.length,
    failing: step.results.filter((r) => failsStep(r.outcome, settings.failOn)),
    worthALook: step.results.filter((r) => isWorthALook(r, settings)),
  };
}

/** "2 of 6 targets fail the step": the same words in the closing annotation and the summary's heading. */
export function failingCount({ failing, total }: Tally): string {
  return `${failing.length} of ${count(total, 'target')} ${failing.length === 1 ? 'fails' : 'fail'} the step`;
}

export function worthALookCount({ worthALook, total }: Tally): string {
  return `${worthALook.length} of ${count(total, 'target')} worth a look`;
}

/** What happened to one target, in a few words: its annotation's title, and its heading when it is alone. */
export function titleOf(result: TargetResult, dryRun: boolean): string {
  switch (result.outcome) {
    case 'cancelled':
      return 'Cancelled';
    case 'succeeded':
      return 'Deployment finished before the cancellation';
    case 'failed':
      return result.deployment?.status === 'FAILED' ? 'Cancellation failed' : `Deployment ended as ${result.deployment?.status ?? 'unknown'}`;
    case 'timed-out':
      return result.deployment?.status === 'CANCELLING'
        ? 'Still cancelling when the wait ran out'
        : result.deployment?.status === 'IN_PROGRESS'
          ? 'Still deploying when the wait ran out'
          : 'End not known when the wait ran out';
    case 'interrupted':
      return 'Interrupted before the end';
    case 'left-running':
      return 'Left running by the guard';
    case 'would-cancel':
      return 'Would be cancelled (dry run)';
    case 'not-in-progress':
      return 'Nothing to cancel';
    case 'submitted':
      return 'Cancellation requested, not awaited';
    case 'error':
      return errorTitle(result, dryRun);
  }
}

function errorTitle(result: ResultOf<'error'>, dryRun: boolean): string {
  if (expiredSessionOf(result.failure)) return 'Credentials expired';
  switch (result.errorKind) {
    case 'no-request':
      return 'No request was made';
    case 'not-found':
      return 'Not found';
    case 'unknown-deployment':
      return 'Unknown deployment-id';
    case 'access-denied':
      return 'Access denied';
    case 'credentials':
      return 'Credentials rejected';
    case 'unreachable':
      return 'Could not reach Proton';
    case 'not-made':
      return 'Cancellation not made';
    case 'maybe-made':
      return 'Cancellation may have been made';
    case 'read-failed':
      return dryRun ? 'Could not read (dry run)' : 'Could not read the state';
  }
}

export interface Heading {
  badge: string;
  text: string;
}

export interface HeadingContext {
  /** The signal that interrupted the step, if one did. */
  interruptedBy?: string;
}

const BADGES: Readonly<Record<Outcome, string>> = {
  error: '❌',
  failed: '❌',
  'timed-out': '⏱️',
  interrupted: '⏹️',
  succeeded: '⚠️',
  'left-running': '⏭️',
  'would-cancel': '🔎',
  'not-in-progress': 'ℹ️',
  submitted: '📨',
  cancelled: '✅',
};

export function badgeOf(outcome: Outcome): string {
  return BADGES[outcome];
}

/**
 * The step in one line: what was cancelled (the target, when there is one), then what came of it.
 * A step that fails never shows a success mark.
 */
export function headingOf(step: StepResult, settings: VerdictSettings, { interruptedBy }: HeadingContext = {}): Heading {
  const counts = tally(step, settings);
  const only = step.results.length === 1 ? step.results[0] : undefined;
  const what = only ? `Cancel Proton deployment of ${nameOf(only.target)}` : 'Cancel Proton deployments';
  const subject = `${what}${step.dryRun ? ' (dry run)' : ''}`;
  const fails = step.problem !== undefined || counts.failing.length > 0 || interruptedBy !== undefined;

  let text: string;
  if (step.problem) text = 'nothing could be cancelled';
  else if (only) text = lowerFirst(titleOf(only, step.dryRun));
  else if (counts.total === 0) text = 'nothing to cancel';
  else if (counts.failing.length > 0) text = failingCount(counts);
  else if (counts.worthALook.length > 0) text = worthALookCount(counts);
  else if (step.dryRun) text = `${count(step.results.filter((r) => r.outcome === 'would-cancel').length, 'deployment')} would be cancelled`;
  else if (step.results.every((r) => r.outcome === 'cancelled')) text = `all ${counts.total} cancelled`;
  else text = `all ${counts.total} ended as expected`;
  if (interruptedBy && !(only?.outcome === 'interrupted')) text = `interrupted by ${interruptedBy}; ${text}`;
  else if (interruptedBy) text = `interrupted by ${interruptedBy} before the end`;

  let badge: string;
  if (interruptedBy) badge = BADGES.interrupted;
  else if (fails) badge = '❌';
  else if (only) badge = BADGES[only.outcome];
  else if (counts.worthALook.length > 0) badge = counts.worthALook.every((r) => r.outcome === 'left-running') ? BADGES['left-running'] : '⚠️';
  else if (step.dryRun) badge = '🔎';
  else if (counts.total === 0) badge = BADGES['not-in-progress'];
  else badge = '✅';
  return { badge, text: `${subject}: ${text}` };
}

/** The closing error annotation's title, when the step fails: the same words as the heading. */
export function failureTitle(step: StepResult, settings: VerdictSettings, interruptedBy?: string): string {
  const counts = tally(step, settings);
  if (step.problem) return 'Nothing could be cancelled';
  const failingOtherwise = counts.failing.filter((r) => r.outcome !== 'interrupted');
  if (interruptedBy && failingOtherwise.length === 0) return `Interrupted by ${interruptedBy}`;
  if (counts.total === 1 && counts.failing.length === 1) return titleOf(counts.failing[0]!, step.dryRun);
  return capitalise(failingCount(counts));
}

/** "service instance api/prod": the type as a noun, then the name as it is. */
function nameOf(target: TargetResult['target']): string {
  return `${typeNoun(target.type)} ${describeTarget(target).slice(target.type.length + 1)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
