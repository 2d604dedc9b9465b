// `npm run local-action` (README: "Debug it with @github/local-action") runs the TypeScript source
// under @github/local-action against the emulator it starts: inputs from a dotenv file, outputs and
// summary from the runner's files. This keeps it working across local-action releases.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

test('runs src/main.ts with the inputs of .env.example against the emulator it starts, and shows the outputs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-test-'));
  const envFile = join(dir, '.env');
  const port = await freePort();
  const example = readFileSync(join(REPO_ROOT, '.env.example'), 'utf8');
  writeFileSync(envFile, example.replace(/^INPUT_ENDPOINT-URL=.*$/m, `INPUT_ENDPOINT-URL=http://127.0.0.1:${port}`).replace(/^INPUT_POLL-INTERVAL-SECONDS=.*$/m, 'INPUT_POLL-INTERVAL-SECONDS=0.2'));

  const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['test/local-action.ts', envFile], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });

  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(run.stdout).toContain(`Proton emulator on http://127.0.0.1:${port}, with 1 service-instance(s)`);
  expect(run.stdout).toContain('Running Action');
  expect(run.stdout).toContain('service-instance api/prod: Proton reports CANCELLED');
  expect(run.stdout).toMatch(/^ {2}outcome: cancelled$/m);
  expect(run.stdout).toMatch(/^ {2}deployment-status: CANCELLED$/m);
  const summaryFile = /^Job summary, as written \(HTML for the runner to render\): (.+)$/m.exec(run.stdout)?.[1];
  expect(readFileSync(summaryFile!, 'utf8')).toContain('<td nowrap>api / prod</td><td nowrap>✅ cancelled</td>');
  // A preview as GitHub renders it: the summary inside GitHub's markdown styles.
  const preview = /^Job summary, rendered as GitHub renders it: file:\/\/(.+)$/m.exec(run.stdout)?.[1];
  const page = readFileSync(preview!, 'utf8');
  expect(page).toContain('markdown-body');
  expect(page).toContain('<td nowrap>api / prod</td><td nowrap>✅ cancelled</td>');
}, 90_000);
