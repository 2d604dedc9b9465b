// Arbitrary strings in every input, through the bundle as the runner runs it: the result is always
// either a valid run or exactly one clear ::error:: naming the input, never a stack trace, never a
// request carrying an invalid name. The endpoint stays the emulator's: tests talk only to 127.0.0.1.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { OUTCOMES } from '../../src/domain/outcome.js';
import { expectNoStackTrace } from '../support/expectations.js';
import { arbitraryInputs, mostlyValidInputs } from '../support/input-arbitraries.js';
import { runAction } from '../support/run-action.js';
import { useEmulator } from '../support/use-emulator.js';
import { annotations } from '../support/workflow-commands.js';

const emulator = useEmulator({ resetBetweenTests: false });
const PROTON_NAME = /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/;
const NAME_FIELDS = ['environmentName', 'serviceName', 'serviceInstanceName', 'componentName', 'name'];

async function checkRun(inputs: Record<string, string>): Promise<void> {
  emulator.reset();
  // Every fuzz target exists with nothing in progress, so a valid run ends at once whatever the intervals.
  for (const [kind, name, service] of [
    ['environment', 'fuzz-env'],
    ['service-instance', 'fuzz-a', 'fuzz-svc'],
    ['service-instance', 'fuzz-b', 'fuzz-svc'],
    ['service-pipeline', 'fuzz-svc'],
    ['component', 'fuzz-c'],
  ] as const) {
    emulator.add(kind, name, { status: 'SUCCEEDED' }, service);
  }
  const run = await runAction({ inputs: { ...inputs, 'endpoint-url': emulator.url }, timeoutMs: 15_000 });

  expect([0, 1], run.stdout).toContain(run.exitCode);
  expect(run.signal).toBeNull();
  expectNoStackTrace(run);
  for (const request of emulator.requests) {
    for (const field of NAME_FIELDS) {
      const value = request.input[field];
      if (value !== undefined) expect(value, `${request.operation}.${field}`).toMatch(PROTON_NAME);
    }
  }
  if (emulator.requests.length > 0) {
    expect(OUTCOMES).toContain(run.outputs.outcome);
    return;
  }
  if (run.exitCode === 0) {
    expect(run.stdout).toContain('Armed: if this job is cancelled');
    return;
  }
  const errors = annotations(run.stdout, 'error');
  expect(errors, run.stdout).toHaveLength(1);
  expect(errors[0]?.message).toMatch(/^(Input "[a-z-]+" |\d+ inputs need fixing:\n- (Input "|AWS_)|AWS_REGION is |AWS_DEFAULT_REGION is )/);
  // Later steps still read an outcome, and people a summary naming the inputs (unless job-summary is clearly false).
  expect(run.outputs.outcome).toBe('error');
  expect(run.outputs.results).toBe('[]');
  if (/^false$/i.test(inputs['job-summary']?.trim() ?? '')) expect(run.summary).toBe('');
  else expect(run.summary).toContain('invalid input');
}

test('arbitrary strings in every input: a valid run or exactly one clear error, never a stack trace', async () => {
  await fc.assert(fc.asyncProperty(arbitraryInputs(['endpoint-url']), checkRun), { numRuns: 25 });
}, 120_000);

test('valid targets with other inputs fuzzed: the same', async () => {
  await fc.assert(fc.asyncProperty(mostlyValidInputs(), checkRun), { numRuns: 25 });
}, 120_000);
