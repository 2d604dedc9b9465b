import { annotate } from '../runner/runner.js';
import type { Settings } from '../settings/settings.js';
import type { StepResult } from '../domain/target-result.js';
import { announceOutcomes } from './annotations.js';
import { printLine } from './log.js';
import { setStepOutputs } from './outputs.js';
import { runContextFromEnvironment } from '../runner/github-run.js';
import { writeJobSummary } from './summary.js';

export interface ReportContext {
  interruptedBy?: string;
  note?: string;
}

/** Outputs first: they are what later steps need, and the runner reads them even if we are killed next. */
export async function reportResults(step: StepResult, settings: Settings, { interruptedBy, note }: ReportContext = {}): Promise<void> {
  setStepOutputs(step);
  announceOutcomes(step, settings, interruptedBy);
  if (step.dryRun) printLine('Dry run: no cancel request was made.');
  if (!settings.jobSummary) return;
  try {
    await writeJobSummary({
      step,
      settings,
      run: runContextFromEnvironment(),
      ...(interruptedBy ? { interruptedBy } : {}),
      ...(note ? { note } : {}),
    });
  } catch (error) {
    annotate('warning', `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`, 'Job summary not written');
  }
}
