// Arbitrary strings in every input: parsing either gives settings that can only make valid requests,
// or one InputError whose every problem names the input it is about. Never anything else.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { OUTCOMES } from '../../../src/domain/outcome.js';
import { MAX_TARGETS } from '../../../src/domain/wildcard.js';
import { InputError, MAX_POLL_INTERVAL_SECONDS, MAX_WAIT_TIMEOUT_SECONDS, parseSettings } from '../../../src/settings/settings.js';
import { readActionMetadata } from '../../support/action-metadata.js';
import { arbitraryInputs, inputValue, mostlyValidInputs } from '../../support/input-arbitraries.js';

const PROTON_NAME = /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/;
const DECLARED = Object.keys(readActionMetadata().inputs);

function check(inputs: Record<string, string>, env: NodeJS.ProcessEnv): void {
  // The runner trims nothing; @actions/core and our reader trim.
  const read = (name: string): string | undefined => inputs[name]?.trim();
  let parsed: ReturnType<typeof parseSettings>;
  try {
    parsed = parseSettings(read, env);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      const input = /^Input "([^"]+)" /.exec(problem)?.[1];
      if (input) expect(DECLARED).toContain(input);
      else expect(problem).toMatch(/^(AWS_REGION|AWS_DEFAULT_REGION) is /);
    }
    return;
  }
  const { settings } = parsed;
  // "*" finds its targets at run time; otherwise there is at least one.
  if (settings.wildcard) expect(settings.targets).toHaveLength(0);
  else expect(settings.targets.length).toBeGreaterThan(0);
  expect(settings.targets.length).toBeLessThanOrEqual(MAX_TARGETS);
  for (const target of settings.targets) {
    for (const name of [target.name, ...(target.serviceName !== undefined ? [target.serviceName] : [])]) {
      expect(name).toMatch(PROTON_NAME);
      expect(name.length).toBeLessThanOrEqual(100);
    }
  }
  const keys = settings.targets.map((t) => `${t.serviceName ?? ''}/${t.name}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(settings.waitTimeoutSeconds).toBeGreaterThan(0);
  expect(settings.waitTimeoutSeconds).toBeLessThanOrEqual(MAX_WAIT_TIMEOUT_SECONDS);
  expect(settings.pollIntervalSeconds).toBeGreaterThan(0);
  expect(settings.pollIntervalSeconds).toBeLessThanOrEqual(MAX_POLL_INTERVAL_SECONDS);
  expect(Number.isInteger(settings.maxAttempts)).toBe(true);
  for (const word of settings.failOn) expect(OUTCOMES).toContain(word);
  expect(settings.region).toMatch(/^[a-z]{2}(-[a-z]+)+-\d+$/);
}

test('arbitrary inputs: valid settings, or one InputError naming the inputs', () => {
  fc.assert(
    fc.property(arbitraryInputs(), fc.option(inputValue, { nil: undefined }), (inputs, region) => {
      check(inputs, region === undefined ? {} : { AWS_REGION: region });
    }),
    { numRuns: 2000 },
  );
});

test('mostly valid inputs with arbitrary extras: the same, and valid runs are reached', () => {
  let valid = 0;
  fc.assert(
    fc.property(mostlyValidInputs(), (inputs) => {
      check(inputs, { AWS_REGION: 'eu-west-1' });
      try {
        parseSettings((name) => inputs[name]?.trim(), { AWS_REGION: 'eu-west-1' });
        valid += 1;
      } catch {
        // counted above
      }
    }),
    { numRuns: 1000 },
  );
  // Not a result of the property: a check that the generator reaches both sides.
  expect(valid).toBeGreaterThan(50);
});
