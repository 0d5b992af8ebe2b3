// Host-wide PASID allocation (the VFIO_IOMMU_PASID_REQUEST design): one PASID space per host, shared by its contexts.

import { hostById } from '../adapters/ids.ts';
import type { PasidAllocator } from '../hw-model/host/pasid-allocator.ts';
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
  }),
});

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
  }),
});

const PasidFreePayload = payloadType('PasidFreePayload', 'Result of pasidFree.', () => ({}));

defineMutation('pasidAlloc', {
  description:
    'Host-wide PASID allocation (VFIO_IOMMU_PASID_REQUEST alloc): the lowest free PASID in [min, max].',
  input: PasidAllocInput,
  payload: PasidAllocPayload,
  resolve: (input, ctx) => ({
    pasid: hostById(ctx.fleet, input.hostId).pasidAllocator.alloc(input.min, input.max),
  }),
});

defineMutation('pasidFree', {
  description: 'Free a PASID allocated with pasidAlloc; ENOENT when it is not allocated.',
  input: PasidFreeInput,
  payload: PasidFreePayload,
  resolve: (input, ctx) => {
    hostById(ctx.fleet, input.hostId).pasidAllocator.free(input.pasid);
    return {};
  },
});
