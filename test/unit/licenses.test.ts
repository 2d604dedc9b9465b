// dist/licenses.txt must name every package bundled into dist/, with its licence text. .ci/run's
// "dist/ is the build of src/" check keeps it current; these tests keep it complete.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';

const { bundledPackageDirs } = (await import(pathToFileURL(join(REPO_ROOT, '.ci/licenses.mjs')).href)) as {
  bundledPackageDirs: (sources: string[]) => string[];
};

const licences = readFileSync(join(REPO_ROOT, 'dist/licenses.txt'), 'utf8');
const listed = new Map([...licences.matchAll(/^((?:@[^/\s]+\/)?[^@\s]+)@(\d[^\s]*)\n(\S+)\n/gm)].map((m) => [m[1]!, { version: m[2]!, license: m[3]! }]));
const installed = (name: string): { version: string; license: string } =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };

test('the package of every bundled file is found from source-map sources, nested and scoped ones included', () => {
  expect(
    bundledPackageDirs([
      '.././src/index.ts',
      '../external node-commonjs "node:http"',
      '../webpack/runtime/ensure chunk',
      '.././node_modules/@actions/core/lib/summary.js',
      '.././node_modules/@actions/core/lib/command.js',
      'webpack:///./node_modules/bowser/es5.js',
      '.././node_modules/@actions/github/node_modules/@octokit/core/dist-src/index.js',
    ]),
  ).toEqual(['node_modules/@actions/core', 'node_modules/@actions/github/node_modules/@octokit/core', 'node_modules/bowser']);
});

test('every runtime dependency is listed at its installed version, with its licence and the text of it', () => {
  const { dependencies } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(dependencies)) {
    expect(listed.get(name), name).toEqual({ version: installed(name).version, license: installed(name).license });
  }
  // The licence text follows each header: MIT's own words for bowser (the SDK's user-agent parser), Apache's for the SDK.
  expect(licences).toMatch(/^bowser@\S+\nMIT\n(?:.*\n){0,3}.*MIT License/m);
  expect(licences).toMatch(/^@aws-sdk\/client-proton@\S+\nApache-2\.0\n\s*Apache License/m);
});

test('every package whose modules dist/ names is listed', () => {
  // Unminified webpack output names each module it did not concatenate by its path.
  const named = new Set<string>();
  for (const file of readdirSync(join(REPO_ROOT, 'dist')).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(REPO_ROOT, 'dist', file), 'utf8');
    for (const m of code.matchAll(/node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//g)) named.add(m[1]!);
  }
  expect(named.size).toBeGreaterThan(5);
  for (const name of named) expect(listed.has(name), name).toBe(true);
});
