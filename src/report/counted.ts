// Building `Counted` figures: a count always with the references behind it.
import type { Counted } from './types.js';

export function counted(ids: Iterable<string> = []): Counted {
  return countedOwn([...ids]);
}

/** `counted` of an array the caller hands over (sorted in place, not copied). */
export function countedOwn(list: string[]): Counted {
  // the default sort compares UTF-16 code units (the order of compareIds), natively; lists built
  // from the ledgers in order are often sorted already
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]! > list[i]!) {
      list.sort();
      break;
    }
  }
  return { count: list.length, ids: list };
}

/** Plain code-unit order: ids are ASCII, node refs may carry Chinese names after the colon. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One `Counted` per key, from (key, id) pairs; every key present. */
export function countBy<K extends string>(
  keys: readonly K[],
  pairs: Iterable<[K, string]>,
): Record<K, Counted> {
  const lists = Object.fromEntries(keys.map((k) => [k, [] as string[]])) as Record<K, string[]>;
  for (const [k, id] of pairs) lists[k]?.push(id);
  const out = {} as Record<K, Counted>;
  for (const k of keys) out[k] = countedOwn(lists[k]);
  return out;
}

export function merge(...parts: Counted[]): Counted {
  return counted(parts.flatMap((p) => p.ids));
}

/** A share in [0, 1], or null when there is nothing to share. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
