// The action's story: read the inputs, then cancel now, or arm the guard: the post step cancels if the job is.
import { cancelAndReport } from './cancel-and-report.js';
import { armGuard, runGuardPostStep } from './guard.js';
import { reportInvalidInput } from './report/invalid-input.js';
import { failStep } from './report/log.js';
import { annotate, debug } from './runner/runner.js';
import { InputError, inputsFromEnvironment, parseSettings, type Settings } from './settings/settings.js';
import { isPostStep, markMainStepStarted } from './state.js';

export async function run(): Promise<void> {
  try {
    if (isPostStep()) {
      await runGuardPostStep();
      return;
    }
    markMainStepStarted();
    const settings = await readSettings();
    if (!settings) return;
    if (settings.when === 'job-cancelled') {
      armGuard(settings);
      return;
    }
    await cancelAndReport(settings);
  } catch (error) {
    // Only a bug gets here. Users see its message; the stack is for debug logging.
    debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    failStep(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`, 'Unexpected error');
  }
}

async function readSettings(): Promise<Settings | undefined> {
  const inputs = inputsFromEnvironment();
  try {
    const { settings, notices } = parseSettings(inputs);
    for (const notice of notices) annotate('notice', notice, 'Input');
    return settings;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // job-summary may be among the bad inputs: only a clear "false" turns the summary off.
    await reportInvalidInput(error.problems, error.message, !/^false$/i.test(inputs('job-summary') ?? ''));
    return undefined;
  }
}
