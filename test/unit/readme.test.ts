// The README is the contract users read: its tables must say what action.yml and the code say.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { iamActions, RESOURCE_TYPES } from '../../src/resources.js';
import { readActionMetadata, REPO_ROOT } from '../support/action-metadata.js';

const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
const metadata = readActionMetadata();

/** Rows of the first Markdown table under `## heading`, as arrays of cells. */
function table(heading: string): string[][] {
  const section = readme.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .slice(2)
    .map((line) => line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim()));
}

const code = (cell: string | undefined): string => cell?.replace(/^`|`$/g, '') ?? '';

test('the inputs table lists every input of action.yml, with its default', () => {
  const rows = table('Inputs');
  expect(rows.map((r) => code(r[0]))).toEqual(Object.keys(metadata.inputs));
  for (const [name, input] of Object.entries(metadata.inputs)) {
    const row = rows.find((r) => code(r[0]) === name)!;
    const shown = input.required ? '*required*' : input.default === undefined ? '' : `\`${input.default}\``;
    expect(row[1], name).toBe(shown);
  }
});

test('the outputs table lists every output of action.yml', () => {
  expect(table('Outputs').map((r) => code(r[0]))).toEqual(Object.keys(metadata.outputs));
});

test('the IAM table gives each resource type its actions and resource ARN from the resource table', () => {
  const rows = table('Credentials and IAM');
  expect(rows.map((r) => code(r[0]))).toEqual(RESOURCE_TYPES.map((t) => t.id));
  for (const type of RESOURCE_TYPES) {
    const row = rows.find((r) => code(r[0]) === type.id)!;
    expect(row[1]).toBe(iamActions(type).map((a) => `\`${a}\``).join(', '));
    // The README writes a service's name as SERVICE, whichever input carries it.
    const name = type.namesInput === 'service-name' ? 'SERVICE' : 'NAME';
    const arn = type.iamResource({ type: type.id, name, serviceName: 'SERVICE' }, 'REGION', 'ACCOUNT');
    expect(row[2]).toBe(`\`${arn}\``);
  }
});

test('CI runs the test command the README gives', () => {
  expect(readme).toContain('```sh\nnpm ci\nnpm test\n```');
  expect(readFileSync(`${REPO_ROOT}.ci/run`, 'utf8')).toMatch(/^npm test$/m);
});

test('every example workflow the README links to exists', () => {
  for (const [, path] of readme.matchAll(/\]\((examples\/[\w.-]+)\)/g)) {
    expect(() => readFileSync(`${REPO_ROOT}${path}`), path).not.toThrow();
  }
});
