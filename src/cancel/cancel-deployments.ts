// Cancel every target of the step, a few at a time, within one shared deadline.
import type { ProtonClient } from '@aws-sdk/client-proton';
import type { Clock } from '../clock.js';
import { createProtonClient } from '../proton/client.js';
import { describeMissingCredentials } from '../proton/errors.js';
import { describeTarget, type Target } from '../resources.js';
import { printTargetGroup } from '../report/annotations.js';
import { TargetLog } from '../report/log.js';
import type { Settings } from '../settings.js';
import { cancelTarget, type TargetResult } from './cancel-target.js';

// Enough to cancel a typical fleet at once without provoking Proton's throttling.
export const MAX_CONCURRENT_TARGETS = 10;

export interface CancelContext {
  clock: Clock;
  interrupt: AbortSignal;
}

export async function cancelDeployments(settings: Settings, { clock, interrupt }: CancelContext): Promise<TargetResult[]> {
  const client = createProtonClient(settings);
  try {
    // One clear error for missing credentials, instead of one per target after a failed request.
    const credentialsProblem = await findCredentialsProblem(client);
    if (credentialsProblem) {
      return settings.targets.map((target) => ({ target, outcome: 'error', error: credentialsProblem, waitedMs: 0 }));
    }
    const deadline = clock.timeout(settings.waitTimeoutSeconds * 1000);
    return await mapConcurrently(settings.targets, MAX_CONCURRENT_TARGETS, async (target: Target) => {
      const log = new TargetLog(describeTarget(target));
      const result = await cancelTarget(target, {
        client,
        clock,
        region: settings.region,
        wait: settings.wait,
        pollIntervalMs: settings.pollIntervalSeconds * 1000,
        deadline,
        interrupt,
        log,
      });
      printTargetGroup(result, log, settings);
      return result;
    });
  } finally {
    client.destroy();
  }
}

async function findCredentialsProblem(client: ProtonClient): Promise<string | undefined> {
  try {
    await client.config.credentials();
    return undefined;
  } catch (error) {
    return describeMissingCredentials(error);
  }
}

async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
