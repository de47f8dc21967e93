/**
 * The first `k` of the indices `0 … count - 1` in the order `before` defines, in that order. `before` must be a
 * strict total order (break ties), so that the answer does not depend on the order indices are met. O(count · k),
 * without sorting everything: alignment keeps 8 of a few dozen features, and 8 of a few hundred groups.
 *
 * @example firstInOrder(4, 2, (a, b) => [5, 9, 1, 7][a]! > [5, 9, 1, 7][b]!) // [1, 3]
 */
export function firstInOrder(count: number, k: number, before: (a: number, b: number) => boolean): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < count; i++) {
    let j: number;
    if (top.length < k) {
      top.push(i);
      j = top.length - 1;
    } else if (before(i, top[k - 1]!)) {
      top[k - 1] = i;
      j = k - 1;
    } else continue;
    while (j > 0 && before(top[j]!, top[j - 1]!)) {
      const swap = top[j - 1]!;
      top[j - 1] = top[j]!;
      top[j] = swap;
      j--;
    }
  }
  return top;
}
