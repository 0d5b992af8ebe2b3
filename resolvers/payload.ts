// Mutation payloads: run the model call, turn an IommufdError into userErrors. No resolver catches errors itself.
import { type Errno, IommufdError } from '../hw-model/errors.ts';
import { truncate } from './bounded-message.ts';
import { inputPath } from './field-paths.ts';

export interface UserError {
  code: Errno;
  message: string;
  field: string[] | null;
}

export type Payload<T> = Partial<T> & { userErrors: UserError[] };

export function toUserError(error: IommufdError): UserError {
  return {
    code: error.errno,
    message: truncate(error.message),
    field: error.field ? inputPath(error.field) : null,
  };
}

/** Runs `action`; a model error becomes `{ userErrors: [...] }`, anything else is a server fault and propagates. */
export function payload<T extends object>(action: () => T): Payload<T> {
  try {
    return { ...action(), userErrors: [] };
  } catch (error) {
    if (error instanceof IommufdError) return { userErrors: [toUserError(error)] } as Payload<T>;
    throw error;
  }
}

/** payload() for an action that awaits (a DMA waiting for its page requests to be answered). */
export async function payloadAsync<T extends object>(action: () => Promise<T>): Promise<Payload<T>> {
  try {
    return { ...(await action()), userErrors: [] };
  } catch (error) {
    if (error instanceof IommufdError) return { userErrors: [toUserError(error)] } as Payload<T>;
    throw error;
  }
}
