// IOMMU_HWPT_INVALIDATE (iommufd_hwpt_invalidate): an array of driver-format entries sent to a nested
// HWPT (its domain's cache_invalidate_user) or to a vIOMMU (its ops' cache_invalidate). Entries run in
// order; the first failing one stops the call, the ones before it have taken effect, and the count of
// handled entries is always returned. Every entry carried out is published as an InvalidationEvent on
// the host's bus.
import type { CacheInvalidateOps } from '../drivers/ops.ts';
import { fail, IommufdError } from '../errors.ts';
import type { InvalidationScope } from '../events.ts';
import type { PciDevice } from '../host/device.ts';
import type { Context } from './context.ts';
import { HwptNested } from './hwpt-nested.ts';
import type { IommufdObject } from './object.ts';
import { Viommu } from './viommu.ts';

/** One entry; all entries of one call share a type (the ioctl's data_type). */
export type InvalidationRequest =
  | { type: 'VTD_S1'; addr: bigint; npages: bigint; leaf: boolean }
  | { type: 'ARM_SMMUV3'; cmd: bigint[] }
  | { type: 'SELFTEST'; flags: number; id: number; vdevId?: bigint | undefined };

export type InvalidationRequestType = InvalidationRequest['type'];

export interface InvalidateResult {
  /** entry_num as written back: entries carried out before the first failure (0 on an early error). */
  entriesHandled: number;
  error: IommufdError | null;
}

type Handler = (request: InvalidationRequest) => void;

/** The target's op bound to it, or EOPNOTSUPP when its driver has none. */
function bind<T>(target: T & IommufdObject, ops: CacheInvalidateOps<T> | undefined, what: string) {
  if (!ops) fail('EOPNOTSUPP', `a ${what} takes no invalidations of its own`, 'hwptId');
  const handler: Handler = (request) => ops.invalidate(target, request);
  return { accepts: ops.type, handler };
}

/** The handler of a nested HWPT (cache_invalidate_user) or a vIOMMU (cache_invalidate). */
function handlerOf(target: IommufdObject) {
  if (target instanceof HwptNested) {
    return bind(target, target.domain.cacheInvalidateUser, `${target.dataType} nested HWPT`);
  }
  if (target instanceof Viommu)
    return bind(target, target.ops.cacheInvalidate, `${target.viommuType} vIOMMU`);
  return fail('EINVAL', `object ${target.id} is a ${target.type}, not a nested HWPT or a vIOMMU`, 'hwptId');
}

/** Never throws an IommufdError: lookups and entries fail through `error`. */
export function hwptInvalidate(
  ictx: Context,
  id: number,
  requests: readonly InvalidationRequest[],
): InvalidateResult {
  let handler: Handler;
  try {
    const target = ictx.object(id) ?? fail('ENOENT', `no object with ID ${id}`, 'hwptId');
    const bound = handlerOf(target);
    handler = bound.handler;
    const types = new Set(requests.map((request) => request?.type));
    if (types.size > 1) fail('EINVAL', 'entries of one call share one data type', 'requests');
    const [type] = types;
    if (type !== undefined && type !== bound.accepts) {
      fail('EINVAL', `object ${id} takes ${bound.accepts} entries, not ${String(type)}`, 'requests');
    }
  } catch (error) {
    return { entriesHandled: 0, error: asIommufdError(error) };
  }
  let handled = 0;
  for (const [index, request] of requests.entries()) {
    try {
      handler(request);
    } catch (error) {
      const failure = asIommufdError(error);
      const field = failure.field ? `requests.${index}.${failure.field}` : `requests.${index}`;
      return { entriesHandled: handled, error: new IommufdError(failure.errno, failure.message, field) };
    }
    handled++;
  }
  return { entriesHandled: handled, error: null };
}

function asIommufdError(error: unknown): IommufdError {
  if (error instanceof IommufdError) return error;
  throw error;
}

export interface InvalidationDetail {
  scope: InvalidationScope;
  range?: { start: bigint; last: bigint } | null;
  pasid?: number | null;
  virtId?: bigint | null;
  device?: PciDevice | null;
}

/** Publishes one carried-out entry on the target's host (drivers call it after each entry). */
export function emitInvalidation(target: IommufdObject, detail: InvalidationDetail): void {
  const host = target.context.host;
  host.events.emit({
    kind: 'invalidation',
    host,
    target,
    scope: detail.scope,
    range: detail.range ?? null,
    pasid: detail.pasid ?? null,
    virtId: detail.virtId ?? null,
    device: detail.device ?? null,
  });
}
