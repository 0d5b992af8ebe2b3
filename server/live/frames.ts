// One serialization per event, shared by every subscriber of the same operation: the JSON of the result, and
// its SSE frame as bytes ready for any number of sockets.
import type { ExecutionResult, GraphQLError } from 'graphql';

export interface Frame {
  result: ExecutionResult;
  json: string;
  sse: Buffer;
}

/** A GraphQLError as the client sees it: Yoga's internal extensions (http, unexpected) left out. */
function publicError(error: GraphQLError) {
  const { http: _http, unexpected: _unexpected, ...extensions } = error.extensions ?? {};
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(Object.keys(extensions).length ? { extensions } : {}),
  };
}

export function toFrame(result: ExecutionResult): Frame {
  const shown = result.errors ? { ...result, errors: result.errors.map(publicError) } : result;
  const json = JSON.stringify(shown);
  return { result, json, sse: Buffer.from(`event: next\ndata: ${json}\n\n`) };
}

export const SSE_COMPLETE = Buffer.from('event: complete\ndata:\n\n');
export const SSE_PING = Buffer.from(':\n\n');
