// The by-hand blocks of docs/local.md work when pasted as one block into a shell.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';

/** Runs, as pasted into bash, the first shell block of docs/local.md after `words`. */
function runBlockAfter(words: string): SpawnSyncReturns<string> {
  const page = readFileSync(`${REPO_ROOT}docs/local.md`, 'utf8');
  const block = page.split(words)[1]?.match(/```sh\n([\s\S]*?)```/)?.[1];
  expect(block, `a sh block after "${words}"`).toBeDefined();
  return spawnSync('bash', ['-c', block!], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' } });
}

test('the by-hand block runs as pasted: the action cancels against the emulator, shows outputs and summary, and stops the emulator', () => {
  const run = runBlockAfter('To try it by hand');

  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain('Proton emulator listening on http://127.0.0.1:4599');
  // The action runs on Node 24, as the runner runs it, with the runner's files: no stray ::save-state.
  expect(run.stdout).toMatch(/^v24\./m);
  expect(run.stdout).not.toContain('::save-state');
  expect(run.stdout).toMatch(/--- outputs\noutcome<<ghadelimiter_[\w-]+\ncancelled\n/);
  expect(run.stdout).toContain('Cancel Proton deployment of service instance api/prod: cancelled');
  // The emulator was stopped: the port is free again.
  const again = spawnSync('bash', ['-c', 'sleep 0.5; (exec 3<>/dev/tcp/127.0.0.1/4599) 2>/dev/null && echo open || echo closed'], { encoding: 'utf8' });
  expect(again.stdout.trim()).toBe('closed');
}, 90_000);

test('the guard by hand: the main step arms without a request, and the post step, given the state as STATE_*, cancels', () => {
  const run = runBlockAfter('To try the guard');

  expect(run.status, run.stdout + run.stderr).toBe(0);
  const [main = '', post = ''] = run.stdout.split('--- the job is cancelled: post step');
  expect(main).toContain('Armed: if this job is cancelled, the post step will cancel the deployment of environment web');
  expect(main).not.toContain('cancellation requested');
  expect(post).toContain('The job was cancelled: cancelling the deployments armed by `when: job-cancelled`.');
  expect(post).toMatch(/--- outputs\noutcome<<ghadelimiter_[\w-]+\ncancelled\n/);
  expect(run.stdout).not.toContain('::save-state');
}, 90_000);
