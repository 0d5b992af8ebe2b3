// Every top-level error leaves with an extensions.code and a message of bounded length, over HTTP and graphql-ws
// alike: parse, validate and execute are wrapped here (the ws server runs the same enveloped functions), and
// Yoga's own HTTP-level errors (a body that is not JSON) are rewritten as the result is processed.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { truncate } from '../adapters/bounded-message.ts';
import { QUERY_TOO_COMPLEX } from './limits.ts';

/** graphql-armor reports its limits as syntax errors; they are not, and the client should hear which limit. */
const ARMOR_LIMIT = /^Syntax Error: ((Token|Query depth|Aliases|Directives|Query Cost) limit .*)$/s;

interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
  locations?: readonly { line: number; column: number }[];
  path?: readonly (string | number)[];
  originalError?: Error | null;
  nodes?: GraphQLError['nodes'];
  source?: GraphQLError['source'];
  positions?: GraphQLError['positions'];
}

/** Yoga quotes a JSON parser's complaint (the whole body, for an unterminated string): keep it, bounded. */
function boundedEcho(echo: unknown): unknown {
  if (!echo || typeof echo !== 'object' || !('message' in echo)) return echo;
  const { name, message } = echo as { name?: string; message: string };
  return { name, message: truncate(String(message)) };
}

/** The error with a code (kept when it has one, else `fallback`) and a bounded message. */
export function honest(error: ErrorLike, fallback: string): GraphQLError {
  const limit = ARMOR_LIMIT.exec(error.message);
  const extensions = { ...error.extensions };
  if ('originalError' in extensions) extensions.originalError = boundedEcho(extensions.originalError);
  const code = limit ? QUERY_TOO_COMPLEX : ((extensions.code as string | undefined) ?? fallback);
  // originalError stays: Yoga's masking still decides what an unexpected error may show.
  const rewritten = createGraphQLError(truncate(limit ? limit[1]! : error.message), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: { ...extensions, code },
  });
  return rewritten;
}

const honestAll = (errors: readonly ErrorLike[] | undefined, fallback: string) =>
  errors?.map((e) => honest(e, fallback));

export function useHonestErrors(): Plugin {
  return {
    onParse:
      () =>
      ({ result, replaceParseResult }) => {
        if (result instanceof Error) replaceParseResult(honest(result, 'GRAPHQL_PARSE_FAILED'));
      },
    // graphql-armor's rules throw out of validate() rather than report: catch them here, where the graphql-ws
    // server (which calls the same enveloped validate) sees the coded error too.
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((...args) => {
        try {
          return honestAll(validateFn(...args), 'GRAPHQL_VALIDATION_FAILED') ?? [];
        } catch (error) {
          if (!(error instanceof Error) || !('extensions' in error)) throw error;
          return [honest(error as ErrorLike, 'GRAPHQL_VALIDATION_FAILED')];
        }
      });
    },
    // Execution errors without a code are bad arguments the schema's plugins reject (a malformed global ID or
    // cursor, a negative `first`, a variable that does not coerce): the client's mistake, not a server fault.
    onExecute: () => ({
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
          if (result.errors?.length)
            setResult({ ...result, errors: honestAll(result.errors, 'BAD_USER_INPUT') });
        }),
    }),
    onSubscribe: () => ({
      onSubscribeResult: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
          if (result.errors?.length)
            setResult({ ...result, errors: honestAll(result.errors, 'BAD_USER_INPUT') });
        }),
    }),
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) {
        setResult(result.map((r) => (r.errors ? { ...r, errors: honestAll(r.errors, 'BAD_REQUEST') } : r)));
      } else if (!(Symbol.asyncIterator in result) && result.errors) {
        setResult({ ...result, errors: honestAll(result.errors, 'BAD_REQUEST') });
      }
    },
  };
}
