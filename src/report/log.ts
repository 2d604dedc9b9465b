import * as core from '@actions/core';
import { oneLine } from './text.js';

/**
 * A target's story. Targets run concurrently, so lines are printed as they happen with the target's
 * label, and kept so that each target's whole story can be printed again as one group at the end.
 */
export class TargetLog {
  readonly lines: string[] = [];

  constructor(readonly label: string) {}

  info(line: string): void {
    const safe = oneLine(line);
    this.lines.push(safe);
    core.info(`${this.label}: ${safe}`);
  }

  debug(line: string): void {
    core.debug(`${this.label}: ${oneLine(line)}`);
  }
}
