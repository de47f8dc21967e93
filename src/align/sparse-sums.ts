/**
 * Sums of positive weights per small integer id, with the ids in the order they were first touched: one dense
 * array reused from one sentence to the next, so that summing a sentence's weights (profiles) or its candidate
 * groups' shared weight (alignment) allocates nothing.
 */
export class SparseSums {
  private sums = new Float64Array(1024);
  /** The ids summed since the last {@link clear}, in the order first touched. */
  readonly touched: number[] = [];

  /** Adds `weight` (> 0) to the sum of `id`. */
  add(id: number, weight: number): void {
    if (id >= this.sums.length) {
      const grown = new Float64Array(Math.max(id + 1, this.sums.length * 2));
      grown.set(this.sums);
      this.sums = grown;
    }
    if (this.sums[id] === 0) this.touched.push(id);
    this.sums[id] = this.sums[id]! + weight;
  }

  /** The sum of `id` (0 when not touched). */
  get(id: number): number {
    return this.sums[id] ?? 0;
  }

  /** Forgets every sum, in time proportional to the ids touched. */
  clear(): void {
    for (const id of this.touched) this.sums[id] = 0;
    this.touched.length = 0;
  }
}
