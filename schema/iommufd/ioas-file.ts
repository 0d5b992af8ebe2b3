// Memfds, IOMMU_IOAS_MAP_FILE and IOMMU_IOAS_CHANGE_PROCESS. A memfd is an fd of the context's process, so it
// hangs off the Context and is named by its fd number, as the ioctl names it.
import { contextById, objectOf, objectRefById } from '../../adapters/iommufd-keys.ts';
import { Ioas, type Memfd } from '../../hw-model/iommufd/index.ts';
import { dmabufGet, dmabufRevoke } from '../../hw-model/selftest/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { ContextRef, IoasRef } from '../refs.ts';

const MemfdRef = builder.objectRef<Memfd>('Memfd').implement({
  description:
    "A memfd (memfd_create + ftruncate) open in the context's process: guest RAM a VMM can hand over.",
  fields: (t) => ({
    fd: t.exposeInt('fd', { description: 'Its fd number in the process (the lowest free from 3).' }),
    size: t.field({ type: 'UInt64', description: 'Bytes (ftruncate).', resolve: (m) => m.size }),
    sealed: t.exposeBoolean('sealed', {
      description:
        'F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL: the size is fixed. iommufd does not look at seals.',
    }),
  }),
});

builder.objectFields(ContextRef, (t) => ({
  memfds: t.field({
    type: [MemfdRef],
    description: "Memfds open in the context's process, by fd.",
    resolve: (c) => c.memfdList(),
  }),
  process: t.int({
    description: 'The process its pinned pages are charged to: 1, then +1 per ioasChangeProcess.',
    resolve: (c) => c.process,
  }),
}));

const id = (description: string) => ({ required: true, description }) as const;

const MemfdCreateInput = builder.inputType('MemfdCreateInput', {
  description: "memfd_create + ftruncate in the context's process.",
  fields: (t) => ({
    contextId: t.id(id('The context whose process gets the fd.')),
    size: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
    sealed: t.boolean({ defaultValue: false, description: 'Add F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL.' }),
  }),
});
const MemfdCreatePayload = payloadType('MemfdCreatePayload', 'Result of memfdCreate.', (t) => ({
  memfd: t.field({ type: MemfdRef, nullable: true, description: 'The new memfd.' }),
}));

const IoasMapFileInput = builder.inputType('IoasMapFileInput', {
  description: 'IOMMU_IOAS_MAP_FILE.',
  fields: (t) => ({
    ioasId: t.id(id('The IOAS.')),
    fd: t.int({ required: true, description: "A memfd's fd in the context's process." }),
    start: t.field({ type: 'UInt64', required: true, description: 'File offset of the first byte.' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
    iova: t.field({
      type: 'UInt64',
      description: 'Fixed IOVA (IOMMU_IOAS_MAP_FIXED_IOVA); omit to let the IOAS choose one.',
    }),
    readable: t.boolean({ defaultValue: true, description: 'IOMMU_IOAS_MAP_READABLE.' }),
    writable: t.boolean({ defaultValue: true, description: 'IOMMU_IOAS_MAP_WRITEABLE.' }),
  }),
});
const IoasMapFilePayload = payloadType('IoasMapFilePayload', 'Result of ioasMapFile.', (t) => ({
  iova: t.field({ type: 'UInt64', nullable: true, description: 'Where it was mapped.' }),
  ioas: t.field({ type: IoasRef, nullable: true, description: 'The IOAS.' }),
}));

const IoasChangeProcessInput = builder.inputType('IoasChangeProcessInput', {
  description: 'IOMMU_IOAS_CHANGE_PROCESS, called from a new process (after exec, as in live update).',
  fields: (t) => ({
    contextId: t.id(id('The context.')),
    memlockLimit: t.field({
      type: 'UInt64',
      description: "The new process's RLIMIT_MEMLOCK in bytes (default: the old one).",
    }),
  }),
});
const IoasChangeProcessPayload = payloadType(
  'IoasChangeProcessPayload',
  'Result of ioasChangeProcess.',
  (t) => ({
    context: t.field({ type: ContextRef, nullable: true, description: 'The context.' }),
  }),
);

defineMutation('memfdCreate', {
  description: "memfd_create + ftruncate (+ F_ADD_SEALS) in the context's process.",
  input: MemfdCreateInput,
  payload: MemfdCreatePayload,
  resolve: (input, ctx) => ({
    memfd: contextById(ctx.fleet, input.contextId, 'contextId').memfdCreate(
      input.size,
      input.sealed ?? false,
    ),
  }),
});

defineMutation('ioasMapFile', {
  description: 'IOMMU_IOAS_MAP_FILE: map a range of a memfd.',
  input: IoasMapFileInput,
  payload: IoasMapFilePayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
    const iova = ictx.ioasMapFile(objectId, {
      iova: input.iova ?? undefined,
      fd: input.fd,
      start: input.start,
      length: input.length,
      readable: input.readable ?? true,
      writable: input.writable ?? true,
    });
    return { iova, ioas: objectOf(ictx, objectId, Ioas) };
  },
});

defineMutation('ioasChangeProcess', {
  description:
    'IOMMU_IOAS_CHANGE_PROCESS: charge every pinned page to a new process; only file mappings may exist.',
  input: IoasChangeProcessInput,
  payload: IoasChangeProcessPayload,
  resolve: (input, ctx) => {
    const ictx = contextById(ctx.fleet, input.contextId, 'contextId');
    ictx.ioasChangeProcess(input.memlockLimit ?? undefined);
    return { context: ictx };
  },
});

const DmabufGetInput = builder.inputType('DmabufGetInput', {
  description: 'IOMMU_TEST_OP_DMABUF_GET.',
  fields: (t) => ({
    contextId: t.id(id('The context whose process gets the fd.')),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
  }),
});
const DmabufGetPayload = payloadType('DmabufGetPayload', 'Result of dmabufGet.', (t) => ({
  fd: t.int({ nullable: true, description: 'The dmabuf fd, for ioasMapFile.' }),
}));
const DmabufRevokeInput = builder.inputType('DmabufRevokeInput', {
  description: 'IOMMU_TEST_OP_DMABUF_REVOKE.',
  fields: (t) => ({
    contextId: t.id(id('The context whose process holds the fd.')),
    fd: t.int({ required: true, description: 'A dmabuf fd.' }),
    revoked: t.boolean({ required: true, description: 'Revoke (true) or restore (false).' }),
  }),
});
const DmabufRevokePayload = payloadType('DmabufRevokePayload', 'Result of dmabufRevoke.', (t) => ({
  fd: t.int({ nullable: true, description: 'The dmabuf fd.' }),
}));

defineMutation('dmabufGet', {
  description: 'Emulator test operation (IOMMU_TEST_OP_DMABUF_GET): a dmabuf the selftest mock exports.',
  input: DmabufGetInput,
  payload: DmabufGetPayload,
  resolve: (input, ctx) => ({
    fd: dmabufGet(contextById(ctx.fleet, input.contextId, 'contextId'), input.length),
  }),
});

defineMutation('dmabufRevoke', {
  description:
    'Emulator test operation (IOMMU_TEST_OP_DMABUF_REVOKE): revoke or restore a mock dmabuf; DMA to a revoked one faults.',
  input: DmabufRevokeInput,
  payload: DmabufRevokePayload,
  resolve: (input, ctx) => {
    dmabufRevoke(contextById(ctx.fleet, input.contextId, 'contextId'), input.fd, input.revoked);
    return { fd: input.fd };
  },
});
