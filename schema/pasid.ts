// Host-wide PASID allocation (the VFIO_IOMMU_PASID_REQUEST design): one PASID space per host, shared by its contexts.

import { hostById } from '../adapters/ids.ts';
import { contextById } from '../adapters/iommufd-keys.ts';
import { fail } from '../hw-model/errors.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import type { Host } from '../hw-model/host/host.ts';
import type { PasidAllocator, PasidOwner } from '../hw-model/host/pasid-allocator.ts';
import { builder } from './builder.ts';
import { defineMutation, payloadType } from './mutation.ts';
import { HostRef } from './refs.ts';

const PasidAllocatorRef = builder.objectRef<PasidAllocator>('PasidAllocator').implement({
  description: 'The system-wide PASID space of a host, shared by every device and context on it.',
  fields: (t) => ({
    min: t.int({
      description: 'Lowest PASID the host hands out (PASID 0 means "no PASID").',
      resolve: (a) => a.min,
    }),
    max: t.int({
      description: "Highest PASID the host hands out (from its IOMMUs' PASID width).",
      resolve: (a) => a.max,
    }),
    allocated: t.intList({ description: 'PASIDs handed out now, ascending.', resolve: (a) => a.allocated() }),
    quotaPerContext: t.int({
      description:
        'Most PASIDs one context may hold (the per-VM ioasid_set quota of the VFIO_IOMMU_PASID_REQUEST design); past it pasidAlloc is ENOSPC.',
      resolve: (a) => a.quotaPerContext,
    }),
  }),
});

/** The owner a PASID call speaks for: an open context of the same host, or the host itself (no contextId). */
function ownerFor(fleet: Fleet, host: Host, contextId: string | null | undefined): PasidOwner {
  if (contextId == null) return null;
  const ictx = contextById(fleet, contextId, 'contextId');
  if (ictx.host !== host) fail('ENOENT', `the context is not on host ${host.name}`, 'contextId');
  return ictx;
}

const CONTEXT_ID_DESCRIPTION =
  'The context that owns the PASID: it is freed when the context closes, and only that context may free it (EPERM otherwise). Omit for a PASID the host owns until freed.';

builder.objectField(HostRef, 'pasidAllocator', (t) =>
  t.field({
    type: PasidAllocatorRef,
    description:
      'The host-wide PASID allocator (system-wide PASID space shared by every device of the host).',
    resolve: (h) => h.pasidAllocator,
  }),
);

const PasidAllocInput = builder.inputType('PasidAllocInput', {
  description: 'Allocate the lowest free PASID in [min, max].',
  fields: (t) => ({
    hostId: t.id({ required: true, description: 'The host.' }),
    min: t.int({ required: true, description: 'Lowest acceptable PASID.' }),
    max: t.int({ required: true, description: 'Highest acceptable PASID.' }),
    contextId: t.id({ description: CONTEXT_ID_DESCRIPTION }),
  }),
});

const PasidAllocPayload = payloadType('PasidAllocPayload', 'Result of pasidAlloc.', (t) => ({
  pasid: t.int({ nullable: true, description: 'The PASID allocated.' }),
}));

const PasidFreeInput = builder.inputType('PasidFreeInput', {
  description: 'Give a PASID back.',
  fields: (t) => ({
    hostId: t.id({ required: true, description: 'The host.' }),
    pasid: t.int({ required: true, description: 'The PASID to free.' }),
    contextId: t.id({ description: 'The context that owns it; omit for a PASID the host owns.' }),
  }),
});

const PasidFreePayload = payloadType('PasidFreePayload', 'Result of pasidFree.', () => ({}));

defineMutation('pasidAlloc', {
  description:
    'Host-wide PASID allocation (VFIO_IOMMU_PASID_REQUEST alloc): the lowest free PASID in [min, max].',
  input: PasidAllocInput,
  payload: PasidAllocPayload,
  resolve: (input, ctx) => {
    const host = hostById(ctx.fleet, input.hostId);
    return {
      pasid: host.pasidAllocator.alloc(input.min, input.max, ownerFor(ctx.fleet, host, input.contextId)),
    };
  },
});

defineMutation('pasidFree', {
  description:
    'Free a PASID allocated with pasidAlloc; ENOENT when it is not allocated, EPERM when another context (or the host) owns it.',
  input: PasidFreeInput,
  payload: PasidFreePayload,
  resolve: (input, ctx) => {
    const host = hostById(ctx.fleet, input.hostId);
    host.pasidAllocator.free(input.pasid, ownerFor(ctx.fleet, host, input.contextId));
    return {};
  },
});
