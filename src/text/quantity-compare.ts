/**
 * How two quantities relate: whether they can be compared at all, and whether the intervals their wording
 * allows agree.
 */
import type { Quantity } from '../analysis.js';

/** The relation {@link compareQuantities} returns. */
export type QuantityRelation = 'unrelated' | 'same' | 'compatible' | 'conflict';

/** Relative tolerance for equal values: "2.5 billion" and "2,500,000,000" must be the same number. */
const TOLERANCE = 1e-9;

function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function atMost(a: number, b: number): boolean {
  return a <= b || nearlyEqual(a, b);
}

/** Two quantities measure the same thing: same dimension and, for everything but durations, the same unit. */
function comparable(a: Quantity, b: Quantity): boolean {
  if (a.dimension !== b.dimension) return false;
  // Durations are all in years; every other dimension needs the same unit (currency, counted noun, metres…).
  return a.dimension === 'duration' || a.unit === b.unit;
}

/**
 * How two quantities relate:
 * - `'unrelated'`: different dimensions, or different units (counted nouns, currencies) — not comparable;
 * - `'same'`: the same value and the same interval ("more than 30" and "over 30");
 * - `'compatible'`: the intervals overlap ("more than 30 people" and "34 people", "nearly four years" and
 *   "three and a half years");
 * - `'conflict'`: comparable, and the intervals are disjoint ("two-year" and "decade-long").
 * Exact numbers are equal within a relative tolerance of 1e-9.
 */
export function compareQuantities(a: Quantity, b: Quantity): QuantityRelation {
  if (!comparable(a, b)) return 'unrelated';
  if (nearlyEqual(a.value, b.value) && nearlyEqual(a.low, b.low) && nearlyEqual(a.high, b.high)) return 'same';
  if (atMost(a.low, b.high) && atMost(b.low, a.high)) return 'compatible';
  return 'conflict';
}
