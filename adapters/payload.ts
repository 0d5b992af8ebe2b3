// Mutation payloads: run the model call, turn an IommufdError into userErrors (schema/mutation.ts's
// defineMutation is the only caller). No resolver catches errors itself.
import { type Errno, IommufdError } from '../hw-model/errors.ts';
import { truncate } from './bounded-message.ts';
import { inputPath as modelFieldToInputPath } from './field-paths.ts';
import { namingSentId } from './sent-ids.ts';

export interface UserError {
  code: Errno;
  message: string;
  field: string[] | null;
}

export type Payload<T> = Partial<T> & { userErrors: UserError[] };

/**
 * The one place a model argument name (IommufdError.field: 'devId', 'requests.2.cmd') becomes the path of
 * the mutation's input field at fault (field-paths.ts). Every mutation's userErrors go through it.
 */
export function inputPath(modelField: string | undefined): string[] | null {
  return modelField ? modelFieldToInputPath(modelField) : null;
}

/** `args` is the mutation's arguments ({ input }), so the message can name the global ID the client sent. */
export function toUserError(error: IommufdError, args?: unknown): UserError {
  const field = inputPath(error.field);
  return { code: error.errno, message: truncate(namingSentId(error.message, field, args)), field };
}

/**
 * What an ioctl that can stop part of the way gives back (IOAS_UNMAP across areas, HWPT_INVALIDATE
 * arrays): how far it got, and the error that stopped it, if any. The payload carries both.
 */
export class PartialResult<T extends object> {
  constructor(
    readonly fields: T,
    readonly error: IommufdError | null,
  ) {}
}

export type Outcome<T extends object> = T | PartialResult<T>;

function done<T extends object>(outcome: Outcome<T>, args: unknown): Payload<T> {
  if (!(outcome instanceof PartialResult)) return { ...outcome, userErrors: [] };
  return { ...outcome.fields, userErrors: outcome.error ? [toUserError(outcome.error, args)] : [] };
}

function failed<T extends object>(error: unknown, onError: Partial<T>, args: unknown): Payload<T> {
  if (error instanceof IommufdError) return { ...onError, userErrors: [toUserError(error, args)] };
  throw error;
}

/**
 * Runs `action` (sync or async); a model error becomes `{ ...onError, userErrors: [...] }`, anything else
 * is a server fault and propagates.
 */
export function settle<T extends object>(
  action: () => Outcome<T> | Promise<Outcome<T>>,
  onError: Partial<T> = {},
  args?: unknown,
): Payload<T> | Promise<Payload<T>> {
  try {
    const outcome = action();
    if (outcome instanceof Promise)
      return outcome.then(
        (value) => done(value, args),
        (error: unknown) => failed(error, onError, args),
      );
    return done(outcome, args);
  } catch (error) {
    return failed(error, onError, args);
  }
}
