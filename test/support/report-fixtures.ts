// Results the reporting tests share: one cancelled service instance, one failed environment.
import type { ResultOf, StepResult, TargetResult } from '../../src/domain/target-result.js';

export const cancelled: ResultOf<'cancelled'> = {
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

export const failed: ResultOf<'failed'> = {
  target: { type: 'environment', name: 'stage' },
  outcome: 'failed',
  resource: { deploymentStatus: 'FAILED', deploymentStatusMessage: 'stack rollback failed' },
  deployment: { status: 'FAILED', statusMessage: 'stack rollback failed' },
  waitedMs: 3000,
};

export const step = (results: TargetResult[]): StepResult => ({ results, dryRun: false });
