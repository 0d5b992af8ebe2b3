// Shortcuts for iommufd GraphQL tests: open a context, bind devices, and fail loudly on unexpected userErrors.
import { expect } from 'vitest';
import {
  ContextOpenDocument,
  DeviceAttachDocument,
  DeviceBindDocument,
  DeviceIdsDocument,
  FaultQueueAllocDocument,
  HwptAllocDocument,
  IoasAllocDocument,
  IoasMapDocument,
} from '../gql/graphql.ts';
import type { TestClient } from './client.ts';

interface WithErrors {
  userErrors: { code: string; message: string }[];
}

/** The payload, after checking it carries no userErrors. */
export function ok<T extends WithErrors>(payload: T): T {
  expect(payload.userErrors, JSON.stringify(payload.userErrors)).toEqual([]);
  return payload;
}

/** The one userError's code of a failed mutation. */
export function errno(payload: WithErrors): string | undefined {
  return payload.userErrors[0]?.code;
}

export async function deviceIds(client: TestClient, host: string): Promise<Map<string, string>> {
  const data = await client.data(DeviceIdsDocument, { host });
  return new Map(data.host!.devices.edges.map((e) => [e.node.bdf, e.node.id]));
}

export async function openContext(client: TestClient, host: string) {
  const data = await client.data(DeviceIdsDocument, { host });
  const opened = ok(
    (await client.data(ContextOpenDocument, { input: { hostId: data.host!.id } })).contextOpen,
  );
  return opened.context!.id;
}

export async function bind(client: TestClient, contextId: string, deviceId: string) {
  const payload = ok((await client.data(DeviceBindDocument, { input: { contextId, deviceId } })).deviceBind);
  return payload.boundDevice!.id;
}

export async function allocIoas(client: TestClient, contextId: string) {
  return ok((await client.data(IoasAllocDocument, { input: { contextId } })).ioasAlloc).ioas!.id;
}

export async function map(
  client: TestClient,
  ioasId: string,
  input: { iova?: string; length: string; userVa: string; readable?: boolean; writable?: boolean },
) {
  return (await client.data(IoasMapDocument, { input: { ioasId, ...input } })).ioasMap;
}

export async function attach(client: TestClient, boundDeviceId: string, ptId: string) {
  return (await client.data(DeviceAttachDocument, { input: { boundDeviceId, ptId } })).deviceAttach;
}

/** `bdf` of `host` bound in a new context and attached to a paging HWPT whose page requests go to a new FAULT. */
export async function faultQueueSetup(client: TestClient, host: string, bdf: string) {
  const deviceId = (await deviceIds(client, host)).get(bdf)!;
  const ctx = await openContext(client, host);
  const ioas = await allocIoas(client, ctx);
  const dev = await bind(client, ctx, deviceId);
  const queue = ok(
    (await client.data(FaultQueueAllocDocument, { input: { contextId: ctx } })).faultQueueAlloc,
  ).faultQueue!;
  const hwpt = ok(
    (
      await client.data(HwptAllocDocument, {
        input: { boundDeviceId: dev, ptId: ioas, faultQueueId: queue.id },
      })
    ).hwptAlloc,
  ).hwpt!;
  ok(await attach(client, dev, hwpt.id));
  return { deviceId, ctx, ioas, dev, queue, hwpt };
}
