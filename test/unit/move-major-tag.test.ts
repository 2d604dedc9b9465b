// .ci/move-major-tag.mjs, run by the Release workflow: v1 follows the newest v1.x.y release, in a real
// git repository pushing to a real (bare) remote.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';

const SCRIPT = join(REPO_ROOT, '.ci/move-major-tag.mjs');
let repo: string;
let remote: string;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' }).trim();
const remoteTag = (name: string): string => git(remote, 'rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`);

function release(tag: string, { withBundle = true } = {}): string {
  writeFileSync(join(repo, 'action.yml'), `name: x # ${tag}\n`);
  if (withBundle) writeFileSync(join(repo, 'dist', 'index.js'), `// ${tag}\n`);
  else git(repo, 'rm', '-q', '--cached', '--ignore-unmatch', 'dist/index.js');
  git(repo, 'add', 'action.yml', ...(withBundle ? ['dist/index.js'] : []));
  git(repo, 'commit', '-q', '-m', tag);
  git(repo, 'tag', tag);
  return git(repo, 'rev-parse', 'HEAD');
}

function move(tag: string): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [SCRIPT, tag, '--push', 'origin'], { cwd: repo, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'major-tag-'));
  remote = join(root, 'remote.git');
  repo = join(root, 'repo');
  execFileSync('git', ['init', '-q', '--bare', remote]);
  execFileSync('git', ['init', '-q', repo]);
  mkdirSync(join(repo, 'dist'));
  git(repo, 'remote', 'add', 'origin', remote);
});

test('the first release creates v1; a newer one moves it, on the remote', () => {
  const first = release('v1.0.0');
  expect(move('v1.0.0')).toMatchObject({ status: 0 });
  expect(remoteTag('v1')).toBe(first);

  const second = release('v1.1.0');
  const moved = move('v1.1.0');
  expect(moved.status).toBe(0);
  expect(moved.out).toContain('v1 now points at v1.1.0');
  expect(remoteTag('v1')).toBe(second);
});

test('a fix to an older minor, published later, leaves v1 at the newest release', () => {
  const newest = release('v1.3.0');
  move('v1.3.0');
  git(repo, 'checkout', '-q', '-b', 'fix', 'HEAD');
  release('v1.2.4');
  const run = move('v1.2.4');
  expect(run).toMatchObject({ status: 0 });
  expect(run.out).toContain('v1.2.4 is older than v1.3.0: v1 stays at v1.3.0');
  expect(remoteTag('v1')).toBe(newest);
});

test('a pre-release moves nothing; a v2 release makes v2 and leaves v1', () => {
  const one = release('v1.0.0');
  move('v1.0.0');
  release('v2.0.0-rc.1');
  expect(move('v2.0.0-rc.1')).toMatchObject({ status: 0, out: expect.stringContaining('pre-release: v2 stays where it is') });
  expect(() => remoteTag('v2')).toThrow();

  const two = release('v2.0.0');
  expect(move('v2.0.0').status).toBe(0);
  expect(remoteTag('v2')).toBe(two);
  expect(remoteTag('v1')).toBe(one);
});

test('refuses a tag that is not vX.Y.Z, and a commit without the bundle, saying why', () => {
  release('1.0.0');
  expect(move('1.0.0')).toMatchObject({ status: 1, out: expect.stringContaining('1.0.0 is not a release tag: expected vMAJOR.MINOR.PATCH') });
  release('v1.0.0', { withBundle: false });
  expect(move('v1.0.0')).toMatchObject({ status: 1, out: expect.stringContaining('has no dist/index.js') });
  expect(() => remoteTag('v1')).toThrow();
  expect(move('v9.9.9')).toMatchObject({ status: 1, out: expect.stringContaining('tag v9.9.9 does not exist') });
});
