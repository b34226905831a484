/**
 * How a Kaplan–Meier figure is framed for a reader: which time window it shows by default and whether a
 * comparison between its curves is worth a test. Both follow conventions that keep small series honest: a curve
 * is drawn only as far as enough patients remain at risk for its steps to mean something (Pocock, Clayton and
 * Altman, Lancet 2002), and a log-rank p-value is printed only where the groups are large enough for it.
 */
import {numberAtRisk, type Subject} from "./survival.js";

export interface SurvivalWindow {
  /** End of the time axis in months. */
  end: number;
  /** End of the full follow-up (the longest time), in months. */
  fullEnd: number;
  /** True when `end` cuts off part of the follow-up. */
  truncated: boolean;
  /** Patients still at risk at `end`. */
  atRiskAtEnd: number;
  /** Patients followed beyond `end`. */
  followedBeyond: number;
  /** Deaths after `end`, which the truncated figure does not show. */
  deathsBeyond: number;
  /** The smallest number at risk the window keeps. */
  minAtRisk: number;
}

/**
 * The default window of a survival figure: up to the last 12-month break at which at least `minAtRisk`
 * patients (by default 2, or a tenth of the patients if more) remain at risk; beyond it a curve's steps rest on
 * one or two patients and only stretch the axis. The full follow-up is always one choice away.
 * @example survivalWindow(cohort) // {end: 36, fullEnd: 170, truncated: true, atRiskAtEnd: 2, followedBeyond: 2, deathsBeyond: 0, ...}
 */
export function survivalWindow(subjects: readonly Subject[], {minAtRisk}: {minAtRisk?: number} = {}): SurvivalWindow {
  const fullEnd = Math.max(0, ...subjects.map((s) => s.time));
  // A series smaller than the floor is shown whole: there is no point at which enough remain.
  const floor = Math.min(subjects.length, minAtRisk ?? Math.max(2, Math.ceil(subjects.length / 10)));
  const breaks = Array.from({length: Math.floor(fullEnd / 12) + 1}, (_, i) => i * 12);
  const atRisk = numberAtRisk(subjects, breaks);
  let end = 0;
  breaks.forEach((t, i) => {
    if (atRisk[i]! >= floor) end = t;
  });
  // Cutting less than one more break off the axis would hide follow-up and gain no readability; and where too
  // few remain at risk even at the first break, there is no readable stretch to keep, so the whole is shown.
  const truncated = end > 0 && fullEnd > end + 12;
  if (!truncated) end = fullEnd;
  return {
    end,
    fullEnd,
    truncated,
    atRiskAtEnd: subjects.filter((s) => s.time >= end).length,
    followedBeyond: subjects.filter((s) => s.time > end).length,
    deathsBeyond: subjects.filter((s) => s.event && s.time > end).length,
    minAtRisk: floor
  };
}

/** Smallest groups a log-rank p-value is printed for (this report's rule, stated wherever a test is withheld). */
export const logRankMinimum = {patientsPerGroup: 5, deaths: 5} as const;

export interface TestGate {
  /** True when the groups are large enough for a log-rank p-value to be printed. */
  testable: boolean;
  /** Why not, in words for the reader; null when testable. */
  reason: string | null;
}

/**
 * Whether a log-rank test across groups is printed. With a handful of patients or deaths per group its p-value
 * is unstable and invites over-reading, so the report withholds it and says why.
 * @example logRankGate([{n: 7, events: 2}, {n: 3, events: 0}]) // {testable: false, reason: "a group has fewer than 5 patients (3) ..."}
 */
export function logRankGate(groups: readonly {n: number; events: number}[]): TestGate {
  const {patientsPerGroup, deaths} = logRankMinimum;
  if (groups.length < 2) return {testable: false, reason: "there is only one group"};
  const smallest = Math.min(...groups.map((g) => g.n));
  const events = groups.reduce((sum, g) => sum + g.events, 0);
  const problems = [
    smallest < patientsPerGroup ? `a group has fewer than ${patientsPerGroup} patients (the smallest has ${smallest})` : null,
    events < deaths ? `there ${events === 1 ? "is" : "are"} ${events} death${events === 1 ? "" : "s"} in all, fewer than ${deaths}` : null
  ].filter((p): p is string => p !== null);
  return problems.length ? {testable: false, reason: problems.join(", and ")} : {testable: true, reason: null};
}
