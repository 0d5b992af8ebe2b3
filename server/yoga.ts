// The Yoga instance: schema, per-request context, query limits and error masking. Tests call yoga.fetch on it.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, type YogaServerOptions } from 'graphql-yoga';
import { IommufdError } from '../hw-model/errors.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import { createContext, type GraphQLContext } from '../resolvers/context.ts';
import { schema } from '../schema/index.ts';

/** Query limits (graphql-armor): generous enough for the README's nested inventory queries. */
export const queryLimits = {
  maxDepth: { n: 16 },
  maxAliases: { n: 50 },
  maxTokens: { n: 5000 },
  maxDirectives: { n: 50 },
  costLimit: { maxCost: 50_000 },
};

const armor = new EnvelopArmor(queryLimits);

/** A model error thrown from a query field is bad input, not a server fault: show it with its errno. */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof IommufdError) {
    return new GraphQLError(original.message, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'BAD_USER_INPUT', errno: original.errno, field: original.field ?? null },
    });
  }
  return defaultMaskError(error, message, isDev);
}

export interface YogaOptions {
  fleet: Fleet;
  logging?: YogaServerOptions<object, GraphQLContext>['logging'];
}

export function createYogaServer({ fleet, logging = false }: YogaOptions) {
  return createYoga<object, GraphQLContext>({
    schema,
    context: () => createContext(fleet),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    graphiql: { title: 'iommufd-graph' },
    landingPage: false,
    maskedErrors: { maskError },
    plugins: [...armor.protect().plugins],
    logging,
  });
}

export type YogaServer = ReturnType<typeof createYogaServer>;
