// sorted-btree is CommonJS: Node hands ESM its module object, whose `default` is the class.
import sortedBtree from 'sorted-btree';

export type BTree<K, V> = sortedBtree.default<K, V>;

type BTreeClass = typeof sortedBtree.default;
const BTreeImpl: BTreeClass =
  (sortedBtree as unknown as { default?: BTreeClass }).default ?? (sortedBtree as unknown as BTreeClass);

function compareNumeric<K extends bigint | number>(a: K, b: K): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A B+ tree keyed by bigint (IOVA, user VA) or number (object ID), ordered numerically. */
export function numericTree<K extends bigint | number, V>(): BTree<K, V> {
  return new BTreeImpl<K, V>(undefined, compareNumeric);
}
