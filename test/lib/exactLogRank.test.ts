import {describe, expect, it} from "vitest";
import {buildCohort, sourceFiles, type SourceTexts} from "../../data-loaders/cohort.js";
import {exactLogRank} from "../../src/lib/exactLogRank.js";
import {logRank, type Subject, survivalSubjects} from "../../src/lib/survival.js";
import {bundledText} from "../helpers.js";

const texts = Object.fromEntries(Object.entries(sourceFiles).map(([role, file]) => [role, bundledText(file)])) as SourceTexts;
const {patients} = buildCohort(texts);
const split = (keep: (p: (typeof patients)[number]) => boolean, names: [string, string]) => [
  {name: names[0], subjects: survivalSubjects(patients.filter(keep))},
  {name: names[1], subjects: survivalSubjects(patients.filter((p) => !keep(p)))}
];

// Hand calculation, the bundled cohort split by synchronous resection (patients 2 and 3, who both died, at 24 and
// 14 months; the other eight alive at 8, 11, 18, 18, 19, 20, 40, 170). Log-rank statistic of a pair A of two:
//   {14†, 24†} (observed): t=14, 8 at risk, A 2: E .25, V .1875; t=24, 3 at risk, A 1: E 1/3, V 2/9;
//                          O − E = 2 − .5833 = 1.4167, V = .4097, chi² = 4.898 (chi-square p = 0.0269)
//   {8+, 14†} and {11+, 14†}: A is at risk only at t=14 with 1 of 8: O − E = 1 − .125, V = .1094, chi² = 7.00
//   every other pair (e.g. {8+, 24†}: 0.885; {14†, 40+}: 0.42; {8+, 11+}: 0) is smaller.
// So 3 of the C(10, 2) = 45 relabellings are at least as extreme: p = 3/45 = 0.0667.
describe("exactLogRank", () => {
  const bySynchronous = split((p) => p.synchronousResection === true, ["Synchronous", "Staged"]);

  it("exactLogRank(bundled cohort by synchronous resection) is exact: 3 of 45 relabellings, p = 3/45 = 0.0667", () => {
    const test = exactLogRank(bySynchronous);
    expect(test).toMatchObject({extreme: 3, assignments: 45, method: "exact", seed: null, reason: null});
    expect(test.p).toBeCloseTo(3 / 45, 12);
    expect(Number(test.p!.toFixed(4))).toBe(0.0667);
    expect(test.chiSquare).toBeCloseTo(4.898, 3);
  });
  it("the chi-square p of the same split is 0.027, more optimistic than the exact 0.067", () => {
    const chi = logRank(bySynchronous);
    expect(Number(chi.p!.toFixed(3))).toBe(0.027);
    expect(chi.p!).toBeLessThan(exactLogRank(bySynchronous).p!);
  });
  it("exactLogRank({10†, 20†} vs {30+}) is 2 of 3 relabellings, by hand", () => {
    // A = {10†, 20†}: t=10, 3 at risk, A 2: O 1, E 2/3, V 2/9; t=20, 2 at risk, A 1: O 1, E 1/2, V 1/4 -> chi² = (5/6)² / (17/36) = 25/17
    // A = {10†, 30+}: O − E = −1/6, V 17/36 -> chi² = 1/17;  A = {20†, 30+}: t=20 all at risk in A (V 0): O − E = −2/3, V 2/9 -> chi² = 2
    const dead = (t: number): Subject => ({time: t, event: true});
    const test = exactLogRank([{name: "A", subjects: [dead(10), dead(20)]}, {name: "B", subjects: [{time: 30, event: false}]}]);
    expect(test.chiSquare).toBeCloseTo(25 / 17, 12);
    expect([test.extreme, test.assignments, test.p]).toEqual([2, 3, 2 / 3]);
  });
  it("exactLogRank with no deaths cannot be done and says why", () => {
    const test = exactLogRank([{name: "A", subjects: [{time: 5, event: false}]}, {name: "B", subjects: [{time: 6, event: false}]}]);
    expect(test).toMatchObject({p: null, chiSquare: null, method: null, reason: "no deaths in any group"});
  });
  it("exactLogRank above maxExact samples with a stated seed and draws, and the same seed gives the same p", () => {
    const a = exactLogRank(bySynchronous, {maxExact: 10, draws: 2000, seed: 7});
    const b = exactLogRank(bySynchronous, {maxExact: 10, draws: 2000, seed: 7});
    expect(a).toMatchObject({method: "monte-carlo", assignments: 2000, seed: 7});
    expect(a.p).toBe(b.p);
    expect(a.p).toBe((a.extreme + 1) / 2001);
    // 3/45 = 0.0667; 2000 draws give it within ±0.02 (about 3.6 standard errors).
    expect(Math.abs(a.p! - 3 / 45)).toBeLessThan(0.02);
  });
  it("exactLogRank of three groups enumerates the multinomial number of relabellings", () => {
    const s = (time: number, event: boolean): Subject => ({time, event});
    const test = exactLogRank([
      {name: "A", subjects: [s(1, true), s(2, true)]},
      {name: "B", subjects: [s(3, true), s(4, false)]},
      {name: "C", subjects: [s(5, false)]}
    ]);
    expect(test.assignments).toBe(30); // 5! / (2! 2! 1!)
    expect(test.p).toBe(test.extreme / 30);
    expect(test.extreme).toBeGreaterThanOrEqual(1);
  });
});
