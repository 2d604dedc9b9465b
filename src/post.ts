// The post step runs only when the job was cancelled (action.yml: post-if: cancelled()).
import * as core from '@actions/core';
import { cancelAndReport } from './cancel-and-report.js';
import { describeTarget } from './resources.js';
import type { Settings } from './settings.js';
import { loadArmedSettings, saveArmedSettings } from './state.js';

// The runner gives all cleanup about five minutes after a cancel; leave room for other post steps.
export const POST_WAIT_CAP_SECONDS = 180;

/** `when: job-cancelled`: make no request now; leave the targets for the post step. */
export function armForJobCancellation(settings: Settings): void {
  saveArmedSettings(settings);
  core.info(
    `Armed: if this job is cancelled, the post step will cancel the deployment of ${settings.targets
      .map(describeTarget)
      .join(', ')} (waiting at most ${cappedWait(settings)} s). No request was made now.`,
  );
}

export async function runPostStep(): Promise<void> {
  const armed = loadArmedSettings();
  // With `when: now` the main step already did the work; a post step then has nothing to say.
  if (!armed) return;
  const waitTimeoutSeconds = cappedWait(armed);
  core.info('The job was cancelled: cancelling the deployments armed by `when: job-cancelled`.');
  if (armed.wait && waitTimeoutSeconds < armed.waitTimeoutSeconds) {
    core.info(
      `Waiting at most ${waitTimeoutSeconds} s instead of wait-timeout-seconds (${armed.waitTimeoutSeconds} s): the runner gives cleanup about 5 minutes after a cancel.`,
    );
  }
  await cancelAndReport(
    { ...armed, waitTimeoutSeconds },
    'The job was cancelled, so this post step cancelled the deployments armed by when: job-cancelled.',
  );
}

/** The post step waits no longer than the cap, whatever wait-timeout-seconds says. */
export function cappedWait(settings: Pick<Settings, 'waitTimeoutSeconds'>): number {
  return Math.min(settings.waitTimeoutSeconds, POST_WAIT_CAP_SECONDS);
}
