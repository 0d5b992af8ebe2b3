// The one buffer between a publisher and a subscriber: bounded in items and bytes, never throwing into the pusher.
import { describe, expect, it } from 'vitest';
import { BoundedQueue } from '../../adapters/bounded-queue.ts';

const tooSlow = () => new Error('too slow');

describe('BoundedQueue', () => {
  it('hands items over in order, then the end; a reader waiting gets the next push', async () => {
    const queue = new BoundedQueue<number>({ maxItems: 3, maxBytes: 100 }, tooSlow);
    const waiting = queue.next();
    expect(queue.push(1)).toBe(true);
    expect(await waiting).toEqual({ value: 1, done: false });
    queue.push(2);
    queue.end();
    expect(await queue.next()).toEqual({ value: 2, done: false });
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(queue.push(3)).toBe(false);
  });

  it('past the item bound it drops its backlog, rejects once, then ends; the pusher never sees an error', async () => {
    let closed = 0;
    const queue = new BoundedQueue<number>({ maxItems: 2, maxBytes: 100 }, tooSlow, () => closed++);
    expect([queue.push(1), queue.push(2), queue.push(3), queue.push(4)]).toEqual([true, true, false, false]);
    expect(queue.length).toBe(0);
    await expect(queue.next()).rejects.toThrow('too slow');
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
  });

  it('counts bytes: one large item past maxBytes overflows it', async () => {
    const queue = new BoundedQueue<string>({ maxItems: 100, maxBytes: 10 }, tooSlow);
    expect(queue.push('a', 6)).toBe(true);
    expect(queue.push('b', 6)).toBe(false);
    await expect(queue.next()).rejects.toThrow('too slow');
  });

  it('a reader that leaves (return) empties it and closes it once', async () => {
    let closed = 0;
    const queue = new BoundedQueue<number>({ maxItems: 5, maxBytes: 100 }, tooSlow, () => closed++);
    queue.push(1);
    await queue.return();
    await queue.return();
    expect(closed).toBe(1);
    expect(queue.push(2)).toBe(false);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });
});
