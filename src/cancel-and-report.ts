import * as core from '@actions/core';
import { cancelDeployments } from './cancel/cancel-deployments.js';
import { systemClock, type Clock } from './clock.js';
import { listenForInterruption } from './interruption.js';
import { describeTarget } from './resources.js';
import { reportResults } from './report/report.js';
import type { Settings } from './settings.js';

/** Cancels the targets, then reports: also when SIGINT or SIGTERM cut the wait short. */
export async function cancelAndReport(settings: Settings, note?: string, clock: Clock = systemClock): Promise<void> {
  const interruption = listenForInterruption();
  try {
    core.info(describePlan(settings));
    const results = await cancelDeployments(settings, { clock, interrupt: interruption.signal });
    const interruptedBy = interruption.reason();
    await reportResults(results, settings, { ...(interruptedBy ? { interruptedBy } : {}), ...(note ? { note } : {}) });
  } finally {
    interruption.dispose();
  }
}

export function describePlan(settings: Settings): string {
  const what = settings.targets.map(describeTarget).join(', ');
  const waiting = settings.wait
    ? `waiting up to ${settings.waitTimeoutSeconds} s for Proton to report where each deployment ended`
    : 'not waiting for the end (wait is false)';
  return `Cancelling the in-progress deployment of ${what} in ${settings.region}; ${waiting}.`;
}
