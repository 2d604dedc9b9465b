// Pacing to the rate Proton accepts, learnt from its throttling, as the AWS SDKs' adaptive mode does
// it (CUBIC): no limit until Proton throttles; then 0.7 of the rate that drew it, growing back fast
// while far below that rate and slowly near it, so that an account's token bucket is kept near its
// refill rate with rare throttling. Cancellations come first: while one waits to be sent, status
// reads get at most one request in four, and no more than they ask for (a fleet's list pages, which
// they get promptly, so that ends are still seen within a poll interval); the rest go to cancellations. Every wait runs on the injectable clock and ends at
// once when the deadline or a signal aborts it (the SDK's own limiter sleeps on timers nothing can cut
// short, and counts attempts this step does not: see api.ts).
import type { Clock } from '../lib/clock.js';

/** `cancel`: a cancel request, or the listing that finds what `*` cancels; `read`: a status read. */
export type RequestKind = 'cancel' | 'read';

// A fleet's cancellations must still go out: a request a second is a floor Proton accepts.
const MIN_RATE = 1; // requests per second
// CUBIC's constants, the AWS SDKs' (@smithy/util-retry 4, DefaultRateLimiter): the cut, and the growth.
const BETA = 0.7;
const SCALE = 0.4;
/** Throttling answers arrive in bursts (every request in flight at the time): one cut per this long. */
const CUT_COOLDOWN_MS = 500;
/** A cut this recent tells, by what Proton accepted since, the rate it allows. */
const ACCEPTED_SPAN_MS = 5000;
/** The window the sending rate is measured over. */
const SEND_WINDOW_MS = 1000;
/** While cancellations wait, reads get at most this share of the requests. */
export const READ_SHARE_WHILE_CANCELS_WAIT = 0.25;
const SHARE_WINDOW = 20;
/** How long a request giving way to another kind waits before it looks again. */
const RECHECK_MS = 20;

interface Limit {
  /** The rate that drew the last throttling (requests per second). */
  maxRate: number;
  cutAt: number;
  /** Answers Proton accepted since this cut: once a bucket's burst is spent, they come at its refill rate. */
  accepted: number;
  /** Seconds after the cut at which the rate is back at maxRate. */
  k: number;
}

export class AdaptiveRate {
  private limitState: Limit | undefined;
  private tokens = 0;
  private refilledAt = 0;
  private readonly recentSends: number[] = [];
  private readonly recentGrants: RequestKind[] = [];
  private readonly waiting: Record<RequestKind, number> = { cancel: 0, read: 0 };

  constructor(private readonly clock: Clock) {}

  /** Waits until the rate (and, for a read, the cancellations' priority) allows one more request, or `signal` aborts. */
  async pace(signal: AbortSignal, kind: RequestKind = 'read'): Promise<void> {
    this.waiting[kind] += 1;
    try {
      for (;;) {
        if (signal.aborted) return;
        const now = this.clock.now();
        // A read over its share gives way to cancellations; within it, a cancellation gives way to it, so
        // that a listing's pages are not held back behind every queued cancel (the share caps what that costs).
        const yielding = kind === 'read' ? !this.readMayGo() : this.waiting.read > 0 && this.readMayGo();
        const rate = this.rateAt(now);
        if (rate !== undefined) {
          this.tokens = Math.min(Math.max(1, rate), this.tokens + ((now - this.refilledAt) * rate) / 1000);
          this.refilledAt = now;
        }
        if (!yielding && (rate === undefined || this.tokens >= 1)) {
          if (rate !== undefined) this.tokens -= 1;
          this.grant(kind, now);
          return;
        }
        const wait = yielding ? RECHECK_MS : ((1 - this.tokens) * 1000) / rate!;
        await this.clock.sleep(Math.max(1, wait), signal);
      }
    } finally {
      this.waiting[kind] -= 1;
    }
  }

  throttled(): void {
    const now = this.clock.now();
    if (this.limitState && now - this.limitState.cutAt < CUT_COOLDOWN_MS) return;
    trim(this.recentSends, now - SEND_WINDOW_MS);
    const sending = (this.recentSends.length * 1000) / SEND_WINDOW_MS;
    const current = this.rateAt(now);
    // The rate that drew the throttling: what was really sent, not more than the limit then, and not
    // more than Proton accepted since the last cut (what its bucket refills at, once the burst is spent).
    // (Only under sustained throttling: after a quiet spell, what was taken says nothing of what is allowed.)
    const sinceCut = this.limitState ? now - this.limitState.cutAt : Infinity;
    const accepted = sinceCut <= ACCEPTED_SPAN_MS ? (this.limitState!.accepted * 1000) / sinceCut : Infinity;
    const maxRate = Math.max(MIN_RATE, Math.min(current ?? Infinity, Math.max(sending, MIN_RATE), accepted));
    if (!this.limitState) {
      this.tokens = 0;
      this.refilledAt = now;
    }
    this.limitState = { maxRate, cutAt: now, accepted: 0, k: Math.cbrt((maxRate * (1 - BETA)) / SCALE) };
  }

  /** An answer that was not throttling: Proton took the request (a token of its bucket). */
  accepted(): void {
    if (this.limitState) this.limitState.accepted += 1;
  }

  /** The current limit in requests per second, or undefined when there is none. */
  get limit(): number | undefined {
    return this.rateAt(this.clock.now());
  }

  private rateAt(now: number): number | undefined {
    if (!this.limitState) return undefined;
    const { maxRate, cutAt, k } = this.limitState;
    const t = (now - cutAt) / 1000;
    return Math.max(MIN_RATE, SCALE * (t - k) ** 3 + maxRate);
  }

  /** A read may go when no cancellation waits, or while reads have had less than their share. */
  private readMayGo(): boolean {
    if (this.waiting.cancel === 0) return true;
    const reads = this.recentGrants.filter((k) => k === 'read').length;
    return reads < Math.max(1, this.recentGrants.length) * READ_SHARE_WHILE_CANCELS_WAIT;
  }

  private grant(kind: RequestKind, now: number): void {
    this.recentGrants.push(kind);
    if (this.recentGrants.length > SHARE_WINDOW) this.recentGrants.shift();
    this.recentSends.push(now);
    trim(this.recentSends, now - SEND_WINDOW_MS);
  }
}

function trim(times: number[], before: number): void {
  while (times.length > 0 && times[0]! <= before) times.shift();
}
