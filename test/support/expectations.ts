import { expect } from 'vitest';
import { SECRET_MARKER, type ProtonEmulator } from '../emulator/proton-emulator.js';
import { annotations } from './workflow-commands.js';
import type { ActionRun } from './run-action.js';
import { TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY } from './run-action.js';

/** Nothing the step wrote holds a spec or a credential. */
export function expectNoLeaks(run: ActionRun): void {
  const written = [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.state)].join('\n');
  expect(written).not.toContain(SECRET_MARKER);
  expect(written).not.toContain(TEST_SECRET_ACCESS_KEY);
  expect(written).not.toContain(TEST_ACCESS_KEY_ID);
}

/** A user never sees a JavaScript stack trace. */
export function expectNoStackTrace(run: ActionRun): void {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m);
}

/**
 * Bad input: exactly one error saying `message`, no request, no stack trace; and still the outputs a
 * later `if: always()` step reads (outcome error, results []) and a summary naming what to fix.
 */
export function expectInputError(run: ActionRun, emulator: ProtonEmulator, message: string): void {
  expect(run.exitCode).toBe(1);
  const errors = annotations(run.stdout, 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toContain(message);
  expect(errors[0]?.properties.title).toBe('Invalid input');
  expect(emulator.requests).toHaveLength(0);
  expect(run.outputs).toEqual({
    outcome: 'error',
    results: '[]',
    'deployment-status': '',
    'deployment-status-message': '',
    arn: '',
    'deployment-id': '',
    'last-succeeded-deployment-id': '',
    resource: '',
  });
  expect(run.summary).toContain('<h2>❌ Cancel Proton deployment: invalid input</h2>');
  expect(run.summary).toContain('Nothing was done: no request was made.');
  expectNoStackTrace(run);
}
