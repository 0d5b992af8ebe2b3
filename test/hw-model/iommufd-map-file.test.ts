// IOMMU_IOAS_MAP_FILE and IOMMU_IOAS_CHANGE_PROCESS on the model (ioas.c, pages.c; Linux 6.19).
import { describe, expect, it } from 'vitest';
import { translate } from '../../hw-model/dma/index.ts';
import { openContext } from '../../hw-model/iommufd/index.ts';
import { U64_MAX } from '../../hw-model/u64.ts';
import {
  BUFFER,
  BUFFER_SIZE,
  expectErrnoNoChange,
  MOCK_APERTURE_START,
  mockDomain,
  mockHost,
  PAGE_SIZE,
} from './iommufd-helpers.ts';

const file = { readable: true, writable: true };

function setUp() {
  const { host, devices } = mockHost();
  const ctx = openContext(host);
  const ioas = ctx.ioasAlloc();
  mockDomain(ctx, ioas.id, devices[0]!);
  const memfd = ctx.memfdCreate(BUFFER_SIZE, false);
  return { ctx, ioas, memfd, device: devices[0]! };
}

describe('memfdCreate', () => {
  it('hands out the lowest free fd from 3', () => {
    const { ctx } = setUp();
    expect(ctx.memfdCreate(PAGE_SIZE, true).fd).toBe(4);
    expect(ctx.memfdList().map((m) => [m.fd, m.sealed])).toEqual([
      [3, false],
      [4, true],
    ]);
  });
});

describe('ioasMapFile', () => {
  it('pins from the file: the DMA lands on the memfd page, and unmap releases the pins', () => {
    const { ctx, ioas, memfd, device } = setUp();
    const iova = ctx.ioasMapFile(ioas.id, {
      ...file,
      fd: memfd.fd,
      start: PAGE_SIZE,
      length: 4n * PAGE_SIZE,
    });
    expect(ctx.pinnedPages).toBe(4n);
    const t = translate(device, iova + 0x10n, 'WRITE');
    expect(t.kind === 'translation' ? t.physicalAddress : t).toBe(memfd.physicalAddress(PAGE_SIZE + 0x10n));
    expect(ctx.ioasUnmap(ioas.id, iova, 4n * PAGE_SIZE).unmapped).toBe(4n * PAGE_SIZE);
    expect(ctx.pinnedPages).toBe(0n);
  });

  it('checks in iommufd_ioas_map_file order and changes nothing on failure', () => {
    const { ctx, ioas, memfd } = setUp();
    const args = { ...file, fd: memfd.fd, start: 0n, length: PAGE_SIZE, iova: MOCK_APERTURE_START };
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => ctx.ioasMapFile(ioas.id, { ...args, iova: U64_MAX }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => ctx.ioasMapFile(ioas.id, { ...args, length: U64_MAX }));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.ioasMapFile(999, args));
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.ioasMapFile(ioas.id, { ...args, readable: false, writable: false }),
    );
    expectErrnoNoChange(ctx, 'EBADF', () => ctx.ioasMapFile(ioas.id, { ...args, fd: 42 }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () =>
      ctx.ioasMapFile(ioas.id, { ...args, start: U64_MAX - PAGE_SIZE + 2n }),
    );
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.ioasMapFile(ioas.id, { ...args, length: 0n }));
    // memfd_pin_folios past EOF (the domain pins at map time).
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.ioasMapFile(ioas.id, { ...args, length: 2n * BUFFER_SIZE }));
  });

  it('with no domain nothing is pinned, so a range past EOF maps', () => {
    const { host } = mockHost();
    const ctx = openContext(host);
    const ioas = ctx.ioasAlloc();
    const memfd = ctx.memfdCreate(PAGE_SIZE, false);
    ctx.ioasMapFile(ioas.id, { ...file, fd: memfd.fd, start: 0n, length: BUFFER_SIZE });
    expect(ctx.pinnedPages).toBe(0n);
  });
});

describe('ioasChangeProcess', () => {
  it('EINVAL while any IOAS maps process memory; nothing moves', () => {
    const { ctx, ioas, memfd } = setUp();
    ctx.ioasMapFile(ioas.id, { ...file, fd: memfd.fd, start: 0n, length: BUFFER_SIZE });
    const other = ctx.ioasAlloc();
    ctx.ioasMap(other.id, { ...file, userVa: BUFFER, length: PAGE_SIZE });
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.ioasChangeProcess());
    expect(ctx.process).toBe(1);
  });

  it('moves the pinned pages to the new process; a limit too small is ENOMEM', () => {
    const { ctx, ioas, memfd, device } = setUp();
    const iova = ctx.ioasMapFile(ioas.id, { ...file, fd: memfd.fd, start: 0n, length: BUFFER_SIZE });
    const before = translate(device, iova, 'READ');
    expectErrnoNoChange(ctx, 'ENOMEM', () => ctx.ioasChangeProcess(BUFFER_SIZE - PAGE_SIZE));
    expect(ctx.process).toBe(1);
    ctx.ioasChangeProcess(BUFFER_SIZE);
    expect([ctx.process, ctx.pinnedPages, ctx.memlockLimit]).toEqual([2, 16n, BUFFER_SIZE]);
    expect(translate(device, iova, 'READ')).toEqual(before);
    // The new process's own memory is charged against what is left: none.
    expect(() => ctx.ioasMap(ioas.id, { ...file, userVa: BUFFER, length: PAGE_SIZE })).toThrow(/memlock/);
  });
});
