// `*` in a name input: the targets are found, not named.
import type { ResourceTypeId } from './resources.js';

export const WILDCARD = '*';

/** Every deployment of a type that is IN_PROGRESS when the step runs. */
export interface Wildcard {
  type: ResourceTypeId;
  /** For service instances: the one service whose instances are searched; every service when absent (service-name: *). */
  serviceName?: string;
}

// Keeps outputs and the summary within GitHub's limits whatever Proton returns (see report/outputs.ts).
export const MAX_TARGETS = 1000;
