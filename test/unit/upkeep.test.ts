// The repository's upkeep automation. .ci/validate-metadata checks every workflow against GitHub's
// workflow schema; no schema checker here covers dependabot.yml, so its shape is checked here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/action-metadata.js';

interface DependabotConfig {
  version: number;
  updates: Array<{ 'package-ecosystem': string; directory: string; schedule: unknown; groups?: Record<string, Record<string, unknown>> }>;
}
interface Workflow {
  on: unknown;
  permissions: unknown;
  jobs: Record<string, { steps?: unknown[]; permissions?: unknown; strategy?: { matrix: Record<string, unknown> } }>;
}

const yamlFile = <T>(path: string): T => parse(readFileSync(join(REPO_ROOT, path), 'utf8')) as T;
const workflow = (file: string): Workflow => yamlFile<Workflow>(`.github/workflows/${file}`);

test('Dependabot updates npm and GitHub Actions weekly, grouped', () => {
  const config = yamlFile<DependabotConfig>('.github/dependabot.yml');
  expect(config.version).toBe(2);
  expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  for (const update of config.updates) {
    expect(update.directory).toBe('/');
    expect(update.schedule).toEqual({ interval: 'weekly' });
    expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    for (const group of Object.values(update.groups ?? {})) {
      expect(Object.keys(group).some((key) => ['patterns', 'dependency-type'].includes(key))).toBe(true);
    }
  }
});

test('the release workflow moves the major tag of a published release, after checking dist/', () => {
  const release = workflow('release.yml');
  expect(release.on).toEqual({ release: { types: ['published'] } });
  expect(release.permissions).toEqual({ contents: 'write' });
  const steps = JSON.stringify(release.jobs['move-major-tag']?.steps);
  expect(steps).toContain('fetch-depth');
  expect(steps.indexOf('.ci/check-dist')).toBeGreaterThan(0);
  expect(steps.indexOf('.ci/check-dist')).toBeLessThan(steps.indexOf('node .ci/move-major-tag.mjs \\"$TAG\\" --push origin'));
});

test('every workflow reads the repository only, unless it says why it needs more', () => {
  const allowed: Record<string, unknown> = {
    'ci.yml': { contents: 'read' },
    'check-dist.yml': { contents: 'read' },
    'codeql.yml': { contents: 'read' },
    'release.yml': { contents: 'write' },
  };
  for (const [file, permissions] of Object.entries(allowed)) expect(workflow(file).permissions, file).toEqual(permissions);
  const analyze = workflow('codeql.yml').jobs.analyze;
  expect(analyze?.permissions).toEqual({ actions: 'read', contents: 'read', 'security-events': 'write' });
  expect(analyze?.strategy?.matrix.language).toEqual(['javascript-typescript', 'actions']);
});

test('the scripts and files the workflows run exist', () => {
  const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  for (const file of ['ci.yml', 'check-dist.yml', 'release.yml']) {
    const text = readFileSync(join(REPO_ROOT, '.github/workflows', file), 'utf8');
    for (const [, script] of text.matchAll(/npm run (?:-s )?([\w:-]+)/g)) expect(scripts, `${file}: npm run ${script}`).toHaveProperty([script!]);
    for (const [path] of text.matchAll(/\.ci\/[\w.-]+/g)) expect(existsSync(join(REPO_ROOT, path)), `${file}: ${path}`).toBe(true);
  }
});
