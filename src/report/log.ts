// The one path to the log. Every line the action prints goes through printLine, because text from the
// API (status messages, ARNs, deployment ids, error messages) ends up in them, and the runner reads
// workflow commands from any line of the step's output: `::command::` at the start of a line, and the
// legacy `##[command]` anywhere in it (actions/runner ActionCommand.TryParse).
import { annotate, debug, info } from '../runner/runner.js';
import type { Progress, ProgressEvent } from '../domain/progress.js';
import { failureWords } from './failure-words.js';
import { progressWords } from './progress-words.js';
import { describeTarget, type Target } from '../domain/resources.js';
import { oneLine } from '../lib/text.js';

const MAX_LINE = 2000;

/** A line that cannot span lines or be read by the runner as a workflow command. */
export function safeLogLine(text: string): string {
  return oneLine(text, MAX_LINE)
    .replace(/##\[/g, '## [')
    .replace(/^::/, ': :');
}

export function printLine(text: string): void {
  info(safeLogLine(text));
}

/** Fails the step with an error annotation that has a title (core.setFailed gives none). */
export function failStep(message: string, title: string): void {
  annotate('error', message, title);
  process.exitCode = 1;
}

/**
 * Live lines while targets work concurrently, each prefixed with its target: one per status change
 * or notable fact. Each target's outcome is printed once more, as a group, when all have ended.
 */
export class LiveLog implements Progress {
  private warnedAboutReads = false;

  tell(target: Target, event: ProgressEvent): void {
    const { level, text } = progressWords(event);
    const line = `${describeTarget(target)}: ${oneLine(text)}`;
    // ::debug:: is a workflow command itself: the runner does not look for another one in its message.
    if (level === 'debug') debug(line);
    else printLine(line);
    if (event.kind === 'reads-failing') this.warnOnceAboutReads(target, failureWords(event.failure));
  }

  /** One warning for the step, not one per poll or per target: the runner keeps ten per step. */
  private warnOnceAboutReads(target: Target, what: string): void {
    if (this.warnedAboutReads) return;
    this.warnedAboutReads = true;
    annotate(
      'warning',
      `Status reads are failing (first seen on ${describeTarget(target)}: ${oneLine(what)}). The step keeps polling until wait-timeout-seconds; a cancellation already accepted stands.`,
      'Status reads failing',
    );
  }
}
