/**
 * A bounded reordering buffer: results that finish out of order are held until every earlier one is written,
 * so output follows input order. The caller bounds its size by keeping few items in flight.
 * @module
 */

/** See {@link createReorderBuffer}. */
export interface ReorderBuffer<T> {
  /** Hands in the item with sequence number `seq` (each from 0, once); writes every item now in order. */
  put(seq: number, item: T): void;
  /** Items handed in but not yet written (waiting for an earlier one). */
  readonly waiting: number;
  /** Sequence number of the next item to write: how many have been written. */
  readonly next: number;
}

/** Creates a {@link ReorderBuffer} that passes items to `write` in sequence order. */
export function createReorderBuffer<T>(write: (item: T, seq: number) => void): ReorderBuffer<T> {
  const held = new Map<number, T>();
  let next = 0;
  return {
    put(seq: number, item: T): void {
      if (seq < next || held.has(seq)) throw new RangeError(`sequence number ${seq} was already handed in`);
      held.set(seq, item);
      for (let ready = held.get(next); ready !== undefined || held.has(next); ready = held.get(next)) {
        held.delete(next);
        write(ready as T, next);
        next += 1;
      }
    },
    get waiting() {
      return held.size;
    },
    get next() {
      return next;
    },
  };
}
