// Waiting for work that may not notice an abort.
import { describe, expect, test } from 'vitest';
import { untilAborted } from '../../../src/lib/abortable.js';

describe('untilAborted', () => {
  test('rejects at once when the signal aborts, and a later failure of the work is not unhandled', async () => {
    const stop = new AbortController();
    let fail: (error: Error) => void = () => undefined;
    const work = new Promise<never>((_resolve, reject) => (fail = reject));
    const waiting = untilAborted(work, stop.signal);
    stop.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    fail(new Error('late'));
    await new Promise((resolve) => setImmediate(resolve));
  });
});
