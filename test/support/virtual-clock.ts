import { setImmediate } from 'node:timers/promises';
import type { Clock } from '../../src/lib/clock.js';

/**
 * Time that passes only when the code under test sleeps: waiting logic runs at full speed and its
 * timings are exact. Timeouts fire when a sleep carries the time past them.
 */
export class VirtualClock implements Clock {
  private time = 1_000_000;
  private readonly timers: Array<{ at: number; controller: AbortController }> = [];
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    this.sleeps.push(ms);
    this.advance(ms);
    // Let other tasks (and the HTTP replies they await) run, as a real sleep would.
    await setImmediate();
  }

  timeout(ms: number): AbortSignal {
    const controller = new AbortController();
    this.timers.push({ at: this.time + ms, controller });
    return controller.signal;
  }

  advance(ms: number): void {
    this.time += ms;
    for (const timer of this.timers) {
      if (timer.at <= this.time && !timer.controller.signal.aborted) timer.controller.abort(new Error('timeout'));
    }
  }
}
