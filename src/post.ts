// The post step runs only when the job was cancelled (action.yml: post-if: cancelled()).
import { cancelAndReport, describeTargets } from './cancel-and-report.js';
import { printLine } from './report/log.js';
import { GUARD_ALLOWANCE_MS, guardScope } from './domain/scope.js';
import type { Settings } from './settings/settings.js';
import { loadArmed, saveArmed } from './state.js';

// The runner gives all cleanup about five minutes after a cancel; leave room for other post steps.
export const POST_WAIT_CAP_SECONDS = 180;

/** `when: job-cancelled`: make no request now; leave the targets, and this moment, for the post step. */
export function armForJobCancellation(settings: Settings, armedAt = Date.now()): void {
  saveArmed({ settings, armedAt });
  const since = new Date(guardScope(armedAt).attemptedSince).toISOString();
  printLine(
    `Armed: if this job is cancelled, the post step will ${settings.dryRun ? 'report what it would cancel of' : 'cancel the deployment of'} ${describeTargets(settings)} (waiting at most ${cappedWait(settings)} s). ` +
      `It cancels only a deployment that started at or after ${since} (now, less ${GUARD_ALLOWANCE_MS / 1000} s), so as to stop this job's deployment and no one else's. No request was made now.`,
  );
}

export async function runPostStep(): Promise<void> {
  const armed = loadArmed();
  // With `when: now` the main step already did the work; a post step then has nothing to say.
  if (!armed) return;
  const { settings } = armed;
  const waitTimeoutSeconds = cappedWait(settings);
  printLine('The job was cancelled: cancelling the deployments armed by `when: job-cancelled`.');
  if (settings.wait && waitTimeoutSeconds < settings.waitTimeoutSeconds) {
    printLine(
      `Waiting at most ${waitTimeoutSeconds} s instead of wait-timeout-seconds (${settings.waitTimeoutSeconds} s): the runner gives cleanup about 5 minutes after a cancel.`,
    );
  }
  await cancelAndReport({ ...settings, waitTimeoutSeconds }, {
    note: 'The job was cancelled, so this post step cancelled the deployments armed by when: job-cancelled, if they started after it armed.',
    scope: guardScope(armed.armedAt),
  });
}

/** The post step waits no longer than the cap, whatever wait-timeout-seconds says. */
export function cappedWait(settings: Pick<Settings, 'waitTimeoutSeconds'>): number {
  return Math.min(settings.waitTimeoutSeconds, POST_WAIT_CAP_SECONDS);
}
