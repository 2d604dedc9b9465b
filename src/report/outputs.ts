import * as core from '@actions/core';
import type { TargetResult } from '../cancel/cancel-target.js';
import { mostSevere } from '../outcome.js';
import type { ProtonResource } from '../resources.js';

export const OUTPUT_NAMES = [
  'outcome',
  'deployment-status',
  'deployment-status-message',
  'arn',
  'deployment-id',
  'last-succeeded-deployment-id',
  'resource',
  'results',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

// The model marks these sensitive: they hold the resource's spec, which may carry secrets.
const SECRET_FIELDS = new Set(['spec', 'serviceSpec']);

/** The resource as JSON, timestamps as ISO-8601 (Date's JSON form), without its spec at any depth. */
export function publicResourceJson(resource: ProtonResource): string {
  return JSON.stringify(resource, (key, value: unknown) => (SECRET_FIELDS.has(key) ? undefined : value));
}

export interface ResultEntry {
  resourceType: string;
  name: string;
  serviceName?: string;
  outcome: string;
  deploymentStatus: string | null;
  deploymentStatusMessage: string | null;
  arn: string | null;
  deploymentId: string | null;
  error?: string;
}

export function resultEntry({ target, outcome, resource, error }: TargetResult): ResultEntry {
  return {
    resourceType: target.type,
    name: target.name,
    ...(target.serviceName !== undefined ? { serviceName: target.serviceName } : {}),
    outcome,
    deploymentStatus: resource?.deploymentStatus ?? null,
    deploymentStatusMessage: resource?.deploymentStatusMessage ?? null,
    arn: resource?.arn ?? null,
    deploymentId: resource?.lastAttemptedDeploymentId ?? null,
    ...(outcome === 'error' ? { error: error ?? 'unknown error' } : {}),
  };
}

/** Per-resource outputs describe the one target; with several they are empty and `results` tells all. */
export function stepOutputs(results: readonly TargetResult[]): Record<OutputName, string> {
  const only = results.length === 1 ? results[0] : undefined;
  const resource = only?.resource;
  return {
    outcome: mostSevere(results.map((r) => r.outcome)) ?? '',
    'deployment-status': resource?.deploymentStatus ?? '',
    'deployment-status-message': resource?.deploymentStatusMessage ?? '',
    arn: resource?.arn ?? '',
    'deployment-id': resource?.lastAttemptedDeploymentId ?? '',
    'last-succeeded-deployment-id': resource?.lastSucceededDeploymentId ?? '',
    resource: resource ? publicResourceJson(resource) : '',
    results: JSON.stringify(results.map(resultEntry)),
  };
}

export function setStepOutputs(results: readonly TargetResult[]): void {
  for (const [name, value] of Object.entries(stepOutputs(results))) core.setOutput(name, value);
}
