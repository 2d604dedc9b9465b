// action.yml is the contract users read; these tests keep it in step with the code.
import { expect, test } from 'vitest';
import { OUTPUT_NAMES } from '../../src/report/outputs.js';
import { NAME_INPUTS } from '../../src/domain/resources.js';
import { INPUT_DEFAULTS } from '../../src/settings/settings.js';
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

test('carries what the Marketplace shows: a name, an author, a description that fits, and branding', () => {
  expect(metadata.name).toMatch(/\w{3,}/);
  expect(metadata.author).toMatch(/\w{3,}/);
  // The Marketplace cuts a longer description.
  expect(metadata.description.length).toBeLessThanOrEqual(125);
  expect(metadata.description).toMatch(/^Cancel in-progress AWS Proton deployments/);
  // The colours GitHub's metadata syntax allows; the icon is checked against its list by .ci/validate-metadata.
  expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(metadata.branding.color);
  expect(metadata.branding.icon).toMatch(/^[a-z-]+$/);
});
