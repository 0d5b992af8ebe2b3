// IOMMU_OPTION through GraphQL on the selftest-mock host: the kernel selftest's global_options and
// iommufd_ioas.ioas_option_huge_pages (tools/testing/selftests/iommu/iommufd.c, Linux 6.19), with every errno they assert.
import { describe, expect, it } from 'vitest';
import {
  ContextOpenDocument,
  DeviceIdsDocument,
  IommuOptionDocument,
  type IommuOptionInput,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, errno, map, ok, openContext } from './iommufd-helpers.ts';

async function option(client: TestClient, input: IommuOptionInput) {
  return (await client.data(IommuOptionDocument, { input })).iommuOption;
}

describe('IOMMU_OPTION (GraphQL, mock-01)', () => {
  it('C: iommufd.global_options', async () => {
    const client = new TestClient();
    const contextId = await openContext(client, 'mock-01');
    const rlimit = { contextId, option: 'RLIMIT_MODE' } as const;
    expect(ok(await option(client, { ...rlimit, op: 'GET', val64: '0x1' })).val64).toBe('0x0');
    const set = ok(await option(client, { ...rlimit, op: 'SET', val64: '0x1' }));
    expect(set.context!.accountMode).toBe('MM');
    expect(errno(await option(client, { ...rlimit, op: 'SET', val64: '0x2' }))).toBe('EINVAL');
    expect(ok(await option(client, { ...rlimit, op: 'GET' })).val64).toBe('0x1');
    ok(await option(client, { ...rlimit, op: 'SET', val64: '0x0' }));
    expect(ok(await option(client, { ...rlimit, op: 'GET' })).val64).toBe('0x0');
    // HUGE_PAGES with object_id 0: no IOAS has ID 0.
    const huge = { contextId, option: 'HUGE_PAGES' } as const;
    expect(errno(await option(client, { ...huge, op: 'GET' }))).toBe('ENOENT');
    expect(errno(await option(client, { ...huge, op: 'SET' }))).toBe('ENOENT');
  });

  it('RLIMIT_MODE: SET is EBUSY once an object exists, EOPNOTSUPP with an object, EPERM without CAP_SYS_RESOURCE', async () => {
    const client = new TestClient();
    const contextId = await openContext(client, 'mock-01');
    const ioas = await allocIoas(client, contextId);
    const rlimit = { contextId, option: 'RLIMIT_MODE' } as const;
    expect(errno(await option(client, { ...rlimit, op: 'SET', val64: '0x1' }))).toBe('EBUSY');
    expect(errno(await option(client, { ...rlimit, op: 'GET', objectId: ioas }))).toBe('EOPNOTSUPP');
    expect(ok(await option(client, { ...rlimit, op: 'GET' })).val64).toBe('0x0');

    const hostId = (await client.data(DeviceIdsDocument, { host: 'mock-01' })).host!.id;
    const opened = ok(
      (await client.data(ContextOpenDocument, { input: { hostId, capSysResource: false } })).contextOpen,
    );
    const unprivileged = { contextId: opened.context!.id, option: 'RLIMIT_MODE' } as const;
    // capable() comes before the value check: even a bad value is EPERM.
    expect(errno(await option(client, { ...unprivileged, op: 'SET', val64: '0x2' }))).toBe('EPERM');
    expect(ok(await option(client, { ...unprivileged, op: 'GET' })).val64).toBe('0x0');
  });

  for (const domains of [0, 1]) {
    it(`C: iommufd_ioas.ioas_option_huge_pages (${domains} mock domain${domains === 1 ? '' : 's'})`, async () => {
      const client = new TestClient();
      const contextId = await openContext(client, 'mock-01');
      const ioas = await allocIoas(client, contextId);
      if (domains) {
        const devices = [...(await deviceIds(client, 'mock-01')).values()];
        ok(await attach(client, await bind(client, contextId, devices[0]!), ioas));
      }
      const huge = { contextId, objectId: ioas, option: 'HUGE_PAGES' } as const;
      expect(ok(await option(client, { ...huge, op: 'GET', val64: '0x3' })).val64).toBe('0x1');
      ok(await option(client, { ...huge, op: 'SET', val64: '0x0' }));
      expect(ok(await option(client, { ...huge, op: 'GET', val64: '0x3' })).val64).toBe('0x0');
      expect(errno(await option(client, { ...huge, op: 'SET', val64: '0x2' }))).toBe('EINVAL');
      ok(await option(client, { ...huge, op: 'SET', val64: '0x1' }));
      expect(ok(await option(client, { ...huge, op: 'GET' })).val64).toBe('0x1');
    });
  }

  it('HUGE_PAGES: an IOAS of another context is ENOENT; disabling under a domain with mappings is EINVAL', async () => {
    const client = new TestClient();
    const contextId = await openContext(client, 'mock-01');
    const other = await openContext(client, 'mock-01');
    const ioas = await allocIoas(client, contextId);
    const foreign = { contextId: other, objectId: ioas, option: 'HUGE_PAGES' } as const;
    expect(errno(await option(client, { ...foreign, op: 'GET' }))).toBe('ENOENT');
    const devices = [...(await deviceIds(client, 'mock-01')).values()];
    ok(await attach(client, await bind(client, contextId, devices[0]!), ioas));
    ok(await map(client, ioas, { length: '0x4000', userVa: '0x7f0000000000' }));
    const huge = { contextId, objectId: ioas, option: 'HUGE_PAGES' } as const;
    const refused = await option(client, { ...huge, op: 'SET', val64: '0x0' });
    expect(errno(refused)).toBe('EINVAL');
    expect(ok(await option(client, { ...huge, op: 'GET' })).val64).toBe('0x1');
  });
});
