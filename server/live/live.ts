// The server's open subscriptions, over both transports: the global cap, and the multiplexer that lets
// subscribers of one operation share its execution.
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { createGraphQLError, isAsyncIterable } from 'graphql-yoga';
import type { GraphQLContext } from '../../adapters/context.ts';
import { createLoaders } from '../../adapters/loaders.ts';
import type { LiveLimits } from './limits.ts';
import { type Member, Multiplexer } from './multiplexer.ts';

export interface Operation {
  query: string;
  operationName: string | undefined;
  variables: unknown;
}

export interface Prepared {
  args: ExecutionArgs;
  subscribe: (args: ExecutionArgs) => unknown;
}

export function tooManySubscriptions(where: string, limit: number) {
  return createGraphQLError(`too many open subscriptions ${where} (at most ${limit})`, {
    extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
  });
}

export class LiveSubscriptions {
  readonly multiplexer = new Multiplexer();
  /** Admitted and not yet ended, both transports. */
  open = 0;

  constructor(readonly limits: LiveLimits) {}

  /** Takes a place under the global cap, or says why there is none. Every admit is ended by one release. */
  admit() {
    if (this.open >= this.limits.global) return tooManySubscriptions('on this server', this.limits.global);
    this.open++;
    return null;
  }

  release(): void {
    this.open--;
  }

  /**
   * Joins an admitted member to its operation's group; `prepare` builds the execution arguments only when the
   * group has to start. The place is released when the member leaves, or at once if the start failed.
   */
  async join(
    op: Operation,
    prepare: () => Promise<Prepared>,
    member: Member,
  ): Promise<{ leave: () => void } | { result: ExecutionResult }> {
    const key = JSON.stringify([op.query, op.operationName ?? null, op.variables ?? null]);
    const joined = await this.multiplexer.join(
      key,
      async () => {
        const { args, subscribe } = await prepare();
        const result = (await subscribe(args)) as AsyncIterable<ExecutionResult> | ExecutionResult;
        if (!isAsyncIterable(result)) return { result };
        const context = args.contextValue as GraphQLContext;
        // One context serves every event of the group: each event gets fresh per-request caches.
        return { stream: result, afterEach: () => (context.loaders = createLoaders()) };
      },
      member,
    );
    if ('result' in joined) {
      this.release();
      return joined;
    }
    let released = false;
    return {
      leave: () => {
        joined.leave();
        if (!released) this.release();
        released = true;
      },
    };
  }
}
