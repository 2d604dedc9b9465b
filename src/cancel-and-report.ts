import { cancelDeployments } from './cancel/cancel-deployments.js';
import { systemClock, type Clock } from './lib/clock.js';
import { listenForInterruption } from './runner/interruption.js';
import { describeTarget, resourceType, typeNoun } from './domain/resources.js';
import { announceDiscovery, printTargetGroups } from './report/annotations.js';
import { LiveLog, printLine } from './report/log.js';
import { reportResults } from './report/report.js';
import { announceConnection, announceListDenied, announceStoppedProcesses, warnIfCredentialsExpireDuringWait } from './report/setup.js';
import { trackChildProcesses } from './runner/child-processes.js';
import { endGroup, startGroup } from './runner/runner.js';
import type { Scope } from './domain/scope.js';
import type { Settings } from './settings/settings.js';
import { WILDCARD } from './domain/wildcard.js';

export interface RunOptions {
  /** A line saying why this step ran, for the post step that runs after a job was cancelled. */
  note?: string;
  /** The guard's rule, in the post step. */
  scope?: Scope;
  clock?: Clock;
}

/** Cancels the targets, then reports: also when the deadline, SIGINT or SIGTERM cut the work short. */
export async function cancelAndReport(settings: Settings, { note, scope, clock = systemClock }: RunOptions = {}): Promise<void> {
  const interruption = listenForInterruption();
  const children = trackChildProcesses();
  try {
    printLine(describePlan(settings));
    printTargetList(settings);
    const log = new LiveLog();
    const step = await cancelDeployments(settings, {
      clock,
      interrupt: interruption.signal,
      progress: log,
      ...(scope ? { scope } : {}),
      onDiscovery: announceDiscovery,
      onConnection: announceConnection,
      onCredentials: (facts) => warnIfCredentialsExpireDuringWait(facts, settings),
      onListDenied: announceListDenied,
    });
    printTargetGroups(step.results, settings);
    const interruptedBy = interruption.reason();
    await reportResults(step, settings, { ...(interruptedBy ? { interruptedBy } : {}), ...(note ? { note } : {}) });
  } finally {
    interruption.dispose();
    announceStoppedProcesses(await children.stopAll());
    children.restore();
  }
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

export function describePlan(settings: Settings): string {
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
