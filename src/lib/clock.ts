// Time is injected so that waiting logic can be tested without waiting (see test/support/virtual-clock.ts).

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts. Never rejects; leaves no timer behind. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** A signal that aborts once `ms` have passed. It must not keep the process alive on its own. */
  timeout(ms: number): AbortSignal;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    }),
  // Node unrefs this timer, so a finished step exits without waiting for it.
  timeout: (ms) => AbortSignal.timeout(ms),
};
