// IOMMU_OPTION: the iommuOption mutation (global options with no objectId, per-object ones with one) and
// the Context's accountMode it sets.
import { contextById, objectIdIn } from '../../adapters/iommufd-keys.ts';
import {
  IOMMU_OPTION_HUGE_PAGES,
  IOMMU_OPTION_OP_GET,
  IOMMU_OPTION_OP_SET,
  IOMMU_OPTION_RLIMIT_MODE,
  MAX_OBJECT_ID,
} from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { ContextRef } from '../refs.ts';

const OptionIdEnum = builder.enumType('IommuOptionId', {
  description: 'enum iommufd_option.',
  values: {
    RLIMIT_MODE: {
      value: IOMMU_OPTION_RLIMIT_MODE,
      description:
        'Global (no objectId): 0 charges pinned pages per user, 1 per process. SET needs CAP_SYS_RESOURCE.',
    },
    HUGE_PAGES: {
      value: IOMMU_OPTION_HUGE_PAGES,
      description: 'Per IOAS: 1 allows pages larger than PAGE_SIZE (the default), 0 forbids them.',
    },
  } as const,
});

const OptionOpEnum = builder.enumType('IommuOptionOp', {
  description: 'enum iommufd_option_ops.',
  values: {
    SET: { value: IOMMU_OPTION_OP_SET, description: 'Set the option to val64.' },
    GET: { value: IOMMU_OPTION_OP_GET, description: 'Read the option into val64.' },
  } as const,
});

const AccountModeEnum = builder.enumType('AccountMode', {
  description: 'enum iopt_pages_account_mode: whose RLIMIT_MEMLOCK pinned pages are charged to.',
  values: {
    USER: { description: "The user's locked_vm (IOPT_PAGES_ACCOUNT_USER, the default)." },
    MM: { description: "The process's pinned_vm (IOPT_PAGES_ACCOUNT_MM)." },
  } as const,
});

builder.objectField(ContextRef, 'accountMode', (t) =>
  t.field({
    type: AccountModeEnum,
    description: 'How pinned pages are accounted (IOMMU_OPTION_RLIMIT_MODE).',
    resolve: (c) => c.accountMode,
  }),
);

const IommuOptionInput = builder.inputType('IommuOptionInput', {
  description: 'IOMMU_OPTION.',
  fields: (t) => ({
    contextId: t.id({ required: true, description: 'The context (the iommufd the ioctl is made on).' }),
    objectId: t.id({
      description: 'The object for a per-object option; omit for a global one (object_id 0).',
    }),
    option: t.field({ type: OptionIdEnum, required: true, description: 'Which option.' }),
    op: t.field({ type: OptionOpEnum, required: true, description: 'GET or SET.' }),
    val64: t.field({ type: 'UInt64', description: 'The value to SET (default 0); GET ignores it.' }),
  }),
});
const IommuOptionPayload = payloadType('IommuOptionPayload', 'Result of iommuOption.', (t) => ({
  val64: t.field({ type: 'UInt64', nullable: true, description: 'The value read (GET) or set (SET).' }),
  context: t.field({ type: ContextRef, nullable: true, description: 'The context.' }),
}));

/** An objectId of another context names nothing here: a nonzero ID no object has (ENOENT, or EOPNOTSUPP for a global option). */
const FOREIGN_OBJECT_ID = MAX_OBJECT_ID + 1;

defineMutation('iommuOption', {
  description: 'IOMMU_OPTION: get or set a global option or an option of one object.',
  input: IommuOptionInput,
  payload: IommuOptionPayload,
  resolve: (input, ctx) => {
    const ictx = contextById(ctx.fleet, input.contextId, 'contextId');
    const objectId = input.objectId
      ? objectIdIn(ctx.fleet, ictx, input.objectId, 'objectId') || FOREIGN_OBJECT_ID
      : 0;
    const val64 = ictx.option({ optionId: input.option, op: input.op, objectId, val64: input.val64 ?? 0n });
    return { val64, context: ictx };
  },
});
