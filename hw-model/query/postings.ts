// Posting lists: for each value of an attribute (a vendor ID, a capability, a group size), the sorted
// keys of the items that have it. Values are numbers or strings; keys are fleet order.
import { type BTree, numericTree } from '../iommufd/btree.ts';
import { EMPTY, type KeyStream, treeStream, union } from './key-streams.ts';

export class Postings<V extends string | number | boolean> {
  readonly #lists = new Map<V, BTree<number, undefined>>();

  add(value: V, key: number): void {
    let list = this.#lists.get(value);
    if (!list) {
      list = numericTree<number, undefined>();
      this.#lists.set(value, list);
    }
    list.set(key, undefined);
  }

  delete(value: V, key: number): void {
    const list = this.#lists.get(value);
    list?.delete(key);
    if (list?.size === 0) this.#lists.delete(value);
  }

  /** Items with exactly this value. */
  of(value: V): KeyStream {
    const list = this.#lists.get(value);
    return list ? treeStream(list) : EMPTY;
  }

  /** Items whose (numeric) value is at least `min`: a union of the few value lists that qualify. */
  atLeast(min: number): KeyStream {
    const lists = [...this.#lists]
      .filter(([value]) => (value as number) >= min)
      .map(([, list]) => treeStream(list));
    return union(lists);
  }
}
