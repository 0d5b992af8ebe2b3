// Work a request asks for that the static limits cannot see, because it sits in variables: the items of every
// list argument (translateBatch's IOVAs shared by 50 aliases are 50 lists), and page sizes passed as `$first`
// (graphql-armor's cost rule multiplies by literal `first` only). Checked before executing; refused whole.

import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLError,
  getOperationAST,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  ValidationContext,
  type ValueNode,
  visit,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { MAX_LIST_ITEMS_PER_REQUEST, QUERY_TOO_COMPLEX, queryLimits } from './limits.ts';

type Variables = Record<string, unknown> | null | undefined;

function itemsInJson(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + itemsInJson(v), value.length);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((n: number, v) => n + itemsInJson(v), 0);
  return 0;
}

function itemsInValue(node: ValueNode, variables: Variables): number {
  switch (node.kind) {
    case Kind.LIST:
      return node.values.reduce((n, v) => n + itemsInValue(v, variables), node.values.length);
    case Kind.OBJECT:
      return node.fields.reduce((n, f) => n + itemsInValue(f.value, variables), 0);
    case Kind.VARIABLE:
      return itemsInJson(variables?.[node.name.value]);
    default:
      return 0;
  }
}

/** List items in the arguments of every field the operation would resolve, each fragment counted per use. */
export function countListItems(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
) {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Validation has refused fragment cycles already; the depth guard only keeps a bad document from recursing.
  const walk = (set: SelectionSetNode, depth: number): number => {
    if (depth > 64) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const arg of selection.arguments ?? []) total += itemsInValue(arg.value, variables);
        if (selection.selectionSet) total += walk(selection.selectionSet, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += walk(selection.selectionSet, depth + 1);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) total += walk(fragment.selectionSet, depth + 1);
      }
    }
    return total;
  };
  return walk(operation.selectionSet, 0);
}

/** The document with `first`/`last` variables written in as literals, so the cost rule sees the page sizes. */
function withPageSizesInlined(document: DocumentNode, variables: Variables): DocumentNode {
  return visit(document, {
    Argument(node) {
      if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE)
        return;
      const value = variables?.[node.value.name.value];
      if (typeof value !== 'number' || !Number.isInteger(value)) return;
      return { ...node, value: { kind: Kind.INT, value: String(value) } };
    },
  });
}

const tooComplex = (message: string, limit: string) =>
  createGraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, limit } });

/** Why the request is over budget, or null when it may run. */
export function overBudget(args: ExecutionArgs): GraphQLError | null {
  const variables = args.variableValues as Variables;
  const items = countListItems(args.document, args.operationName, variables);
  if (items > MAX_LIST_ITEMS_PER_REQUEST) {
    return tooComplex(
      `the request's list arguments hold ${items} items; at most ${MAX_LIST_ITEMS_PER_REQUEST} per request, across all fields and aliases`,
      'listItems',
    );
  }
  if (!variables || Object.keys(variables).length === 0) return null;
  // The rule alone, not validate(): under test runners the schema may come from another copy of graphql.
  const document = withPageSizesInlined(args.document, variables);
  try {
    const context = new ValidationContext(args.schema, document, new TypeInfo(args.schema), () => {});
    visit(document, costLimitRule(queryLimits.costLimit)(context));
    return null;
  } catch (error) {
    return tooComplex((error as Error).message.replace(/^Syntax Error: /, ''), 'cost');
  }
}

export function useRequestBudget(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = overBudget(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = overBudget(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
}
