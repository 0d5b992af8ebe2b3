// Types every domain shares: UInt64, errno names, user errors, IOVA ranges.

import type { UserError } from '../adapters/payload.ts';
import { ERRNOS } from '../hw-model/errors.ts';
import { builder } from './builder.ts';
import { UInt64Scalar } from './scalars.ts';

builder.addScalarType('UInt64', UInt64Scalar);

export const ErrnoEnum = builder.enumType('Errno', {
  description: "Linux errno names, as the kernel's iommufd/VFIO code would return them for the same mistake.",
  values: ERRNOS,
});

export const UserErrorRef = builder.objectRef<UserError>('UserError').implement({
  description: 'A mistake in the input, reported as the kernel would report it.',
  fields: (t) => ({
    code: t.field({
      type: ErrnoEnum,
      description: 'The errno the kernel returns for this mistake.',
      resolve: (e) => e.code,
    }),
    message: t.exposeString('message', { description: 'What was wrong, in words.' }),
    field: t.exposeStringList('field', {
      nullable: true,
      description: 'Path to the input field at fault, e.g. ["input", "iova"].',
    }),
  }),
});

export interface IovaRangeShape {
  start: bigint;
  last: bigint;
}

export const IovaRangeRef = builder.objectRef<IovaRangeShape>('IovaRange').implement({
  description: 'An inclusive range [start, last], as iommufd reports IOVA ranges.',
  fields: (t) => ({
    start: t.expose('start', { type: 'UInt64', description: 'First address of the range.' }),
    last: t.expose('last', { type: 'UInt64', description: 'Last address of the range (inclusive).' }),
  }),
});

export const IovaRangeInput = builder.inputType('IovaRangeInput', {
  description: 'An inclusive IOVA range [start, last].',
  fields: (t) => ({
    start: t.field({ type: 'UInt64', required: true, description: 'First address of the range.' }),
    last: t.field({ type: 'UInt64', required: true, description: 'Last address of the range (inclusive).' }),
  }),
});

/** Every mutation payload ends with this field. */
export const userErrorsField = {
  type: [UserErrorRef] as [typeof UserErrorRef],
  description: 'What went wrong; empty on success.',
};
