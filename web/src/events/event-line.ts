// One line per event, kind first and the device's BDF next, e.g. "page fault 0000:00:01.0 group 3 0xdead000".
import type {
  InvalidationsFeedSubscription,
  ObjectEventsFeedSubscription,
  PageFaultsFeedSubscription,
  VeventsFeedSubscription,
} from '../gql/graphql.ts';

export type EventKind = 'page fault' | 'invalidation' | 'vevent' | 'object';

export interface EventLine {
  kind: EventKind;
  text: string;
  /** The host the event happened on, for links. */
  host: string | undefined;
  bdf: string | undefined;
}

const words = (...parts: (string | number | null | undefined | false)[]) =>
  parts.filter((p) => p !== undefined && p !== null && p !== false && p !== '').join(' ');

export function pageFaultLine(event: PageFaultsFeedSubscription['pageFaults']): EventLine {
  const { bdf, host } = event.device.device;
  const first = event.faults[0];
  const more = event.faults.length > 1 ? `+${event.faults.length - 1} more` : undefined;
  const text = words(
    'page fault',
    bdf,
    'group',
    event.groupId,
    first?.address,
    first?.pasid != null && `pasid ${first.pasid}`,
    first?.permissions.join('|').toLowerCase(),
    more,
  );
  return { kind: 'page fault', text, host: host.name, bdf };
}

export function invalidationLine(event: InvalidationsFeedSubscription['invalidations']): EventLine {
  const bdf = event.device?.bdf;
  const text = words(
    'invalidation',
    bdf,
    event.scope.toLowerCase().replace('_', ' '),
    event.pasid != null && `pasid ${event.pasid}`,
    event.virtId != null && `virtId ${event.virtId}`,
    event.range && `${event.range.start}-${event.range.last}`,
    `on ${event.target.type} ${event.target.objectId}`,
    `host ${event.host.name}`,
  );
  return { kind: 'invalidation', text, host: event.host.name, bdf };
}

export function veventLine(event: VeventsFeedSubscription['vevents']): EventLine {
  const { viommu } = event.veventq;
  const bdf = viommu.vdevices.find((v) => v.virtId === event.virtId)?.device.device.bdf;
  const host = viommu.iommu.host.name;
  const text = event.lostEvents
    ? words('vevent lost events', 'veventq', event.veventq.objectId, `host ${host}`)
    : words('vevent', bdf, `virtId ${event.virtId}`, 'seq', event.sequence, `host ${host}`);
  return { kind: 'vevent', text, host, bdf };
}

export function objectEventLine(event: ObjectEventsFeedSubscription['objectEvents']): EventLine {
  const node = event.node;
  let label: string | undefined;
  let bdf: string | undefined;
  if (node?.__typename === 'Host') label = node.name;
  else if (node?.__typename === 'Device') bdf = node.bdf;
  else if (node?.__typename === 'BoundDevice') bdf = node.device.bdf;
  if (node && 'objectId' in node && node.objectId != null) label = words(label, `#${node.objectId}`);
  const where = event.typename === 'Host' ? undefined : `host ${event.host.name}`;
  const text = words(event.kind.toLowerCase(), event.typename, bdf, label, where);
  return { kind: 'object', text, host: event.host.name, bdf };
}

/** Whether the fleet's host list or device table is out of date after this object event. */
export function changesFleet(event: ObjectEventsFeedSubscription['objectEvents']): boolean {
  return event.typename === 'Host' || event.typename === 'Device';
}
