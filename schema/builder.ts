// The Pothos builder and its plugins; it holds no types (those live in one file per domain).
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { GraphQLContext } from '../adapters/context.ts';
import { fail } from '../hw-model/errors.ts';

/** nodes(ids:) resolves at most this many IDs (each is a lookup: the same bound as a connection page). */
export const MAX_NODES_IDS = 1000;

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    ID: { Input: string; Output: string };
    UInt64: { Input: bigint; Output: bigint };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin, SimpleObjectsPlugin],
  relay: {
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    clientMutationId: 'omit',
    nodesQueryOptions: {
      description: `The objects with these global IDs, in order (null for an ID that names nothing); at most ${MAX_NODES_IDS} IDs.`,
      resolve: (_root, args, _ctx, _info, resolveNodes) =>
        args.ids.length > MAX_NODES_IDS
          ? fail('E2BIG', `nodes takes at most ${MAX_NODES_IDS} IDs, got ${args.ids.length}`, 'ids')
          : resolveNodes(args.ids),
    },
  },
});

builder.queryType({ description: 'Inventory, iommufd objects and translation queries.' });
builder.mutationType({ description: 'Mutations named after the ioctls: object first, then the verb.' });
