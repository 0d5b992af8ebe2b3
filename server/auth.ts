// Optional bearer-token guard (API_TOKEN): when set, mutations need `Authorization: Bearer <token>` (HTTP header,
// or graphql-ws connectionParams.authorization). Queries and subscriptions only read, so they stay open.
// It is an envelop plugin, so HTTP and WebSocket operations pass through the same check.
import { getOperationAST } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The Authorization a client presented: the HTTP header, or what a graphql-ws client sent when it connected. */
export function presentedAuthorization(initial: {
  request?: Request;
  connectionParams?: Record<string, unknown> | undefined;
}): string | null {
  const header = initial.request?.headers.get('authorization');
  if (header) return header;
  const param = initial.connectionParams?.authorization;
  return typeof param === 'string' ? param : null;
}

export function useTokenAuth(token: string | undefined): Plugin<{ authorization?: string | null }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!token) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'mutation') return;
      if (args.contextValue.authorization === `Bearer ${token}`) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError('mutations need "Authorization: Bearer <API_TOKEN>"', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          }),
        ],
      });
    },
  };
}
