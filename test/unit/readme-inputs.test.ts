// The README's inputs table is action.yml's inputs, generated (.ci/inputs-table.mjs): a change to
// either alone fails here, so the two never drift. Fix: npm run docs:inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { readActionMetadata, REPO_ROOT } from '../support/action-metadata.js';

const { inputsTable, withInputsTable } = (await import(pathToFileURL(join(REPO_ROOT, '.ci/inputs-table.mjs')).href)) as {
  inputsTable: (actionYml: string) => string;
  withInputsTable: (readme: string, actionYml: string) => string;
};
const actionYml = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8');
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

test('the README holds the table action.yml makes (run `npm run docs:inputs` after changing action.yml)', () => {
  expect(readme).toContain(inputsTable(actionYml));
  expect(withInputsTable(readme, actionYml)).toBe(readme);
});

test('every input of action.yml has a row with its default, and a changed description changes the table', () => {
  const { inputs } = readActionMetadata();
  const table = inputsTable(actionYml);
  for (const [name, { default: fallback }] of Object.entries(inputs)) {
    expect(table).toMatch(new RegExp(`^\\| \`${name}\` \\| ${fallback === undefined ? '' : `\`${fallback.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``} \\|`, 'm'));
  }
  expect(inputsTable(actionYml.replace('Write a job summary with a row per target.', 'Write no summary.'))).not.toBe(table);
});
