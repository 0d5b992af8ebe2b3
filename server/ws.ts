// graphql-ws on the same port and path as HTTP. Every operation goes through Yoga's envelop (getEnveloped), so the
// plugins that guard HTTP (query limits, error masking) guard WebSocket too. Subscriptions join the server's
// multiplexer (shared with SSE) and read through a bounded WsMember; connections and the server have caps.
import type { Server } from 'node:http';
import { type ExecutionArgs, type GraphQLError, getOperationAST } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { tooManySubscriptions } from './live/live.ts';
import { WsMember } from './live/ws-member.ts';
import type { YogaServer } from './yoga.ts';

/** Largest message a client may send: a query with its variables, not bulk data. */
export const WS_MAX_PAYLOAD = 1024 * 1024;

interface Enveloped {
  execute: (args: ExecutionArgs) => unknown;
  subscribe: (args: ExecutionArgs) => unknown;
}

/** What the subscribe hook needs to know about an operation beyond its arguments. */
interface Origin {
  enveloped: Enveloped;
  socket: WebSocket;
  id: string;
  query: string;
  variables: unknown;
}

export function attachWebSocket(server: Server, yoga: YogaServer) {
  const { live } = yoga;
  const wss = new WebSocketServer({
    server,
    path: yoga.graphqlEndpoint,
    maxPayload: WS_MAX_PAYLOAD,
    verifyClient: yoga.verifyWebSocketOrigin,
  });
  const origins = new WeakMap<ExecutionArgs, Origin>();

  /** A subscription: a member of its operation's group, read by graphql-ws through its bounded queue. */
  async function subscribe(args: ExecutionArgs) {
    const origin = origins.get(args) as Origin;
    const refusal = live.admit();
    if (refusal) return { errors: [refusal] };
    const member = new WsMember(origin.socket, origin.id, live.limits);
    const operation = {
      query: origin.query,
      operationName: args.operationName ?? undefined,
      variables: origin.variables,
    };
    const prepare = async () => ({ args, subscribe: origin.enveloped.subscribe });
    const joined = await live.join(operation, prepare, member);
    if ('result' in joined) return joined.result;
    member.leave = joined.leave;
    return member.queue;
  }

  const disposable = useServer(
    {
      execute: (args) => origins.get(args)?.enveloped.execute(args) as never,
      subscribe: (args) => subscribe(args) as never,
      onSubscribe: async (ctx, id, params) => {
        // graphql-ws has already entered this operation in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > live.limits.perConnection)
          return [tooManySubscriptions('on this connection', live.limits.perConnection)];
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...ctx,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params,
        });
        try {
          const args: ExecutionArgs = {
            schema,
            operationName: params.operationName,
            document: parse(params.query),
            variableValues: params.variables,
            contextValue: await contextFactory(),
          };
          const errors = validate(args.schema, args.document);
          if (errors.length) return errors;
          const isSubscription =
            getOperationAST(args.document, args.operationName)?.operation === 'subscription';
          if (isSubscription && live.open >= live.limits.global)
            return [tooManySubscriptions('on this server', live.limits.global)];
          origins.set(args, {
            enveloped: { execute, subscribe },
            socket: ctx.extra.socket,
            id,
            query: params.query,
            variables: params.variables ?? null,
          });
          return args;
        } catch (error) {
          // Query limits reject by throwing from parse/validate: answer with the error, keep the socket.
          return [error as GraphQLError];
        }
      },
    },
    wss,
  );
  return {
    wss,
    async close() {
      // Going away; a peer that stopped reading never answers the close handshake, so do not wait for it.
      for (const client of wss.clients) {
        client.close(1001, 'Going away');
        setTimeout(() => client.terminate(), 1000).unref();
      }
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
