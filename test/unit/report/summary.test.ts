// The job summary as HTML: what it says, how it escapes, and that it stays under 1 MiB.
import { unknownDeployment } from '../../support/failures.js';
import { describe, expect, test } from 'vitest';
import { cancelled, failed, step } from '../../support/report-fixtures.js';
import { renderSummary } from '../../../src/report/summary.js';
import type { Outcome } from '../../../src/domain/outcome.js';
import { outcomeRow, summaryRows, textOf } from '../../support/summary.js';
import type { TargetResult } from '../../../src/domain/target-result.js';


const settings = { region: 'eu-west-1', wait: true, waitTimeoutSeconds: 1800, failOn: ['failed', 'timed-out'] as Outcome[] };


describe('summary', () => {
  const run = {
    repository: 'acme/app',
    workflow: 'Deploy',
    job: 'deploy',
    runNumber: 7,
    runUrl: 'https://github.com/acme/app/actions/runs/99',
    ref: 'refs/heads/main',
    sha: 'abcdef0123456789',
    actor: 'octocat',
    eventName: 'push',
  };

  const notFound: TargetResult = { target: { type: 'service-instance', name: 'gone', serviceName: 'api' }, outcome: 'error', failure: unknownDeployment('d-0', 'service-instance'), errorKind: 'unknown-deployment', waitedMs: 0 };
  const cancelledToo: TargetResult = { ...cancelled, target: { type: 'service-instance', name: 'stage', serviceName: 'api' } };

  test('a heading with counts; what fails the step first, most severe first; the rest folded; a short footer', () => {
    const html = renderSummary({ step: step([cancelled, failed, cancelledToo, notFound]), settings, run });
    expect(html).toMatch(/^<h2>❌ Cancel Proton deployments: 2 of 4 targets fail the step<\/h2>/);
    expect(textOf(html)).toContain('4 targets: ❌ 1 error · ❌ 1 failed · ✅ 2 cancelled');
    const attention = html.split('<h3>Fail the step (2)</h3>')[1]!.split('</table>')[0]!;
    expect(summaryRows(attention).map((cells) => cells[1])).toEqual(['Outcome', '❌ error', '❌ failed']);
    expect(html).toMatch(/<details><summary><strong>Ended as expected \(2\)<\/strong><\/summary>\n<table>/);
    expect(outcomeRow(html, 'prod')).toEqual({ target: 'api / prod', outcome: '✅ cancelled', happened: 'Proton reports CANCELLED after 1 min 05 s: Cancelled by user' });
    expect(outcomeRow(html, 'stage')?.happened).toBe('The cancellation attempt failed: Proton reports FAILED: stack rollback failed');
    expect(html).toContain('<p><sub><a href="https://github.com/acme/app/actions/runs/99">run #7</a> · Deploy · job deploy · main @ abcdef0 · octocat (push) · acme/app · eu-west-1</sub></p>');
  });

  test('ids, ARNs and console links are folded, with no link for a resource that was not found', () => {
    const html = renderSummary({ step: step([cancelled, notFound]), settings, run: {} });
    const ids = html.split('Deployment ids, ARNs and console links')[1]!;
    const rows = summaryRows(ids);
    expect(rows[1]).toEqual(['api / prod', 'd-2', 'console', 'arn:aws:proton:us-east-1:1:service/api/service-instance/prod']);
    expect(ids).toContain('<a href="https://eu-west-1.console.aws.amazon.com/proton/home?region=eu-west-1#/services/detail/api">console</a>');
    expect(rows[2]).toEqual(['api / gone', '—', '—', '—']);
  });

  test('long text is folded behind its beginning and opens to the rest; long unbroken text gets break points', () => {
    const long = `${'word '.repeat(40)}arn:aws:proton:us-east-1:111122223333:service/api/service-instance/${'x'.repeat(60)}`;
    const html = renderSummary({ step: step([{ ...failed, deployment: { status: 'FAILED', statusMessage: long } }]), settings, run: {} });
    const happened = html.match(/<td><details><summary>(.*?)…<\/summary>…(.*?)<\/details><\/td>/)!;
    expect(textOf(`${happened[1]!} ${happened[2]!}`)).toBe(`The cancellation attempt failed: Proton reports FAILED: ${long}`);
    expect(happened[2]).toContain('<wbr>');
    expect(Math.max(...textOf(html).split(/\s/).map((w) => w.length))).toBeGreaterThan(24);
    expect(Math.max(...html.replace(/<[^>]*>/g, ' ').split(/\s/).map((w) => w.length))).toBeLessThanOrEqual(24 + 5);
  });

  test.each([
    [{ dryRun: true }, '<p><strong>Dry run:</strong> nothing was cancelled'],
    [{ problem: unknownDeployment('<x>') }, '<p><strong>Error:</strong> Proton knows no deployment &lt;x&gt; of this environment: check deployment-id, and that it belongs to this resource.</p>'],
    [{ discovery: { wildcard: { type: 'environment' as const }, matched: [], leftAlone: [] } }, '<p><strong>Matched:</strong> environment-name: * matched no environment'],
  ])('the situation is said plainly: %j', (extra, said) => {
    const html = renderSummary({ step: { results: [], dryRun: false, ...extra }, settings, run: {} });
    expect(html).toContain(said);
  });

  test('text from the API cannot break the table or inject markup', () => {
    const hostile = '</td></tr></table><script>alert(1)</script>\n\n# Heading & <b>"bold"</b> \'quoted\'';
    const html = renderSummary({
      step: { results: [{ ...failed, deployment: { status: 'FAILED', statusMessage: hostile, id: '<i>' } }], dryRun: false },
      settings,
      run: { ...run, workflow: '<img src=x onerror=alert(1)>' },
    });
    expect(html).not.toMatch(/<script|<\/table><|<img|<b>|<i>/);
    expect(html).not.toContain('\n\n');
    expect(outcomeRow(html, 'stage')?.happened).toBe(`The cancellation attempt failed: Proton reports FAILED: ${hostile.replace(/\n/g, ' ')}`);
    expect(html.match(/<table>/g)).toHaveLength(html.match(/<\/table>/g)!.length);
  });

  test('an error row shows the error; an interrupted step says so', () => {
    const html = renderSummary({
      step: { results: [{ target: { type: 'environment', name: 'x' }, outcome: 'error', failure: unknownDeployment('<now>'), errorKind: 'unknown-deployment', waitedMs: 0 }], dryRun: false },
      settings,
      run: {},
      interruptedBy: 'SIGTERM',
    });
    expect(outcomeRow(html, 'x')?.happened).toBe('Proton knows no deployment <now> of this environment: check deployment-id, and that it belongs to this resource.');
    expect(html).toContain('<strong>Interrupted:</strong> the step received SIGTERM');
  });
});

describe('the summary stays under 1 MiB whatever the number of targets', () => {
  test('1000 targets with long hostile messages: cut with a row that says how many more, pointing to results', () => {
    const results: TargetResult[] = Array.from({ length: 1000 }, (_, i) => ({
      target: { type: 'environment', name: `env-${i}` },
      outcome: 'failed',
      deployment: { id: `d-${i}`, status: 'FAILED', statusMessage: '<"&>'.repeat(300) },
      waitedMs: 0,
    }));
    const html = renderSummary({ step: step(results), settings, run: {} });
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);
    expect(html).toMatch(/… and \d+ more targets: the <code>results<\/code> output lists every target\./);
  });
});
