// Requests in flight: cancellations first, but never every slot.
import { describe, expect, test } from 'vitest';
import { RequestSlots } from '../../../src/proton/request-slots.js';

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
