#!/usr/bin/env node
// Fails on high or critical vulnerabilities in production dependencies (npm audit --omit=dev
// --audit-level=high). npm audit exits 1 both when it finds some and when its advisory service
// cannot be reached, so the JSON report decides: vulnerabilities fail the check; an unreachable
// service is said loudly and does not (CI cannot hold every landing on a service it cannot reach).
//   node .ci/audit.mjs                 runs npm audit
//   node .ci/audit.mjs --report FILE   judges a saved `npm audit --json` report (for tests)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const at = process.argv.indexOf('--report');
const text =
  at > 0
    ? readFileSync(process.argv[at + 1], 'utf8')
    : spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' }).stdout;

let report;
try {
  report = JSON.parse(text);
} catch {
  console.error('npm audit gave no JSON report: dependencies were NOT checked for vulnerabilities.');
  console.error(text.slice(0, 2000));
  process.exit(0);
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = report?.message ?? report?.error?.summary ?? 'no vulnerability counts in its report';
  console.log(`::warning title=npm audit::npm audit could not check the production dependencies (${why}). Vulnerabilities were NOT checked.`);
  process.exit(0);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
const names = Object.values(report.vulnerabilities ?? {})
  .filter((v) => v.severity === 'high' || v.severity === 'critical')
  .map((v) => `${v.name} (${v.severity})`);
if (serious > 0) {
  console.error(`Production dependencies have ${serious} high or critical vulnerabilities: ${names.join(', ')}. Run npm audit for details.`);
  process.exit(1);
}
console.log(`npm audit: no high or critical vulnerabilities in production dependencies (${counts.total ?? 0} of lower severity).`);
