#!/usr/bin/env node
// Moves the major tag (v1) to a published release vX.Y.Z, so `uses: owner/repo@v1` gets it:
//   node .ci/move-major-tag.mjs v1.2.3 [--push <remote>]
// Run by .github/workflows/release.yml when a release is published. It leaves the major tag alone for
// a pre-release (v1.3.0-rc.1) and for a release older than the newest of its major (a v1.2.4 fix
// published after v1.3.0), and refuses a tag that is not vX.Y.Z or a commit without the bundle.
import { execFileSync } from 'node:child_process';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const fail = (message) => {
  console.error(`::error title=Major tag not moved::${message}`);
  process.exit(1);
};

const [tag, ...rest] = process.argv.slice(2);
const remote = rest[0] === '--push' ? rest[1] : undefined;
if (!tag || (rest.length > 0 && !remote)) fail('usage: move-major-tag.mjs vX.Y.Z [--push <remote>]');

const SEMVER_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;
const version = SEMVER_TAG.exec(tag);
if (!version) fail(`${tag} is not a release tag: expected vMAJOR.MINOR.PATCH, such as v1.2.3.`);
const [, major, , , prerelease] = version;
const majorTag = `v${major}`;
if (prerelease) {
  console.log(`${tag} is a pre-release: ${majorTag} stays where it is.`);
  process.exit(0);
}

let commit;
try {
  commit = git('rev-parse', '--verify', `refs/tags/${tag}^{commit}`);
} catch {
  fail(`tag ${tag} does not exist in this clone (fetch tags: actions/checkout with fetch-depth: 0).`);
}
for (const file of ['action.yml', 'dist/index.js']) {
  try {
    git('cat-file', '-e', `${commit}:${file}`);
  } catch {
    fail(`${tag} (${commit.slice(0, 12)}) has no ${file}: users of ${majorTag} would get an action that cannot run.`);
  }
}

const numbers = (name) => SEMVER_TAG.exec(name).slice(1, 4).map(Number);
const newer = (a, b) => {
  const [x, y] = [numbers(a), numbers(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
};
const newest = git('tag', '--list', `${majorTag}.*`)
  .split('\n')
  .filter((name) => SEMVER_TAG.test(name) && !SEMVER_TAG.exec(name)[4])
  .reduce((best, name) => (newer(name, best) ? name : best), tag);
if (newest !== tag) {
  console.log(`${tag} is older than ${newest}: ${majorTag} stays at ${newest}.`);
  process.exit(0);
}

git('tag', '--force', majorTag, commit);
console.log(`${majorTag} now points at ${tag} (${commit}).`);
if (remote) {
  git('push', '--force', remote, `refs/tags/${majorTag}`);
  console.log(`Pushed ${majorTag} to ${remote}.`);
}
