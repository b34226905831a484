/**
 * Survival analysis for the case series: the Kaplan–Meier curve with Greenwood variance and log-log
 * confidence bands, median survival with its confidence interval, median follow-up by reverse Kaplan–Meier,
 * and the log-rank test. Plain math (its one import counts in sorted numbers), so the same code runs in the
 * loaders, the tests and the browser. Times may be in any unit (the report uses months from liver resection);
 * results come back in it.
 *
 * Conventions follow R's survival package (survfit with conf.type = "log-log", quantile.survfit, survdiff) so
 * that numbers can be checked against it; where this module differs, the JSDoc says so.
 */
import {countBelow, sortedNumbers} from "./sorted.js";

/** One patient's follow-up: time to death (event true) or to last contact alive (event false, censored). */
export interface Subject {
  time: number;
  event: boolean;
}

/** The Kaplan–Meier curve at one distinct observed time (a death, a censoring, or the start at time 0). */
export interface KmStep {
  time: number;
  /** Subjects still followed just before `time` (their time is ≥ `time`). */
  atRisk: number;
  /** Deaths at `time`. */
  events: number;
  /** Subjects censored (last seen alive) at `time`. */
  censored: number;
  /** Estimated probability of surviving beyond `time`, i.e. the curve just after the step. */
  survival: number;
  /** Greenwood variance of `survival`; null once survival is 0, where Greenwood's sum is infinite. */
  variance: number | null;
  /** Pointwise log-log confidence band; 1 and 1 before the first death, null once survival is 0. */
  lower: number | null;
  upper: number | null;
}

/** A time at which a curve crosses 50%, with its confidence interval; null where it is not reached. */
export interface MedianSurvival {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
}

export interface KaplanMeierCurve {
  /** Subjects. */
  n: number;
  /** Deaths. */
  events: number;
  /** Confidence level of the bands and the median's interval, e.g. 0.95. */
  confidence: number;
  /** The starting step at time 0, then one step per distinct observed time, in time order. */
  steps: KmStep[];
  median: MedianSurvival;
}

/** The curve in force at a time, and how many subjects are still followed then. */
export interface SurvivalAtTime {
  time: number;
  survival: number;
  lower: number | null;
  upper: number | null;
  /** Subjects whose time is ≥ the queried time. */
  atRisk: number;
}

/** Median follow-up time with its confidence interval; null where the reverse curve does not reach 50%. */
export interface FollowUpMedian {
  median: number | null;
  lower: number | null;
  upper: number | null;
}

export interface SurvivalGroup {
  name: string;
  subjects: readonly Subject[];
}

export interface LogRankGroup {
  name: string;
  n: number;
  /** Deaths observed in the group. */
  observed: number;
  /** Deaths expected in the group if all groups shared one hazard. */
  expected: number;
  /** Variance of observed − expected; 0 for a group never at risk beside another group at a death. */
  variance: number;
}

export interface LogRankTest {
  /** Null, with df and p, when the test cannot be done; `reason` then says why. */
  chiSquare: number | null;
  df: number | null;
  p: number | null;
  reason: string | null;
  groups: LogRankGroup[];
}

/**
 * Kaplan–Meier estimate of survival with Greenwood variance, pointwise log-log confidence bands and the median
 * with its confidence interval; times in any unit (months here), results in the same unit. Deaths come before
 * censorings at a shared time, so those censored then still count as at risk (R's convention); subjects with
 * time 0 fall in the starting step. The band is S^exp(±z·√V / |log S|) with V the Greenwood sum
 * Σ d / (n (n − d)): 1 to 1 before the first death, null where S is 0 (R's survfit with conf.type = "log-log"
 * gives NA there). The median is the first time S ≤ 0.5, or, where S sits exactly at 0.5 over a stretch, the
 * middle of the stretch (running to the last observed time if it never drops further), as R's quantile.survfit.
 * Its interval (Brookmeyer–Crowley, as R computes it) runs from the first time the lower band is ≤ 0.5 to the
 * first time the upper band is ≤ 0.5, by the same rule; any of the three is null when not reached.
 * @example kaplanMeier([{time: 14, event: true}, {time: 24, event: true}, {time: 170, event: false}])
 * // {n: 3, events: 2, steps: [{time: 0, survival: 1, ...}, {time: 14, atRisk: 3, survival: 0.667, ...}, ...],
 * //  median: {estimate: 24, lower: 14, upper: null}, ...}
 */
export function kaplanMeier(subjects: readonly Subject[], {confidence = 0.95}: {confidence?: number} = {}): KaplanMeierCurve {
  checkSubjects(subjects);
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`confidence must be between 0 and 1 (exclusive), got ${confidence}`);
  }
  const z = normalQuantile((1 + confidence) / 2);
  const rows = tabulate(subjects);
  const start = rows[0]?.time === 0 ? [] : [{time: 0, atRisk: subjects.length, events: 0, censored: 0}];
  let survival = 1;
  let greenwood = 0;
  const steps = [...start, ...rows].map((row): KmStep => {
    if (row.events > 0) {
      survival *= (row.atRisk - row.events) / row.atRisk;
      greenwood += row.atRisk > row.events ? row.events / (row.atRisk * (row.atRisk - row.events)) : Infinity;
    }
    return {...row, survival, ...logLogBand(survival, greenwood, z)};
  });
  const lastTime = steps[steps.length - 1]!.time;
  const crossing = (value: (step: KmStep) => number | null) =>
    firstTimeAtOrBelowHalf(steps.map((step) => ({time: step.time, value: value(step)})), lastTime);
  return {
    n: subjects.length,
    events: subjects.filter((s) => s.event).length,
    confidence,
    steps,
    median: {estimate: crossing((s) => s.survival), lower: crossing((s) => s.lower), upper: crossing((s) => s.upper)}
  };
}

/**
 * The Kaplan–Meier curve in force at `time` (a step function continuous from the right, so at a death time it
 * already includes that death), with the number of subjects still followed at `time`. Time is in the curve's
 * unit (months here). Beyond the last observed time the last value is carried forward and atRisk is 0, so
 * callers should check atRisk before reporting a value there.
 * @example survivalAt(kaplanMeier(cohort), 15) // {time: 15, survival: 0.875, lower: 0.387, upper: 0.981, atRisk: 7}
 */
export function survivalAt(curve: KaplanMeierCurve, time: number): SurvivalAtTime {
  checkTime(time, "query time");
  // The curve starts at time 0 and time is ≥ 0, so some step is always in force.
  const inForce = curve.steps.findLast((step) => step.time <= time)!;
  const next = curve.steps.find((step) => step.time >= time);
  return {time, survival: inForce.survival, lower: inForce.lower, upper: inForce.upper, atRisk: next?.atRisk ?? 0};
}

/**
 * Number of subjects still followed at each of `times` (those whose time is ≥ t), for the table of numbers at
 * risk under a survival plot. Times are in the subjects' unit (months here).
 * @example numberAtRisk(cohort, [0, 12, 24, 36]) // [10, 8, 3, 2]
 */
export function numberAtRisk(subjects: readonly Subject[], times: readonly number[]): number[] {
  checkSubjects(subjects);
  times.forEach((time, i) => checkTime(time, `time ${i + 1}`));
  const sorted = sortedNumbers(subjects, (s) => s.time);
  return times.map((time) => sorted.length - countBelow(sorted, time));
}

/**
 * Median follow-up by the reverse Kaplan–Meier method: the Kaplan–Meier median with the roles swapped, so
 * that last contact alive is the "event" and death censors follow-up. Unlike the plain median of all times it
 * is not shortened by early deaths. Times are in the subjects' unit (months here); conventions (ties, median
 * rule, interval) are those of kaplanMeier.
 * @example reverseKaplanMeierFollowUp(cohort) // {median: 19, lower: 8, upper: null}
 */
export function reverseKaplanMeierFollowUp(subjects: readonly Subject[], {confidence = 0.95}: {confidence?: number} = {}): FollowUpMedian {
  const {median} = kaplanMeier(subjects.map((s) => ({time: s.time, event: !s.event})), {confidence});
  return {median: median.estimate, lower: median.lower, upper: median.upper};
}

/**
 * Log-rank (Mantel–Haenszel) test that two or more groups share one survival curve, as R's survdiff: at each
 * death time the deaths are shared out over the groups in proportion to their numbers at risk, and the
 * statistic is (O − E)ᵀ V⁻¹ (O − E) over all groups but one, with the full hypergeometric covariance V,
 * referred to chi-square on (groups − 1) df. A group whose O − E has zero variance (never at risk beside
 * another group at a death, e.g. empty or censored before the first death) carries no information and would
 * make V singular, so it is left out of the statistic and its df; it is still listed in `groups`. When fewer
 * than two groups have subjects, there are no deaths, or no death happens with two groups at risk, the
 * statistic, df and p are null and `reason` says why.
 * @example logRank([{name: "6-MP", subjects: mp}, {name: "Placebo", subjects: placebo}])
 * // {chiSquare: 16.79, df: 1, p: 0.0000417, reason: null, groups: [{name: "6-MP", n: 21, observed: 9, expected: 19.25, ...}, ...]}
 */
export function logRank(groups: readonly SurvivalGroup[]): LogRankTest {
  groups.forEach((g) => checkSubjects(g.subjects, `group "${g.name}", `));
  const deathTimes = [...new Set(groups.flatMap((g) => g.subjects.filter((s) => s.event).map((s) => s.time)))].sort((a, b) => a - b);
  const k = groups.length;
  const expected = new Array<number>(k).fill(0);
  const covariance = Array.from({length: k}, () => new Array<number>(k).fill(0));
  const times = groups.map((g) => sortedNumbers(g.subjects, (s) => s.time));
  const deathsAt = groups.map((g) => {
    const counts = new Map<number, number>();
    for (const s of g.subjects) if (s.event) counts.set(s.time, (counts.get(s.time) ?? 0) + 1);
    return counts;
  });
  for (const time of deathTimes) {
    const atRisk = times.map((t) => t.length - countBelow(t, time));
    const deaths = deathsAt.map((counts) => counts.get(time) ?? 0);
    const n = sum(atRisk);
    const d = sum(deaths);
    atRisk.forEach((ni, i) => (expected[i]! += (d * ni) / n));
    // With one subject at risk the hypergeometric variance is 0 (and the formula 0/0).
    if (n < 2) continue;
    const scale = (d * (n - d)) / (n - 1);
    atRisk.forEach((ni, i) => atRisk.forEach((nj, j) => (covariance[i]![j]! += scale * (ni / n) * ((i === j ? 1 : 0) - nj / n))));
  }
  const summary = groups.map((g, i): LogRankGroup => ({
    name: g.name,
    n: g.subjects.length,
    observed: g.subjects.filter((s) => s.event).length,
    expected: expected[i]!,
    variance: covariance[i]![i]!
  }));
  const untested = (reason: string): LogRankTest => ({chiSquare: null, df: null, p: null, reason, groups: summary});
  if (summary.filter((g) => g.n > 0).length < 2) return untested("fewer than two groups have subjects");
  if (deathTimes.length === 0) return untested("no deaths in any group");
  const informative = summary.flatMap((g, i) => (g.variance > 0 ? [i] : []));
  if (informative.length < 2) return untested("no death happened while two or more groups were at risk");
  // O − E sums to 0 over the informative groups, so one is redundant; the statistic is the same whichever goes.
  const kept = informative.slice(0, -1);
  const difference = kept.map((i) => summary[i]!.observed - summary[i]!.expected);
  const weights = solveLinearSystem(kept.map((i) => kept.map((j) => covariance[i]![j]!)), difference);
  // Rounding can leave a tiny negative quadratic form when O ≈ E.
  const chiSquare = Math.max(0, sum(difference.map((u, i) => u * weights[i]!)));
  const df = informative.length - 1;
  return {chiSquare, df, p: chiSquarePValue(chiSquare, df), reason: null, groups: summary};
}

/**
 * Upper-tail probability of the chi-square distribution, P(X ≥ x) for x ≥ 0 on df degrees of freedom (a
 * positive integer): the regularized upper incomplete gamma function Q(df / 2, x / 2), by its series below
 * x / 2 = df / 2 + 1 and its continued fraction above (Numerical Recipes, gser and gcf), accurate to about
 * 1e-14 relative.
 * @example chiSquarePValue(3.841459, 1) // 0.05
 */
export function chiSquarePValue(x: number, df: number): number {
  if (!(Number.isFinite(x) && x >= 0)) throw new Error(`chi-square statistic must be a finite number ≥ 0, got ${x}`);
  if (!(Number.isInteger(df) && df > 0)) throw new Error(`degrees of freedom must be a positive integer, got ${df}`);
  return regularizedUpperGamma(df / 2, x / 2);
}

/**
 * Quantile of the standard normal distribution: the z with P(Z ≤ z) = probability, for 0 < probability < 1.
 * Found by bisection on the normal tail, which is 0.5·Q(1/2, z²/2) in terms of the incomplete gamma function
 * used for chiSquarePValue, so the module needs no second set of approximation constants.
 * @example normalQuantile(0.975) // 1.959964 (z for a two-sided 95% interval)
 */
export function normalQuantile(probability: number): number {
  if (!(probability > 0 && probability < 1)) {
    throw new Error(`probability must be between 0 and 1 (exclusive), got ${probability}`);
  }
  if (probability === 0.5) return 0;
  if (probability < 0.5) return -normalQuantile(1 - probability);
  const tail = 1 - probability;
  // The normal tail beyond 40 is about 1e-350, below the smallest double, so the answer lies in [0, 40].
  let low = 0;
  let high = 40;
  for (let i = 0; i < 200 && high - low > 1e-15 * high; i++) {
    const middle = (low + high) / 2;
    if (0.5 * regularizedUpperGamma(0.5, (middle * middle) / 2) > tail) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

// R's quantile.survfit treats the curve as sitting exactly at 0.5 when within sqrt(.Machine$double.eps).
const HALF_TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * First time a step curve is ≤ 0.5, by R's quantile.survfit rule: where the curve sits at 0.5 (within
 * tolerance) over a stretch, the middle of the stretch; if that stretch runs to the end, the middle of it and
 * the last observed time. Null values (a band where S is 0) are skipped, as R's approx drops NA.
 */
function firstTimeAtOrBelowHalf(points: readonly {time: number; value: number | null}[], lastTime: number): number | null {
  const defined = points.filter((p): p is {time: number; value: number} => p.value !== null);
  const reached = defined.find((p) => p.value <= 0.5 + HALF_TOLERANCE);
  if (!reached) return null;
  const below = defined.find((p) => p.value < 0.5 - HALF_TOLERANCE);
  if (below === reached) return reached.time;
  if (below) return (reached.time + below.time) / 2;
  const last = defined[defined.length - 1]!;
  return Math.abs(last.value - 0.5) <= HALF_TOLERANCE ? (reached.time + lastTime) / 2 : null;
}

/** Greenwood variance and log-log band for survival S with Greenwood sum Σ d / (n (n − d)). */
function logLogBand(survival: number, greenwood: number, z: number): Pick<KmStep, "variance" | "lower" | "upper"> {
  // log(-log S) is undefined at S = 0 and Greenwood's sum infinite, so there is no band to give.
  if (survival === 0) return {variance: null, lower: null, upper: null};
  // Before the first death the estimate is exactly 1 with no sampling variance.
  if (greenwood === 0) return {variance: 0, lower: 1, upper: 1};
  const spread = (z * Math.sqrt(greenwood)) / -Math.log(survival);
  return {variance: survival ** 2 * greenwood, lower: survival ** Math.exp(spread), upper: survival ** Math.exp(-spread)};
}

/** Distinct observed times in order, each with the number at risk just before it, deaths and censorings. */
function tabulate(subjects: readonly Subject[]): Pick<KmStep, "time" | "atRisk" | "events" | "censored">[] {
  // One sort and one pass (a filter per distinct time was quadratic: seconds at 100,000 patients).
  const sorted = [...subjects].sort((a, b) => a.time - b.time);
  const rows: Pick<KmStep, "time" | "atRisk" | "events" | "censored">[] = [];
  for (let i = 0; i < sorted.length; ) {
    const time = sorted[i]!.time;
    let events = 0;
    let j = i;
    for (; j < sorted.length && sorted[j]!.time === time; j++) if (sorted[j]!.event) events++;
    rows.push({time, atRisk: sorted.length - i, events, censored: j - i - events});
    i = j;
  }
  return rows;
}

function checkSubjects(subjects: readonly Subject[], where = ""): void {
  subjects.forEach((s, i) => checkTime(s.time, `${where}subject ${i + 1}`));
}

function checkTime(time: number, label: string): void {
  if (!(Number.isFinite(time) && time >= 0)) throw new Error(`${label}: time must be a finite number ≥ 0, got ${time}`);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** Solves A x = b by Gaussian elimination with partial pivoting, on copies of A and b. */
function solveLinearSystem(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    const pivot = a.slice(col).reduce((best, row, i) => (Math.abs(row[col]!) > Math.abs(a[best]![col]!) ? col + i : best), col);
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const pivotRow = a[col]!;
    // Groups with zero variance are dropped before this, which leaves V positive definite; a zero pivot here
    // would be a bug, not a property of the data.
    if (pivotRow[col] === 0) throw new Error("log-rank variance matrix is singular");
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / pivotRow[col]!;
      a[row] = a[row]!.map((v, j) => v - factor * pivotRow[j]!);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    const r = a[row]!;
    let s = r[n]!;
    for (let j = row + 1; j < n; j++) s -= r[j]! * x[j]!;
    x[row] = s / r[row]!;
  }
  return x;
}

const GAMMA_EPSILON = 1e-15;
const GAMMA_TINY = 1e-300;
const GAMMA_MAX_ITERATIONS = 10_000;

/** Q(a, x) = Γ(a, x) / Γ(a) for a ≥ 0.5 and x ≥ 0. */
function regularizedUpperGamma(a: number, x: number): number {
  if (x === 0) return 1;
  const logPrefactor = -x + a * Math.log(x) - logGamma(a);
  // The series converges fast below a + 1 and the continued fraction above it (Numerical Recipes 6.2).
  return x < a + 1 ? 1 - Math.exp(logPrefactor) * lowerGammaSeries(a, x) : Math.exp(logPrefactor) * upperGammaFraction(a, x);
}

/** Σ x^k / (a (a+1) ... (a+k)), so that P(a, x) = e^-x x^a / Γ(a) times this. */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let total = term;
  for (let k = 1; k < GAMMA_MAX_ITERATIONS; k++) {
    term *= x / (a + k);
    total += term;
    if (Math.abs(term) < Math.abs(total) * GAMMA_EPSILON) return total;
  }
  throw new Error(`incomplete gamma series did not converge for a = ${a}, x = ${x}`);
}

/** Continued fraction for Γ(a, x) e^x x^-a by the modified Lentz method. */
function upperGammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / GAMMA_TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < GAMMA_MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < GAMMA_TINY) d = GAMMA_TINY;
    c = b + an / c;
    if (Math.abs(c) < GAMMA_TINY) c = GAMMA_TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < GAMMA_EPSILON) return h;
  }
  throw new Error(`incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}`);
}

// Lanczos approximation, g = 7, 9 terms: about 15 significant digits for arguments ≥ 0.5.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];

/** log Γ(a) for a ≥ 0.5. */
function logGamma(a: number): number {
  const x = a - 1;
  const series = LANCZOS.slice(1).reduce((total, c, i) => total + c / (x + i + 1), LANCZOS[0]!);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(series);
}

/** What survival needs of a patient record; either may be null when the source did not record it. */
export interface SurvivalRecord {
  survivalMonths: number | null;
  dead: boolean | null;
}

/**
 * True when a record has both a survival time and a vital status, so it can enter a survival estimate.
 * @example patients.filter(hasSurvival) // the patients survival estimates use
 */
export function hasSurvival<T extends SurvivalRecord>(p: T): p is T & {survivalMonths: number; dead: boolean} {
  return p.survivalMonths !== null && p.survivalMonths !== undefined && Number.isFinite(p.survivalMonths) && typeof p.dead === "boolean";
}

/**
 * The survival data of patient records: time is survival in months from the liver resection, the event is death.
 * One definition for every page and for the audit, so "survival" means the same everywhere. A record without a
 * survival time or vital status (not recorded) is left out; `survivalLeftOut` names them for the note a page shows.
 * @example survivalSubjects([{survivalMonths: 24, dead: true}, {survivalMonths: null, dead: null}]) // [{time: 24, event: true}]
 */
export function survivalSubjects(patients: readonly SurvivalRecord[]): Subject[] {
  return patients.filter(hasSurvival).map((p) => ({time: p.survivalMonths, event: p.dead}));
}

/**
 * The patients survivalSubjects leaves out: survival time or vital status not recorded, by patient number.
 * @example survivalLeftOut([{id: 4, survivalMonths: null, dead: null}, {id: 5, survivalMonths: 8, dead: false}]) // [4]
 */
export function survivalLeftOut(patients: readonly (SurvivalRecord & {id: number})[]): number[] {
  return patients.filter((p) => !hasSurvival(p)).map((p) => p.id);
}

/**
 * Axis breaks (and number-at-risk times) in months, every 12 months as survival plots of cancer series use
 * (survminer's `break.time.by = 12`), or every multiple of 12 when more than `maxTicks` breaks would crowd the
 * axis (a phone). The breaks run to the first one at or past `maxTime`, so the last follow-up is on the axis.
 * @example timeTicks(40) // [0, 12, 24, 36, 48]
 * @example timeTicks(170, {maxTicks: 8}) // [0, 24, 48, ..., 168, 192]
 */
export function timeTicks(maxTime: number, {maxTicks = 16}: {maxTicks?: number} = {}): number[] {
  const months = Math.max(0, maxTime);
  const step = 12 * Math.max(1, Math.ceil(months / 12 / Math.max(1, maxTicks - 1)));
  return Array.from({length: Math.ceil(months / step) + 1}, (_, i) => i * step);
}
