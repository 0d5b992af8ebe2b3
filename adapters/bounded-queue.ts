// An async iterator fed by pushes, holding at most `maxItems` items and `maxBytes` bytes. A push past either
// bound never throws into the pusher (an event listener, the model): the queue drops what it holds and its
// reader gets `overflowError` once, then the end. This is the one buffer between a publisher and a subscriber.
export interface QueueBounds {
  maxItems: number;
  maxBytes: number;
}

export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private bytes = 0;
  private sizes: number[] = [];
  private closed = false;
  private waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  /** Set by fail(): the error the reader has yet to see. */
  private pendingError: { error: unknown } | null = null;
  private ended = false;

  constructor(
    private readonly bounds: QueueBounds,
    private readonly overflowError: () => unknown,
    /** Called once when the queue ends, whichever way (reader left, source ended, overflow). */
    private readonly onClose: () => void = () => {},
  ) {}

  get length(): number {
    return this.items.length;
  }

  get isClosed(): boolean {
    return this.ended;
  }

  /** Queues `item` (of `size` bytes); returns false once the queue has overflowed or closed. */
  push(item: T, size = 0): boolean {
    if (this.ended) return false;
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve({ value: item, done: false });
      return true;
    }
    if (this.items.length >= this.bounds.maxItems || this.bytes + size > this.bounds.maxBytes) {
      this.fail(this.overflowError());
      return false;
    }
    this.items.push(item);
    this.sizes.push(size);
    this.bytes += size;
    return true;
  }

  /** No more items: the reader gets what is queued, then the end. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.items.length === 0) this.finish();
  }

  /** Drops what is queued; the reader's next read rejects with `error`, then the queue is done. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.items.length = 0;
    this.sizes = [];
    this.bytes = 0;
    this.ended = true;
    if (this.waiter) {
      const { reject } = this.waiter;
      this.waiter = null;
      reject(error);
    } else {
      this.pendingError = { error };
    }
    this.closeOnce();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length) {
      const value = this.items.shift() as T;
      this.bytes -= this.sizes.shift() ?? 0;
      if (this.ended && this.items.length === 0) this.finish();
      return Promise.resolve({ value, done: false });
    }
    if (this.pendingError) {
      const { error } = this.pendingError;
      this.pendingError = null;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  /** The reader leaves. */
  return(): Promise<IteratorResult<T>> {
    this.pendingError = null;
    this.items.length = 0;
    this.sizes = [];
    this.bytes = 0;
    this.ended = true;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve({ value: undefined, done: true });
    }
    this.closeOnce();
  }

  private closeOnce(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}
