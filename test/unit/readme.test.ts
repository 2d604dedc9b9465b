// The README is the contract users read: its tables must say what action.yml and the code say.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { DEPLOYMENT_HISTORY_OPERATION, deploymentIamResource, iamActions, listIamActions, RESOURCE_TYPES, targetOf } from '../../src/domain/resources.js';
import { ALWAYS_FAILING, OUTCOMES, type Outcome } from '../../src/domain/outcome.js';
import type { ErrorKind, TargetResult } from '../../src/domain/target-result.js';
import { titleOf } from '../../src/report/verdict.js';
import { readActionMetadata, REPO_ROOT } from '../support/action-metadata.js';
import { expiredSession } from '../support/failures.js';

const readme = readFileSync(`${REPO_ROOT}README.md`, 'utf8');
const metadata = readActionMetadata();

/** Rows of the `nth` Markdown table under `## heading`, as arrays of cells. */
function table(heading: string, nth = 0): string[][] {
  return tableIn(readme, heading, '## ', nth);
}

/** Rows of the `nth` table under the heading `level` + `heading` of a page. */
function tableIn(page: string, heading: string, level: string, nth = 0): string[][] {
  const section = `\n${page}`.split(`\n${level}${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const tables: string[][] = [];
  let previousWasTable = false;
  for (const line of section.split('\n')) {
    const isTable = line.startsWith('| ');
    if (isTable && !previousWasTable) tables.push([]);
    if (isTable) tables.at(-1)!.push(line);
    previousWasTable = isTable;
  }
  return (tables[nth] ?? [])
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
    const arn = type.iamResource(targetOf(type.id, name, 'SERVICE'), 'REGION', 'ACCOUNT');
    expect(row[2]).toBe(`\`${arn}\``);
  }
});

test('the second IAM table gives the deployment history and the list actions of "*" and of polling by list, from the code', () => {
  const [history, ...lists] = table('Credentials and IAM', 1);
  expect(history?.[1]).toBe(`\`proton:${DEPLOYMENT_HISTORY_OPERATION}\``);
  expect(history?.[2]).toBe(`\`${deploymentIamResource('REGION', 'ACCOUNT')}\``);
  const listed = RESOURCE_TYPES.filter((type) => type.listOperation);
  expect(lists.map((row) => [row[0], row[1], row[2]])).toEqual(
    listed.map((type) => [
      `\`${type.namesInput}: '*'\`, or waiting on several ${type.id.replace(/-/g, ' ')}s (polled by list)`,
      listIamActions(type).map((a) => `\`${a}\``).join(', '),
      '`*`',
    ]),
  );
});

test('CI runs the test command the README gives', () => {
  expect(readme).toContain('```sh\nnpm ci\nnpm test\n```');
  expect(readFileSync(`${REPO_ROOT}.ci/run`, 'utf8')).toMatch(/^npm test$/m);
});

test('every file the README links to or shows exists', () => {
  const paths = [...readme.matchAll(/\]\(((?:examples|docs)\/[\w./-]+)\)/g)].map(([, path]) => path!);
  expect(paths.some((path) => path.endsWith('.png'))).toBe(true);
  for (const path of paths) expect(() => readFileSync(`${REPO_ROOT}${path}`), path).not.toThrow();
});

test('every YAML snippet of the README and docs/ is pasteable as shown: a whole workflow, a jobs: block, steps, a with: block, or a Dependabot config', () => {
  const pages = [readme, ...readdirSync(`${REPO_ROOT}docs`).filter((file) => file.endsWith('.md')).map((file) => readFileSync(`${REPO_ROOT}docs/${file}`, 'utf8'))];
  const blocks = pages.flatMap((page) => [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map(([, block]) => parse(block!) as unknown));
  expect(blocks.length).toBeGreaterThan(5);
  for (const block of blocks) {
    if (Array.isArray(block)) {
      for (const step of block) expect(Object.keys(step as object).some((k) => ['uses', 'run'].includes(k)), JSON.stringify(step)).toBe(true);
      continue;
    }
    const keys = Object.keys(block as object);
    const whole = keys.includes('on') && keys.includes('jobs');
    const dependabotConfig = keys.join() === 'version,updates' && (block as { version: unknown }).version === 2;
    expect(whole || dependabotConfig || keys.join() === 'jobs' || keys.join() === 'with', `top-level keys: ${keys.join(', ')}`).toBe(true);
  }
});

test('every example uses the action at @v1, or at a full commit SHA with its version in a comment', () => {
  const texts = [
    readme,
    ...readdirSync(`${REPO_ROOT}docs`).filter((file) => file.endsWith('.md')).map((file) => readFileSync(`${REPO_ROOT}docs/${file}`, 'utf8')),
    ...readdirSync(`${REPO_ROOT}examples`).map((file) => readFileSync(`${REPO_ROOT}examples/${file}`, 'utf8')),
  ];
  const uses = texts.flatMap((text) => [...text.matchAll(/uses: our-org\/cancel-proton-deployment@(\S+)(.*)$/gm)]);
  expect(uses.length).toBeGreaterThan(10);
  for (const [line, ref, rest] of uses) {
    if (ref === 'v1') continue;
    expect(ref, line).toMatch(/^[0-9a-f]{40}$/);
    expect(rest, line).toMatch(/^ # v\d+\.\d+\.\d+$/);
  }
  expect(uses.some(([, ref]) => ref !== 'v1')).toBe(true);
});

test('the runner requirements name the runner version that knows node24', () => {
  expect(metadata.runs.using).toBe('node24');
  const section = readme.split('\n## Runner requirements\n')[1]?.split('\n## ')[0] ?? '';
  expect(section).toContain('v2.327.1');
  expect(table('Runner requirements').map((r) => r[0])).toEqual(['GitHub-hosted', 'self-hosted', 'GitHub Enterprise Server']);
});

test('the table of contents links every section of the README', () => {
  const toc = readme.split('\n## ')[0]!;
  const linked = new Set([...toc.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!));
  const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) =>
    m[1]!
      .toLowerCase()
      .replace(/`/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-'),
  );
  expect(sections.length).toBeGreaterThan(10);
  for (const section of sections) expect([...linked], section).toContain(section);
});

test('docs/errors.md has a row for every error title the action gives', () => {
  const rows = tableIn(readFileSync(`${REPO_ROOT}docs/errors.md`, 'utf8'), 'Errors and what to do', '# ').map((cells) => cells[0]);
  const error = (errorKind: ErrorKind, extra: object = {}): TargetResult =>
    ({ target: { type: 'environment', name: 'e' }, outcome: 'error', failure: { kind: 'unknown-deployment', id: 'd', type: 'environment' }, errorKind, waitedMs: 0, ...extra });
  // Every kind, by the type: a kind added to ErrorKind without a row here fails the type check.
  const kinds = { 'no-request': 1, 'not-found': 1, 'unknown-deployment': 1, 'access-denied': 1, credentials: 1, unreachable: 1, 'not-made': 1, 'maybe-made': 1, 'read-failed': 1 } satisfies Record<ErrorKind, 1>;
  const titles = new Set([
    ...Object.keys(kinds).map((kind) => titleOf(error(kind as ErrorKind), false)),
    titleOf(error('credentials', { failure: expiredSession('cancel') }), false),
    'Invalid input',
    'Nothing could be cancelled',
    'Unexpected error',
  ]);
  for (const title of titles) expect(rows, title).toContain(title);
});

test('the README stays at most 20 KB: the long parts live in docs/', () => {
  expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(20_000);
});

test('the outcomes table lists every outcome, and whether it fails the step by default, as the code decides', () => {
  const rows = table('Outcomes');
  expect(rows.map((r) => code(r[0])).sort()).toEqual([...OUTCOMES].sort());
  const failOn = (metadata.inputs['fail-on']?.default ?? '').split(',').map((word) => word.trim());
  for (const row of rows) {
    const outcome = code(row[0]) as Outcome;
    const expected = ALWAYS_FAILING.includes(outcome) ? '**always**' : failOn.includes(outcome) ? '**yes**' : 'no';
    expect(row[2], outcome).toBe(expected);
  }
  // The full account in docs/behaviour.md covers the same outcomes.
  const full = tableIn(readFileSync(`${REPO_ROOT}docs/behaviour.md`, 'utf8'), 'Outcomes in full', '## ');
  expect(full.map((r) => code(r[0])).sort()).toEqual([...OUTCOMES].sort());
});
