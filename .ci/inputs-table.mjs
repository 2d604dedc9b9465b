// The README's inputs and outputs tables, generated from action.yml (as actions/checkout generates
// its usage docs), so they are never hand-kept twice. `npm run docs:inputs` rewrites each table
// between its markers; test/unit/readme-inputs.test.ts fails, naming this command, when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
export const START = '<!-- inputs: generated from action.yml by `npm run docs:inputs`; edit action.yml, not this table -->';
export const END = '<!-- /inputs -->';
export const OUTPUTS_START = '<!-- outputs: generated from action.yml by `npm run docs:inputs`; edit action.yml, not this table -->';
export const OUTPUTS_END = '<!-- /outputs -->';

/**
 * Hyphenated input and output names, environment variables and statuses read as code, as they are
 * typed; one-word names (wait, when, arn) are English words too, and stay as they are.
 */
function coder(names) {
  const hyphenated = names.filter((name) => name.includes('-'));
  return (text) =>
    text
      .replace(/\|/g, '\\|')
      .replace(
        new RegExp(`(?<![\\w-])(${hyphenated.join('|')}|[A-Z][A-Z0-9]*_[A-Z0-9_]+|IN_PROGRESS|CANCELLING|CANCELLED|SUCCEEDED|FAILED|Retry-After)(?![\\w-])`, 'g'),
        '`$1`',
      )
      .replace(/(^|\s)\*(?=\s|$)/g, '$1`*`');
}

/** The inputs table, one row per input in action.yml's order: name, default, description. */
export function inputsTable(actionYml) {
  const { inputs } = parse(actionYml);
  const names = Object.keys(inputs);
  const code = coder(names);
  const rows = names.map((name) => {
    const { description = '', default: fallback } = inputs[name];
    return `| \`${name}\` | ${fallback === undefined ? '' : `\`${fallback}\``} | ${code(description.replace(/\s+/g, ' ').trim())} |`;
  });
  return [START, '| input | default | meaning |', '| --- | --- | --- |', ...rows, END].join('\n');
}

/** The outputs table, one row per output in action.yml's order. */
export function outputsTable(actionYml) {
  const { inputs, outputs } = parse(actionYml);
  const code = coder([...Object.keys(inputs), ...Object.keys(outputs)]);
  const rows = Object.entries(outputs).map(([name, { description = '' }]) => `| \`${name}\` | ${code(description.replace(/\s+/g, ' ').trim())} |`);
  return [OUTPUTS_START, '| output | meaning |', '| --- | --- |', ...rows, OUTPUTS_END].join('\n');
}

function replaceBlock(text, start, end, block) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return text.slice(0, from) + block + text.slice(to + end.length);
}

/** The README with its tables replaced by the ones action.yml makes. */
export function withInputsTable(readme, actionYml) {
  const withInputs = replaceBlock(readme, START, END, inputsTable(actionYml));
  return replaceBlock(withInputs, OUTPUTS_START, OUTPUTS_END, outputsTable(actionYml));
}

if (process.argv.includes('--write')) {
  const readmePath = join(root, 'README.md');
  const updated = withInputsTable(readFileSync(readmePath, 'utf8'), readFileSync(join(root, 'action.yml'), 'utf8'));
  writeFileSync(readmePath, updated);
  console.log('README.md: inputs and outputs tables written from action.yml');
}
