// The live feed: one line per event, newest first.
import { Link } from 'wouter-preact';
import { devicePath } from '../common/links.ts';
import type { LiveEvents } from './use-live-events.ts';

export function EventFeed({ events }: { events: LiveEvents }) {
  return (
    <section class="panel feed">
      <h2>Live events</h2>
      <p class="muted">
        pageFaults, invalidations, vevents and objectEvents over graphql-ws, as they happen.
      </p>
      {events.errors.map((e) => (
        <p class="error" key={e}>
          {e}
        </p>
      ))}
      {events.lines.length === 0 && <p class="muted">Waiting for events…</p>}
      <ol class="event-lines" data-testid="event-feed">
        {events.lines.map((line) => (
          <li key={line.seq} data-kind={line.kind} class={`kind-${line.kind.replace(' ', '-')}`}>
            {line.bdf && line.host ? (
              <Link href={devicePath(line.host, line.bdf)}>{line.text}</Link>
            ) : (
              line.text
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
