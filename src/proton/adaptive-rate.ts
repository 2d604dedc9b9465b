// Client-side rate adaptation, in the spirit of the AWS SDKs' "adaptive" retry mode: no limit until
// Proton throttles; then a token bucket at half the rate that provoked it, which doubles every two
// seconds without throttling and is lifted once well above that rate. Waits are recomputed at the
// current rate each time, so requests made while throttled do not pile up a backlog for later. They
// run on the injectable clock and end at once when the deadline or a signal aborts them (the SDK's
// own rate limiter sleeps on timers nothing can cut short).
import type { Clock } from '../clock.js';

// A fleet's cancellations must still go out: a few requests a second is a floor Proton accepts.
const MIN_RATE = 2; // requests per second
const DECREASE = 0.5;
const DOUBLING_MS = 2000;
// Throttling replies arrive in bursts (every request in flight at the time); one cut per burst.
const DECREASE_COOLDOWN_MS = 1000;
const WINDOW_MS = 1000;
/** The limit is lifted when recovery takes the rate this far above where throttling cut it. */
const LIFT_FACTOR = 8;

interface Limit {
  /** Requests per second right after the last cut. */
  rate: number;
  cutAt: number;
}

export class AdaptiveRate {
  private limitState: Limit | undefined;
  private tokens = 1;
  private refilledAt = 0;
  private readonly recentSends: number[] = [];

  constructor(private readonly clock: Clock) {}

  /** Waits until the rate allows one more request (or `signal` aborts). */
  async pace(signal: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const rate = this.rateAt(now);
      if (rate === undefined) break;
      this.tokens = Math.min(Math.max(1, rate), this.tokens + ((now - this.refilledAt) * rate) / 1000);
      this.refilledAt = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        break;
      }
      await this.clock.sleep(((1 - this.tokens) * 1000) / rate, signal);
      if (signal.aborted) return;
    }
    this.recordSend(this.clock.now());
  }

  throttled(): void {
    const now = this.clock.now();
    if (this.limitState && now - this.limitState.cutAt < DECREASE_COOLDOWN_MS) return;
    const sending = this.sendsInWindow(now);
    const current = this.rateAt(now);
    const rate = Math.max(MIN_RATE, (current === undefined ? sending : Math.min(current, sending)) * DECREASE);
    if (!this.limitState) {
      this.tokens = 0;
      this.refilledAt = now;
    }
    this.limitState = { rate, cutAt: now };
  }

  /** The current limit in requests per second, or undefined when there is none. */
  get limit(): number | undefined {
    return this.rateAt(this.clock.now());
  }

  private rateAt(now: number): number | undefined {
    if (!this.limitState) return undefined;
    const growth = 2 ** ((now - this.limitState.cutAt) / DOUBLING_MS);
    if (growth >= LIFT_FACTOR) {
      this.limitState = undefined;
      return undefined;
    }
    return this.limitState.rate * growth;
  }

  private recordSend(now: number): void {
    this.recentSends.push(now);
    while ((this.recentSends[0] ?? now) <= now - WINDOW_MS) this.recentSends.shift();
  }

  private sendsInWindow(now: number): number {
    return this.recentSends.filter((at) => at > now - WINDOW_MS).length;
  }
}
