// What the step is about to do, said before it starts: the opening line and the list of targets, and,
// for the guard, what it armed and why its post step runs.
import { describeTarget, resourceType, typeNoun } from '../domain/resources.js';
import { WILDCARD } from '../domain/wildcard.js';
import { endGroup, startGroup } from '../runner/runner.js';
import type { Settings } from '../settings/settings.js';
import { printLine } from './log.js';

/** The opening line, then (with many targets) the list of them, folded. */
export function announcePlan(settings: Settings): void {
  printLine(describePlan(settings));
  printTargetList(settings);
}

/** Up to this many targets are named in the opening line; more are counted, and listed in a group. */
const NAMED_IN_OPENING_LINE = 3;

/**
 * "service-instance api/prod, service-instance api/stage"; "12 service instances of api" when there
 * are many; or what `*` will look for.
 */
export function describeTargets(settings: Pick<Settings, 'targets' | 'wildcard'>): string {
  const { wildcard, targets } = settings;
  if (wildcard) {
    const type = resourceType(wildcard.type);
    const of = wildcard.serviceName ? `of service ${wildcard.serviceName} ` : type.serviceInput ? 'of every service ' : '';
    return `every ${typeNoun(type.id)} ${of}whose deployment is IN_PROGRESS (${type.namesInput}: ${WILDCARD}${type.serviceInput && !wildcard.serviceName ? `, ${type.serviceInput}: ${WILDCARD}` : ''})`;
  }
  if (targets.length <= NAMED_IN_OPENING_LINE) return targets.map(describeTarget).join(', ');
  const types = new Set(targets.map((t) => t.type));
  const services = new Set(targets.map((t) => t.serviceName));
  if (types.size > 1) return `${targets.length} targets`;
  const noun = `${typeNoun(targets[0]!.type)}s`;
  const service = services.size === 1 && targets[0]!.serviceName ? ` of service ${targets[0]!.serviceName}` : '';
  return `${targets.length} ${noun}${service}`;
}

/** With more targets than the opening line names, the full list, folded. */
function printTargetList(settings: Settings): void {
  if (settings.wildcard || settings.targets.length <= NAMED_IN_OPENING_LINE) return;
  startGroup(`The ${settings.targets.length} targets`);
  for (const target of settings.targets) printLine(describeTarget(target));
  endGroup();
}

function describePlan(settings: Settings): string {
  const what = describeTargets(settings);
  const which = settings.deploymentId ? ` (only deployment ${settings.deploymentId})` : '';
  if (settings.dryRun) {
    return `Dry run: reading ${what}${which} in ${settings.region} to report what would be cancelled; no cancel request will be made.`;
  }
  const waiting = settings.wait
    ? `waiting up to ${settings.waitTimeoutSeconds} s for Proton to report where each deployment ended`
    : 'not waiting for the end (wait is false)';
  return `Cancelling the in-progress deployment of ${what}${which} in ${settings.region}; ${waiting}.`;
}

/** `when: job-cancelled` armed: what the post step will do if the job is cancelled, and what it will leave alone. */
export function announceArmed(settings: Settings, { since, allowanceSeconds, waitSeconds }: { since: Date; allowanceSeconds: number; waitSeconds: number }): void {
  printLine(
    `Armed: if this job is cancelled, the post step will ${settings.dryRun ? 'report what it would cancel of' : 'cancel the deployment of'} ${describeTargets(settings)} (waiting at most ${waitSeconds} s). ` +
      `It cancels only a deployment that started at or after ${since.toISOString()} (now, less ${allowanceSeconds} s), so as to stop this job's deployment and no one else's. No request was made now.`,
  );
}

/** The post step's opening, and why it waits less than wait-timeout-seconds when it does. */
export function announceGuardPostStep(settings: Pick<Settings, 'wait' | 'waitTimeoutSeconds'>, waitSeconds: number): void {
  printLine('The job was cancelled: cancelling the deployments armed by `when: job-cancelled`.');
  if (settings.wait && waitSeconds < settings.waitTimeoutSeconds) {
    printLine(
      `Waiting at most ${waitSeconds} s instead of wait-timeout-seconds (${settings.waitTimeoutSeconds} s): the runner gives cleanup about 5 minutes after a cancel.`,
    );
  }
}

/** The summary's note in the guard's post step. */
export const GUARD_POST_STEP_NOTE =
  'The job was cancelled, so this post step cancelled the deployments armed by when: job-cancelled, if they started after it armed.';
