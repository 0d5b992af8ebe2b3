// Access objects through GraphQL on the selftest-mock host: the kernel selftest's access_pin,
// access_pin_unmap and access_domain_destory (tools/testing/selftests/iommu/iommufd.c, Linux 6.19), with every
// errno they assert, plus the pin checks of iommufd_access_pin_pages and the unmap notification's EDEADLK.
import { describe, expect, it } from 'vitest';
import { toHex as hex } from '../../hw-model/u64.ts';
import {
  AccessCreateDocument,
  AccessPinPagesDocument,
  AccessReplaceIoasDocument,
  AccessUnpinPagesDocument,
  ContextStateDocument,
  DeviceUnbindDocument,
  IoasUnmapDocument,
  ObjectDestroyDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, errno, map, ok, openContext } from './iommufd-helpers.ts';

const PAGE = 4096n;
const APERTURE_START = 1n << 24n;
const BUFFER = 0x7f12_3440_0000n;
const BUFFER_SIZE = 16n * PAGE;
const HUGEPAGE_SIZE = 2n << 20n;

async function setUp() {
  const client = new TestClient();
  const contextId = await openContext(client, 'mock-01');
  const ioas = await allocIoas(client, contextId);
  const devices = [...(await deviceIds(client, 'mock-01')).values()];
  return { client, contextId, ioas, devices };
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

async function createAccess(f: Fixture, ioasId = f.ioas, ignoresUnmap = false) {
  const input = { ioasId, ignoresUnmap };
  return (await f.client.data(AccessCreateDocument, { input })).accessCreate;
}
async function pin(f: Fixture, accessId: string, iova: bigint, length: bigint, write = false) {
  const input = { accessId, iova: hex(iova), length: hex(length), write };
  return (await f.client.data(AccessPinPagesDocument, { input })).accessPinPages;
}
async function unpin(f: Fixture, accessId: string, itemId: number) {
  return (await f.client.data(AccessUnpinPagesDocument, { input: { accessId, itemId } })).accessUnpinPages;
}
async function unmap(f: Fixture, iova: bigint, length: bigint) {
  const input = { ioasId: f.ioas, iova: hex(iova), length: hex(length) };
  return (await f.client.data(IoasUnmapDocument, { input })).ioasUnmap;
}
async function mapFixed(f: Fixture, userVa: bigint, length: bigint, iova: bigint, writable = true) {
  return ok(
    await map(f.client, f.ioas, { iova: hex(iova), length: hex(length), userVa: hex(userVa), writable }),
  );
}
async function pinnedPages(f: Fixture) {
  const node = (await f.client.data(ContextStateDocument, { id: f.contextId })).node;
  return node && 'pinnedPages' in node ? BigInt(node.pinnedPages) : -1n;
}
async function destroy(f: Fixture, id: string) {
  return (await f.client.data(ObjectDestroyDocument, { input: { id } })).objectDestroy;
}

describe('access objects (GraphQL, mock-01)', () => {
  it('C: iommufd_ioas.access_pin', async () => {
    const f = await setUp();
    const access = ok(await createAccess(f)).access!.id;
    for (let npages = 1n; npages < BUFFER_SIZE / PAGE; npages++) {
      const length = npages * PAGE;
      // Single map/unmap
      await mapFixed(f, BUFFER, BUFFER_SIZE, APERTURE_START);
      const single = ok(await pin(f, access, APERTURE_START, length)).itemId!;
      expect(await pinnedPages(f)).toBe(npages);
      ok(await unpin(f, access, single));
      expect(await pinnedPages(f)).toBe(0n);
      // Double user: the same pages count once.
      const first = ok(await pin(f, access, APERTURE_START, length)).itemId!;
      const second = ok(await pin(f, access, APERTURE_START, length));
      expect(second.access!.pins.map((p) => p.itemId)).toEqual([first, second.itemId]);
      expect(await pinnedPages(f)).toBe(npages);
      ok(await unpin(f, access, first));
      ok(await unpin(f, access, second.itemId!));
      // Add/remove a domain with a user
      const item = ok(await pin(f, access, APERTURE_START, length)).itemId!;
      const dev = await bind(f.client, f.contextId, f.devices[0]!);
      ok(await attach(f.client, dev, f.ioas));
      expect(await pinnedPages(f)).toBe(BUFFER_SIZE / PAGE);
      ok((await f.client.data(DeviceUnbindDocument, { input: { boundDeviceId: dev } })).deviceUnbind);
      ok(await unpin(f, access, item));
      expect(ok(await unmap(f, APERTURE_START, BUFFER_SIZE)).unmapped).toBe(hex(BUFFER_SIZE));
      expect(await pinnedPages(f)).toBe(0n);
    }
    ok(await destroy(f, access));
  });

  it('C: iommufd_ioas.access_pin_unmap', async () => {
    const f = await setUp();
    const access = ok(await createAccess(f)).access!.id;
    await mapFixed(f, BUFFER, BUFFER_SIZE, APERTURE_START);
    const item = ok(await pin(f, access, APERTURE_START, BUFFER_SIZE)).itemId!;
    // Trigger the unmap op: the mock unpins in its callback, so the unmap goes through.
    expect(ok(await unmap(f, APERTURE_START, BUFFER_SIZE)).unmapped).toBe(hex(BUFFER_SIZE));
    // The kernel removed the item for us.
    expect(errno(await unpin(f, access, item))).toBe('ENOENT');
    expect(await pinnedPages(f)).toBe(0n);
  });

  for (const domains of [0, 1]) {
    it(`C: iommufd_ioas.access_domain_destory (${domains} mock domain${domains === 1 ? '' : 's'})`, async () => {
      const f = await setUp();
      const dev = domains ? await bind(f.client, f.contextId, f.devices[0]!) : null;
      if (dev) ok(await attach(f.client, dev, f.ioas));
      await mapFixed(f, BUFFER, 2n * HUGEPAGE_SIZE, APERTURE_START);
      const access = ok(await createAccess(f)).access!.id;
      const item = ok(await pin(f, access, APERTURE_START + PAGE, PAGE)).itemId!;
      // The domain leaves while the access pins one page across a huge page: only that page stays pinned.
      if (dev)
        ok((await f.client.data(DeviceUnbindDocument, { input: { boundDeviceId: dev } })).deviceUnbind);
      expect(await pinnedPages(f)).toBe(1n);
      ok(await unpin(f, access, item));
      ok(await destroy(f, access));
      expect(await pinnedPages(f)).toBe(0n);
    });
  }

  it('iommufd_access_pin_pages: EINVAL, EOVERFLOW, ENOENT, EPERM and the mock ENOMEM change nothing', async () => {
    const f = await setUp();
    const access = ok(await createAccess(f)).access!.id;
    await mapFixed(f, BUFFER, BUFFER_SIZE, APERTURE_START, false);
    expect(errno(await pin(f, access, APERTURE_START, 0n))).toBe('EINVAL');
    expect(errno(await pin(f, access, 0xffff_ffff_ffff_f000n, 2n * PAGE))).toBe('EOVERFLOW');
    expect(errno(await pin(f, access, APERTURE_START + BUFFER_SIZE - PAGE, 2n * PAGE))).toBe('ENOENT');
    expect(errno(await pin(f, access, APERTURE_START, PAGE, true))).toBe('EPERM');
    expect(errno(await pin(f, access, APERTURE_START, (16n << 20n) + PAGE))).toBe('ENOMEM');
    expect(await pinnedPages(f)).toBe(0n);
    // A read pin of the read-only area works.
    ok(await pin(f, access, APERTURE_START, PAGE));
    // Creating an access on something that is no IOAS.
    expect(errno(await createAccess(f, access))).toBe('ENOENT');
    // The IOAS is held: IOMMU_DESTROY is EBUSY while the access exists.
    expect(errno(await destroy(f, f.ioas))).toBe('EBUSY');
  });

  it('an access that does not unpin makes the unmap fail with EDEADLK and the mapping stays', async () => {
    const f = await setUp();
    const access = ok(await createAccess(f, f.ioas, true)).access!.id;
    await mapFixed(f, BUFFER, BUFFER_SIZE, APERTURE_START);
    ok(await pin(f, access, APERTURE_START + PAGE, PAGE));
    const refused = await unmap(f, APERTURE_START, BUFFER_SIZE);
    expect(errno(refused)).toBe('EDEADLK');
    expect(refused.unmapped).toBe('0x0');
    expect(await pinnedPages(f)).toBe(1n);
    // After the item is unpinned by hand the same unmap goes through.
    ok(await unpin(f, access, 1));
    expect(ok(await unmap(f, APERTURE_START, BUFFER_SIZE)).unmapped).toBe(hex(BUFFER_SIZE));
  });

  it('IOMMU_TEST_OP_ACCESS_REPLACE_IOAS: moves an idle access, EBUSY while it pins, ENOENT for no IOAS', async () => {
    const f = await setUp();
    const other = await allocIoas(f.client, f.contextId);
    const access = ok(await createAccess(f)).access!.id;
    await mapFixed(f, BUFFER, BUFFER_SIZE, APERTURE_START);
    const item = ok(await pin(f, access, APERTURE_START, PAGE)).itemId!;
    const replace = async (ioasId: string) =>
      (await f.client.data(AccessReplaceIoasDocument, { input: { accessId: access, ioasId } }))
        .accessReplaceIoas;
    expect(errno(await replace(other))).toBe('EBUSY');
    ok(await unpin(f, access, item));
    expect(errno(await replace(access))).toBe('ENOENT');
    expect(ok(await replace(other)).access!.ioas!.id).toBe(other);
    // The old IOAS is free to go; the new one is held.
    ok(await destroy(f, f.ioas));
    expect(errno(await destroy(f, other))).toBe('EBUSY');
    // Pinning now looks at the new IOAS, which maps nothing.
    expect(errno(await pin(f, access, APERTURE_START, PAGE))).toBe('ENOENT');
  });
});
