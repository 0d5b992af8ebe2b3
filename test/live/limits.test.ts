// Subscriber limits come from the environment, with defaults; a bad value stops the server with a clear message.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { DEFAULT_LIVE_LIMITS } from '../../server/live/limits.ts';

describe('live limits from the environment', () => {
  it('defaults: 1000 events / 16 MiB per subscriber, 100 per connection, 10,000 in all', () => {
    expect(readConfig({}).liveLimits).toEqual(DEFAULT_LIVE_LIMITS);
    expect(DEFAULT_LIVE_LIMITS).toMatchObject({
      maxQueuedEvents: 1000,
      maxQueuedBytes: 16 * 2 ** 20,
      perConnection: 100,
      global: 10_000,
    });
  });

  it('each can be set, and a value that is not a positive integer is refused by name', () => {
    const env = {
      SUBSCRIBER_MAX_QUEUED_EVENTS: '50',
      SUBSCRIBER_MAX_QUEUED_BYTES: '65536',
      SUBSCRIPTIONS_PER_CONNECTION: '3',
      SUBSCRIPTIONS_MAX: '7',
    };
    expect(readConfig(env).liveLimits).toMatchObject({
      maxQueuedEvents: 50,
      maxQueuedBytes: 65536,
      perConnection: 3,
      global: 7,
    });
    expect(() => readConfig({ SUBSCRIPTIONS_MAX: '0' })).toThrow(/SUBSCRIPTIONS_MAX/);
    expect(() => readConfig({ SUBSCRIBER_MAX_QUEUED_BYTES: '1e3x' })).toThrow(/SUBSCRIBER_MAX_QUEUED_BYTES/);
  });
});
