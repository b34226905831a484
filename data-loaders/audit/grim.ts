/**
 * The GRIM test (Brown & Heathers, 2016) and its relatives: can a reported summary of n values, each recorded
 * to a known granularity (whole months: 1; sizes to 0.1 cm: 0.1), be arithmetically possible at all?
 * A mean must be a multiple of granularity / n; a median of an even count a multiple of granularity / 2;
 * a percentage of n patients a multiple of 100 / n. Each is compared at the precision it was reported with.
 */

export interface GrimResult {
  statistic: "mean" | "median" | "percent";
  reported: number;
  n: number;
  possible: boolean;
  /** The nearest value the statistic could take, at the reported precision. */
  nearest: number;
  detail: string;
}

/** "whole numbers" for granularity 1, "values recorded to 0.1" otherwise. */
const recorded = (n: number, granularity: number) => (granularity === 1 ? `${n} whole numbers` : `${n} values recorded to ${granularity}`);

const tolerance = (decimals: number) => 0.5 * 10 ** -decimals + 1e-9;
const round = (x: number, decimals: number) => Number(x.toFixed(decimals));

/** Nearest attainable value to `reported` on a lattice of step `step`. */
interface Precision {
  decimals: number;
  n: number;
  granularity: number;
}

/** Whether `reported` lies (at its precision) on the lattice of multiples of `step` a statistic can take. */
function onLattice(statistic: "mean" | "median", reported: number, {decimals, n}: Precision, step: number) {
  const nearest = Math.round(reported / step) * step;
  const possible = Math.abs(nearest - reported) <= tolerance(decimals);
  return {statistic, reported, n, possible, nearest: round(nearest, decimals + 2)};
}

/**
 * @example grimMean(12.9, {decimals: 1, n: 10, granularity: 1}).possible // true: 129 / 10
 * @example grimMean(2.35, {decimals: 2, n: 10, granularity: 1}).possible // false
 */
export function grimMean(reported: number, precision: Precision): GrimResult {
  const {n, granularity} = precision;
  const step = granularity / n;
  const result = onLattice("mean", reported, precision, step);
  return {
    ...result,
    detail: result.possible
      ? `a mean of ${recorded(n, granularity)} can be ${reported} (a total of ${round(result.nearest * n, 6)})`
      : `a mean of ${recorded(n, granularity)} moves in steps of ${round(step, 6)}, so it cannot be ${reported}; the nearest possible is ${result.nearest}`
  };
}

/** @example grimMedian(34.2, {decimals: 1, n: 10, granularity: 1}).possible // false: a median of 10 whole numbers ends in .0 or .5 */
export function grimMedian(reported: number, precision: Precision): GrimResult {
  const {n, granularity} = precision;
  const step = n % 2 === 0 ? granularity / 2 : granularity;
  const result = onLattice("median", reported, precision, step);
  return {
    ...result,
    detail: result.possible
      ? `a median of ${recorded(n, granularity)} can be ${reported}`
      : `a median of ${recorded(n, granularity)} is a multiple of ${step}, so it cannot be ${reported}`
  };
}

/** @example grimPercent(20, {decimals: 0, n: 10}).possible // true: 2 of 10 */
export function grimPercent(reported: number, {decimals, n}: {decimals: number; n: number}): GrimResult {
  const k = Math.round((reported * n) / 100);
  const candidates = [k - 1, k, k + 1].filter((c) => c >= 0 && c <= n);
  const best = candidates.reduce((a, b) => (Math.abs((100 * b) / n - reported) < Math.abs((100 * a) / n - reported) ? b : a));
  const nearest = (100 * best) / n;
  const possible = Math.abs(round(nearest, decimals) - reported) <= 1e-9;
  return {
    statistic: "percent",
    reported,
    n,
    possible,
    nearest: round(nearest, decimals + 2),
    detail: possible
      ? `${reported}% of ${n} is ${best} patients`
      : `no whole number of ${n} patients gives ${reported}%; the nearest is ${best} (${round(nearest, decimals + 1)}%)`
  };
}
