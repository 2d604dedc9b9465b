// The step's outputs. What they carry, field by field (the API model marks all of these sensitive):
// - spec, serviceSpec: never: a spec may carry secrets.
// - description, displayName: never: free text of the resource's owners that no cancellation needs.
// - deploymentStatusMessage: yes, clipped: it says why a deployment ended as it did, and the console
//   shows it to anyone allowed to read the resource.
// - the API's error messages: yes, in `error`, clipped: they say what to fix (which permission, which name).
// Sizes: GitHub allows a job's outputs 1 MB in all, and an output handed to a script through `env:`
// must fit Linux's 128 KiB limit for one variable, so `results` is fitted to a byte budget.
import { setOutput } from '../runner/runner.js';
import type { ProtonResource } from '../domain/resources.js';
import { stepOutcome, type StepResult, type TargetResult } from '../domain/target-result.js';
import { clip } from '../lib/text.js';
import { failureWords } from './failure-words.js';
import { printLine } from './log.js';

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

const WITHHELD_FIELDS = new Set(['spec', 'serviceSpec', 'description', 'displayName']);

/** Up to this many targets, `results` fits one environment variable (MAX_ARG_STRLEN is 131072 bytes, name included). */
export const RESULTS_FIT_ENV_UP_TO_TARGETS = 100;
export const RESULTS_ENV_BUDGET_BYTES = 120_000;
/** No output ever exceeds this. */
export const MAX_OUTPUT_BYTES = 1_000_000;

const MAX_MESSAGE_CHARS = 16_000;
const MAX_ID_CHARS = 2048;
const MAX_RESOURCE_FIELD_CHARS = 4096;
const CLIPPED = '…[clipped]';

const clipped = (text: string, max: number): string => clip(text, max, CLIPPED);

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The resource as JSON, timestamps as ISO-8601 (Date's JSON form), without withheld fields at any depth. */
export function publicResourceJson(resource: ProtonResource): string {
  const json = JSON.stringify(resource, (key, value: unknown) => {
    if (WITHHELD_FIELDS.has(key)) return undefined;
    return typeof value === 'string' ? clipped(value, MAX_RESOURCE_FIELD_CHARS) : value;
  });
  if (bytes(json) <= MAX_OUTPUT_BYTES) return json;
  // Only a reply far outside the API's model gets here: keep what identifies the deployment.
  const { arn, deploymentStatus, lastAttemptedDeploymentId } = resource;
  return JSON.stringify({ arn, deploymentStatus, lastAttemptedDeploymentId }, (_key, value: unknown) =>
    typeof value === 'string' ? clipped(value, MAX_ID_CHARS) : value,
  );
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

interface Caps {
  /** Status messages and errors. */
  text: number;
  /** ARNs, deployment ids and statuses. */
  id: number;
}

const FULL: Caps = { text: MAX_MESSAGE_CHARS, id: MAX_ID_CHARS };

export function resultEntry(result: TargetResult, caps: Caps = FULL): ResultEntry {
  const { target, outcome, resource, deployment } = result;
  const error = result.outcome === 'error' ? failureWords(result.failure) : undefined;
  const text = (value: string | undefined): string | null => (value === undefined ? null : clipped(value, caps.text));
  const id = (value: string | undefined): string | null => (value === undefined ? null : clipped(value, caps.id));
  return {
    resourceType: target.type,
    name: target.name,
    ...(target.serviceName !== undefined ? { serviceName: target.serviceName } : {}),
    outcome,
    deploymentStatus: id(deployment?.status),
    deploymentStatusMessage: text(deployment?.statusMessage),
    arn: id(resource?.arn),
    deploymentId: id(deployment?.id),
    ...(outcome === 'error' ? { error: text(error ?? 'unknown error') ?? '' } : {}),
  };
}

// Messages are clipped first, then (only for replies far outside the API's model) identifiers.
const CAPS_TO_TRY: readonly Caps[] = [
  FULL,
  ...[4000, 2000, 1000, 500, 250, 120, 60, 0].map((text) => ({ text, id: MAX_ID_CHARS })),
  ...[512, 256, 128, 64, 16].map((id) => ({ text: 0, id })),
];

export function resultsBudgetBytes(targets: number): number {
  return targets <= RESULTS_FIT_ENV_UP_TO_TARGETS ? RESULTS_ENV_BUDGET_BYTES : MAX_OUTPUT_BYTES;
}

interface FittedResults {
  json: string;
  clippedToFit: boolean;
}

/** `results` within its byte budget, and whether anything had to be clipped to get there. */
export function resultsOutput(results: readonly TargetResult[]): FittedResults {
  const budget = resultsBudgetBytes(results.length);
  let json = '[]';
  for (const caps of CAPS_TO_TRY) {
    json = JSON.stringify(results.map((result) => resultEntry(result, caps)));
    if (bytes(json) <= budget) return { json, clippedToFit: caps !== FULL };
  }
  return { json, clippedToFit: true };
}

/** Per-resource outputs describe the one target; with several they are empty and `results` tells all. */
export function stepOutputs(step: StepResult, fitted: FittedResults = resultsOutput(step.results)): Record<OutputName, string> {
  const { results } = step;
  const only = results.length === 1 ? results[0] : undefined;
  const resource = only?.resource;
  const deployment = only?.deployment;
  return {
    outcome: stepOutcome(step) ?? '',
    'deployment-status': clipped(deployment?.status ?? '', MAX_ID_CHARS),
    'deployment-status-message': clipped(deployment?.statusMessage ?? '', MAX_MESSAGE_CHARS),
    arn: clipped(resource?.arn ?? '', MAX_ID_CHARS),
    'deployment-id': clipped(deployment?.id ?? '', MAX_ID_CHARS),
    'last-succeeded-deployment-id': clipped(resource?.lastSucceededDeploymentId ?? '', MAX_ID_CHARS),
    resource: resource ? publicResourceJson(resource) : '',
    results: fitted.json,
  };
}

export function setStepOutputs(step: StepResult): void {
  const fitted = resultsOutput(step.results);
  for (const [name, value] of Object.entries(stepOutputs(step, fitted))) setOutput(name, value);
  if (fitted.clippedToFit) {
    const kib = Math.floor(resultsBudgetBytes(step.results.length) / 1024);
    printLine(`Long texts were clipped (marked ${CLIPPED}) in the results output to keep it under ${kib} KiB; the log and the job summary show them.`);
  }
}
