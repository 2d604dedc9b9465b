// Proton ARNs as users pass them (for instance from the `.proton/deployment-metadata.json` that
// self-managed provisioning writes): which target each one names.
import type { Target } from './resources.js';

export type ArnReading = { target: Target; region: string } | { problem: string; /** What would be right instead, when it is not the ARN forms. */ instead?: string };

const ARN = /^arn:(aws[a-z-]*):proton:([a-z0-9-]+):(\d{12}):(.+)$/;
/** Proton only ever ran in the aws partition (botocore's endpoints.json). */
const PARTITION = 'aws';

// The resource part of each accepted form; a service ARN (with or without /pipeline) names its pipeline.
const FORMS: ReadonlyArray<{ pattern: RegExp; target: (m: RegExpExecArray) => Target }> = [
  { pattern: /^environment\/([^/]+)$/, target: (m) => ({ type: 'environment', name: m[1]! }) },
  { pattern: /^service\/([^/]+)\/service-instance\/([^/]+)$/, target: (m) => ({ type: 'service-instance', name: m[2]!, serviceName: m[1]! }) },
  { pattern: /^service\/([^/]+)(?:\/pipeline)?$/, target: (m) => ({ type: 'service-pipeline', name: m[1]! }) },
  { pattern: /^component\/([^/]+)$/, target: (m) => ({ type: 'component', name: m[1]! }) },
];

export const ARN_FORMS =
  'arn:aws:proton:REGION:ACCOUNT:environment/NAME, …:service/SERVICE/service-instance/NAME, …:service/SERVICE (its pipeline) or …:component/NAME';

/** The target an ARN names, or why it names none. Names inside are checked by the caller, like any name. */
export function readArn(arn: string): ArnReading {
  const match = ARN.exec(arn);
  if (!match) return { problem: 'is not a Proton ARN' };
  const [, partition, region, , resource] = match;
  if (partition !== PARTITION) {
    return { problem: `is in the ${partition} partition, where Proton never ran`, instead: 'an ARN of the aws partition (arn:aws:proton:…)' };
  }
  for (const form of FORMS) {
    const found = form.pattern.exec(resource!);
    if (found) return { target: form.target(found), region: region! };
  }
  return { problem: 'is not the ARN of an environment, service instance, service (pipeline) or component' };
}
