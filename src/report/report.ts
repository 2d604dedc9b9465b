import * as core from '@actions/core';
import type { TargetResult } from '../cancel/cancel-target.js';
import type { Settings } from '../settings.js';
import { announceOutcomes } from './annotations.js';
import { setStepOutputs } from './outputs.js';
import { runContextFromGitHub, writeJobSummary } from './summary.js';

export interface ReportContext {
  interruptedBy?: string;
  note?: string;
}

/** Outputs first: they are what later steps need, and the runner reads them even if we are killed next. */
export async function reportResults(
  results: readonly TargetResult[],
  settings: Settings,
  { interruptedBy, note }: ReportContext = {},
): Promise<void> {
  setStepOutputs(results);
  announceOutcomes(results, settings, interruptedBy);
  if (!settings.jobSummary) return;
  try {
    await writeJobSummary({
      results,
      settings,
      run: runContextFromGitHub(),
      ...(interruptedBy ? { interruptedBy } : {}),
      ...(note ? { note } : {}),
    });
  } catch (error) {
    core.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
