// .ci/audit.mjs decides from npm audit's JSON report: vulnerabilities fail CI, an unreachable
// advisory service is said loudly and does not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../support/action-metadata.js';

function judge(report: unknown): { status: number | null; out: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'audit-')), 'report.json');
  writeFileSync(file, JSON.stringify(report));
  const run = spawnSync(process.execPath, [join(REPO_ROOT, '.ci/audit.mjs'), '--report', file], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
}

const counts = (high: number, critical: number) => ({ info: 0, low: 1, moderate: 2, high, critical, total: 3 + high + critical });

test('a high or critical vulnerability fails, naming the package', () => {
  const result = judge({
    auditReportVersion: 2,
    vulnerabilities: { undici: { name: 'undici', severity: 'high' }, debug: { name: 'debug', severity: 'low' } },
    metadata: { vulnerabilities: counts(1, 0) },
  });
  expect(result.status).toBe(1);
  expect(result.out).toContain('1 high or critical vulnerabilities: undici (high)');
});

test('only lower severities pass', () => {
  const result = judge({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: counts(0, 0) } });
  expect(result.status).toBe(0);
  expect(result.out).toContain('no high or critical vulnerabilities');
});

test('an advisory service that cannot be reached is said loudly, and does not fail', () => {
  const result = judge({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });
  expect(result.status).toBe(0);
  expect(result.out).toMatch(/^::warning title=npm audit::npm audit could not check .*Vulnerabilities were NOT checked\./);
});
