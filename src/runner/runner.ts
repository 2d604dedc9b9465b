// What the step says to the runner: log lines, debug lines, annotations, groups, outputs, state and
// the job summary, as @actions/core's functions of the same names say them (workflow-commands.ts).
import { EOL } from 'node:os';
import { appendFileCommand, appendSummary, issueCommand } from './workflow-commands.js';

export type AnnotationKind = 'error' | 'warning' | 'notice';

export function info(line: string): void {
  process.stdout.write(line + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function annotate(kind: AnnotationKind, message: string, title: string): void {
  issueCommand(kind, { title }, message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup');
}

export function setOutput(name: string, value: string): void {
  if (appendFileCommand('OUTPUT', name, value)) return;
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

export function saveState(name: string, value: string): void {
  if (appendFileCommand('STATE', name, value)) return;
  issueCommand('save-state', { name }, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY). */
export async function writeSummary(html: string): Promise<void> {
  await appendSummary(html);
}
