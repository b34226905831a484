/**
 * The exact (permutation) log-rank test: with few deaths the chi-square approximation of the log-rank statistic
 * is too optimistic, so the p-value is instead the share of all relabellings of the subjects that keep the group
 * sizes and give a statistic at least as large as the one observed. Under the null hypothesis of one survival
 * curve every such relabelling is equally likely, so this p-value is exact whatever the number of deaths.
 *
 * When the relabellings are too many to list (more than `maxExact`), a seeded Monte-Carlo sample of `draws`
 * relabellings is used instead, with p = (b + 1) / (draws + 1), b the draws at least as extreme (the observed
 * labelling counts as one draw, so p is never 0); the result says which was done. Plain math, no DOM, no Node.
 */
import {logRank, type Subject, type SurvivalGroup} from "./survival.js";

export interface ExactLogRankTest {
  /** The observed log-rank chi-square (null when the test cannot be done; `reason` says why). */
  chiSquare: number | null;
  /** Share of relabellings with a statistic ≥ the observed one. */
  p: number | null;
  /** Relabellings at least as extreme as the observed one (the numerator of p, before the Monte-Carlo +1). */
  extreme: number;
  /** Relabellings considered: all of them (exact) or the Monte-Carlo draws. */
  assignments: number;
  method: "exact" | "monte-carlo" | null;
  /** Monte-Carlo only: the seed of the generator, so the p-value can be reproduced. */
  seed: number | null;
  reason: string | null;
}

export interface ExactLogRankOptions {
  /** Most relabellings to enumerate before sampling instead (default 200,000). */
  maxExact?: number;
  /** Monte-Carlo draws (default 10,000). */
  draws?: number;
  /** Seed of the Monte-Carlo generator (default 1). */
  seed?: number;
}

/** Relative tolerance for "at least the observed statistic": ties in floating point must count as ties. */
const tie = (x: number, observed: number) => x >= observed - 1e-9 * Math.max(1, Math.abs(observed));

/** Number of ways to split n labelled subjects into groups of the given sizes (a multinomial coefficient). */
function multinomial(sizes: readonly number[]): number {
  let result = 1;
  let n = 0;
  for (const size of sizes) {
    for (let i = 1; i <= size; i++) result = (result * ++n) / i;
  }
  return Math.round(result);
}

/** Calls `visit` with every assignment of group indices to n subjects that keeps `sizes`. */
function forEachAssignment(sizes: readonly number[], visit: (labels: readonly number[]) => void): void {
  const n = sizes.reduce((a, b) => a + b, 0);
  const left = [...sizes];
  const labels = new Array<number>(n);
  const place = (i: number) => {
    if (i === n) return visit(labels);
    for (let g = 0; g < left.length; g++) {
      if (left[g] === 0) continue;
      left[g]!--;
      labels[i] = g;
      place(i + 1);
      left[g]!++;
    }
  };
  place(0);
}

/** mulberry32: a small seeded generator, enough for reproducible permutations. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function statistic(subjects: readonly Subject[], labels: readonly number[], names: readonly string[]): number {
  const groups: SurvivalGroup[] = names.map((name, g) => ({name, subjects: subjects.filter((_, i) => labels[i] === g)}));
  // A relabelling that leaves no death with two groups at risk carries no evidence: statistic 0.
  return logRank(groups).chiSquare ?? 0;
}

/**
 * Exact permutation p-value of the log-rank test between the groups; times in any unit.
 * @example exactLogRank([{name: "Synchronous", subjects: [{time: 24, event: true}, {time: 14, event: true}]}, {name: "Staged", subjects: eightAlive}])
 * // {chiSquare: 4.89…, p: 3 / 45 = 0.0667, extreme: 3, assignments: 45, method: "exact", …}
 */
export function exactLogRank(groups: readonly SurvivalGroup[], {maxExact = 200_000, draws = 10_000, seed = 1}: ExactLogRankOptions = {}): ExactLogRankTest {
  const observed = logRank(groups);
  const empty = {extreme: 0, assignments: 0, method: null, seed: null};
  if (observed.chiSquare === null) return {chiSquare: null, p: null, ...empty, reason: observed.reason};
  const subjects = groups.flatMap((g) => g.subjects);
  const names = groups.map((g) => g.name);
  const sizes = groups.map((g) => g.subjects.length);
  const observedLabels = groups.flatMap((g, i) => g.subjects.map(() => i));
  const total = multinomial(sizes);
  let extreme = 0;
  if (total <= maxExact) {
    forEachAssignment(sizes, (labels) => {
      if (tie(statistic(subjects, labels, names), observed.chiSquare!)) extreme++;
    });
    return {chiSquare: observed.chiSquare, p: extreme / total, extreme, assignments: total, method: "exact", seed: null, reason: null};
  }
  const random = generator(seed);
  const labels = [...observedLabels];
  for (let d = 0; d < draws; d++) {
    // Fisher–Yates shuffle of the labels keeps the group sizes.
    for (let i = labels.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [labels[i], labels[j]] = [labels[j]!, labels[i]!];
    }
    if (tie(statistic(subjects, labels, names), observed.chiSquare)) extreme++;
  }
  return {chiSquare: observed.chiSquare, p: (extreme + 1) / (draws + 1), extreme, assignments: draws, method: "monte-carlo", seed, reason: null};
}
