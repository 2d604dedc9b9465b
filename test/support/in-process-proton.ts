// The action's client seam (ProtonCalls) over the emulator's model in this process: the real SDK
// commands of each type (proton/resource-calls.ts) are handed, without HTTP, to the emulator's
// serveInProcess, and its answers and errors come back shaped as the SDK's (timestamps as Dates,
// errors with name, $fault and $metadata), so the action's classification, retries and pacing run
// as they do over the wire. Time is the test's clock (the emulator's too), so tests of decisions,
// fleets included, run in virtual time. What only the wire can show stays in tests over HTTP.
import type { ProtonClient } from '@aws-sdk/client-proton';
import type { Clock } from '../../src/lib/clock.js';
import type { ConnectProton } from '../../src/proton/client.js';
import { sdkCalls } from '../../src/proton/resource-calls.js';
import { loadSdk } from '../../src/proton/sdk.js';
import { ApiError, type ProtonEmulator } from '../emulator/proton-emulator.js';

/** A ConnectProton that answers from the emulator's model, on `clock`. */
export function inProcessProton(emulator: ProtonEmulator, clock: Clock, region = 'eu-west-1'): ConnectProton {
  let inFlight = 0;
  const send = async (command: { input: Record<string, unknown> }, options?: { abortSignal?: AbortSignal }): Promise<unknown> => {
    const operation = command.constructor.name.replace(/Command$/, '');
    inFlight += 1;
    emulator.peakInFlight = Math.max(emulator.peakInFlight, inFlight);
    try {
      // A reply comes a turn later, as one over a socket would.
      await Promise.resolve();
      const planned = sdkShaped(() => emulator.serveInProcess(operation, { ...command.input }, region));
      if (planned.delayMs > 0 && options?.abortSignal) await clock.sleep(planned.delayMs, options.abortSignal);
      if (options?.abortSignal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      return revived(sdkShaped(planned.answer));
    } finally {
      inFlight -= 1;
    }
  };
  const client = {
    send,
    destroy: () => undefined,
    config: { credentials: () => Promise.resolve({ accessKeyId: 'AKIAINPROCESS0TEST00', secretAccessKey: 'in-process' }) },
  };
  return async () => ({
    // The fake stands in for the few members of ProtonClient the action uses (send, destroy, its
    // credentials); the cast says so rather than implement the SDK's overloads.
    proton: sdkCalls({ client: client as unknown as ProtonClient, sdk: await loadSdk() }),
    connection: {},
  });
}

/** Runs `serve`, turning an ApiError into the error the SDK would throw for that answer. */
function sdkShaped<T>(serve: () => T): T {
  try {
    return serve();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const retryAfter = (error as ApiError & { retryAfterSeconds?: number }).retryAfterSeconds;
    throw Object.assign(new Error(error.message), {
      name: error.type,
      $fault: error.status >= 500 ? 'server' : 'client',
      $metadata: { httpStatusCode: error.status },
      ...(retryAfter !== undefined ? { $response: { headers: { 'retry-after': String(retryAfter) } } } : {}),
    });
  }
}

/** The SDK's deserializer reads epoch-second timestamps (the fields ending in "At") as Dates. */
function revived(value: unknown, key = ''): unknown {
  if (typeof value === 'number' && key.endsWith('At')) return new Date(value * 1000);
  if (Array.isArray(value)) return value.map((item) => revived(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revived(v, k)]));
  return value;
}
