// The files a user or contributor looks for before trusting a pinned action: they must agree with
// package.json and action.yml.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { OUTCOMES } from '../../src/domain/outcome.js';
import { readActionMetadata, REPO_ROOT } from '../support/action-metadata.js';

const read = (file: string): string => readFileSync(`${REPO_ROOT}${file}`, 'utf8');
const manifest = JSON.parse(read('package.json')) as { version: string; license: string };
const metadata = readActionMetadata();

test('LICENSE is the licence package.json names', () => {
  expect(manifest.license).toBe('MIT');
  expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} \S/);
  expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
});

test('CHANGELOG.md follows Keep a Changelog, and its newest release is the version package.json carries', () => {
  const changelog = read('CHANGELOG.md');
  expect(changelog).toMatch(/^# Changelog\n/);
  expect(changelog).toContain('https://keepachangelog.com/en/1.1.0/');
  const releases = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/gm)].map((m) => m[1]);
  expect(releases[0]).toBe(manifest.version);
  expect(changelog.indexOf('## [Unreleased]')).toBeLessThan(changelog.indexOf(`## [${manifest.version}]`));
  // Every heading has its link at the bottom, as Keep a Changelog does.
  for (const heading of ['Unreleased', ...releases]) expect(changelog).toMatch(new RegExp(`^\\[${heading!.replace(/\./g, '\\.')}\\]: https://`, 'm'));
});

test('the changelog names every input, output and outcome where it came in (the first release, or Unreleased)', () => {
  const changelog = read('CHANGELOG.md');
  const first = changelog.split('## [1.0.0]')[1]!.split('\n[Unreleased]:')[0]!;
  const unreleased = changelog.split('## [Unreleased]')[1]!.split('## [1.0.0]')[0]!;
  for (const name of [...Object.keys(metadata.inputs), ...Object.keys(metadata.outputs), ...OUTCOMES]) {
    expect(`${first}\n${unreleased}`, name).toContain(`\`${name}\``);
  }
});

test('SECURITY.md says how to report privately; CONTRIBUTING.md gives the two commands and how dist/ is kept', () => {
  expect(read('SECURITY.md')).toContain('Report a vulnerability');
  expect(read('SECURITY.md')).toMatch(/do not open a public issue/i);
  const contributing = read('CONTRIBUTING.md');
  expect(contributing).toContain('npm ci\nnpm test\n');
  expect(contributing).toContain('npm run bundle');
  expect(contributing).toContain('.ci/run');
});
