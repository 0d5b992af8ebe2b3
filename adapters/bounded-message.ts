// No error message echoes unbounded input (a 100 KB ID, a whole request body): every message is cut here.
export const MAX_ERROR_MESSAGE = 1000;

export function truncate(message: string): string {
  return message.length <= MAX_ERROR_MESSAGE ? message : `${message.slice(0, MAX_ERROR_MESSAGE - 1)}…`;
}
