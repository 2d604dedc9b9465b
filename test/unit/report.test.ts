import { describe, expect, test } from 'vitest';
import type { TargetResult } from '../../src/cancel/cancel-target.js';
import { explainOutcome } from '../../src/report/annotations.js';
import { publicResourceJson, stepOutputs } from '../../src/report/outputs.js';
import { renderSummary, runContextFromGitHub } from '../../src/report/summary.js';
import { escapeHtml, formatDuration, oneLine } from '../../src/report/text.js';

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
  waitedMs: 65_000,
};

const failed: TargetResult = {
  target: { type: 'environment', name: 'stage' },
  outcome: 'failed',
  resource: { deploymentStatus: 'FAILED', deploymentStatusMessage: 'stack rollback failed' },
  waitedMs: 3000,
};

const settings = { region: 'eu-west-1', wait: true, waitTimeoutSeconds: 1800 };

describe('outputs', () => {
  test('one target fills the per-resource outputs', () => {
    const resource = { ...cancelled.resource, spec: 'secret', createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 600)) };
    const outputs = stepOutputs([{ ...cancelled, resource }]);
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
    const outputs = stepOutputs([cancelled, failed]);
    expect(outputs.outcome).toBe('failed');
    for (const name of ['deployment-status', 'deployment-status-message', 'arn', 'deployment-id', 'last-succeeded-deployment-id', 'resource'] as const) {
      expect(outputs[name]).toBe('');
    }
    expect((JSON.parse(outputs.results) as unknown[]).length).toBe(2);
  });

  test('an error result carries its error; others do not', () => {
    const error: TargetResult = { target: { type: 'component', name: 'web' }, outcome: 'error', error: 'denied', waitedMs: 0 };
    const [errorEntry, okEntry] = JSON.parse(stepOutputs([error, cancelled]).results) as Array<Record<string, unknown>>;
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

  test('a row per target with type, name and service, outcome, status, message, deployment id, time waited and console link', () => {
    const html = renderSummary({ results: [cancelled, failed], settings, run });
    const rows = html.match(/<tr>.*<\/tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe(
      '<tr><td>service-instance</td><td>api / prod</td><td>✅ cancelled</td><td>CANCELLED</td><td>Cancelled by user</td><td>d-2</td><td>1 min 05 s</td>' +
        '<td><a href="https://eu-west-1.console.aws.amazon.com/proton/home?region=eu-west-1#/services/detail/api">open</a></td></tr>',
    );
    expect(rows[2]).toContain('<td>❌ failed</td><td>FAILED</td><td>stack rollback failed</td><td>—</td><td>3 s</td>');
    expect(html).toContain('<h2>Cancel Proton deployments: failed</h2>');
    expect(html).toContain('<a href="https://github.com/acme/app/actions/runs/99">run #7</a>');
    expect(html).toContain('<code>abcdef0</code>');
  });

  test('text from the API cannot break the table or inject markup', () => {
    const hostile = '</td></tr></table><script>alert(1)</script>\n\n# Heading & <b>"bold"</b> \'quoted\'';
    const html = renderSummary({
      results: [{ ...failed, resource: { deploymentStatus: 'FAILED', deploymentStatusMessage: hostile, lastAttemptedDeploymentId: '<i>' } }],
      settings,
      run: { ...run, workflow: '<img src=x onerror=alert(1)>' },
    });
    expect(html).not.toMatch(/<script|<\/table><|<img|<b>|<i>/);
    expect(html).not.toContain('\n\n');
    expect(html).toContain(
      '&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;<br><br># Heading &amp; &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &#39;quoted&#39;',
    );
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html.match(/<\/table>/g)).toHaveLength(1);
  });

  test('an error row shows the error; an interrupted step says so', () => {
    const html = renderSummary({
      results: [{ target: { type: 'environment', name: 'x' }, outcome: 'error', error: 'Access denied <now>', waitedMs: 0 }],
      settings,
      run: {},
      interruptedBy: 'SIGTERM',
    });
    expect(html).toContain('<td>Access denied &lt;now&gt;</td>');
    expect(html).toContain('<strong>Interrupted:</strong> the step received SIGTERM');
  });

  test('the run context comes from @actions/github', () => {
    const context = {
      workflow: 'Deploy',
      job: 'deploy',
      runNumber: 3,
      runId: 55,
      serverUrl: 'https://ghe.example',
      ref: 'refs/tags/v1',
      sha: 'abc',
      actor: 'me',
      eventName: 'workflow_dispatch',
    };
    expect(runContextFromGitHub(context as never, { GITHUB_REPOSITORY: 'o/r' })).toEqual({
      repository: 'o/r',
      workflow: 'Deploy',
      job: 'deploy',
      runNumber: 3,
      runUrl: 'https://ghe.example/o/r/actions/runs/55',
      ref: 'refs/tags/v1',
      sha: 'abc',
      actor: 'me',
      eventName: 'workflow_dispatch',
    });
    expect(runContextFromGitHub({ runNumber: NaN, runId: NaN } as never, {})).toEqual({});
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
    ['submitted', 'CANCELLING', false, 'cancellation requested: Proton reports CANCELLING (wait is false)'],
    ['submitted', 'CANCELLING', true, 'cancellation requested (Proton reports CANCELLING); the step was interrupted before it ended'],
  ] as const)('%s (%s, wait %s)', (outcome, status, wait, text) => {
    const result: TargetResult = {
      target: { type: 'environment', name: 'e' },
      outcome,
      resource: { deploymentStatus: status, deploymentStatusMessage: 'm' },
      waitedMs: 0,
    };
    expect(explainOutcome(result, { wait, waitTimeoutSeconds: 1800 })).toBe(text);
  });
});
