// One error type for the whole model: an errno as Linux spells it, a message, and the input field at fault.
export const ERRNOS = [
  'EPERM',
  'ENOENT',
  'EIO',
  'ENXIO',
  'E2BIG',
  'EBADF',
  'ENOMEM',
  'EFAULT',
  'EBUSY',
  'EEXIST',
  'ENODEV',
  'EINVAL',
  'ENOSPC',
  'ESPIPE',
  'ERANGE',
  'EDEADLK',
  'EMSGSIZE',
  'EOPNOTSUPP',
  'EADDRINUSE',
  'EOVERFLOW',
] as const;

export type Errno = (typeof ERRNOS)[number];

export class IommufdError extends Error {
  override readonly name = 'IommufdError';
  constructor(
    readonly errno: Errno,
    message: string,
    /** Input field at fault, e.g. 'iova' (the GraphQL edge prefixes it with 'input'). */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Throw an IommufdError; reads like the kernel's `return -EINVAL`. */
export function fail(errno: Errno, message: string, field?: string): never {
  throw new IommufdError(errno, message, field);
}
