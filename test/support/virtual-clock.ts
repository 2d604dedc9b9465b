import { setImmediate as nextTurn } from 'node:timers/promises';
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
    await nextTurn();
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

/**
 * Virtual time for many tasks at once: when every task is waiting (on a sleep or a timeout), time
 * jumps to the earliest thing due, and only that wakes. Deadlines shared by many targets (a fleet
 * followed until wait-timeout-seconds) then run in virtual time, exactly as they would in real
 * time. For work without real I/O (the FakeProton seam): a reply over a socket is not a task this
 * clock can see, so tests over HTTP use VirtualClock.
 */
export class SchedulingClock implements Clock {
  private time = 1_000_000;
  private order = 0;
  private readonly sleepers: Array<{ at: number; order: number; wake: () => void }> = [];
  private readonly timers: Array<{ at: number; controller: AbortController }> = [];
  private wakeScheduled = false;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    this.sleeps.push(ms);
    return new Promise((resolve) => {
      const sleeper = {
        at: this.time + Math.max(0, ms),
        order: this.order++,
        wake: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
        resolve();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.sleepers.push(sleeper);
      this.scheduleWake();
    });
  }

  timeout(ms: number): AbortSignal {
    const controller = new AbortController();
    this.timers.push({ at: this.time + ms, controller });
    this.scheduleWake();
    return controller.signal;
  }

  /** After every task has run as far as it can (a macrotask later), the earliest thing due happens. */
  private scheduleWake(): void {
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    setImmediate(() => {
      this.wakeScheduled = false;
      this.wakeEarliest();
    });
  }

  private wakeEarliest(): void {
    const pendingTimers = this.timers.filter((t) => !t.controller.signal.aborted);
    // A live timeout counts as a thing due: a task may hang on nothing else (a request that never
    // answers ends at its attempt's limit). One that no one awaits any more fires unseen.
    const next = Math.min(...this.sleepers.map((s) => s.at), ...pendingTimers.map((t) => t.at));
    if (!Number.isFinite(next)) return;
    this.time = Math.max(this.time, next);
    for (const timer of pendingTimers) if (timer.at <= this.time) timer.controller.abort(new Error('timeout'));
    const due = this.sleepers.filter((s) => s.at <= this.time).sort((a, b) => a.at - b.at || a.order - b.order);
    for (const sleeper of due) {
      this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
      sleeper.wake();
    }
    if (this.sleepers.length > 0 || this.timers.some((t) => !t.controller.signal.aborted)) this.scheduleWake();
  }
}
