// The model names objects as the kernel does, by context-local numbers ("no IOAS with ID 5"); the client sent
// global IDs, and an ID of another context reaches the model as 0. A userError's message therefore also names
// the global ID the client sent at the field at fault, so a client can tell which of its IDs was wrong.
import { decodeGlobalID } from '@pothos/plugin-relay';

/** How much of a sent ID a message quotes (a 100 KB ID is not echoed back). */
const MAX_QUOTED_ID = 120;

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Whether `value` decodes as a Relay global ID ("Typename:key"), not a number such as a virtId "0x10". */
function isGlobalId(value: string): boolean {
  try {
    const { typename, id } = decodeGlobalID(value);
    return /^[A-Z][A-Za-z0-9]*$/.test(typename) && id.length > 0;
  } catch {
    return false;
  }
}

function quoted(id: string): string {
  return JSON.stringify(id.length <= MAX_QUOTED_ID ? id : `${id.slice(0, MAX_QUOTED_ID)}…`);
}

/** `message`, followed by the global ID the client sent at `path` (["input", "ioasId"]) when it sent one there. */
export function namingSentId(message: string, path: readonly string[] | null, args: unknown): string {
  if (!path) return message;
  const sent = valueAt(args, path);
  if (typeof sent !== 'string' || message.includes(sent) || !isGlobalId(sent)) return message;
  return `${message} (${path.slice(1).join('.')} ${quoted(sent)})`;
}
