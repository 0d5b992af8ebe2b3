// IOMMU_OPTION (iommufd_option, main.c): one ioctl that gets or sets a global option (object_id 0,
// RLIMIT_MODE) or a per-object one (an IOAS's HUGE_PAGES, iommufd_ioas_option in ioas.c). Numbers are
// the uAPI's (enum iommufd_option, enum iommufd_option_ops) so that unknown ones reach the kernel's checks.
import { fail } from '../errors.ts';
import type { Context } from './context.ts';

export const IOMMU_OPTION_RLIMIT_MODE = 0;
export const IOMMU_OPTION_HUGE_PAGES = 1;
export const IOMMU_OPTION_OP_SET = 0;
export const IOMMU_OPTION_OP_GET = 1;

/** How pinned pages are charged (enum iopt_pages_account_mode): to the user's locked_vm or the process's pinned_vm. */
export type AccountMode = 'USER' | 'MM';

export interface OptionArgs {
  optionId: number;
  op: number;
  /** 0 for the global options. */
  objectId: number;
  /** SET's value; ignored by GET. */
  val64: bigint;
  /** struct iommu_option's __reserved; anything but 0 is EOPNOTSUPP. */
  reserved?: number;
}

/** IOMMU_OPTION: returns val64 as the kernel copies it back (the value read by GET, the value given to SET). */
export function iommuOption(ictx: Context, args: OptionArgs): bigint {
  if (args.reserved) fail('EOPNOTSUPP', '__reserved must be 0', 'reserved');
  switch (args.optionId) {
    case IOMMU_OPTION_RLIMIT_MODE:
      return rlimitMode(ictx, args);
    case IOMMU_OPTION_HUGE_PAGES:
      return ioasHugePages(ictx, args, 'objectId');
    default:
      return fail('EOPNOTSUPP', `unknown option ${args.optionId}`, 'optionId');
  }
}

/**
 * iommufd_option_rlimit_mode: GET is 1 for per-process (MM) accounting; SET needs CAP_SYS_RESOURCE (EPERM)
 * and an empty object table (EBUSY: accounting cannot change under pinned pages), then a value of 0 or 1 (EINVAL).
 */
function rlimitMode(ictx: Context, args: OptionArgs): bigint {
  if (args.objectId !== 0)
    fail('EOPNOTSUPP', 'RLIMIT_MODE is a global option: objectId must be 0', 'objectId');
  if (args.op === IOMMU_OPTION_OP_GET) return ictx.accountMode === 'MM' ? 1n : 0n;
  if (args.op !== IOMMU_OPTION_OP_SET) fail('EOPNOTSUPP', `unknown option op ${args.op}`, 'op');
  if (!ictx.capSysResource) fail('EPERM', 'setting RLIMIT_MODE needs CAP_SYS_RESOURCE', 'op');
  // xa_empty(&ictx->objects): IDs being created and tombstones count too.
  if (!ictx.objectTableEmpty()) fail('EBUSY', 'the context has objects', 'objectId');
  if (args.val64 === 0n) ictx.accountMode = 'USER';
  else if (args.val64 === 1n) ictx.accountMode = 'MM';
  else fail('EINVAL', `RLIMIT_MODE is 0 or 1, not ${args.val64}`, 'val64');
  return args.val64;
}

/** iommufd_ioas_option: the IOAS lookup (ENOENT, also for object 0) comes before the op is looked at. */
export function ioasHugePages(ictx: Context, args: OptionArgs, field: string): bigint {
  const ioas = ictx.lookup(args.objectId, 'IOAS', field);
  if (args.op === IOMMU_OPTION_OP_GET) return ioas.hugePages ? 1n : 0n;
  if (args.op !== IOMMU_OPTION_OP_SET) fail('EOPNOTSUPP', `unknown option op ${args.op}`, 'op');
  // iommufd_ioas_option_huge_pages: 0 disables (iopt_disable_large_pages), 1 enables.
  if (args.val64 !== 0n && args.val64 !== 1n)
    fail('EINVAL', `HUGE_PAGES is 0 or 1, not ${args.val64}`, 'val64');
  ioas.iopt.setHugePages(args.val64 === 1n);
  return args.val64;
}
