// Our few lines of the runner's protocol say exactly what @actions/core 3.0.1 and @actions/github
// 9.1.1 say: each case runs both and compares what reached stdout and the runner's files. They are
// dev dependencies for this reason alone; the bundle speaks the protocol by itself (see
// src/runner/workflow-commands.ts for why).
import * as core from '@actions/core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runContextFromEnvironment } from '../../../src/runner/github-run.js';
import * as runner from '../../../src/runner/runner.js';
import { REPO_ROOT } from '../../support/action-metadata.js';

/** Text an annotation or a value may hold: escapes, command starts, line breaks, a delimiter look-alike. */
const AWKWARD = ['plain', 'a%b', 'line one\nline two\r\nthree', '::error::not a command', 'k=v, x: y', 'ghadelimiter_not-the-real-one', '', ' spaced '];
const TITLES = ['Cancel failed', 'title: with, punctuation %', 'two\nlines', ''];

const saved = { ...process.env };
let files: string;

beforeEach(() => {
  files = mkdtempSync(join(tmpdir(), 'workflow-commands-'));
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) delete process.env[name];
});
afterEach(() => {
  process.env = { ...saved };
  vi.restoreAllMocks();
});

/** What `write` put on stdout and in the runner's files, with the random delimiters made comparable. */
async function said(write: () => void | Promise<void>): Promise<{ stdout: string; files: Record<string, string> }> {
  const paths: Record<string, string> = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    if (process.env[name] === undefined) continue;
    paths[name] = process.env[name];
    writeFileSync(paths[name], '');
  }
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await write();
  } finally {
    spy.mockRestore();
  }
  const normalise = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');
  return { stdout: normalise(stdout), files: Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, normalise(readFileSync(path, 'utf8'))])) };
}

async function expectSame(ours: () => void | Promise<void>, theirs: () => void | Promise<void>): Promise<void> {
  const expected = await said(theirs);
  const actual = await said(ours);
  expect(actual).toEqual(expected);
}

describe('workflow commands on stdout', () => {
  test.each(AWKWARD)('debug %j', async (text) => expectSame(() => runner.debug(text), () => core.debug(text)));

  for (const kind of ['error', 'warning', 'notice'] as const) {
    test.each(TITLES.flatMap((title) => AWKWARD.map((text) => [title, text])))(`${kind} titled %j: %j`, async (title, text) =>
      expectSame(() => runner.annotate(kind, text, title), () => core[kind](text, { title })),
    );
  }

  test.each(AWKWARD)('group %j and its end', async (name) =>
    expectSame(
      () => {
        runner.startGroup(name);
        runner.endGroup();
      },
      () => {
        core.startGroup(name);
        core.endGroup();
      },
    ),
  );
});

describe('outputs and state in the runner files, and without them', () => {
  test.each(AWKWARD)('output %j', async (value) => {
    process.env.GITHUB_OUTPUT = join(files, 'output');
    await expectSame(() => runner.setOutput('results', value), () => core.setOutput('results', value));
  });

  test.each(AWKWARD)('state %j', async (value) => {
    process.env.GITHUB_STATE = join(files, 'state');
    await expectSame(() => runner.saveState('armed', value), () => core.saveState('armed', value));
  });

  test.each(AWKWARD)('without GITHUB_OUTPUT or GITHUB_STATE: the commands of old, %j', async (value) =>
    expectSame(
      () => {
        runner.setOutput('outcome', value);
        runner.saveState('armed', value);
      },
      () => {
        core.setOutput('outcome', value);
        core.saveState('armed', value);
      },
    ),
  );

  test('state reaches the post step as STATE_<name>', () => {
    process.env.STATE_armed = '{"at":1}';
    expect(runner.getState('armed')).toBe(core.getState('armed'));
    expect(runner.getState('missing')).toBe(core.getState('missing'));
  });
});

describe('the job summary', () => {
  // First: @actions/core's summary keeps the file it found once.
  test('no summary file: the same error as @actions/core', async () => {
    const theirs = await core.summary.addRaw('x').write().catch((e: Error) => e.message);
    core.summary.emptyBuffer();
    await expect(runner.writeSummary('x')).rejects.toThrow(theirs);
  });

  test('appended as raw HTML with a line break, to what is there', async () => {
    process.env.GITHUB_STEP_SUMMARY = join(files, 'summary');
    const html = '<h2>❌ Cancel</h2>\n<table><tr><td>a &amp; b</td></tr></table>';
    await expectSame(
      async () => {
        await runner.writeSummary(html);
        await runner.writeSummary(html);
      },
      async () => {
        await core.summary.addRaw(html, true).write();
        await core.summary.addRaw(html, true).write();
      },
    );
  });
});

describe('the run context, as @actions/github reads it', () => {
  const RUNS: Array<Record<string, string>> = [
    {
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_WORKFLOW: 'Deploy',
      GITHUB_JOB: 'deploy',
      GITHUB_RUN_NUMBER: '17',
      GITHUB_RUN_ID: '9001',
      GITHUB_SERVER_URL: 'https://ghe.example',
      GITHUB_REF: 'refs/tags/v1',
      GITHUB_SHA: '0123456',
      GITHUB_ACTOR: 'octocat',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
    },
    { GITHUB_REPOSITORY: 'acme/app', GITHUB_RUN_ID: '5' },
    { GITHUB_RUN_NUMBER: 'not a number', GITHUB_RUN_ID: '' },
    {},
  ];

  test.each(RUNS)('%j', (env) => {
    // A process of its own per case: @actions/github reads the environment once, when it is imported.
    const script = "import { context } from '@actions/github'; process.stdout.write(JSON.stringify({ ...context, payload: undefined }));";
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GITHUB_')));
    const context = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, env: { ...clean, ...env }, encoding: 'utf8' })) as Record<string, string | number | null>;
    // JSON turns NaN into null.
    const number = (value: string | number | null | undefined): number | undefined => (typeof value === 'number' ? value : undefined);
    const text = (value: string | number | null | undefined): string | undefined => (typeof value === 'string' && value ? value : undefined);
    const repository = env.GITHUB_REPOSITORY;
    const runId = number(context.runId);
    const expected = {
      ...(repository ? { repository } : {}),
      ...(text(context.workflow) ? { workflow: context.workflow } : {}),
      ...(text(context.job) ? { job: context.job } : {}),
      ...(number(context.runNumber) !== undefined ? { runNumber: context.runNumber } : {}),
      ...(repository && runId !== undefined ? { runUrl: `${String(context.serverUrl)}/${repository}/actions/runs/${runId}` } : {}),
      ...(text(context.ref) ? { ref: context.ref } : {}),
      ...(text(context.sha) ? { sha: context.sha } : {}),
      ...(text(context.actor) ? { actor: context.actor } : {}),
      ...(text(context.eventName) ? { eventName: context.eventName } : {}),
    };
    expect(runContextFromEnvironment(env)).toEqual(expected);
  });
});
