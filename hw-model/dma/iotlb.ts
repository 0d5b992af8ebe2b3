// The emulated IOTLB of a nested HWPT: stage-1 results (IOVA page → GPA page and permissions) cached
// per PASID as DMA walks them. Guest changes to stage 1 stay invisible to DMA until an invalidation
// drops the entries that cover them, as on hardware. Entries are per 4 KiB page, filled only by DMA,
// so its size is bounded by the pages DMA touched; invalidation costs O(entries dropped · log).
import { type BTree, numericTree } from '../iommufd/btree.ts';
import { STAGE1_PAGE_SIZE } from './stage1.ts';

export interface IotlbEntry {
  /** The GPA (stage-1 output) of the page. */
  intermediateAddress: bigint;
  readable: boolean;
  writable: boolean;
}

/** Stage-1 tables and IOTLB entries are keyed by PASID; null is the RID (IOMMU_NO_PASID). */
export type PasidKey = number | null;

/** IOMMU_NO_PASID (0) and "no PASID" name the same table. */
export function pasidKey(pasid: number | undefined | null): PasidKey {
  return pasid === undefined || pasid === null || pasid === 0 ? null : pasid;
}

export class Iotlb {
  private readonly tables = new Map<PasidKey, BTree<bigint, IotlbEntry>>();

  /** Entries cached, over all PASIDs. */
  get size(): number {
    let count = 0;
    for (const table of this.tables.values()) count += table.size;
    return count;
  }

  /** The entry for the page holding `iova`. */
  lookup(pasid: PasidKey, iova: bigint): IotlbEntry | undefined {
    return this.tables.get(pasid)?.get(iova - (iova % STAGE1_PAGE_SIZE));
  }

  fill(pasid: PasidKey, iova: bigint, entry: IotlbEntry): void {
    let table = this.tables.get(pasid);
    if (!table) {
      table = numericTree();
      this.tables.set(pasid, table);
    }
    table.set(iova - (iova % STAGE1_PAGE_SIZE), { ...entry });
  }

  /** Every entry of every PASID. Returns how many went. */
  flushAll(): number {
    const count = this.size;
    this.tables.clear();
    return count;
  }

  /** Every entry of one PASID. */
  flushPasid(pasid: PasidKey): number {
    const count = this.tables.get(pasid)?.size ?? 0;
    this.tables.delete(pasid);
    return count;
  }

  /** Entries of pages intersecting [start, last], for one PASID or (pasid undefined) all of them. */
  flushRange(start: bigint, last: bigint, pasid?: PasidKey): number {
    let count = 0;
    const first = start - (start % STAGE1_PAGE_SIZE);
    for (const [key, table] of this.tables) {
      if (pasid !== undefined && key !== pasid) continue;
      const doomed: bigint[] = [];
      for (let pair = table.getPairOrNextHigher(first); pair && pair[0] <= last; ) {
        doomed.push(pair[0]);
        pair = table.getPairOrNextHigher(pair[0] + 1n);
      }
      for (const page of doomed) table.delete(page);
      count += doomed.length;
    }
    return count;
  }
}
