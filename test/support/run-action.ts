// Runs the bundled action the way the GitHub runner does: `node dist/index.js` with INPUT_<NAME>
// variables (hyphens kept, action.yml defaults applied), fresh GITHUB_OUTPUT / GITHUB_STATE /
// GITHUB_STEP_SUMMARY files, and STATE_<name> for a post step; then reads back what it wrote.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActionMetadata, REPO_ROOT } from './action-metadata.js';

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment; `undefined` removes a variable the harness would set. */
  env?: Record<string, string | undefined>;
  /** STATE_<name> variables: what an earlier main step saved, for a post step. */
  state?: Record<string, string>;
  /** Send this signal once stdout contains `afterOutput`, or once `after` resolves. */
  interrupt?: { signal: NodeJS.Signals; afterOutput?: string; after?: Promise<void> };
  timeoutMs?: number;
  /** A command to run node under, such as ['/usr/bin/time', '-f', '%M'] (the benchmark's). */
  wrapper?: string[];
  /** Another build of the action to run instead of dist/index.js (a benchmark's baseline). */
  entry?: string;
  /** Flags for node itself, such as --trace-gc (a benchmark's look inside). */
  nodeFlags?: string[];
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  durationMs: number;
  /** performance.now() at the spawn and at the exit, to compare with the emulator's request times. */
  startedAt: number;
  endedAt: number;
  /** From the interrupting signal to the process's exit. */
  exitAfterSignalMs?: number;
}

export const ENTRY = join(REPO_ROOT, 'dist', 'index.js');
/** Credentials the emulator accepts; tests look for them in everything the step writes. */
export const TEST_ACCESS_KEY_ID = 'AKIAEMULATOR0TESTKEY';
export const TEST_SECRET_ACCESS_KEY = 'emulator/secret+access+key/do-not-print';

export function runnerInputs(given: Record<string, string>): Record<string, string> {
  const declared = readActionMetadata().inputs;
  const undeclared = Object.keys(given).filter((name) => !(name in declared));
  if (undeclared.length > 0) throw new Error(`action.yml declares no input ${undeclared.join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name] ?? spec.default;
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      values[name!] = body.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      values[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return values;
}

export async function runAction(options: RunOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cancel-proton-run-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify({ repository: { name: 'app', owner: { login: 'acme' } } }));

  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_JOB: 'deploy',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SERVER_URL: 'https://github.com',
    AWS_ACCESS_KEY_ID: TEST_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: TEST_SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
    // No instance metadata service here: don't spend seconds looking for one.
    AWS_EC2_METADATA_DISABLED: 'true',
    ...files,
    ...runnerInputs(options.inputs ?? {}),
    ...Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
    ...options.env,
  };

  const [command, ...args] = [...(options.wrapper ?? []), process.execPath, ...(options.nodeFlags ?? []), options.entry ?? ENTRY];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: dir,
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let signalledAt: number | undefined;
  const interrupt = (): void => {
    if (!options.interrupt || signalledAt !== undefined || child.exitCode !== null) return;
    signalledAt = performance.now();
    child.kill(options.interrupt.signal);
  };
  void options.interrupt?.after?.then(interrupt);
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const marker = options.interrupt?.afterOutput;
    if (marker && stdout.includes(marker)) interrupt();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const timeoutMs = options.timeoutMs ?? 20_000;
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  clearTimeout(killer);
  const ended = performance.now();

  const run: ActionRun = {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    durationMs: ended - started,
    startedAt: started,
    endedAt: ended,
    ...(signalledAt !== undefined ? { exitAfterSignalMs: ended - signalledAt } : {}),
  };
  rmSync(dir, { recursive: true, force: true });
  return run;
}
