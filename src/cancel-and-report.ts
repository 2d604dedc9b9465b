import { cancelAllTargets } from './cancel/cancel-all-targets.js';
import { systemClock, type Clock } from './lib/clock.js';
import { listenForInterruption } from './runner/interruption.js';
import { announceDiscovery, printTargetGroups } from './report/annotations.js';
import { LiveLog } from './report/log.js';
import { announcePlan } from './report/plan.js';
import { reportResults } from './report/report.js';
import { announceConnection, announceListDenied, announceStoppedProcesses, warnIfCredentialsExpireDuringWait } from './report/setup.js';
import { trackChildProcesses } from './runner/child-processes.js';
import type { Scope } from './domain/scope.js';
import type { Settings } from './settings/settings.js';

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
    announcePlan(settings);
    const log = new LiveLog();
    const step = await cancelAllTargets(settings, {
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
