// `npm run lint` checks the direction of imports with dependency-cruiser (.dependency-cruiser.cjs).
// These tests feed it small modules that break each rule, so a rule that stops biting is noticed.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';

const run = promisify(execFile);
// Inside the repository, so the rules and tsconfig.json apply as they do to src/.
const probe = mkdtempSync(join(REPO_ROOT, '.import-rules-probe-'));
afterAll(() => rmSync(probe, { recursive: true, force: true }));

async function cruise(files: Record<string, string>): Promise<{ failed: boolean; output: string }> {
  const dir = mkdtempSync(join(probe, 'case-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const bin = join(REPO_ROOT, 'node_modules/.bin/depcruise');
  try {
    const { stdout } = await run(bin, [relative(REPO_ROOT, dir), '--config', '.dependency-cruiser.cjs'], { cwd: REPO_ROOT });
    return { failed: false, output: stdout };
  } catch (error) {
    const { stdout = '', code } = error as { stdout?: string; code?: number };
    return { failed: code !== 0, output: stdout };
  }
}

test('a cycle made only of type imports fails', async () => {
  const { failed, output } = await cruise({
    'a.ts': "import type { B } from './b.js';\nexport interface A { b?: B }\n",
    'b.ts': "import type { A } from './a.js';\nexport interface B { a?: A }\n",
  });
  expect(failed).toBe(true);
  expect(output).toMatch(/no-circular/);
});

test('an import that reaches into node_modules by path fails; one by package name passes', async () => {
  const reaching = await cruise({ 'a.ts': "export { issueCommand } from '../../node_modules/@actions/core/lib/command.js';\n" });
  expect(reaching.failed).toBe(true);
  expect(reaching.output).toMatch(/no-reaching-into-packages/);
  const byName = await cruise({ 'a.ts': "export { ProtonClient } from '@aws-sdk/client-proton';\n" });
  expect(byName.failed).toBe(false);
  expect(byName.output).toMatch(/no dependency violations/);
});

test('a layer that imports a higher one fails, type imports included; importing a lower one passes', async () => {
  // Written beside the real modules, as a new file of src/lib/ and src/proton/ would be.
  const upward = join(REPO_ROOT, `src/lib/.import-rules-probe-${process.pid}.ts`);
  const downward = join(REPO_ROOT, `src/proton/.import-rules-probe-${process.pid}.ts`);
  writeFileSync(upward, "import type { Target } from '../domain/resources.js';\nexport type Probe = Target;\n");
  writeFileSync(downward, "import type { Target } from '../domain/resources.js';\nexport type Probe = Target;\n");
  try {
    const bin = join(REPO_ROOT, 'node_modules/.bin/depcruise');
    const cruiseFile = (file: string) =>
      run(bin, [relative(REPO_ROOT, file), '--config', '.dependency-cruiser.cjs'], { cwd: REPO_ROOT }).then(
        ({ stdout }) => ({ failed: false, output: stdout }),
        (error: { stdout?: string }) => ({ failed: true, output: error.stdout ?? '' }),
      );
    const up = await cruiseFile(upward);
    expect(up.failed).toBe(true);
    expect(up.output).toMatch(/layer-lib/);
    const down = await cruiseFile(downward);
    expect(down.failed).toBe(false);
  } finally {
    rmSync(upward, { force: true });
    rmSync(downward, { force: true });
  }
});
