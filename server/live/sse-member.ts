// One SSE subscriber's socket: frames are written straight to the response while it drains, queued (bounded
// in events and bytes) while it does not, and a subscriber past either bound gets one SUBSCRIBER_TOO_SLOW
// error, the end of the stream, and a short time to read them before its socket is dropped.
import type { ServerResponse } from 'node:http';
import { subscriberTooSlow } from '../../adapters/pubsub.ts';
import { type Frame, SSE_COMPLETE, SSE_PING, toFrame } from './frames.ts';
import type { LiveLimits } from './limits.ts';
import type { Member } from './multiplexer.ts';

const PING_MS = 12_000;

export class SseMember implements Member {
  private readonly queued: Buffer[] = [];
  private queuedBytes = 0;
  private draining = false;
  private ending = false;
  private readonly ping: NodeJS.Timeout;
  /** Set by the transport once joined: leaves the group. */
  leave: () => void = () => {};

  constructor(
    private readonly res: ServerResponse,
    private readonly limits: LiveLimits,
  ) {
    res.on('drain', () => this.flush());
    res.on('close', () => this.gone());
    this.ping = setInterval(() => {
      if (!this.draining) this.res.write(SSE_PING);
    }, PING_MS);
    this.ping.unref();
  }

  deliver(frame: Frame): void {
    this.write(frame.sse);
  }

  close(final: Frame | null): void {
    if (final) this.write(final.sse);
    this.write(SSE_COMPLETE);
    this.ending = true;
    if (!this.draining) this.finish();
  }

  private write(bytes: Buffer): void {
    if (this.ending || this.res.destroyed) return;
    if (!this.draining) {
      if (!this.res.write(bytes)) this.draining = true;
      return;
    }
    this.queued.push(bytes);
    this.queuedBytes += bytes.length;
    if (this.queued.length > this.limits.maxQueuedEvents || this.queuedBytes > this.limits.maxQueuedBytes)
      this.tooSlow();
  }

  private flush(): void {
    this.draining = false;
    while (this.queued.length && !this.draining) {
      const bytes = this.queued.shift() as Buffer;
      this.queuedBytes -= bytes.length;
      if (!this.res.write(bytes)) this.draining = true;
    }
    if (this.ending && this.queued.length === 0) this.finish();
  }

  /** Drops the backlog; the client gets the error and the end after what its socket already holds. */
  private tooSlow(): void {
    this.queued.length = 0;
    this.queuedBytes = 0;
    this.leave();
    const limit = `${this.limits.maxQueuedEvents} events or ${this.limits.maxQueuedBytes} bytes`;
    this.res.write(toFrame({ errors: [subscriberTooSlow(limit)] }).sse);
    this.res.write(SSE_COMPLETE);
    this.ending = true;
    this.finish();
  }

  private finish(): void {
    clearInterval(this.ping);
    this.res.end();
    // A client that never reads would hold its socket (and what it buffers) forever: give it a little time.
    const drop = setTimeout(() => this.res.destroy(), this.limits.goodbyeMs).unref();
    this.res.once('finish', () => clearTimeout(drop));
  }

  private gone(): void {
    clearInterval(this.ping);
    this.queued.length = 0;
    this.queuedBytes = 0;
    this.ending = true;
    this.leave();
  }
}
