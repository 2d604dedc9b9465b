import { failureSaying } from '../support/failures.js';
import type { DeploymentStatus } from '../../src/domain/deployment-status.js';
import { describe, expect, test, vi } from 'vitest';
import { explainOutcome } from '../../src/report/explain.js';
import { escapeHtml } from '../../src/report/html.js';
import { LiveLog, safeLogLine } from '../../src/report/log.js';
import { publicResourceJson, resultsOutput, stepOutputs } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Outcome } from '../../src/domain/outcome.js';
import { outcomeRow, summaryRows, textOf } from '../support/summary.js';
import type { StepResult, TargetResult } from '../../src/domain/target-result.js';
import { formatDuration, oneLine } from '../../src/lib/text.js';

const cancelled: TargetResult = {
  target: { type: 'service-instance', name: 'prod', serviceName: 'api' },
  outcome: 'cancelled',
  resource: {
    arn: 'arn:aws:proton:us-east-1:1:service/api/service-instance/prod',
    deploymentStatus: 'CANCELLED',
    deploymentStatusMessage: 'Cancelled by user',
    lastAttemptedDeploymentId: 'd-2',
    lastSucceededDeploymentId: 'd-1',
  },
  deployment: { id: 'd-2', status: 'CANCELLED', statusMessage: 'Cancelled by user' },
  waitedMs: 65_000,
};

const failed: TargetResult = {
  target: { type: 'environment', name: 'stage' },
  outcome: 'failed',
  resource: { deploymentStatus: 'FAILED', deploymentStatusMessage: 'stack rollback failed' },
  deployment: { status: 'FAILED', statusMessage: 'stack rollback failed' },
  waitedMs: 3000,
};

const settings = { region: 'eu-west-1', wait: true, waitTimeoutSeconds: 1800, failOn: ['failed', 'timed-out'] as Outcome[] };
const step = (results: TargetResult[]): StepResult => ({ results, dryRun: false });

describe('outputs', () => {
  test('one target fills the per-resource outputs', () => {
    const resource = { ...cancelled.resource, spec: 'secret', createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 600)) };
    const outputs = stepOutputs(step([{ ...cancelled, resource }]));
    expect(outputs).toMatchObject({
      outcome: 'cancelled',
      'deployment-status': 'CANCELLED',
      'deployment-status-message': 'Cancelled by user',
      arn: 'arn:aws:proton:us-east-1:1:service/api/service-instance/prod',
      'deployment-id': 'd-2',
      'last-succeeded-deployment-id': 'd-1',
    });
    const parsed = JSON.parse(outputs.resource) as Record<string, unknown>;
    expect(parsed.createdAt).toBe('2026-01-02T03:04:05.600Z');
    expect(parsed).not.toHaveProperty('spec');
    expect(JSON.parse(outputs.results)).toEqual([
      {
        resourceType: 'service-instance',
        name: 'prod',
        serviceName: 'api',
        outcome: 'cancelled',
        deploymentStatus: 'CANCELLED',
        deploymentStatusMessage: 'Cancelled by user',
        arn: 'arn:aws:proton:us-east-1:1:service/api/service-instance/prod',
        deploymentId: 'd-2',
      },
    ]);
  });

  test('several targets leave the per-resource outputs empty; outcome is the most severe', () => {
    const outputs = stepOutputs(step([cancelled, failed]));
    expect(outputs.outcome).toBe('failed');
    for (const name of ['deployment-status', 'deployment-status-message', 'arn', 'deployment-id', 'last-succeeded-deployment-id', 'resource'] as const) {
      expect(outputs[name]).toBe('');
    }
    expect((JSON.parse(outputs.results) as unknown[]).length).toBe(2);
  });

  test('an error result carries its error; others do not', () => {
    const error: TargetResult = { target: { type: 'component', name: 'web' }, outcome: 'error', failure: failureSaying('denied'), errorKind: 'read-failed', waitedMs: 0 };
    const [errorEntry, okEntry] = JSON.parse(stepOutputs(step([error, cancelled])).results) as Array<Record<string, unknown>>;
    expect(errorEntry).toEqual({
      resourceType: 'component',
      name: 'web',
      outcome: 'error',
      deploymentStatus: null,
      deploymentStatusMessage: null,
      arn: null,
      deploymentId: null,
      error: 'denied',
    });
    expect(okEntry).not.toHaveProperty('error');
  });

  test('spec and serviceSpec are dropped at any depth', () => {
    const json = publicResourceJson({ arn: 'a', spec: 's1', nested: { serviceSpec: 's2', keep: 1 } } as never);
    expect(JSON.parse(json)).toEqual({ arn: 'a', nested: { keep: 1 } });
  });
});

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

  const notFound: TargetResult = { target: { type: 'service-instance', name: 'gone', serviceName: 'api' }, outcome: 'error', failure: failureSaying('Not found in eu-west-1: check the name'), errorKind: 'read-failed', waitedMs: 0 };
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
    [{ problem: failureSaying('Could not find the environments <x>') }, '<p><strong>Error:</strong> Could not find the environments &lt;x&gt;</p>'],
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
      step: { results: [{ target: { type: 'environment', name: 'x' }, outcome: 'error', failure: failureSaying('Access denied <now>'), errorKind: 'read-failed', waitedMs: 0 }], dryRun: false },
      settings,
      run: {},
      interruptedBy: 'SIGTERM',
    });
    expect(outcomeRow(html, 'x')?.happened).toBe('Access denied <now>');
    expect(html).toContain('<strong>Interrupted:</strong> the step received SIGTERM');
  });
});

describe('text', () => {
  test('oneLine flattens line breaks (no workflow command can start a line) and clips', () => {
    expect(oneLine('a\n::error::x\r\n  b')).toBe('a ::error::x b');
    expect(oneLine('x'.repeat(20), 5)).toBe('xxxxx…');
  });
  test('escapeHtml clips long text', () => expect(escapeHtml('<'.repeat(3), 2)).toBe('&lt;&lt;…'));
  test.each([
    [0, '0 s'],
    [1499, '1 s'],
    [59_400, '59 s'],
    [60_000, '1 min 00 s'],
    [3_725_000, '62 min 05 s'],
  ])('formatDuration(%i) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe('explainOutcome', () => {
  test.each([
    ['succeeded', 'SUCCEEDED', true, 'the deployment finished (SUCCEEDED) before the cancellation took effect'],
    ['failed', 'FAILED', true, 'the cancellation attempt failed: Proton reports FAILED ("m")'],
    ['failed', 'DELETE_FAILED', true, 'the deployment ended as DELETE_FAILED ("m")'],
    ['timed-out', 'CANCELLING', true, 'still CANCELLING when wait-timeout-seconds (1800 s) ran out'],
    ['not-in-progress', 'SUCCEEDED', true, 'nothing to cancel: no deployment in progress (Proton reports SUCCEEDED)'],
    ['submitted', 'CANCELLING', false, 'cancellation requested: Proton reports CANCELLING; not waiting for the end (wait is false)'],
    ['interrupted', 'CANCELLING', true, 'interrupted while Proton reported CANCELLING: the cancellation requested stands; its end is not known'],
  ] as const)('%s (%s, wait %s)', (outcome, status, wait, text) => {
    const result: TargetResult = {
      target: { type: 'environment', name: 'e' },
      outcome,
      deployment: { status, statusMessage: 'm' },
      waitedMs: 0,
    };
    expect(explainOutcome(result, { wait, waitTimeoutSeconds: 1800 })).toBe(text);
  });
});

describe('explainOutcome says what else the step learnt', () => {
  const base: TargetResult = { target: { type: 'environment', name: 'e' }, outcome: 'cancelled', deployment: { id: 'd-1', status: 'CANCELLED' }, waitedMs: 20_000 };
  const settings = { wait: true, waitTimeoutSeconds: 60 };

  test('a newer deployment: the id reported is ours, from the history', () => {
    expect(explainOutcome({ ...base, newerDeploymentId: 'd-2' }, settings)).toBe(
      "Proton reports CANCELLED after 20 s (deployment d-1, from Proton's deployment history: a newer deployment d-2 has started since)",
    );
  });
  test('someone else was already cancelling', () => {
    expect(explainOutcome({ ...base, alreadyCancelling: true }, settings)).toBe(
      'Proton reports CANCELLED after 20 s; the cancellation was already under way when this step asked, started by someone else',
    );
  });
  test('timed out while status reads were failing', () => {
    const result: TargetResult = { ...base, outcome: 'timed-out', deployment: { status: 'CANCELLING' }, readFailure: failureSaying('Proton throttled GetEnvironment on all 5 attempts') };
    expect(explainOutcome(result, settings)).toBe(
      'still CANCELLING when wait-timeout-seconds (60 s) ran out; status reads were failing: Proton throttled GetEnvironment on all 5 attempts',
    );
  });
});

describe('outputs never carry withheld fields and always fit', () => {
  test('description and displayName are withheld like the spec', () => {
    const json = publicResourceJson({ arn: 'a', description: 'owner text', displayName: 'Nice', spec: 's' } as never);
    expect(JSON.parse(json)).toEqual({ arn: 'a' });
  });

  test('a deployment id and status come from the deployment the step acted on, not the resource', () => {
    const result: TargetResult = {
      ...cancelled,
      resource: { ...cancelled.resource, deploymentStatus: 'IN_PROGRESS', lastAttemptedDeploymentId: 'd-newer' },
      deployment: { id: 'd-2', status: 'CANCELLED' },
      newerDeploymentId: 'd-newer',
    };
    const outputs = stepOutputs(step([result]));
    expect(outputs['deployment-id']).toBe('d-2');
    expect(outputs['deployment-status']).toBe('CANCELLED');
    expect(JSON.parse(outputs.resource).lastAttemptedDeploymentId).toBe('d-newer');
  });

  const huge = (n: number, text: string): TargetResult[] =>
    Array.from({ length: n }, (_, i) => ({
      target: { type: 'service-instance', name: `instance-${'x'.repeat(80)}-${i}`, serviceName: 's'.repeat(100) },
      ...(i % 2 ? { outcome: 'failed' as const } : { outcome: 'error' as const, failure: failureSaying(text), errorKind: 'read-failed' as const }),
      resource: { arn: `arn:aws:proton:us-east-1:111122223333:service/${'s'.repeat(100)}/service-instance/${i}` },
      deployment: { id: '3403b480-1111-4c7a-9d7e-0123456789ab', status: 'FAILED', statusMessage: text },
      waitedMs: 0,
    }));

  test('100 targets with long messages: results stays under 128 KiB, so it can go through env:, and says it was clipped', () => {
    const fitted = resultsOutput(huge(100, '€ "quoted" \u0001 '.repeat(400)));
    expect(Buffer.byteLength(fitted.json)).toBeLessThan(128 * 1024);
    expect(fitted.clippedToFit).toBe(true);
    const entries = JSON.parse(fitted.json) as Array<{ deploymentStatusMessage: string; arn: string }>;
    expect(entries).toHaveLength(100);
    expect(entries[0]?.deploymentStatusMessage).toMatch(/…\[clipped\]$/);
    // Identifiers are kept whole while clipping messages is enough.
    expect(entries[99]?.arn).toMatch(/service-instance\/99$/);
  });

  test('short messages are not clipped', () => {
    expect(resultsOutput(huge(100, 'stack rollback failed')).clippedToFit).toBe(false);
  });

  test(`${1000} targets: every output within 1 MiB`, () => {
    const outputs = stepOutputs(step(huge(1000, 'm'.repeat(5000))));
    for (const [name, value] of Object.entries(outputs)) expect(Buffer.byteLength(value), name).toBeLessThanOrEqual(1_000_000);
    expect((JSON.parse(outputs.results) as unknown[]).length).toBe(1000);
  });

  test('a reply far outside the model (megabytes of text in every field) still gives outputs within 1 MiB', () => {
    const mb = '\u2028"<'.repeat(400_000);
    const result: TargetResult = {
      target: { type: 'environment', name: 'e' },
      outcome: 'failed',
      // A status outside the API's model, as a broken or hostile endpoint could send.
      resource: { arn: mb, deploymentStatus: mb as DeploymentStatus, deploymentStatusMessage: mb, lastAttemptedDeploymentId: mb, lastSucceededDeploymentId: mb },
      deployment: { id: mb, status: mb as DeploymentStatus, statusMessage: mb },
      waitedMs: 0,
    };
    for (const [name, value] of Object.entries(stepOutputs(step([result])))) expect(Buffer.byteLength(value), name).toBeLessThanOrEqual(1_000_000);
    for (const [name, value] of Object.entries(stepOutputs(step(Array.from({ length: 100 }, () => result))))) {
      expect(Buffer.byteLength(value), name).toBeLessThanOrEqual(name === 'results' ? 128 * 1024 : 1_000_000);
    }
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

describe('safeLogLine: text from the API cannot become a workflow command', () => {
  test.each([
    ['a\n::add-mask::secret', 'a ::add-mask::secret'],
    ['::warning::at the start', ': :warning::at the start'],
    ['mid-line ##[add-mask]secret and ##[stop-commands]tok', 'mid-line ## [add-mask]secret and ## [stop-commands]tok'],
    ['line\u2028::error::sep\u2029x\u0085y', 'line ::error::sep x y'],
    ['esc \u001b[31mred\u001b[0m', 'esc  [31mred [0m'],
  ])('%j', (text, safe) => {
    expect(safeLogLine(text)).toBe(safe);
  });
});

describe('LiveLog', () => {
  test('failing reads: a line per target, one warning for the whole step', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const log = new LiveLog();
      log.tell({ type: 'environment', name: 'a' }, { kind: 'reads-failing', failures: 3, failure: failureSaying('Proton throttled GetEnvironment') });
      log.tell({ type: 'environment', name: 'b' }, { kind: 'reads-failing', failures: 3, failure: failureSaying('Proton throttled GetEnvironment') });
      log.tell({ type: 'environment', name: 'a' }, { kind: 'reads-recovered', failures: 4 });
      const out = written.join('');
      expect(out.match(/^::warning title=Status reads failing::/gm)).toHaveLength(1);
      expect(out).toContain('environment b: status reads keep failing (3 in a row); still polling until wait-timeout-seconds');
      expect(out).toContain('environment a: status reads work again after 4 failures');
    } finally {
      spy.mockRestore();
    }
  });
});
