/**
 * What the Survival page says about comparing its curves: nothing at all for one curve; why no test is shown
 * for groups too small to test (logRankGate); otherwise the log-rank test, with an exact permutation p-value
 * beside the chi-square one whenever deaths are few (the chi-square approximation is then too optimistic),
 * saying which to read. The warning that a small series can only detect a large difference is given whatever
 * the p-value. Plain strings: a short label drawn on the plot and a paragraph under the table.
 */
import {exactLogRank} from "../exactLogRank.js";
import {formatNumber, pluralize} from "../format.js";
import {logRankGate, logRankMinimum} from "../kmDisplay.js";
import {logRank, type Subject} from "../survival.js";

/** Below this many deaths the exact p-value is computed and is the one to read. */
export const fewDeaths = 20;
/** Above this many patients the permutations cost too much in a browser; the chi-square stands alone. */
const exactUpTo = 200;

export interface SurvivalTestText {
  /** Drawn on the plot; null for a single curve. */
  plotLabel: string | null;
  /** The paragraph under the table; "" for a single curve. */
  paragraph: string;
}

const p = (x: number) => (x < 0.001 ? "< 0.001" : `= ${formatNumber(x, 3)}`);

/**
 * @example survivalTest([{name: "Female", subjects: women}, {name: "Male", subjects: men}]).plotLabel // "No test: groups too small (see below)"
 */
export function survivalTest(groups: readonly {name: string; subjects: readonly Subject[]}[]): SurvivalTestText {
  if (groups.length < 2) return {plotLabel: null, paragraph: ""};
  const deaths = groups.reduce((sum, g) => sum + g.subjects.filter((s) => s.event).length, 0);
  const patients = groups.reduce((sum, g) => sum + g.subjects.length, 0);
  const gate = logRankGate(groups.map((g) => ({n: g.subjects.length, events: g.subjects.filter((s) => s.event).length})));
  const rule = `This report prints a log-rank p-value only when every group has at least ${logRankMinimum.patientsPerGroup} patients and there are at least ${logRankMinimum.deaths} deaths in all; below that a p-value is too unstable to read. The curves and the table describe the groups; they do not compare them.`;
  if (!gate.testable) return {plotLabel: "No test: groups too small (see below)", paragraph: `No test is shown for these ${groups.length} groups: ${gate.reason}. ${rule}`};
  const test = logRank(groups);
  if (test.p === null || test.chiSquare === null) return {plotLabel: "No test (see below)", paragraph: `No log-rank test: ${test.reason}.`};
  const warning = `With ${pluralize(deaths, "death")} in all, the test can detect only a large difference; a p-value above 0.05 says little about whether the groups differ, and one below it rests on few events.`;
  const observed = `Observed/expected deaths: ${test.groups.map((g) => `${g.name} ${g.observed}/${formatNumber(g.expected, 2)}`).join("; ")}.`;
  const chi = `χ² = ${formatNumber(test.chiSquare, 2)} on ${test.df} degree${test.df === 1 ? "" : "s"} of freedom`;
  if (deaths < fewDeaths && patients <= exactUpTo) {
    const exact = exactLogRank(groups);
    if (exact.p !== null) {
      const how = exact.method === "exact" ? `all ${exact.assignments} relabellings of the patients` : `${exact.assignments} random relabellings (seed ${exact.seed})`;
      return {
        plotLabel: `Log-rank p ${p(exact.p)} (exact)`,
        paragraph: `Log-rank test across the ${groups.length} groups: exact permutation p ${p(exact.p)} (over ${how}); the chi-square approximation (${chi}) gives p ${p(test.p)}, which is too optimistic with so few deaths: read the exact one. ${observed} ${warning}`
      };
    }
  }
  return {plotLabel: `Log-rank p ${p(test.p)}`, paragraph: `Log-rank test across the ${groups.length} groups: ${chi}, p ${p(test.p)}. ${observed} ${warning}`};
}
