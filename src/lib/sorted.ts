/**
 * Counting by binary search in sorted numbers: how many are below, or at most, a value. What a survival table or a
 * follow-up chart asks at each of its times, and the crossfilter at each age bound, in log n instead of a pass over
 * every patient.
 */

/** The numbers in ascending order. @example sortedNumbers([3, 1, 2]) // Float64Array [1, 2, 3] */
export function sortedNumbers<T>(items: readonly T[], value: (item: T) => number): Float64Array {
  return Float64Array.from(items, value).sort();
}

/**
 * How many of the first `length` values, ascending, that `at(i)` reads are < `x` (≤ `x` with `orEqual`): one binary
 * search for sorted numbers and for an index sorted by a value (the crossfilter's patients by age).
 * @example countUpTo(3, (i) => [1, 2, 2][i]!, 2, true) // 3
 */
export function countUpTo(length: number, at: (i: number) => number, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = at(mid);
    if (value < x || (orEqual && value === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of `sorted` are < `x`. @example countBelow(sortedNumbers([1, 2, 2, 3], Number), 2) // 1 */
export function countBelow(sorted: Float64Array, x: number): number {
  return countUpTo(sorted.length, (i) => sorted[i]!, x, false);
}

/** How many of `sorted` are ≤ `x`. @example countAtMost(sortedNumbers([1, 2, 2, 3], Number), 2) // 3 */
export function countAtMost(sorted: Float64Array, x: number): number {
  return countUpTo(sorted.length, (i) => sorted[i]!, x, true);
}
