// The one way a mutation is defined: an `input` argument of its input type, a payload of its result
// fields plus `userErrors`, and a resolver that only calls the model. A model error (IommufdError)
// becomes userErrors through adapters' settle(), where model argument names map to input paths.
import type { FieldMap, GenericFieldRef, NullableToOptional, ObjectRef } from '@pothos/core';
import type { GraphQLContext } from '../adapters/context.ts';
import { type Outcome, type Payload, settle } from '../adapters/payload.ts';
import { builder } from './builder.ts';
import { userErrorsField } from './common.ts';

type Types = typeof builder.$inferSchemaTypes;
/** The result shape a payload's fields describe (as the simple-objects plugin infers it). */
type ShapeOf<Fields extends FieldMap> = NullableToOptional<{
  [K in keyof Fields]: Fields[K] extends GenericFieldRef<infer T> ? T : never;
}>;

/** A payload type: `fields` plus userErrors. Mutations with the same result share one. */
export function payloadType<Fields extends FieldMap>(
  name: string,
  description: string,
  fields: (t: PothosSchemaTypes.RootFieldBuilder<Types, unknown, 'SimpleObject'>) => Fields,
): ObjectRef<Types, Payload<ShapeOf<Fields>>> {
  return builder.simpleObject(name, {
    description,
    fields: (t) => ({ ...fields(t), userErrors: t.field(userErrorsField) }),
  }) as never;
}

export interface MutationOptions<Input, Shape extends object> {
  description: string;
  input: PothosSchemaTypes.InputObjectRef<Types, Input>;
  payload: ObjectRef<Types, Payload<Shape>>;
  /** Calls the model; throwing an IommufdError is how a mutation reports a mistake. */
  resolve: (input: Input, ctx: GraphQLContext) => Outcome<Shape> | Promise<Outcome<Shape>>;
  /** Result fields a payload still carries when the call failed before the model ran (entriesHandled: 0). */
  onError?: Partial<Shape>;
}

/** Registers `name` on Mutation. */
export function defineMutation<Input, Shape extends object>(
  name: string,
  options: MutationOptions<Input, Shape>,
) {
  builder.mutationField(name, (t) =>
    t.field({
      type: options.payload,
      description: options.description,
      args: { input: t.arg({ type: options.input, required: true }) },
      resolve: (_root, args, ctx) => {
        const { input } = args as unknown as { input: Input };
        return settle(() => options.resolve(input, ctx), options.onError, args) as never;
      },
    }),
  );
}
