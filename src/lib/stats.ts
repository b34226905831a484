/**
 * Descriptive statistics for the cohort, computed with Arquero, shared by the pages and the audit so each
 * figure is computed in exactly one place. Inputs are arrays of records (patients); null values are missing.
 */
import {from, op, table} from "./arquero.js";

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
  const values = rows.map((r) => (r as Record<string, unknown>)[field] as number | null);
  const valid = values.filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
  const missing = rows.length - valid.length;
  if (valid.length === 0) return {n: 0, missing, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null};
  // One column, not an object per value: at a registry's size the objects cost more than the statistics. The
  // order statistics come from one typed-array sort, by R's type 7 as Arquero's op.quantile gives them (its
  // quantiles sort a copy of the values with a comparator, several times slower at 100,000 values).
  const s = table({value: valid})
    .rollup({
      n: op.count(),
      mean: op.mean("value"),
      sd: op.stdev("value"),
      min: op.min("value"),
      max: op.max("value")
    })
    .object() as Record<string, number>;
  const sorted = Float64Array.from(valid).sort();
  const quantile = (p: number) => {
    const i = (sorted.length - 1) * p;
    const i0 = Math.floor(i);
    return i0 + 1 < sorted.length ? sorted[i0]! + (sorted[i0 + 1]! - sorted[i0]!) * (i - i0) : sorted[i0]!;
  };
  Object.assign(s, {median: quantile(0.5), q1: quantile(0.25), q3: quantile(0.75)});
  return {
    n: s.n!,
    missing,
    mean: s.mean!,
    sd: valid.length > 1 ? s.sd! : null,
    median: s.median!,
    q1: s.q1!,
    q3: s.q3!,
    min: s.min!,
    max: s.max!
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
  const recorded = rows.filter((r) => !isMissing((r as Record<string, unknown>)[field]));
  const total = recorded.length;
  if (total === 0) return [];
  let t = from(recorded.map((r) => ({value: (r as Record<string, unknown>)[field]})));
  if (recorded.some((r) => Array.isArray((r as Record<string, unknown>)[field]))) {
    t = t.unroll("value");
  }
  return (t.groupby("value").count({as: "n"}).objects() as {value: CategoryCount["value"] | null; n: number}[])
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
  return {n, total: recorded.length, percent: recorded.length ? (100 * n) / recorded.length : null, notRecorded: rows.length - recorded.length};
}
