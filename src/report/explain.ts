// Each target's outcome in words, and what `*` found: the sentences the log, the annotations and the
// summary share.
import { expiredSessionOf } from '../proton/failure-kinds.js';
import { failureWords, SESSION_ADVICE } from './failure-words.js';
import type { Failure } from '../domain/failure.js';
import { describeTarget, resourceType, typeNoun } from '../domain/resources.js';
import type { Settings } from '../settings/settings.js';
import { WILDCARD } from '../domain/wildcard.js';
import { cancelledInsteadOf, type Discovery, type LeftAlone, type TargetResult } from '../domain/target-result.js';
import { count, formatDuration, oneLine } from '../lib/text.js';

export interface ExplainOptions {
  /** Put Proton's status message in the sentence; off where it is shown on its own. */
  withMessage?: boolean;
}

export function explainOutcome(
  result: TargetResult,
  settings: Pick<Settings, 'wait' | 'waitTimeoutSeconds'>,
  { withMessage = true }: ExplainOptions = {},
): string {
  const deployment = result.deployment;
  const status = deployment?.status ?? 'no deployment status';
  const raw = deployment?.statusMessage;
  const message = raw && withMessage ? ` (${JSON.stringify(oneLine(raw, 300))})` : '';
  const byOthers = (r: { alreadyCancelling?: boolean }): string =>
    r.alreadyCancelling ? '; the cancellation was already under way when this step asked, started by someone else' : '';
  const newer = (r: { newerDeploymentId?: string }): string =>
    r.newerDeploymentId ? ` (deployment ${deployment?.id ?? '?'}, from Proton's deployment history: a newer deployment ${r.newerDeploymentId} has started since)` : '';
  const readsFailing = (r: { readFailure?: Failure }): string => (r.readFailure ? `; status reads were failing: ${failureWords(r.readFailure)}` : '');
  switch (result.outcome) {
    case 'cancelled':
      return `Proton reports CANCELLED after ${formatDuration(result.waitedMs)}${newer(result)}${byOthers(result)}`;
    case 'succeeded':
      return `the deployment finished (SUCCEEDED) before the cancellation took effect${newer(result)}`;
    case 'failed':
      return status === 'FAILED'
        ? `the cancellation attempt failed: Proton reports FAILED${message}${newer(result)}${byOthers(result)}`
        : `the deployment ended as ${status}${message}${newer(result)}`;
    case 'timed-out':
      return `still ${status} when wait-timeout-seconds (${settings.waitTimeoutSeconds} s) ran out${byOthers(result)}${readsFailing(result)}`;
    case 'would-cancel':
      return `deployment ${deployment?.id ?? '(no id)'} is IN_PROGRESS: a run without dry-run would cancel it`;
    case 'not-in-progress': {
      const fact = factOf(result);
      if (fact) return fact;
      if (result.alreadyCancelling) return `nothing to cancel: already being cancelled, not by this step (Proton reports ${status})`;
      if (result.newerDeploymentId) return `nothing to cancel: deployment ${deployment?.id ?? '?'} is ${status}; the latest deployment is ${result.newerDeploymentId}`;
      return `nothing to cancel: no deployment in progress (Proton reports ${status})`;
    }
    case 'submitted': {
      const unknown = result.readFailure ? `; its status could not be read: ${failureWords(result.readFailure)}` : '';
      if (result.alreadyCancelling) return `already being cancelled, not by this step (Proton reports ${status}); not waiting for the end (wait is false)${unknown}`;
      return `cancellation requested: Proton reports ${status}; not waiting for the end (wait is false)${unknown}`;
    }
    case 'interrupted': {
      const who = result.alreadyCancelling ? 'the cancellation already under way (not this step\'s)' : 'the cancellation requested';
      return `interrupted while Proton reported ${status}: ${who} stands; its end is not known${readsFailing(result)}`;
    }
    case 'left-running':
      return describeLeftAlone(result.leftAlone);
    case 'error':
      return failureWords(result.failure);
  }
}

/** What a person must know beyond the status, when there is such a thing: the guard left it alone, or a race. */
export function factOf(result: TargetResult): string | undefined {
  if (result.outcome === 'left-running') return describeLeftAlone(result.leftAlone);
  const instead = cancelledInsteadOf(result);
  if (instead) {
    return `deployment ${result.deployment?.id ?? '?'} had ended (${result.deployment?.status ?? 'status unknown'}) before the cancel request, which reached deployment ${instead} instead: it started in between and was cancelled; check it in the Proton console`;
  }
  return undefined;
}

/** "service-instance-name: * matched 3 service instances of service api whose deployment is IN_PROGRESS: a, b, c." */
export function describeDiscovery({ wildcard, matched, leftAlone }: Discovery, listAtMost = 20): string {
  const type = resourceType(wildcard.type);
  const noun = typeNoun(type.id);
  const of = wildcard.serviceName ? ` of service ${wildcard.serviceName}` : type.serviceInput ? ' of every service' : '';
  const names = (targets: Discovery['matched']): string => {
    const shown = targets.slice(0, listAtMost).map((t) => t.name).join(', ');
    return targets.length > listAtMost ? `${shown} and ${targets.length - listAtMost} more` : shown;
  };
  const found =
    matched.length === 0
      ? `${type.namesInput}: ${WILDCARD} matched no ${noun}${of} whose deployment is IN_PROGRESS: nothing to cancel.`
      : `${type.namesInput}: ${WILDCARD} matched ${count(matched.length, noun)}${of} whose deployment is IN_PROGRESS: ${names(matched)}.`;
  const left =
    leftAlone.length > 0
      ? ` Left running, because they started before this job armed the guard: ${leftAlone
          .slice(0, listAtMost)
          .map((l) => `${l.target.name}${l.deploymentId ? ` (deployment ${l.deploymentId}${l.attemptedAt ? `, started ${l.attemptedAt.toISOString()}` : ''})` : ''}`)
          .join(', ')}${leftAlone.length > listAtMost ? ` and ${leftAlone.length - listAtMost} more` : ''}.`
      : '';
  return found + left;
}

/** When AWS said the credentials had expired: since when, which cancellations stand, which were not made, and what to do. */
export function describeExpiredCredentials(results: readonly TargetResult[]): string | undefined {
  const expired = results.flatMap((r) => {
    const session = r.outcome === 'error' ? expiredSessionOf(r.failure) : undefined;
    return session ? [{ target: r.target, ...session }] : [];
  });
  if (expired.length === 0) return undefined;
  const first = Math.min(...expired.map((r) => r.afterMs));
  const names = (rs: ReadonlyArray<{ target: TargetResult['target'] }>): string => rs.map((r) => describeTarget(r.target)).join(', ');
  const stand = expired.filter((r) => r.cancellationStands);
  const notMade = expired.filter((r) => !r.cancellationStands);
  return [
    `The AWS credentials expired ${formatDuration(first)} into the step.`,
    stand.length > 0 ? `The cancellations already requested stand, but where they ended could not be read: ${names(stand)}.` : '',
    notMade.length > 0 ? `Not cancelled, because the credentials had expired: ${names(notMade)}.` : '',
    SESSION_ADVICE,
  ]
    .filter(Boolean)
    .join(' ');
}

/** "left running: deployment X started at T, before this job armed the guard, so it is not this job's". */
export function describeLeftAlone({ deploymentId, attemptedAt }: Pick<LeftAlone, 'deploymentId' | 'attemptedAt'>): string {
  const which = deploymentId ? `deployment ${deploymentId}` : 'the deployment in progress';
  return attemptedAt
    ? `left running: ${which} started at ${attemptedAt.toISOString()}, before this job armed the guard, so it is not this job's`
    : `left running: Proton does not say when ${which} started, so the guard cannot tell it is this job's`;
}
