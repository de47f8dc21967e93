/**
 * A lookup table keyed by words, without a prototype: `table['constructor']` is `undefined`, not Object's
 * constructor. Every word list of storydiff that is indexed by user text goes through this.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
