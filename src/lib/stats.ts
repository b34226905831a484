/**
 * Descriptive statistics for the cohort, computed with Arquero, shared by the pages and the audit so each
 * figure is computed in exactly one place. Inputs are arrays of records (patients); null values are missing.
 */
import {table} from "./arquero.js";

/** Keys of T whose values are numbers (or null). */
export type NumericKey<T> = {[K in keyof T]-?: T[K] extends number | null ? K : never}[keyof T] & string;

/** Summary of a numeric field. Quantiles interpolate linearly between order statistics (R's type 7). */
export interface NumericSummary {
  /** Records with a value. */
  n: number;
  /** Records whose value is null. */
  missing: number;
  mean: number | null;
  /** Sample standard deviation (n - 1 denominator); null when n < 2. */
  sd: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Summarises a numeric field over records.
 * @example describeNumeric(patients, "age") // {n: 10, missing: 0, mean: 48.2, median: 46.5, min: 38, max: 69, ...}
 */
export function describeNumeric<T extends object>(rows: readonly T[], field: NumericKey<T>): NumericSummary {
  const values = new Float64Array(rows.length);
  let n = 0;
  for (const row of rows) {
    const v = (row as Record<string, unknown>)[field];
    if (typeof v === "number" && Number.isFinite(v)) values[n++] = v;
  }
  return summarizeNumbers(values.subarray(0, n), rows.length - n);
}

/**
 * The summary of numbers already gathered (in record order), `missing` more not recorded: what describeNumeric
 * gives, for a caller that gathers several fields in one pass over its records (the characteristics table).
 *
 * One pass and one typed-array sort: at a registry's size (100,000 patients, a table of seven numbers redrawn on
 * every filter change) Arquero's rollup and its quantiles, which sort a copy with a comparator, cost 20-40 ms a
 * field. The arithmetic is Arquero's own, step for step (Welford's running mean and deviance for op.mean and
 * op.stdev, R's type 7 for op.quantile and op.median), and test/lib/stats.test.ts holds it to Arquero's figures.
 * The array is sorted in place.
 * @example summarizeNumbers(Float64Array.of(3, 1, 2), 0).median // 2
 */
export function summarizeNumbers(values: Float64Array, missing: number): NumericSummary {
  const n = values.length;
  if (n === 0) return {n: 0, missing, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null};
  let mean = 0;
  let dev = 0;
  for (let k = 0; k < n; k++) {
    const v = values[k]!;
    const delta = v - mean;
    mean += delta / (k + 1);
    dev += delta * (v - mean);
  }
  values.sort();
  const quantile = (p: number) => {
    const i = (n - 1) * p;
    const i0 = Math.floor(i);
    return i0 + 1 < n ? values[i0]! + (values[i0 + 1]! - values[i0]!) * (i - i0) : values[i0]!;
  };
  return {
    n,
    missing,
    mean,
    sd: n > 1 ? Math.sqrt(dev / (n - 1)) : null,
    median: quantile(0.5),
    q1: quantile(0.25),
    q3: quantile(0.75),
    min: values[0]!,
    max: values[n - 1]!
  };
}

/** A count out of a total, with its percentage (null when the total is 0). */
export interface Proportion {
  n: number;
  total: number;
  percent: number | null;
}

/** @example proportion(patients, (p) => p.dead) // {n: 2, total: 10, percent: 20} */
export function proportion<T>(rows: readonly T[], test: (row: T) => boolean): Proportion {
  const total = rows.length;
  const n = rows.filter(test).length;
  return {n, total, percent: total ? (100 * n) / total : null};
}

export interface CategoryCount extends Proportion {
  value: string | number | boolean;
}

/** A value a record does not have: null (not recorded) or absent. */
const isMissing = (value: unknown) => value === null || value === undefined;

/**
 * Counts records per recorded value of a field, with percentages of the records whose value was recorded (as
 * gtsummary does: the records not recorded are counted apart, by countNotRecorded); for a list field (e.g.
 * segments, chemotherapyDrugs) a record counts once under each of its values, so percentages may add to more
 * than 100. Sorted by count, then value.
 * @example countCategories(patients, "sex") // [{value: "F", n: 7, total: 10, percent: 70}, {value: "M", n: 3, ...}]
 */
export function countCategories<T extends object>(rows: readonly T[], field: keyof T & string): CategoryCount[] {
  // One column of the recorded values, a list's values one by one (what Arquero's unroll gives), handed to Arquero
  // as a column: an object per record made 25 MB of garbage at 100,000 patients.
  const values: unknown[] = [];
  let total = 0;
  for (const row of rows) {
    const value = (row as Record<string, unknown>)[field];
    if (isMissing(value)) continue;
    total++;
    if (Array.isArray(value)) for (const v of value) values.push(v);
    else values.push(value);
  }
  if (total === 0) return [];
  return (table({value: values}).groupby("value").count({as: "n"}).objects() as {value: CategoryCount["value"] | null; n: number}[])
    .filter((c): c is {value: CategoryCount["value"]; n: number} => !isMissing(c.value))
    .map(({value, n}) => ({value, n, total, percent: (100 * n) / total}))
    .sort((a, b) => b.n - a.n || String(a.value).localeCompare(String(b.value), "en", {numeric: true}));
}

/**
 * How many records have a field not recorded (null), the figure a summary gives beside its n.
 * @example countNotRecorded([{sex: "F"}, {sex: null}], "sex") // 1
 */
export function countNotRecorded<T extends object>(rows: readonly T[], field: keyof T & string): number {
  return rows.filter((r) => isMissing((r as Record<string, unknown>)[field])).length;
}

/** A proportion among the records with a field recorded, and how many were not recorded. */
export interface RecordedProportion extends Proportion {
  notRecorded: number;
}

/**
 * The records whose (recorded) field passes `test`, out of those with the field recorded; the others are
 * counted as not recorded, never as failing the test.
 * @example proportionRecorded([{dead: true}, {dead: false}, {dead: null}], "dead", (d) => d === true) // {n: 1, total: 2, percent: 50, notRecorded: 1}
 */
export function proportionRecorded<T extends object, K extends keyof T & string>(
  rows: readonly T[],
  field: K,
  test: (value: NonNullable<T[K]>) => boolean
): RecordedProportion {
  const recorded = rows.filter((r) => !isMissing(r[field]));
  const n = recorded.filter((r) => test(r[field] as NonNullable<T[K]>)).length;
  return recordedShare(n, recorded.length, rows.length - recorded.length);
}

/**
 * n of the `total` records with the field recorded, `notRecorded` more without it: for a caller that counted them
 * itself (the characteristics table tallies every field in one pass).
 * @example recordedShare(1, 2, 1) // {n: 1, total: 2, percent: 50, notRecorded: 1}
 */
export function recordedShare(n: number, total: number, notRecorded: number): RecordedProportion {
  return {n, total, percent: total ? (100 * n) / total : null, notRecorded};
}
