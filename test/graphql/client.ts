// In-process GraphQL client for tests: typed documents from codegen, executed through yoga.fetch (no socket).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { createYogaServer, type YogaServer } from '../../server/yoga.ts';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export class TestClient {
  private readonly fetchFn: (url: string, init: RequestInit) => Promise<Response>;
  private readonly url: string;

  /** In-process through yoga.fetch by default; `overHttp` sends real requests to a listening server instead. */
  constructor(
    readonly yoga: YogaServer = createYogaServer({ fleet: createDefaultFleet() }),
    overHttp?: string,
  ) {
    this.fetchFn = overHttp
      ? (url, init) => fetch(url, init)
      : (url, init) => Promise.resolve(yoga.fetch(url, init));
    this.url = overHttp ?? 'http://test/graphql';
  }

  async request<T, V>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
  ): Promise<GraphQLResponse<T>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await this.fetchFn(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like request, but fails the test on any top-level error and returns data. */
  async data<T, V>(document: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V): Promise<T> {
    const result = await this.request(document, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    if (!result.data) throw new Error('GraphQL response without data');
    return result.data;
  }
}
