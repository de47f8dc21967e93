/**
 * Sums of positive weights per small integer id, with the ids in the order they were first touched: one dense
 * array reused from one sentence to the next, so that summing a sentence's weights (profiles) or its candidate
 * groups' shared weight (alignment) allocates nothing.
 */
export class SparseSums {
  private sums = new Float64Array(1024);
  /** The ids touched since the last {@link clear}, in the order first touched: the first {@link size} slots. */
  private order = new Int32Array(64);
  private count = 0;

  /** How many ids were summed since the last {@link clear}. */
  get size(): number {
    return this.count;
  }

  /** The `k`-th id first touched since the last {@link clear} (`k` < {@link size}). */
  idAt(k: number): number {
    return this.order[k]!;
  }

  /** Adds `weight` (> 0) to the sum of `id`. */
  add(id: number, weight: number): void {
    if (id >= this.sums.length) this.sums = grown(this.sums, id + 1);
    if (this.sums[id] === 0) {
      if (this.count === this.order.length) this.order = grown(this.order, this.count + 1);
      this.order[this.count++] = id;
    }
    this.sums[id] = this.sums[id]! + weight;
  }

  /** The sum of `id` (0 when not touched). */
  get(id: number): number {
    return this.sums[id] ?? 0;
  }

  /** Forgets every sum, in time proportional to the ids touched. */
  clear(): void {
    for (let k = 0; k < this.count; k++) this.sums[this.order[k]!] = 0;
    this.count = 0;
  }
}

/** A copy of `array` with room for at least `length` numbers (twice as many, so that growing is rare). */
function grown<A extends Float64Array | Int32Array>(array: A, length: number): A {
  const copy = new (array.constructor as new (n: number) => A)(Math.max(length, array.length * 2));
  copy.set(array);
  return copy;
}
