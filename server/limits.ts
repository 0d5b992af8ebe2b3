// Every per-request bound the server enforces, in one place (the README's conventions section lists them).

/** graphql-armor's static limits; __typename aliases count like any other (allowList empty). */
export const queryLimits = {
  maxDepth: { n: 16 },
  maxAliases: { n: 50, allowList: [] },
  maxTokens: { n: 5000 },
  maxDirectives: { n: 50 },
  // A 1000-item page of a connection four levels down costs ~85,000 (armor compounds 1.5 per level);
  // pages nested in pages (hosts × devices) cost millions and are refused.
  costLimit: { maxCost: 200_000 },
};

/**
 * List items one request may pass in its arguments, summed over every field, alias and fragment use, literals
 * and variables alike (translateBatch IOVAs, nodes ids, invalidation entries, ...). Sized so the heaviest such
 * request (translateBatch at the cap) keeps the event loop free within ~100 ms.
 */
export const MAX_LIST_ITEMS_PER_REQUEST = 10_000;

/** An error message is cut at this many characters, so no error echoes unbounded input. */
export { MAX_ERROR_MESSAGE } from '../adapters/bounded-message.ts';

/** The code of every refusal for size or shape (depth, aliases, tokens, directives, cost, list items). */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
