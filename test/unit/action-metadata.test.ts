// action.yml is the contract users read; these tests keep it in step with the code.
import { expect, test } from 'vitest';
import { OUTPUT_NAMES } from '../../src/report/outputs.js';
import { NAME_INPUTS } from '../../src/resources.js';
import { INPUT_DEFAULTS } from '../../src/settings.js';
import { readActionMetadata } from '../support/action-metadata.js';

const metadata = readActionMetadata();

test('declares every input, each with a description', () => {
  const expected = ['resource-type', ...NAME_INPUTS, 'resource-arn', 'deployment-id', ...Object.keys(INPUT_DEFAULTS), 'aws-region', 'endpoint-url'];
  expect(Object.keys(metadata.inputs).sort()).toEqual([...new Set(expected)].sort());
  for (const [name, input] of Object.entries(metadata.inputs)) {
    expect(input.description, name).toMatch(/\w{3,}/);
  }
});

test('its defaults are the ones the code applies when an input is absent', () => {
  const declared = Object.fromEntries(
    Object.entries(metadata.inputs)
      .filter(([, input]) => input.default !== undefined)
      .map(([name, input]) => [name, input.default]),
  );
  expect(declared).toEqual(INPUT_DEFAULTS);
});

test('declares every output the action sets, each with a description', () => {
  expect(Object.keys(metadata.outputs)).toEqual([...OUTPUT_NAMES]);
  for (const [name, output] of Object.entries(metadata.outputs)) expect(output.description, name).toMatch(/\w{3,}/);
});

test('runs the bundle on node24, with a post step only when the job was cancelled', () => {
  expect(metadata.runs).toEqual({
    using: 'node24',
    main: 'dist/index.js',
    post: 'dist/index.js',
    'post-if': 'cancelled()',
  });
});
