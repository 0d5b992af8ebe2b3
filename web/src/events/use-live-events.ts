// Subscribes to the four live streams for as long as the component lives; keeps the newest lines first.
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { InvalidationsFeed, ObjectEventsFeed, PageFaultsFeed, VeventsFeed } from './event-documents.ts';
import {
  changesFleet,
  type EventLine,
  invalidationLine,
  objectEventLine,
  pageFaultLine,
  veventLine,
} from './event-line.ts';

const KEEP = 200;

export interface LiveEvents {
  lines: (EventLine & { seq: number })[];
  /** Bumped whenever a host or device appears, changes or goes away: views re-fetch on it. */
  fleetVersion: number;
  errors: string[];
}

export function useLiveEvents(): LiveEvents {
  const client = useClient();
  const [state, setState] = useState<LiveEvents>({ lines: [], fleetVersion: 0, errors: [] });

  useEffect(() => {
    let seq = 0;
    const push = (line: EventLine, fleetChanged = false) =>
      setState((s) => ({
        ...s,
        lines: [{ ...line, seq: seq++ }, ...s.lines].slice(0, KEEP),
        fleetVersion: s.fleetVersion + (fleetChanged ? 1 : 0),
      }));
    const fail = (message: string) => setState((s) => ({ ...s, errors: [...s.errors, message] }));
    const stream = <T, V extends AnyVariables>(
      document: TypedDocumentNode<T, V>,
      onData: (data: T) => void,
    ) =>
      client.subscription(document, {} as V).subscribe((result) => {
        if (result.error) fail(result.error.message);
        else if (result.data) onData(result.data);
      });
    const subscriptions = [
      stream(PageFaultsFeed, (d) => push(pageFaultLine(d.pageFaults))),
      stream(InvalidationsFeed, (d) => push(invalidationLine(d.invalidations))),
      stream(VeventsFeed, (d) => push(veventLine(d.vevents))),
      stream(ObjectEventsFeed, (d) => push(objectEventLine(d.objectEvents), changesFleet(d.objectEvents))),
    ];
    return () => {
      for (const s of subscriptions) s.unsubscribe();
    };
  }, [client]);

  return state;
}
