// Bounds the requests in flight, not the targets being followed: a fleet's cancel requests all start
// at once and queue here for a moment, instead of waiting for other targets' whole waits to end. A
// freed slot goes to a waiting cancellation before a waiting read.
import type { RequestKind } from './adaptive-rate.js';

export class RequestSlots {
  private active = 0;
  private readonly queues: Record<RequestKind, Array<() => void>> = { cancel: [], read: [] };

  constructor(readonly size: number) {}

  /** Resolves true once a slot is held; false if `signal` aborts first (then no slot is held). */
  acquire(signal: AbortSignal, kind: RequestKind = 'read'): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    if (this.active < this.size) {
      this.active += 1;
      return Promise.resolve(true);
    }
    const queue = this.queues[kind];
    return new Promise((resolve) => {
      const grant = (): void => {
        signal.removeEventListener('abort', giveUp);
        resolve(true);
      };
      const giveUp = (): void => {
        const at = queue.indexOf(grant);
        if (at >= 0) queue.splice(at, 1);
        resolve(false);
      };
      queue.push(grant);
      signal.addEventListener('abort', giveUp, { once: true });
    });
  }

  release(): void {
    const next = this.queues.cancel.shift() ?? this.queues.read.shift();
    // The slot passes straight to the next in line, so `active` stays as it is.
    if (next) next();
    else this.active -= 1;
  }

  get inUse(): number {
    return this.active;
  }
}
