// The GraphQL identity (type name and global-ID key) of anything an object event is about, and whether it is
// still there. A destroyed object keeps its identity: the ID a client held names what went away.
import type { ObjectSubject } from '../hw-model/events.ts';
import { PciDevice } from '../hw-model/host/device.ts';
import { Host } from '../hw-model/host/host.ts';
import { Context, type IommufdObject } from '../hw-model/iommufd/index.ts';
import { contextKey, OBJECT_TYPENAME, objectKey } from './iommufd-keys.ts';
import { deviceKey, hostKey } from './node-keys.ts';

export function identityOf(subject: ObjectSubject): { typename: string; key: string } {
  if (subject instanceof Host) return { typename: 'Host', key: hostKey(subject) };
  if (subject instanceof PciDevice) return { typename: 'Device', key: deviceKey(subject) };
  if (subject instanceof Context) return { typename: 'Context', key: contextKey(subject) };
  const object = subject as IommufdObject;
  return { typename: OBJECT_TYPENAME[object.type], key: objectKey(object) };
}

/** The context an object event's subject lives in (null for hosts and devices). */
export function contextOf(subject: ObjectSubject): Context | null {
  if (subject instanceof Context) return subject;
  if (subject instanceof Host || subject instanceof PciDevice) return null;
  return (subject as IommufdObject).context;
}

/** Still in the fleet: hosts and devices stay; contexts until closed; objects while in their table. */
export function isLive(subject: ObjectSubject): boolean {
  if (subject instanceof Host || subject instanceof PciDevice) return true;
  if (subject instanceof Context) return !subject.closed;
  const object = subject as IommufdObject;
  return !object.context.closed && object.context.object(object.id) === object;
}
