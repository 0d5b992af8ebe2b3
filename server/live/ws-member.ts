// One graphql-ws subscription: graphql-ws reads it as an async iterator and awaits each send, so a client that
// stops reading stops the reads. Events then wait here, bounded in events and bytes; past either bound the
// client gets one SUBSCRIBER_TOO_SLOW error for this operation, written past the stalled pipeline, and its
// connection is closed (every operation on it is stalled behind the same socket).
import type { ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import { BoundedQueue } from '../../adapters/bounded-queue.ts';
import { subscriberTooSlow } from '../../adapters/pubsub.ts';
import type { Frame } from './frames.ts';
import type { LiveLimits } from './limits.ts';
import type { Member } from './multiplexer.ts';

/** graphql-ws leaves 4000-4999 to applications; 4429 reads as "too many requests" waiting. */
export const CLOSE_SUBSCRIBER_TOO_SLOW = 4429;

export class WsMember implements Member {
  readonly queue: BoundedQueue<ExecutionResult>;
  private overflowed = false;
  /** Set by the transport once joined: leaves the group. */
  leave: () => void = () => {};

  constructor(
    private readonly socket: WebSocket,
    private readonly id: string,
    private readonly limits: LiveLimits,
  ) {
    this.queue = new BoundedQueue<ExecutionResult>(
      { maxItems: limits.maxQueuedEvents, maxBytes: limits.maxQueuedBytes },
      () => {
        this.overflowed = true;
        return this.tooSlowError();
      },
      () => this.leave(),
    );
  }

  deliver(frame: Frame): void {
    if (!this.queue.push(frame.result, frame.json.length) && this.overflowed) this.goodbye();
  }

  close(final: Frame | null): void {
    if (final?.result.errors?.[0]) this.queue.fail(final.result.errors[0]);
    else this.queue.end();
  }

  private tooSlowError() {
    return subscriberTooSlow(`${this.limits.maxQueuedEvents} events or ${this.limits.maxQueuedBytes} bytes`);
  }

  private goodbye(): void {
    const error = this.tooSlowError();
    this.socket.send(JSON.stringify({ id: this.id, type: 'error', payload: [error.toJSON()] }));
    this.socket.close(CLOSE_SUBSCRIBER_TOO_SLOW, 'subscriber too slow');
    // A peer that never reads never answers the close either: drop it after a little time.
    setTimeout(() => this.socket.terminate(), this.limits.goodbyeMs).unref();
  }
}
