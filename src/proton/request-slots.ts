// Bounds the requests in flight, not the targets being followed: a fleet's cancel requests all start
// at once and queue here for a moment, instead of waiting for other targets' whole waits to end. A
// freed slot goes to a waiting cancellation before a waiting read, but cancellations never hold the
// last slot: they hold theirs while they wait for the pace, and a fleet's status reads (a listing per
// poll interval) must still get through while a thousand cancellations queue.
import type { RequestKind } from './adaptive-rate.js';

export class RequestSlots {
  private readonly active: Record<RequestKind, number> = { cancel: 0, read: 0 };
  private readonly queues: Record<RequestKind, Array<() => void>> = { cancel: [], read: [] };

  constructor(readonly size: number) {}

  /** Resolves true once a slot is held; false if `signal` aborts first (then no slot is held). */
  acquire(signal: AbortSignal, kind: RequestKind = 'read'): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false);
    if (this.queues[kind].length === 0 && this.free(kind)) {
      this.active[kind] += 1;
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

  release(kind: RequestKind = 'read'): void {
    this.active[kind] -= 1;
    // Cancellations first, within their share of the slots; then reads.
    for (const next of ['cancel', 'read'] as const) {
      const waiting = this.queues[next];
      if (waiting.length > 0 && this.free(next)) {
        this.active[next] += 1;
        waiting.shift()!();
        return;
      }
    }
  }

  get inUse(): number {
    return this.active.cancel + this.active.read;
  }

  /** Whether a request of this kind may take a slot now. */
  private free(kind: RequestKind): boolean {
    if (this.inUse >= this.size) return false;
    return kind === 'read' || this.active.cancel < this.size - 1;
  }
}
