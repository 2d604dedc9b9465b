// The action's story: read the inputs, then cancel now, or arm the post step to cancel if the job is.
import * as core from '@actions/core';
import { cancelAndReport } from './cancel-and-report.js';
import { armForJobCancellation, runPostStep } from './post.js';
import { InputError, inputsFromEnvironment, parseSettings, type Settings } from './settings.js';
import { isPostStep, markMainStepStarted } from './state.js';

export async function run(): Promise<void> {
  try {
    if (isPostStep()) {
      await runPostStep();
      return;
    }
    markMainStepStarted();
    const settings = readSettings();
    if (!settings) return;
    if (settings.when === 'job-cancelled') {
      armForJobCancellation(settings);
      return;
    }
    await cancelAndReport(settings);
  } catch (error) {
    // Only a bug gets here. Users see its message; the stack is for debug logging.
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    core.setFailed(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readSettings(): Settings | undefined {
  try {
    return parseSettings(inputsFromEnvironment());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    core.setFailed(error.message);
    return undefined;
  }
}
