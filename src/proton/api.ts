// Every request to Proton goes through here: paced (adaptive rate), bounded in flight (request
// slots), cancellations before reads, attempted up to max-attempts with backoff, each attempt
// limited in time, and every wait cut short at once by the deadline or a signal. For a cancellation
// (and the listing that finds what `*` cancels), throttling does not use up attempts: it means "not
// now", and only the deadline ends it, so a fleet's cancellation is never given up for having been
// throttled. A status read keeps max-attempts: the next poll asks again anyway. A request that fails
// keeps the story of its attempts, so the step can say what really happened ("throttled on every
// attempt until ...").
import { untilAborted } from '../lib/abortable.js';
import type { Clock } from '../lib/clock.js';
import { stopSignal, whatStopped, type Stop, type StoppedBy } from '../lib/stop.js';
import { backoffMs, classifyAttempt, mayPass, type AttemptFailure } from './attempts.js';
import type { AdaptiveRate, RequestKind } from './adaptive-rate.js';
import type { RequestSlots } from './request-slots.js';
import type { RequestFailure } from '../domain/failure.js';
import type { ProtonCalls } from './proton-calls.js';

/** A request that did not get a usable answer: every attempt's failure, and what stopped it if anything did. */
export class RequestFailed extends Error implements RequestFailure {
  constructor(
    readonly operation: string,
    readonly attempts: readonly AttemptFailure[],
    readonly stoppedBy: StoppedBy | undefined,
    /** The proxy the request went through, as messages name it; undefined when it went directly. */
    readonly via?: string,
    /** How long into the step it failed. */
    readonly elapsedMs = 0,
  ) {
    super(`${operation} failed`);
    this.name = 'RequestFailed';
  }
}

/** Lets the error through unless it is a RequestFailed: anything else is a bug, not a failure to describe. */
export function assertRequestFailed(error: unknown): asserts error is RequestFailed {
  if (!(error instanceof RequestFailed)) throw error;
}

export interface ApiOptions {
  proton: ProtonCalls;
  clock: Clock;
  maxAttempts: number;
  slots: RequestSlots;
  rate: AdaptiveRate;
  /** The longest one attempt may take, credentials and connection included. */
  attemptTimeoutMs: number;
  random: () => number;
  /** When the step started (clock time): failures say how long into the step they happened. */
  startedAt?: number;
  /** The proxy Proton requests go through, as messages name it. */
  via?: string;
}

/**
 * A cancel request takes its slot, then its pace: queued for a slot, it is paced when its turn comes,
 * by what Proton has said by then (not let through by a limit that did not exist when it queued). A
 * read takes its pace first, so that it never holds a slot while it gives way to cancellations.
 */
type Send<T> = (proton: ProtonCalls, options: { abortSignal: AbortSignal }) => Promise<T>;

export class ProtonApi {
  constructor(private readonly options: ApiOptions) {}

  /** Waits for a slot and the pace; false when the step stopped first (then no slot is held). */
  private async takeTurn(signal: AbortSignal, kind: RequestKind): Promise<boolean> {
    const { slots, rate } = this.options;
    if (kind === 'read') {
      await rate.pace(signal, kind);
      return slots.acquire(signal, kind);
    }
    if (!(await slots.acquire(signal, kind))) return false;
    await rate.pace(signal, kind);
    if (!signal.aborted) return true;
    slots.release(kind);
    return false;
  }

  /** `kind`: a cancel request goes before reads waiting for the same pace or slot. */
  async call<T>(operation: string, send: Send<T>, stop: Stop, kind: RequestKind = 'read'): Promise<T> {
    const { proton, clock, maxAttempts, slots, rate, attemptTimeoutMs, random } = this.options;
    const signal = stopSignal(stop);
    const attempts: AttemptFailure[] = [];
    const failed = (): RequestFailed =>
      new RequestFailed(operation, attempts, whatStopped(stop), this.options.via, clock.now() - (this.options.startedAt ?? clock.now()));

    // Attempts that count toward max-attempts: all but those answered with throttling.
    let counted = 0;
    for (let attempt = 1; ; attempt++) {
      if (!(await this.takeTurn(signal, kind))) throw failed();
      const timeLimit = clock.timeout(attemptTimeoutMs);
      const attemptSignal = AbortSignal.any([signal, timeLimit]);
      try {
        const answer = await untilAborted(send(proton, { abortSignal: attemptSignal }), attemptSignal);
        rate.accepted();
        return answer;
      } catch (error) {
        if (signal.aborted) {
          attempts.push({ kind: 'cut-short' });
          throw failed();
        }
        const failure = classifyAttempt(error, timeLimit.aborted ? attemptTimeoutMs : undefined, clock.now());
        attempts.push(failure);
        if (failure.kind === 'throttled') rate.throttled();
        else if (failure.status !== undefined) rate.accepted();
        if (failure.kind !== 'throttled' || kind === 'read') counted += 1;
        if (!mayPass(failure) || counted >= maxAttempts) throw failed();
      } finally {
        slots.release(kind);
      }
      await clock.sleep(backoffMs(attempts.at(-1)!, attempt, random), signal);
      if (signal.aborted) throw failed();
    }
  }
}
