// What the step says to the runner: log lines, debug lines, annotations, groups, outputs, state and
// the job summary, as @actions/core says them (the same functions, over its own command modules).
import { EOL } from 'node:os';
import { issue, issueCommand, issueFileCommand, prepareKeyValueMessage, summary, toCommandProperties, toCommandValue } from './toolkit.js';

export type AnnotationKind = 'error' | 'warning' | 'notice';

export function info(line: string): void {
  process.stdout.write(line + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function annotate(kind: AnnotationKind, message: string, title: string): void {
  issueCommand(kind, toCommandProperties({ title }), message);
}

export function startGroup(name: string): void {
  issue('group', name);
}

export function endGroup(): void {
  issue('endgroup');
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? '';
}

/** Appends to the job summary (GITHUB_STEP_SUMMARY). */
export async function writeSummary(html: string): Promise<void> {
  await summary.addRaw(html, true).write();
}
