// Access objects (iommufd_access) as the selftest mock drives them: the Access node and the test-op
// mutations accessCreate, accessReplaceIoas, accessPinPages and accessUnpinPages (IOMMU_TEST_OP_*).
import { objectIdIn, objectOf, objectRefById } from '../../adapters/iommufd-keys.ts';
import { Access } from '../../hw-model/iommufd/index.ts';
import {
  mockAccessDriver,
  testAccessPages,
  testAccessReplaceIoas,
  testCreateAccess,
  testDestroyAccessPages,
} from '../../hw-model/selftest/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { IoasRef } from '../refs.ts';
import { objectNode } from './context.ts';

export const AccessRef = builder.objectRef<Access>('Access');

const AccessPinRef = builder.simpleObject('AccessPin', {
  description: 'One ACCESS_PAGES item: IOVA pages the access holds pinned.',
  fields: (t) => ({
    itemId: t.int({ description: "The mock driver's item ID (DESTROY_ACCESS_PAGES takes it)." }),
    iova: t.field({ type: 'UInt64', description: 'First IOVA.' }),
    length: t.field({ type: 'UInt64', description: 'Bytes.' }),
  }),
});

builder.node(AccessRef, {
  ...objectNode(Access),
  description:
    'IOMMUFD_OBJ_ACCESS: an in-kernel user of an IOAS that pins pages by IOVA (IOMMU_TEST_OP_CREATE_ACCESS).',
  fields: (t) => ({
    ioas: t.field({
      type: IoasRef,
      nullable: true,
      description: 'The IOAS it uses.',
      resolve: (a) => a.ioas,
    }),
    pins: t.field({
      type: [AccessPinRef],
      description: 'Items it holds pinned, by item ID.',
      resolve: (a) =>
        [...mockAccessDriver(a).items].map(([itemId, pin]) => ({
          itemId,
          iova: pin.iova,
          length: pin.length,
        })),
    }),
  }),
});

const id = (description: string) => ({ required: true, description }) as const;

const AccessCreateInput = builder.inputType('AccessCreateInput', {
  description: 'Emulator test operation (IOMMU_TEST_OP_CREATE_ACCESS).',
  fields: (t) => ({
    ioasId: t.id(id('The IOAS.')),
    ignoresUnmap: t.boolean({
      description:
        'Emulator-only: its unmap callback unpins nothing, so unmaps of what it pins end in EDEADLK.',
    }),
  }),
});
const AccessPayload = (name: string, description: string) =>
  payloadType(name, description, (t) => ({
    access: t.field({ type: AccessRef, nullable: true, description: 'The access.' }),
  }));
const AccessCreatePayload = AccessPayload('AccessCreatePayload', 'Result of accessCreate.');

const AccessReplaceIoasInput = builder.inputType('AccessReplaceIoasInput', {
  description: 'Emulator test operation (IOMMU_TEST_OP_ACCESS_REPLACE_IOAS).',
  fields: (t) => ({ accessId: t.id(id('The access.')), ioasId: t.id(id('The new IOAS.')) }),
});
const AccessReplaceIoasPayload = AccessPayload('AccessReplaceIoasPayload', 'Result of accessReplaceIoas.');

const AccessPinPagesInput = builder.inputType('AccessPinPagesInput', {
  description: 'Emulator test operation (IOMMU_TEST_OP_ACCESS_PAGES): iommufd_access_pin_pages.',
  fields: (t) => ({
    accessId: t.id(id('The access.')),
    iova: t.field({ type: 'UInt64', required: true, description: 'First IOVA.' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
    write: t.boolean({ description: 'IOMMUFD_ACCESS_RW_WRITE (MOCK_FLAGS_ACCESS_WRITE): pin for writing.' }),
  }),
});
const AccessPinPagesPayload = payloadType('AccessPinPagesPayload', 'Result of accessPinPages.', (t) => ({
  itemId: t.int({ nullable: true, description: 'The item ID (out_access_pages_id).' }),
  access: t.field({ type: AccessRef, nullable: true, description: 'The access.' }),
}));

const AccessUnpinPagesInput = builder.inputType('AccessUnpinPagesInput', {
  description: 'Emulator test operation (IOMMU_TEST_OP_DESTROY_ACCESS_PAGES): iommufd_access_unpin_pages.',
  fields: (t) => ({
    accessId: t.id(id('The access.')),
    itemId: t.int({ required: true, description: 'The item ID from accessPinPages.' }),
  }),
});
const AccessUnpinPagesPayload = AccessPayload('AccessUnpinPagesPayload', 'Result of accessUnpinPages.');

defineMutation('accessCreate', {
  description: 'Emulator test operation (IOMMU_TEST_OP_CREATE_ACCESS): an access object on an IOAS.',
  input: AccessCreateInput,
  payload: AccessCreatePayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
    return { access: testCreateAccess(ictx, objectId, { ignoresUnmap: input.ignoresUnmap ?? false }) };
  },
});

defineMutation('accessReplaceIoas', {
  description: 'Emulator test operation (IOMMU_TEST_OP_ACCESS_REPLACE_IOAS).',
  input: AccessReplaceIoasInput,
  payload: AccessReplaceIoasPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.accessId, 'accessId');
    const ioasId = objectIdIn(ctx.fleet, ictx, input.ioasId, 'ioasId');
    return { access: testAccessReplaceIoas(ictx, objectId, ioasId) };
  },
});

defineMutation('accessPinPages', {
  description: 'Emulator test operation (IOMMU_TEST_OP_ACCESS_PAGES): pin IOVA pages through an access.',
  input: AccessPinPagesInput,
  payload: AccessPinPagesPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.accessId, 'accessId');
    const itemId = testAccessPages(ictx, objectId, input.iova, input.length, input.write ?? false);
    return { itemId, access: objectOf(ictx, objectId, Access) };
  },
});

defineMutation('accessUnpinPages', {
  description: 'Emulator test operation (IOMMU_TEST_OP_DESTROY_ACCESS_PAGES): unpin one item.',
  input: AccessUnpinPagesInput,
  payload: AccessUnpinPagesPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.accessId, 'accessId');
    testDestroyAccessPages(ictx, objectId, input.itemId);
    return { access: objectOf(ictx, objectId, Access) };
  },
});
