/** Appends `value` to the list kept under `key`, creating the list on first use (no copying on append). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Adds `value` to the set under `key`, starting the set when the key is new. */
export function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** True when `members` holds something other than `self`: two members or more, or one that is not `self`. */
export function hasOtherThan<T>(members: ReadonlySet<T> | undefined, self: T): boolean {
  return members !== undefined && (members.size > 1 || (members.size === 1 && !members.has(self)));
}

/** Sorts by id in code-unit order: the canonical order every stage works in, whatever order the caller used. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The `limit` entries of `counts` with the highest counts, as [key, count], ties by the lower key. */
export function topByCount(counts: ReadonlyMap<number, number>, limit: number): [number, number][] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
}

/** The first of a set of strings in code-unit order (as a default sort puts them). */
export function smallestOf(strings: ReadonlySet<string>): string | undefined {
  let first: string | undefined;
  for (const s of strings) if (first === undefined || s < first) first = s;
  return first;
}

/** Every member of `a` is in `b`. */
export function isSubset<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Disjoint sets over 0..size-1 with path compression; a set's root is its smallest member. */
export class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The sets of at least `minSize` members, each in increasing order, ordered by their smallest member. */
  sets(minSize = 1): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) pushTo(byRoot, this.find(i), i);
    const out: number[][] = [];
    for (const set of byRoot.values()) if (set.length >= minSize) out.push(set);
    return out;
  }
}
