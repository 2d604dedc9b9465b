// The step's outputs: what they carry, what they withhold, and that they always fit.
import { unknownDeployment } from '../../support/failures.js';
import type { DeploymentStatus } from '../../../src/domain/deployment-status.js';
import { describe, expect, test } from 'vitest';
import { cancelled, failed, step } from '../../support/report-fixtures.js';
import { publicResourceJson, resultsOutput, stepOutputs } from '../../../src/report/outputs.js';
import type { TargetResult } from '../../../src/domain/target-result.js';



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
    const error: TargetResult = { target: { type: 'component', name: 'web' }, outcome: 'error', failure: unknownDeployment('d-9', 'component'), errorKind: 'unknown-deployment', waitedMs: 0 };
    const [errorEntry, okEntry] = JSON.parse(stepOutputs(step([error, cancelled])).results) as Array<Record<string, unknown>>;
    expect(errorEntry).toEqual({
      resourceType: 'component',
      name: 'web',
      outcome: 'error',
      deploymentStatus: null,
      deploymentStatusMessage: null,
      arn: null,
      deploymentId: null,
      error: 'Proton knows no deployment d-9 of this component: check deployment-id, and that it belongs to this resource.',
    });
    expect(okEntry).not.toHaveProperty('error');
  });

  test('spec and serviceSpec are dropped at any depth', () => {
    const json = publicResourceJson({ arn: 'a', spec: 's1', nested: { serviceSpec: 's2', keep: 1 } } as never);
    expect(JSON.parse(json)).toEqual({ arn: 'a', nested: { keep: 1 } });
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
      ...(i % 2 ? { outcome: 'failed' as const } : { outcome: 'error' as const, failure: unknownDeployment(text), errorKind: 'read-failed' as const }),
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
