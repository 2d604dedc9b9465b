// What the log says about how the step reaches AWS, before the first target: the proxy or CA
// bundle it uses, and credentials that will expire before the wait can end.
import { typeNoun, type ResourceTypeId } from '../domain/resources.js';
import type { ConnectionPlan } from '../network/connection-plan.js';
import { SESSION_ADVICE } from './failure-words.js';
import type { CredentialFacts } from '../proton/credentials.js';
import { annotate } from '../runner/runner.js';
import type { Settings } from '../settings/settings.js';
import { formatDuration } from '../lib/text.js';
import { printLine } from './log.js';

export function announceConnection(plan: ConnectionPlan): void {
  const host = plan.endpointHost ?? 'Proton';
  if (plan.endpointProxy) printLine(`Proton (${host}) is reached through the proxy ${plan.endpointProxy}.`);
  else if (plan.endpointBypassesProxy) printLine(`Proton (${host}) is reached directly: NO_PROXY covers it, or it is a loopback address.`);
  if (plan.caBundle) {
    const { source, path, certificates } = plan.caBundle;
    printLine(`Trusting ${certificates} certificate${certificates === 1 ? '' : 's'} from ${path} (${source}) in addition to Node's.`);
  }
}

/** Warns once, at the start, when credentials that are not refreshed expire before the wait can end. */
export function warnIfCredentialsExpireDuringWait(facts: CredentialFacts, settings: Pick<Settings, 'wait' | 'waitTimeoutSeconds'>, now = Date.now()): void {
  const { expiresAt, refreshes } = facts;
  if (!expiresAt || refreshes || !settings.wait) return;
  const left = expiresAt.getTime() - now;
  if (left >= settings.waitTimeoutSeconds * 1000) return;
  const when = left > 0 ? `expire at ${expiresAt.toISOString()}, in ${formatDuration(left)}` : `expired at ${expiresAt.toISOString()}`;
  annotate(
    'warning',
    `The AWS credentials this step uses ${when} (AWS_CREDENTIAL_EXPIRATION), and keys from environment variables are not refreshed, while wait-timeout-seconds is ${settings.waitTimeoutSeconds} s. ` +
      `Cancellations requested before then stand, but a deployment still ending after it can no longer be followed. ${SESSION_ADVICE}`,
    'Credentials expire before the wait can end',
  );
}

/** A fleet polled by list, whose list call was denied: read one by one instead, said once. */
export function announceListDenied(operation: string, type: ResourceTypeId): void {
  annotate(
    'notice',
    `Polling the ${typeNoun(type)}s by ${operation} was denied, so each is read on its own (more requests, the same results). Allow proton:${operation} on * for the role this step uses to poll a fleet with fewer requests.`,
    'Polling one by one',
  );
}

/** Helpers the step started and stopped waiting for (a credential_process that hangs), stopped before it ends. */
export function announceStoppedProcesses(pids: readonly number[]): void {
  if (pids.length === 0) return;
  printLine(
    `Stopped ${pids.length === 1 ? 'a process' : `${pids.length} processes`} the step had started and stopped waiting for (a credential_process that did not answer; pid ${pids.join(', ')}), so that nothing it started outlives it.`,
  );
}
