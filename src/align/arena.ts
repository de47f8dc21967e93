/**
 * Hands out short typed arrays as views of a few large blocks. Alignment keeps a term list for every distinct
 * sentence text and a profile for every distinct term list (tens of thousands of each for 1,000 reports); as
 * arrays of their own, each would also carry an ArrayBuffer and a separately allocated backing store, which
 * together weigh more than its numbers.
 */
export class Arena<A extends Int32Array | Float64Array> {
  private block: A;
  private used = 0;

  /** `make(length)` creates a block; blocks hold `blockLength` numbers, or more for a longer request. */
  constructor(
    private readonly make: (length: number) => A,
    private readonly blockLength = 1 << 10,
  ) {
    this.block = make(0);
  }

  /** A fresh, zero-filled view of `length` numbers. Views never overlap. */
  take(length: number): A {
    if (this.used + length > this.block.length) {
      this.block = this.make(Math.max(this.blockLength, length));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + length) as A;
    this.used += length;
    return view;
  }
}
