// A deployment's status, as Proton's API reference lists it (DeploymentStatus).

export const DEPLOYMENT_STATUSES = [
  'IN_PROGRESS',
  'FAILED',
  'SUCCEEDED',
  'DELETE_IN_PROGRESS',
  'DELETE_FAILED',
  'DELETE_COMPLETE',
  'CANCELLING',
  'CANCELLED',
] as const;

export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/** Still moving: deploying, or being cancelled. */
export type MovingStatus = Extract<DeploymentStatus, 'IN_PROGRESS' | 'CANCELLING'>;

export function isMoving(status: DeploymentStatus | undefined): status is MovingStatus {
  return status === 'IN_PROGRESS' || status === 'CANCELLING';
}
