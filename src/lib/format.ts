/** Number formats used in prose, cards and tables, so a figure reads the same wherever it appears. */
import type {NumericSummary, Proportion} from "./stats.js";

/** Up to `digits` decimals, trailing zeros dropped; "–" for null. @example formatNumber(48.2000001) // "48.2" */
export function formatNumber(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  const text = x.toFixed(digits);
  return (text.includes(".") ? text.replace(/\.?0+$/, "") : text).replace(/^-0$/, "0");
}

/** @example formatPercent(16.666) // "17%" */
export function formatPercent(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined ? "–" : `${formatNumber(x, digits)}%`;
}

/** @example formatCount({n: 2, total: 10, percent: 20}) // "2 (20%)" */
export function formatCount({n, percent}: Proportion): string {
  return percent === null ? `${n}` : `${n} (${formatPercent(percent)})`;
}

/** @example formatMedianRange(describeNumeric(patients, "age")) // "46.5 (38–69)" */
export function formatMedianRange(s: NumericSummary, digits = 1): string {
  if (s.n === 0) return "–";
  return s.min === s.max ? formatNumber(s.median, digits) : `${formatNumber(s.median, digits)} (${formatNumber(s.min, digits)}–${formatNumber(s.max, digits)})`;
}

/** A count as prose and captions write it, thousands grouped so a registry reads. @example formatInteger(100000) // "100,000" */
export function formatInteger(n: number): string {
  return n.toLocaleString("en");
}

/** "1 patient", "3 patients", "10,000 patients". */
export function pluralize(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}

/** The most patient numbers a sentence or a list names; a registry's thousands are counted, not listed. */
export const maxListedPatients = 30;

/**
 * Joins patient numbers for prose: "2 and 3", "1, 2 and 6"; beyond maxListedPatients, the first ones and a count
 * of the others ("1, 2, …, 30 and 970 more").
 */
export function listPatients(ids: readonly number[]): string {
  if (ids.length > maxListedPatients) return `${ids.slice(0, maxListedPatients).join(", ")} and ${formatInteger(ids.length - maxListedPatients)} more`;
  if (ids.length <= 1) return ids.join("");
  return `${ids.slice(0, -1).join(", ")} and ${ids.at(-1)}`;
}

/** A time in months, or "not reached" for a median the curve never reaches. @example formatMonths(null) // "not reached" */
export function formatMonths(x: number | null): string {
  return x === null ? "not reached" : `${formatNumber(x)} months`;
}

/**
 * The confidence interval of a median survival, " (95% CI 14 to not reached)", or "" when neither the median nor
 * its lower bound is reached.
 */
export function formatMedianInterval(m: {estimate: number | null; lower: number | null; upper: number | null}): string {
  const bound = (x: number | null) => (x === null ? "not reached" : formatNumber(x));
  return m.estimate === null && m.lower === null ? "" : ` (95% CI ${bound(m.lower)} to ${bound(m.upper)})`;
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A month written YYYY-MM (article.json's study period) as a reader writes it; anything else is returned as given.
 * @example formatMonth("2003-02") // "February 2003"
 */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  return match ? `${monthNames[Number(match[2]) - 1]} ${match[1]}` : month;
}

/** A day as YYYY-MM-DD, in the reader's time zone (a citation's "accessed", a figure's "drawn"). @example formatDay(new Date(2026, 11, 6)) // "2026-12-06" */
export function formatDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}
