import { describe, expect, test } from 'vitest';
import { untilAborted } from '../../src/lib/abortable.js';
import { AdaptiveRate } from '../../src/proton/adaptive-rate.js';
import { backoffMs, classifyAttempt, mayPass } from '../../src/proton/attempts.js';
import { RequestSlots } from '../../src/proton/request-slots.js';
import { VirtualClock } from '../support/virtual-clock.js';

const sdkError = (fields: Record<string, unknown>): Error => Object.assign(new Error(), fields);
const reply = (status: number, extra: Record<string, unknown> = {}): Error => sdkError({ $metadata: { httpStatusCode: status }, ...extra });

describe('classifyAttempt', () => {
  test.each([
    ['throttling by type', reply(400, { name: 'ThrottlingException', $fault: 'client', message: 'Rate exceeded' }), 'throttled', true],
    ['throttling by 429', reply(429, { name: 'Unknown', $fault: 'client' }), 'throttled', true],
    ['a typed 5xx', reply(500, { name: 'InternalServerException', $fault: 'server' }), 'server-error', true],
    ['a 502 HTML page', reply(502, { name: 'SyntaxError' }), 'server-error', true],
    ['a 403 HTML page', reply(403, { name: 'SyntaxError' }), 'unreadable-reply', false],
    ['a 200 that is not JSON', reply(200, { name: 'SyntaxError' }), 'unreadable-reply', false],
    ['an empty 403', reply(403, { name: 'Unknown', $fault: 'client' }), 'unreadable-reply', false],
    ['access denied', reply(400, { name: 'AccessDeniedException', $fault: 'client' }), 'api-error', false],
    ['an unknown type', reply(400, { name: 'BrandNewException', $fault: 'client' }), 'api-error', false],
    ['a reset connection', sdkError({ name: 'TimeoutError', code: 'ECONNRESET' }), 'connection', true],
    ['a refused connection', sdkError({ name: 'Error', code: 'ECONNREFUSED' }), 'connection', true],
    ['an unknown host', sdkError({ name: 'Error', code: 'ENOTFOUND' }), 'no-such-host', false],
    ['a socket timeout', sdkError({ name: 'TimeoutError', code: 'ETIMEDOUT' }), 'no-answer', true],
    ['no credentials', sdkError({ name: 'CredentialsProviderError', message: 'Could not load credentials' }), 'client-error', false],
  ])('%s', (_what, error, kind, passes) => {
    const failure = classifyAttempt(error, undefined, 0);
    expect(failure.kind).toBe(kind);
    expect(mayPass(failure)).toBe(passes);
  });

  test('the attempt’s own time limit is no answer, with that limit', () => {
    expect(classifyAttempt(new Error('aborted'), 30_000, 0)).toEqual({ kind: 'no-answer', limitMs: 30_000 });
  });

  test('hints for SDK programmers are dropped from messages', () => {
    const failure = classifyAttempt(
      reply(400, { name: 'BrandNewException', $fault: 'client', message: 'real text\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response' }),
      undefined,
      0,
    );
    expect(failure.message).toBe('real text');
  });

  test.each([
    ['7', 7000],
    ['0.5', 500],
    ['600', 60_000],
    ['Thu, 01 Jan 1970 00:00:10 GMT', 4000],
    ['soon', undefined],
  ])('Retry-After %j', (header, ms) => {
    const failure = classifyAttempt(reply(429, { name: 'Unknown', $response: { headers: { 'retry-after': header } } }), undefined, 6000);
    expect(failure.retryAfterMs).toBe(ms);
  });
});

describe('backoffMs', () => {
  test('exponential with full jitter, a larger base after throttling, capped at 20 s', () => {
    expect([1, 2, 3].map((n) => backoffMs({ kind: 'server-error' }, n, () => 1))).toEqual([100, 200, 400]);
    expect([1, 2, 3].map((n) => backoffMs({ kind: 'throttled' }, n, () => 1))).toEqual([500, 1000, 2000]);
    expect(backoffMs({ kind: 'throttled' }, 20, () => 1)).toBe(20_000);
    expect(backoffMs({ kind: 'throttled' }, 3, () => 0.5)).toBe(1000);
  });
  test('never shorter than a Retry-After', () => {
    expect(backoffMs({ kind: 'throttled', retryAfterMs: 7000 }, 1, () => 1)).toBe(7000);
  });
});

describe('RequestSlots: cancellations first, but never every slot', () => {
  test('with cancellations holding all they may and more queued, a read still gets the last slot', async () => {
    const slots = new RequestSlots(3);
    const never = new AbortController().signal;
    expect(await slots.acquire(never, 'cancel')).toBe(true);
    expect(await slots.acquire(never, 'cancel')).toBe(true);
    let third = false;
    void slots.acquire(never, 'cancel').then(() => (third = true));
    await Promise.resolve();
    expect(third).toBe(false);
    expect(await slots.acquire(never, 'read')).toBe(true);
    // A freed cancel slot goes to the queued cancellation, not to a second read.
    let read = false;
    void slots.acquire(never, 'read').then(() => (read = true));
    slots.release('cancel');
    await Promise.resolve();
    expect([third, read]).toEqual([true, false]);
    slots.release('read');
    await Promise.resolve();
    expect(read).toBe(true);
  });
});

describe('AdaptiveRate', () => {
  const never = new AbortController().signal;

  test('no limit until throttled; then 0.7 of the rate that drew it, back at that rate after K s, and growing on (CUBIC)', async () => {
    const clock = new VirtualClock();
    const rate = new AdaptiveRate(clock);
    for (let i = 0; i < 20; i++) await rate.pace(never);
    expect(clock.sleeps).toEqual([]);
    expect(rate.limit).toBeUndefined();

    rate.throttled();
    expect(rate.limit).toBeCloseTo(14);
    // A burst of throttling replies is one signal, not twenty.
    for (let i = 0; i < 19; i++) rate.throttled();
    expect(rate.limit).toBeCloseTo(14);

    for (let i = 0; i < 3; i++) await rate.pace(never);
    expect(clock.sleeps).toHaveLength(3);
    for (const ms of clock.sleeps) {
      expect(ms).toBeGreaterThan(60);
      expect(ms).toBeLessThanOrEqual(1000 / 14 + 1);
    }

    // K = cbrt(20 × 0.3 / 0.4) s after the cut, the rate is back at 20, slowly near it, faster beyond.
    const k = Math.cbrt(15) * 1000;
    clock.advance(k - clock.sleeps.reduce((a, b) => a + b, 0));
    expect(rate.limit).toBeCloseTo(20);
    clock.advance(1000);
    expect(rate.limit).toBeCloseTo(20.4);
    clock.advance(2000);
    expect(rate.limit).toBeCloseTo(30.8);
  });

  test('never below 1 request a second, however hard Proton throttles', () => {
    const clock = new VirtualClock();
    const rate = new AdaptiveRate(clock);
    for (let i = 0; i < 10; i++) {
      rate.throttled();
      clock.advance(1000);
    }
    expect(rate.limit).toBeGreaterThanOrEqual(1);
  });

  test('while a cancellation waits, status reads get at most one request in four', async () => {
    const clock = new VirtualClock();
    const rate = new AdaptiveRate(clock);
    await rate.pace(never, 'cancel');
    rate.throttled();
    const order: string[] = [];
    const paced = [
      ...Array.from({ length: 8 }, () => rate.pace(never, 'cancel').then(() => order.push('cancel'))),
      ...Array.from({ length: 8 }, () => rate.pace(never, 'read').then(() => order.push('read'))),
    ];
    await Promise.all(paced);
    // Among the first requests, while cancellations still waited, reads were at most a quarter.
    const firstEight = order.slice(0, 8);
    expect(firstEight.filter((k) => k === 'read').length).toBeLessThanOrEqual(2);
    expect(order.filter((k) => k === 'cancel')).toHaveLength(8);
  });

  test('requests made while throttled leave no backlog: the wait is recomputed at the current rate', async () => {
    const clock = new VirtualClock();
    const rate = new AdaptiveRate(clock);
    await rate.pace(never);
    rate.throttled();
    // Twenty requests queue up while the limit is at its floor...
    const waits = Array.from({ length: 20 }, () => rate.pace(never));
    await Promise.all(waits);
    // ... and the next one, well after recovery, goes at once.
    clock.advance(10_000);
    const before = clock.sleeps.length;
    await rate.pace(never);
    expect(clock.sleeps.length).toBe(before);
  });

  test('a pause for pacing ends when the signal aborts', async () => {
    const rate = new AdaptiveRate({ now: () => 0, sleep: (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve())), timeout: () => never });
    await rate.pace(never);
    rate.throttled();
    const stop = new AbortController();
    const paced = rate.pace(stop.signal);
    stop.abort();
    await expect(paced).resolves.toBeUndefined();
  });
});

describe('RequestSlots', () => {
  test('a released slot passes to the next in line; an aborted wait holds none', async () => {
    const slots = new RequestSlots(1);
    const never = new AbortController().signal;
    expect(await slots.acquire(never)).toBe(true);
    const giveUp = new AbortController();
    const abandoned = slots.acquire(giveUp.signal);
    const next = slots.acquire(never);
    giveUp.abort();
    expect(await abandoned).toBe(false);
    slots.release();
    expect(await next).toBe(true);
    expect(slots.inUse).toBe(1);
    slots.release();
    expect(slots.inUse).toBe(0);
  });
});

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
