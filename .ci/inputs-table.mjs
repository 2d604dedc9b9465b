// The README's inputs table, generated from action.yml (as actions/checkout generates its usage
// docs), so the two are never hand-kept twice. `npm run docs:inputs` rewrites the table between its
// markers; test/unit/readme-inputs.test.ts fails, naming this command, when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
export const START = '<!-- inputs: generated from action.yml by `npm run docs:inputs`; edit action.yml, not this table -->';
export const END = '<!-- /inputs -->';

/** The table, one row per input in action.yml's order: name, default, description. */
export function inputsTable(actionYml) {
  const { inputs } = parse(actionYml);
  const names = Object.keys(inputs);
  const code = (text) =>
    text
      .replace(/\|/g, '\\|')
      // Input names, environment variables and statuses read as code, as they are typed.
      .replace(new RegExp(`(?<![\\w-])(${names.join('|')}|[A-Z][A-Z0-9]*_[A-Z0-9_]+|IN_PROGRESS|CANCELLING|Retry-After)(?![\\w-])`, 'g'), '`$1`')
      .replace(/(^|\s)\*(?=\s|$)/g, '$1`*`');
  const rows = names.map((name) => {
    const { description = '', default: fallback } = inputs[name];
    return `| \`${name}\` | ${fallback === undefined ? '' : `\`${fallback}\``} | ${code(description.replace(/\s+/g, ' ').trim())} |`;
  });
  return [START, '| input | default | meaning |', '| --- | --- | --- |', ...rows, END].join('\n');
}

/** The README with its table replaced by the one action.yml makes. */
export function withInputsTable(readme, actionYml) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  return readme.slice(0, start) + inputsTable(actionYml) + readme.slice(end + END.length);
}

if (process.argv.includes('--write')) {
  const readmePath = join(root, 'README.md');
  const updated = withInputsTable(readFileSync(readmePath, 'utf8'), readFileSync(join(root, 'action.yml'), 'utf8'));
  writeFileSync(readmePath, updated);
  console.log('README.md: inputs table written from action.yml');
}
