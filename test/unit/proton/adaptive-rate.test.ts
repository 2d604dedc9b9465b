// The pace the step keeps with Proton (CUBIC, as the SDKs' adaptive mode).
import { describe, expect, test } from 'vitest';
import { AdaptiveRate } from '../../../src/proton/adaptive-rate.js';
import { VirtualClock } from '../../support/virtual-clock.js';

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
