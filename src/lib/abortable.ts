/**
 * Settles with `work`, or rejects as soon as `signal` aborts, whichever comes first. The SDK does not
 * pass an abort on to everything it awaits (a credential helper, a token refresh), so the step stops
 * waiting for it rather than hoping it notices. What `work` does later is ignored.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  // Abandoned work may still fail later; that must not surface as an unhandled rejection.
  work.catch(() => undefined);
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function abortError(signal: AbortSignal): Error {
  const error = new Error('aborted', { cause: signal.reason });
  error.name = 'AbortError';
  return error;
}
