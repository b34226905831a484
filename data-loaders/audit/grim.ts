/**
 * The GRIM test (Brown & Heathers, 2016) and its relatives: can a reported summary of n values, each recorded
 * to a known granularity (whole months: 1; sizes to 0.1 cm: 0.1), be arithmetically possible at all?
 * A mean must be a multiple of granularity / n; a percentage of n patients a multiple of 100 / n. Each is
 * compared at the precision it was reported with, and each says whether the test was `informative`: when the
 * steps are no coarser than the printed precision (a mean of 10 whole numbers printed to one decimal moves in
 * steps of 0.1), every printed value is possible and "possible" carries no information.
 *
 * A median is not tested on a lattice: printed values are themselves rounded (a survival of "18" months is any
 * time from 17.5 to 18.5), so the median of the true values can be any number. What the printed values do bound
 * is where that median can lie: each value moved by half its printed precision moves the median by at most as
 * much (`medianFromPrinted`).
 */

export interface GrimResult {
  statistic: "mean" | "median" | "percent";
  reported: number;
  n: number;
  possible: boolean;
  /** Whether the test could have failed for this n and precision; an uninformative "possible" proves nothing. */
  informative: boolean;
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
function onLattice(statistic: "mean", reported: number, {decimals, n}: Precision, step: number) {
  const nearest = Math.round(reported / step) * step;
  const possible = Math.abs(nearest - reported) <= tolerance(decimals);
  // Steps no coarser than the last printed digit reach every printed value: the test cannot fail.
  const informative = step > 10 ** -decimals + 1e-12;
  return {statistic, reported, n, possible, informative, nearest: round(nearest, decimals + 2)};
}

/** "one decimal", "two decimals", "whole numbers" */
const printedAs = (decimals: number) => (decimals === 0 ? "as a whole number" : `to ${decimals === 1 ? "one decimal" : `${decimals} decimals`}`);

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
    detail: !result.informative
      ? `not informative: a mean of ${recorded(n, granularity)} moves in steps of ${round(step, 6)}, so printed ${printedAs(precision.decimals)} every value is possible, ${reported} included`
      : result.possible
      ? `a mean of ${recorded(n, granularity)} can be ${reported} (a total of ${round(result.nearest * n, 6)})`
      : `a mean of ${recorded(n, granularity)} moves in steps of ${round(step, 6)}, so it cannot be ${reported}; the nearest possible is ${result.nearest}`
  };
}

/**
 * Where the median of `values` can lie when each printed value stands for anything within half its printed
 * precision (`granularity`), and whether `reported` (rounded to `decimals`) can be that median. Makes no
 * assumption that the true values are whole numbers; it can fail, so it is always informative.
 * @example medianFromPrinted(34.2, {decimals: 1, granularity: 1, values: [8, 11, 14, 18, 18, 19, 20, 24, 40, 170]}).possible // false: the median lies in 18–19
 */
export function medianFromPrinted(reported: number, {decimals, granularity, values}: {decimals: number; granularity: number; values: readonly number[]}): GrimResult {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  // The median is monotone in every value, so shifting all by ±half a unit gives its extremes.
  const low = median - granularity / 2;
  const high = median + granularity / 2;
  const half = tolerance(decimals);
  const possible = reported + half >= low && reported - half <= high;
  const nearest = Math.min(Math.max(reported, low), high);
  const unit = granularity === 1 ? "1" : String(granularity);
  return {
    statistic: "median",
    reported,
    n,
    possible,
    informative: true,
    nearest: round(nearest, decimals + 2),
    detail: `with each of the ${n} printed values anywhere within ±${round(granularity / 2, 6)} (half of the printed unit, ${unit}), their median lies between ${round(low, 6)} and ${round(high, 6)}, so it ${possible ? "can" : "cannot"} be ${reported}`
  };
}

/** @example grimPercent(20, {decimals: 0, n: 10}).possible // true: 2 of 10 */
export function grimPercent(reported: number, {decimals, n}: {decimals: number; n: number}): GrimResult {
  const k = Math.round((reported * n) / 100);
  const candidates = [k - 1, k, k + 1].filter((c) => c >= 0 && c <= n);
  const best = candidates.reduce((a, b) => (Math.abs((100 * b) / n - reported) < Math.abs((100 * a) / n - reported) ? b : a));
  const nearest = (100 * best) / n;
  const possible = Math.abs(round(nearest, decimals) - reported) <= 1e-9;
  const informative = 100 / n > 10 ** -decimals + 1e-12;
  return {
    statistic: "percent",
    reported,
    n,
    possible,
    informative,
    nearest: round(nearest, decimals + 2),
    detail: possible
      ? `${reported}% of ${n} is ${best} patients`
      : `no whole number of ${n} patients gives ${reported}%; the nearest is ${best} (${round(nearest, decimals + 1)}%)`
  };
}
