// Global-ID keys of iommufd contexts ("host/boot/serial") and objects ("host/boot/serial/objectId"), and their
// lookup. The host's boot ID makes an ID of an earlier run (a context serial the new run reuses) name nothing.
import { fail } from '../hw-model/errors.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import { type Context, contextsOf, type IommufdObject, type ObjectType } from '../hw-model/iommufd/index.ts';
import { decodeId } from './ids.ts';

export const contextKey = (ctx: Context) => `${ctx.host.name}/${ctx.host.bootId}/${ctx.serial}`;
export const objectKey = (obj: IommufdObject) => `${contextKey(obj.context)}/${obj.id}`;

/** The GraphQL type of each iommufd object type. */
export const OBJECT_TYPENAME: Readonly<Record<ObjectType, string>> = {
  DEVICE: 'BoundDevice',
  IOAS: 'Ioas',
  HWPT_PAGING: 'HwptPaging',
  HWPT_NESTED: 'HwptNested',
  FAULT: 'FaultQueue',
  VIOMMU: 'Viommu',
  VDEVICE: 'Vdevice',
  VEVENTQ: 'Veventq',
  HW_QUEUE: 'HwQueue',
  ACCESS: 'Access',
};

/** Typenames whose IDs name iommufd objects (anything else passed as an object ID is ENOENT). */
export const OBJECT_TYPENAMES = new Set(Object.values(OBJECT_TYPENAME));

interface ParsedKey {
  host: string;
  boot: string;
  serial: number;
  objectId: number | null;
}

function parseKey(key: string): ParsedKey | null {
  const match = /^([^/]+)\/([0-9a-f]+)\/(\d+)(?:\/(\d+))?$/.exec(key);
  if (!match) return null;
  return {
    host: match[1]!,
    boot: match[2]!,
    serial: Number(match[3]),
    objectId: match[4] === undefined ? null : Number(match[4]),
  };
}

/** The open context a parsed key names, in this boot of its host. */
function contextOf(fleet: Fleet, parsed: ParsedKey): Context | null {
  const host = fleet.host(parsed.host);
  if (!host || host.bootId !== parsed.boot) return null;
  return contextsOf(host).find((c) => c.serial === parsed.serial) ?? null;
}

export function findContext(fleet: Fleet, key: string): Context | null {
  const parsed = parseKey(key);
  return parsed && parsed.objectId === null ? contextOf(fleet, parsed) : null;
}

export function findObject(fleet: Fleet, key: string): IommufdObject | null {
  const parsed = parseKey(key);
  if (!parsed || parsed.objectId === null) return null;
  return contextOf(fleet, parsed)?.object(parsed.objectId) ?? null;
}

/** A Context input ID: ENOENT when malformed, of another type, or closed. */
export function contextById(fleet: Fleet, globalId: string, field: string): Context {
  const { typename, key } = decodeId(globalId, field);
  const ctx = typename === 'Context' ? findContext(fleet, key) : null;
  return ctx ?? fail('ENOENT', `no open context with ${field} ${globalId}`, field);
}

/** The iommufd context (ictx) and object ID an object input ID names (the object itself may be gone: the model decides). */
export function objectRefById(
  fleet: Fleet,
  globalId: string,
  field: string,
): { ictx: Context; objectId: number } {
  const { typename, key } = decodeId(globalId, field);
  const parsed = OBJECT_TYPENAMES.has(typename) ? parseKey(key) : null;
  const ictx = parsed?.objectId != null ? contextOf(fleet, parsed) : null;
  if (!ictx || parsed?.objectId == null) return fail('ENOENT', `no object with ${field} ${globalId}`, field);
  return { ictx, objectId: parsed.objectId };
}

/**
 * The object ID to hand the model for an ID that must live in `ictx`. An object of another context is, to
 * this context, an ID that does not exist: 0, which the kernel never allocates, so the model reports it as Linux
 * would for that argument (ENOENT, or EINVAL for HWPT_ALLOC's pt_id).
 */
export function objectIdIn(fleet: Fleet, ictx: Context, globalId: string, field: string): number {
  try {
    const ref = objectRefById(fleet, globalId, field);
    return ref.ictx === ictx ? ref.objectId : 0;
  } catch {
    return 0;
  }
}

/** The live object `objectId` of `ictx` if it is a `cls` (a payload's echo of the object just changed). */
export function objectOf<T>(
  ictx: Context,
  objectId: number,
  cls: abstract new (...args: never[]) => T,
): T | null {
  const object = ictx.object(objectId);
  return object instanceof cls ? object : null;
}
