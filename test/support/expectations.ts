import { expect } from 'vitest';
import { SECRET_MARKER } from '../emulator/proton-emulator.js';
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
