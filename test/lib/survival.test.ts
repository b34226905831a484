import {describe, expect, it} from "vitest";
import {buildCohort, sourceFiles, type SourceTexts} from "../../data-loaders/cohort.js";
import {
  chiSquarePValue,
  kaplanMeier,
  logRank,
  normalQuantile,
  numberAtRisk,
  reverseKaplanMeierFollowUp,
  survivalAt,
  survivalSubjects,
  timeTicks,
  type KmStep,
  type Subject
} from "../../src/lib/survival.js";
import {bundledText, errorMessage} from "../helpers.js";

const round = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? x : Number(x.toFixed(digits)));
const stepAt = (steps: readonly KmStep[], time: number) => steps.find((s) => s.time === time)!;
const dead = (...times: number[]): Subject[] => times.map((time) => ({time, event: true}));
const alive = (...times: number[]): Subject[] => times.map((time) => ({time, event: false}));

// Table 1, overall survival in months from liver resection, in the paper's patient order; event = died.
const cohort: Subject[] = [
  {time: 170, event: false}, {time: 24, event: true}, {time: 14, event: true}, {time: 20, event: false},
  {time: 18, event: false}, {time: 19, event: false}, {time: 40, event: false}, {time: 18, event: false},
  {time: 11, event: false}, {time: 8, event: false}
];

// Freireich et al. (1963) 6-MP remission data in weeks, as in Kleinbaum & Klein and R's MASS::gehan.
const mercaptopurine: Subject[] = [
  ...dead(6, 6, 6), ...alive(6), ...dead(7), ...alive(9), ...dead(10), ...alive(10, 11), ...dead(13, 16),
  ...alive(17, 19, 20), ...dead(22, 23), ...alive(25, 32, 32, 34, 35)
];
const placebo: Subject[] = dead(1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23);

// Hand calculation for the cohort (z = 1.959964 for 95%). Sorted: 8+ 11+ 14 18+ 18+ 19+ 20+ 24 40+ 170+,
// so the curve only moves at the deaths at 14 and 24:
//   t=14: 8 at risk (14, 18, 18, 19, 20, 24, 40, 170), 1 death -> S = 7/8 = 0.875
//     Greenwood V = 1/(8*7) = 0.017857, var S = 0.875^2 * V = 0.013672
//     log-log: se = sqrt(V)/|ln S| = 0.133631/0.133531 = 1.000743; z*se = 1.961420
//     lower = S^exp(1.961420) = 0.875^7.109418 = 0.3870; upper = S^exp(-1.961420) = 0.875^0.140658 = 0.9814
//   t=24: 3 at risk (24, 40, 170), 1 death -> S = 0.875 * 2/3 = 0.583333
//     V = 1/(8*7) + 1/(3*2) = 0.184524, var S = 0.583333^2 * V = 0.062789
//     se = sqrt(V)/|ln S| = 0.429562/0.538997 = 0.796967; z*se = 1.562026
//     lower = 0.583333^exp(1.562026) = 0.583333^4.768474 = 0.0765; upper = 0.583333^0.209711 = 0.8931
//   S never reaches 0.5, so the median is not reached. The lower band is 0.3870 <= 0.5 already at 14, so the
//   median's lower limit is 14; the upper band never falls below 0.8931, so its upper limit is not reached.
describe("kaplanMeier on the study cohort", () => {
  const km = kaplanMeier(cohort);

  it("kaplanMeier(cohort) has a step at time 0 and at each distinct observed time, with numbers at risk", () => {
    expect(km.steps.map((s) => [s.time, s.atRisk, s.events, s.censored])).toEqual([
      [0, 10, 0, 0], [8, 10, 0, 1], [11, 9, 0, 1], [14, 8, 1, 0], [18, 7, 0, 2], [19, 5, 0, 1], [20, 4, 0, 1],
      [24, 3, 1, 0], [40, 2, 0, 1], [170, 1, 0, 1]
    ]);
    expect([km.n, km.events, km.confidence]).toEqual([10, 2, 0.95]);
  });
  it("kaplanMeier(cohort) steps to 0.875 at 14 months and to 0.583333 at 24 months", () => {
    expect(km.steps.map((s) => round(s.survival, 6))).toEqual([1, 1, 1, 0.875, 0.875, 0.875, 0.875, 0.583333, 0.583333, 0.583333]);
  });
  it("kaplanMeier(cohort) has Greenwood variance 0.013672 at 14 and 0.062789 at 24 months", () => {
    expect(round(stepAt(km.steps, 14).variance, 6)).toBe(0.013672);
    expect(round(stepAt(km.steps, 24).variance, 6)).toBe(round(0.583333 ** 2 * (1 / 56 + 1 / 6), 6));
    expect(round(stepAt(km.steps, 24).variance, 6)).toBe(0.062789);
  });
  it("kaplanMeier(cohort) log-log 95% band is 0.3870-0.9814 at 14 and 0.0765-0.8931 at 24 months", () => {
    const at14 = stepAt(km.steps, 14);
    const at24 = stepAt(km.steps, 24);
    expect([round(at14.lower, 4), round(at14.upper, 4)]).toEqual([0.387, 0.9814]);
    expect([round(at24.lower, 4), round(at24.upper, 4)]).toEqual([0.0765, 0.8931]);
    // The band stays where it was across censoring-only steps.
    expect(stepAt(km.steps, 40)).toMatchObject({lower: at24.lower, upper: at24.upper});
  });
  it("kaplanMeier(cohort) band is 1 to 1 with variance 0 before the first death", () => {
    expect(km.steps.slice(0, 3).map((s) => [s.variance, s.lower, s.upper])).toEqual([[0, 1, 1], [0, 1, 1], [0, 1, 1]]);
  });
  it("kaplanMeier(cohort) median is not reached, with 95% CI from 14 months to not reached", () => {
    expect(km.median).toEqual({estimate: null, lower: 14, upper: null});
  });
  it("kaplanMeier(cohort, {confidence: 0.9}) narrows the band at 14 to 0.5003-0.9746", () => {
    // z = 1.644854; z*se = 1.644854 * 1.000743 = 1.646076; 0.875^exp(1.646076) = 0.875^5.186587 = 0.5003,
    // 0.875^exp(-1.646076) = 0.875^0.192805 = 0.9746. With the lower band just above 0.5 at 14, the median's
    // lower limit moves to 24, where the band is far below 0.5.
    const at14 = stepAt(kaplanMeier(cohort, {confidence: 0.9}).steps, 14);
    expect([round(at14.lower, 4), round(at14.upper, 4)]).toEqual([0.5003, 0.9746]);
    expect(kaplanMeier(cohort, {confidence: 0.9}).median).toEqual({estimate: null, lower: 24, upper: null});
  });
  it("the cohort above is Table 1 as transcribed by the data loader", () => {
    const {patients} = buildCohort(
      Object.fromEntries(Object.entries(sourceFiles).map(([role, file]) => [role, bundledText(file)])) as SourceTexts
    );
    expect(patients.map((p) => ({time: p.survivalMonths, event: p.dead}))).toEqual(cohort);
  });
});

describe("survivalAt and numberAtRisk", () => {
  const km = kaplanMeier(cohort);

  it("survivalAt(km, t) is right-continuous: 1 just before 14 months, 0.875 at 14", () => {
    expect(survivalAt(km, 13.9)).toEqual({time: 13.9, survival: 1, lower: 1, upper: 1, atRisk: 8});
    expect(survivalAt(km, 14)).toMatchObject({survival: 0.875, lower: stepAt(km.steps, 14).lower, atRisk: 8});
  });
  it("survivalAt(km, 15) carries the 14-month value with 7 still at risk", () => {
    expect(survivalAt(km, 15)).toMatchObject({survival: 0.875, atRisk: 7});
    expect(survivalAt(km, 0)).toMatchObject({survival: 1, atRisk: 10});
  });
  it("survivalAt(km, 200) beyond the last follow-up carries 0.583333 forward with no one at risk", () => {
    const late = survivalAt(km, 200);
    expect([round(late.survival, 6), late.atRisk]).toEqual([0.583333, 0]);
  });
  it("survivalAt rejects a negative or NaN time", () => {
    expect(errorMessage(() => survivalAt(km, -1))).toBe("query time: time must be a finite number ≥ 0, got -1");
    expect(errorMessage(() => survivalAt(km, Number.NaN))).toBe("query time: time must be a finite number ≥ 0, got NaN");
  });
  it("numberAtRisk(cohort, [0, 12, 24, 36, 60, 170, 171]) is [10, 8, 3, 2, 1, 1, 0]", () => {
    expect(numberAtRisk(cohort, [0, 12, 24, 36, 60, 170, 171])).toEqual([10, 8, 3, 2, 1, 1, 0]);
    expect(errorMessage(() => numberAtRisk(cohort, [0, -6]))).toBe("time 2: time must be a finite number ≥ 0, got -6");
  });
});

// Hand calculation for 6-MP (z = 1.959964): the Greenwood sum V adds d/(n(n-d)) at each death time.
//   t   n   d  c   S                              V
//   6  21   3  1   18/21 = 0.857143               3/(21*18) = 0.007937
//   7  17   1  0   0.857143*16/17 = 0.806723      + 1/(17*16)
//  10  15   1  1   0.806723*14/15 = 0.752941      + 1/(15*14)   (the censored 10+ is still at risk: n = 15)
//  13  12   1  0   0.752941*11/12 = 0.690196      + 1/(12*11)
//  16  11   1  0   0.690196*10/11 = 0.627451      + 1/(11*10)
//  22   7   1  0   0.627451*6/7   = 0.537815      + 1/(7*6)
//  23   6   1  0   0.537815*5/6   = 0.448179      + 1/(6*5) = 0.090184
// SE at 6 = 0.857143 * sqrt(0.007937) = 0.0764; at 23 = 0.448179 * sqrt(0.090184) = 0.1346 (R: 0.0764, 0.1346).
// Log-log band at 6: se = 0.089087/|ln 0.857143| = 0.089087/0.154151 = 0.577922, z*se = 1.132706,
//   lower = 0.857143^exp(1.132706) = 0.857143^3.104046 = 0.6197, upper = 0.857143^0.322160 = 0.9516.
// At 23: se = 0.300307/0.802562 = 0.374186, z*se = 0.733390,
//   lower = 0.448179^2.082128 = 0.1881, upper = 0.448179^0.480278 = 0.6801. (R conf.type "log-log": 0.620-0.952, 0.188-0.680.)
// Median: S first <= 0.5 at 23. Lower band: 0.5032 at 10, 0.4316 at 13 -> lower limit 13. The upper band ends
//   at 0.6801, never <= 0.5 -> upper limit not reached. (R's default conf.type "log" would give 16 instead.)
describe("kaplanMeier on the Freireich 6-MP leukaemia data", () => {
  const km = kaplanMeier(mercaptopurine);

  it("kaplanMeier(6-MP) matches the published estimates 0.857, 0.807, 0.753, 0.690, 0.627, 0.538, 0.448", () => {
    expect([6, 7, 10, 13, 16, 22, 23].map((t) => round(stepAt(km.steps, t).survival))).toEqual([
      0.857, 0.807, 0.753, 0.69, 0.627, 0.538, 0.448
    ]);
    expect([km.n, km.events]).toEqual([21, 9]);
  });
  it("kaplanMeier(6-MP) counts deaths before censorings at a shared time (10 weeks: 15 at risk, not 14)", () => {
    expect(stepAt(km.steps, 6)).toMatchObject({atRisk: 21, events: 3, censored: 1});
    expect(stepAt(km.steps, 10)).toMatchObject({atRisk: 15, events: 1, censored: 1});
    // Had the censoring come first, S(10) would be 0.806723 * 13/14 = 0.749.
    expect(round(stepAt(km.steps, 10).survival, 6)).toBe(round((18 / 21) * (16 / 17) * (14 / 15), 6));
    expect(stepAt(km.steps, 11).atRisk).toBe(13);
  });
  it("kaplanMeier(6-MP) Greenwood SE is 0.0764 at 6 weeks and 0.1346 at 23 weeks", () => {
    expect(round(Math.sqrt(stepAt(km.steps, 6).variance!), 4)).toBe(0.0764);
    expect(round(Math.sqrt(stepAt(km.steps, 23).variance!), 4)).toBe(0.1346);
  });
  it("kaplanMeier(6-MP) log-log 95% band is 0.620-0.952 at 6 weeks and 0.188-0.680 at 23 weeks", () => {
    const at6 = stepAt(km.steps, 6);
    const at23 = stepAt(km.steps, 23);
    expect([round(at6.lower, 4), round(at6.upper, 4), round(at23.lower, 4), round(at23.upper, 4)]).toEqual([0.6197, 0.9516, 0.1881, 0.6801]);
    expect([round(at6.lower), round(at6.upper), round(at23.lower), round(at23.upper)]).toEqual([0.62, 0.952, 0.188, 0.68]);
  });
  it("kaplanMeier(6-MP) median is 23 weeks, 95% CI 13 to not reached", () => {
    expect(km.median).toEqual({estimate: 23, lower: 13, upper: null});
  });
  it("kaplanMeier(placebo) with every patient relapsing falls to 0 at 23 weeks, where variance and band are null", () => {
    // 21 at risk; S = 19/21 at 1, 17/21 at 2, 16/21 at 3, 14/21 at 4, 12/21 = 0.571 at 5, 8/21 = 0.381 at 8.
    const pl = kaplanMeier(placebo);
    expect(pl.median.estimate).toBe(8);
    expect(pl.steps.at(-1)).toEqual({time: 23, atRisk: 1, events: 1, censored: 0, survival: 0, variance: null, lower: null, upper: null});
    expect(pl.steps.every((s) => s.censored === 0)).toBe(true);
  });
});

describe("kaplanMeier median conventions and edge cases", () => {
  it("kaplanMeier(deaths at 1, 2, 3, 4) median is 2.5, the middle of the stretch where S is exactly 0.5", () => {
    // S = 0.75, 0.5, 0.25, 0: flat at 0.5 from 2 to 3, so R's quantile.survfit (and the sample median) give 2.5.
    expect(kaplanMeier(dead(1, 2, 3, 4)).median.estimate).toBe(2.5);
    expect(kaplanMeier(dead(1, 2, 3, 4, 5)).median.estimate).toBe(3);
  });
  it("kaplanMeier(death at 1, censored at 2) median is 1.5: S stays 0.5 to the last follow-up", () => {
    expect(kaplanMeier([...dead(1), ...alive(2)]).median.estimate).toBe(1.5);
  });
  it("kaplanMeier([]) has n 0, only the time-0 step, and no median", () => {
    expect(kaplanMeier([])).toEqual({
      n: 0,
      events: 0,
      confidence: 0.95,
      steps: [{time: 0, atRisk: 0, events: 0, censored: 0, survival: 1, variance: 0, lower: 1, upper: 1}],
      median: {estimate: null, lower: null, upper: null}
    });
  });
  it("kaplanMeier of patients all censored stays at 1 with a 1-1 band and no median", () => {
    const km = kaplanMeier(alive(5, 3, 8));
    expect(km.steps.map((s) => [s.time, s.atRisk, s.survival, s.lower, s.upper])).toEqual([
      [0, 3, 1, 1, 1], [3, 3, 1, 1, 1], [5, 2, 1, 1, 1], [8, 1, 1, 1, 1]
    ]);
    expect(km.median).toEqual({estimate: null, lower: null, upper: null});
  });
  it("kaplanMeier puts a death at time 0 in the starting step", () => {
    const km = kaplanMeier([...dead(0), ...alive(5)]);
    expect(km.steps.map((s) => [s.time, s.atRisk, s.events, s.survival])).toEqual([[0, 2, 1, 0.5], [5, 1, 0, 0.5]]);
    expect(km.median.estimate).toBe(2.5);
  });
  it("kaplanMeier does not reorder or change its input", () => {
    const input = Object.freeze([...cohort].map((s) => Object.freeze({...s})));
    kaplanMeier(input);
    expect(input).toEqual(cohort);
  });
  it("kaplanMeier rejects a negative, NaN or infinite time, naming the subject and value", () => {
    expect(errorMessage(() => kaplanMeier([...dead(3), ...alive(-2)]))).toBe("subject 2: time must be a finite number ≥ 0, got -2");
    expect(errorMessage(() => kaplanMeier(dead(Number.NaN)))).toBe("subject 1: time must be a finite number ≥ 0, got NaN");
    expect(errorMessage(() => kaplanMeier(dead(Infinity)))).toBe("subject 1: time must be a finite number ≥ 0, got Infinity");
  });
  it("kaplanMeier rejects a confidence level outside (0, 1)", () => {
    expect(errorMessage(() => kaplanMeier(cohort, {confidence: 95}))).toBe("confidence must be between 0 and 1 (exclusive), got 95");
  });
});

// Reverse Kaplan-Meier for the cohort: the 8 last-contact-alive times are the "events", the deaths at 14 and
// 24 are censored. 8: 10 at risk -> S = 0.9; 11: 9 -> 0.8; 14 censored; 18: 7 at risk, 2 events -> 0.8*5/7 =
// 0.571429; 19: 5 -> 0.457143 (first <= 0.5: median 19); 20: 4 -> 0.342857; 24 censored; 40: 2 -> 0.171429;
// 170: 1 -> 0. Log-log lower band at 8: V = 1/(10*9), se = 0.105409/0.105361 = 1.000463, z*se = 1.960871,
// 0.9^exp(1.960871) = 0.9^7.105511 = 0.4730 <= 0.5 -> lower limit 8. Upper band: 0.9853, 0.9459, 0.8146,
// 0.7298, 0.6328, then 0.5021 at 40 (V = 0.715476, se = 0.845858/1.763589 = 0.479623, 0.171429^0.390610);
// at 170 S = 0 has no band, so the upper limit is not reached (as in R, where the band is NA there).
describe("reverseKaplanMeierFollowUp", () => {
  it("reverseKaplanMeierFollowUp(cohort) gives median follow-up 19 months, 95% CI 8 to not reached", () => {
    expect(reverseKaplanMeierFollowUp(cohort)).toEqual({median: 19, lower: 8, upper: null});
  });
  it("reverseKaplanMeierFollowUp(cohort) upper band is 0.5021 at 40 months, just above 0.5", () => {
    const reversed = kaplanMeier(cohort.map((s) => ({time: s.time, event: !s.event})));
    expect(reversed.steps.map((s) => round(s.survival, 6))).toEqual([1, 0.9, 0.8, 0.8, 0.571429, 0.457143, 0.342857, 0.342857, 0.171429, 0]);
    expect([round(stepAt(reversed.steps, 8).lower, 4), round(stepAt(reversed.steps, 40).upper, 4)]).toEqual([0.473, 0.5021]);
  });
  it("reverseKaplanMeierFollowUp of all deaths has no follow-up median", () => {
    expect(reverseKaplanMeierFollowUp(dead(3, 5))).toEqual({median: null, lower: null, upper: null});
  });
});

// Log-rank 6-MP vs placebo, by hand from the table of the 17 distinct relapse times
// (n1, n2 at risk in 6-MP and placebo; d deaths; E1 = d*n1/n; V1 = d*(n-d)/(n-1) * n1/n * (1 - n1/n)):
//   t  n1 n2  d1 d2   E1      V1        t  n1 n2  d1 d2   E1      V1
//   1  21 21  0  2  1.0000  0.4878     11  13  8  0  2  1.2381  0.4481
//   2  21 19  0  2  1.0500  0.4860     12  12  6  0  2  1.3333  0.4183
//   3  21 17  0  1  0.5526  0.2472     13  12  4  1  0  0.7500  0.1875
//   4  21 16  0  2  1.1351  0.4772     15  11  4  0  1  0.7333  0.1956
//   5  21 14  0  2  1.2000  0.4659     16  11  3  1  0  0.7857  0.1684
//   6  21 12  3  0  1.9091  0.6508     17  10  3  0  1  0.7692  0.1775
//   7  17 12  1  0  0.5862  0.2426     22   7  2  1  1  1.5556  0.3025
//   8  16 12  0  4  2.2857  0.8707     23   6  1  1  1  1.7143  0.2041
//  10  15  8  1  0  0.6522  0.2268
// Sums: O1 = 9, E1 = 19.2505, V = 6.2570; chi-square = (9 - 19.2505)^2 / 6.2570 = 16.7929 on 1 df;
// p = erfc(sqrt(16.7929/2)) = 4.169e-5. R survdiff: O 9 / E 19.3 and 21 / 10.7, Chisq = 16.8, p = 4e-05.
// (Table cross-checked with a throwaway script in exact fractions; it is not part of the repository.)
//
// Three groups, every death alone (d = 1), so each time adds p_i(δij - p_j) to V with p = n_i/n:
//   A: 1, 4+, 5   B: 2, 3, 6+   C: 3+, 4, 7
//   t  nA nB nC  death  E_A   E_B   E_C
//   1   3  3  3   A     1/3   1/3   1/3
//   2   2  3  3   B     2/8   3/8   3/8
//   3   2  2  3   B     2/7   2/7   3/7    (C's 3+ still at risk)
//   4   2  1  2   C     2/5   1/5   2/5    (A's 4+ still at risk)
//   5   1  1  1   A     1/3   1/3   1/3
//   7   0  0  1   C     0     0     1      (n = 1: no variance)
// O = 2, 2, 2; E_A = 673/420, E_B = 1283/840, E_C = 2411/840; u = O - E = (167/420, 397/840) for A, B.
// V_AA = 2/9 + 3/16 + 10/49 + 6/25 + 2/9 = 189811/176400; V_BB = 2/9 + 15/64 + 10/49 + 4/25 + 2/9 = 735871/705600;
// V_AB = -(1/9 + 3/32 + 4/49 + 2/25 + 1/9) = -168499/352800.
// chi-square = u' V^-1 u = 173288711/264963089 = 0.654011 on 2 df; p = exp(-0.654011/2) = 0.721080.
describe("logRank", () => {
  const groupA = {name: "A", subjects: [...dead(1), ...alive(4), ...dead(5)]};
  const groupB = {name: "B", subjects: [...dead(2, 3), ...alive(6)]};
  const groupC = {name: "C", subjects: [...alive(3), ...dead(4, 7)]};

  it("logRank(6-MP vs placebo) gives chi-square 16.79 on 1 df, p 4.17e-5", () => {
    const test = logRank([{name: "6-MP", subjects: mercaptopurine}, {name: "Placebo", subjects: placebo}]);
    expect([round(test.chiSquare, 4), test.df, round(test.p! * 1e5, 3), test.reason]).toEqual([16.7929, 1, 4.169, null]);
    expect(test.groups.map((g) => [g.name, g.n, g.observed, round(g.expected, 4), round(g.variance, 4)])).toEqual([
      ["6-MP", 21, 9, 19.2505, 6.257],
      ["Placebo", 21, 21, 10.7495, 6.257]
    ]);
  });
  it("logRank(A, B, C) uses the full 2x2 covariance: chi-square 0.654011 on 2 df, p 0.721080", () => {
    const test = logRank([groupA, groupB, groupC]);
    expect([round(test.chiSquare, 6), test.df, round(test.p, 6)]).toEqual([0.654011, 2, 0.72108]);
    expect(test.groups.map((g) => [g.observed, round(g.expected, 6)])).toEqual([
      [2, round(673 / 420, 6)], [2, round(1283 / 840, 6)], [2, round(2411 / 840, 6)]
    ]);
    expect(round(test.groups[0]!.variance, 9)).toBe(round(189811 / 176400, 9));
  });
  it("logRank gives the same chi-square whichever group is listed last", () => {
    const chi = logRank([groupA, groupB, groupC]).chiSquare!;
    expect(logRank([groupC, groupA, groupB]).chiSquare).toBeCloseTo(chi, 12);
    expect(logRank([groupB, groupC, groupA]).chiSquare).toBeCloseTo(chi, 12);
  });
  it("logRank leaves out a group with zero variance (empty, or censored before any death) from the statistic and df", () => {
    const test = logRank([groupA, {name: "early loss", subjects: alive(0.5)}, groupB, {name: "none", subjects: []}, groupC]);
    expect([round(test.chiSquare, 6), test.df]).toEqual([0.654011, 2]);
    expect(test.groups.map((g) => [g.name, g.n, g.observed, g.expected, g.variance]).filter(([, , , , v]) => v === 0)).toEqual([
      ["early loss", 1, 0, 0, 0],
      ["none", 0, 0, 0, 0]
    ]);
  });
  it("logRank of two identical groups has chi-square 0 and p 1", () => {
    const same = [...dead(1, 2, 3), ...alive(4)];
    expect(logRank([{name: "x", subjects: same}, {name: "y", subjects: same}])).toMatchObject({chiSquare: 0, df: 1, p: 1});
  });
  it("logRank gives no p-value, with a reason, when it cannot test", () => {
    const untested = {chiSquare: null, df: null, p: null};
    expect(logRank([groupA])).toMatchObject({...untested, reason: "fewer than two groups have subjects"});
    expect(logRank([groupA, {name: "none", subjects: []}])).toMatchObject({...untested, reason: "fewer than two groups have subjects"});
    expect(logRank([{name: "x", subjects: alive(3, 4)}, {name: "y", subjects: alive(5)}])).toMatchObject({
      ...untested,
      reason: "no deaths in any group"
    });
    expect(logRank([{name: "x", subjects: dead(1, 2)}, {name: "y", subjects: alive(0.5)}])).toMatchObject({
      ...untested,
      reason: "no death happened while two or more groups were at risk"
    });
  });
  it("logRank rejects a bad time, naming the group", () => {
    expect(errorMessage(() => logRank([groupA, {name: "B", subjects: dead(2, Number.NaN)}]))).toBe(
      'group "B", subject 2: time must be a finite number ≥ 0, got NaN'
    );
  });
});

describe("chiSquarePValue and normalQuantile", () => {
  it("chiSquarePValue gives 0.05 at the tabled critical values 3.841459 (1 df), 5.991465 (2 df), 18.307038 (10 df)", () => {
    expect(chiSquarePValue(3.841459, 1)).toBeCloseTo(0.05, 7);
    expect(chiSquarePValue(5.991465, 2)).toBeCloseTo(0.05, 7);
    expect(chiSquarePValue(18.307038, 10)).toBeCloseTo(0.05, 7);
  });
  it("chiSquarePValue(1, 1) is 0.3173105 = erfc(1/sqrt 2)", () => {
    expect(chiSquarePValue(1, 1)).toBeCloseTo(0.3173105079, 9);
  });
  it("chiSquarePValue on 2 df equals the closed form exp(-x/2) in both the series and the fraction ranges", () => {
    for (const x of [0.01, 1, 3.9, 4.1, 10, 60]) expect(chiSquarePValue(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 12);
  });
  it("chiSquarePValue on 10 df equals the closed form exp(-h) sum_{k<5} h^k/k! with h = x/2", () => {
    const closedForm = (x: number) => Math.exp(-x / 2) * [1, x / 2, (x / 2) ** 2 / 2, (x / 2) ** 3 / 6, (x / 2) ** 4 / 24].reduce((a, b) => a + b);
    for (const x of [0.5, 5, 12, 18.307038, 40]) expect(chiSquarePValue(x, 10) / closedForm(x)).toBeCloseTo(1, 12);
  });
  it("chiSquarePValue keeps relative accuracy far in the tail: 7.98918e-11 at 50 on 3 df, 9.83662e-21 at 100 on 4 df", () => {
    // 3 df: erfc(5) + sqrt(100/pi) e^-25 = 1.53746e-12 + 7.83543e-11; 4 df: e^-50 (1 + 50) = 51 e^-50.
    expect(chiSquarePValue(50, 3) / 7.98917924495147e-11).toBeCloseTo(1, 10);
    expect(chiSquarePValue(100, 4) / (51 * Math.exp(-50))).toBeCloseTo(1, 10);
  });
  it("chiSquarePValue(0, df) is 1 and bad arguments throw", () => {
    expect(chiSquarePValue(0, 3)).toBe(1);
    expect(errorMessage(() => chiSquarePValue(-1, 1))).toBe("chi-square statistic must be a finite number ≥ 0, got -1");
    expect(errorMessage(() => chiSquarePValue(2, 0))).toBe("degrees of freedom must be a positive integer, got 0");
    expect(errorMessage(() => chiSquarePValue(2, 1.5))).toBe("degrees of freedom must be a positive integer, got 1.5");
  });
  it("normalQuantile gives 1.959964 at 0.975, 1.644854 at 0.95, 2.575829 at 0.995, and is symmetric", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 12);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 12);
    expect(normalQuantile(0.5)).toBe(0);
    expect(errorMessage(() => normalQuantile(1))).toBe("probability must be between 0 and 1 (exclusive), got 1");
  });
});

describe("survivalSubjects and timeTicks", () => {
  it("survivalSubjects turns survival months and death into KM subjects", () => {
    expect(survivalSubjects([{survivalMonths: 24, dead: true}, {survivalMonths: 170, dead: false}])).toEqual([
      {time: 24, event: true},
      {time: 170, event: false}
    ]);
  });
  it("timeTicks breaks every 12 months up to the first break at or past the last time", () => {
    expect(timeTicks(170)).toEqual([0, 12, 24, 36, 48, 60, 72, 84, 96, 108, 120, 132, 144, 156, 168, 180]);
    expect(timeTicks(40)).toEqual([0, 12, 24, 36, 48]);
    expect(timeTicks(36)).toEqual([0, 12, 24, 36]);
    expect(timeTicks(14)).toEqual([0, 12, 24]);
    expect(timeTicks(0)).toEqual([0]);
  });
  it("timeTicks widens to a multiple of 12 months when maxTicks breaks would not hold the span", () => {
    expect(timeTicks(170, {maxTicks: 9})).toEqual([0, 24, 48, 72, 96, 120, 144, 168, 192]);
    expect(timeTicks(170, {maxTicks: 6})).toEqual([0, 36, 72, 108, 144, 180]);
  });
});
