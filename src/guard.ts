// The guard (`when: job-cancelled`): the main step arms it and makes no request; the post step runs
// only when the job was cancelled (action.yml: post-if: cancelled()) and cancels what started since.
import { cancelAndReport } from './cancel-and-report.js';
import { GUARD_ALLOWANCE_MS, guardScope } from './domain/scope.js';
import { announceArmed, announceGuardPostStep, GUARD_POST_STEP_NOTE } from './report/plan.js';
import type { Settings } from './settings/settings.js';
import { loadArmedGuard, saveArmedGuard } from './state.js';

// The runner gives all cleanup about five minutes after a cancel; leave room for other post steps.
export const POST_WAIT_CAP_SECONDS = 180;

/** Makes no request now; leaves the targets, and this moment, for the post step. */
export function armGuard(settings: Settings, armedAt = Date.now()): void {
  saveArmedGuard({ settings, armedAt });
  announceArmed(settings, {
    since: new Date(guardScope(armedAt).attemptedSince),
    allowanceSeconds: GUARD_ALLOWANCE_MS / 1000,
    waitSeconds: cappedWait(settings),
  });
}

export async function runGuardPostStep(): Promise<void> {
  const armed = loadArmedGuard();
  // With `when: now` the main step already did the work; a post step then has nothing to say.
  if (!armed) return;
  const { settings } = armed;
  const waitTimeoutSeconds = cappedWait(settings);
  announceGuardPostStep(settings, waitTimeoutSeconds);
  await cancelAndReport({ ...settings, waitTimeoutSeconds }, { note: GUARD_POST_STEP_NOTE, scope: guardScope(armed.armedAt) });
}

/** The post step waits no longer than the cap, whatever wait-timeout-seconds says. */
export function cappedWait(settings: Pick<Settings, 'waitTimeoutSeconds'>): number {
  return Math.min(settings.waitTimeoutSeconds, POST_WAIT_CAP_SECONDS);
}
