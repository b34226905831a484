import {describe, expect, it} from "vitest";
import {survivalTest} from "../../../src/lib/prose/survivalTest.js";
import type {Subject} from "../../../src/lib/survival.js";

const dead = (...times: number[]): Subject[] => times.map((time) => ({time, event: true}));
const alive = (...times: number[]): Subject[] => times.map((time) => ({time, event: false}));

describe("survivalTest", () => {
  it("survivalTest of one curve says nothing", () => {
    expect(survivalTest([{name: "All", subjects: dead(1, 2)}])).toEqual({plotLabel: null, paragraph: ""});
  });
  it("survivalTest(synchronous 2 dead vs 8 staged alive) withholds any p-value: 2 patients in a group, 2 deaths", () => {
    const t = survivalTest([{name: "Synchronous", subjects: dead(24, 14)}, {name: "Staged", subjects: alive(170, 20, 18, 19, 40, 18, 11, 8)}]);
    expect(t.plotLabel).toBe("No test: groups too small (see below)");
    expect(t.paragraph).toMatch(/^No test is shown for these 2 groups: a group has fewer than 5 patients \(the smallest has 2\), and there are 2 deaths in all, fewer than 5\./);
    expect(t.paragraph).not.toMatch(/p [=<]/);
  });
  it("survivalTest with few deaths gives the exact permutation p beside the chi-square and says to read the exact one", () => {
    // Group A: 5 deaths early; group B: 5 patients alive late. Every relabelling that puts the 5 deaths in one group
    // of 5 is as extreme: 2 of C(10,5) = 252 relabellings, so p = 2/252 = 0.0079.
    const t = survivalTest([{name: "A", subjects: dead(1, 2, 3, 4, 5)}, {name: "B", subjects: alive(10, 11, 12, 13, 14)}]);
    expect(t.plotLabel).toBe("Log-rank p = 0.008 (exact)");
    expect(t.paragraph).toMatch(/^Log-rank test across the 2 groups: exact permutation p = 0\.008 \(over all 252 relabellings of the patients\); the chi-square approximation \(χ² = [\d.]+ on 1 degree of freedom\) gives p = 0\.00\d/);
    expect(t.paragraph).toContain("read the exact one");
    expect(t.paragraph).toContain("With 5 deaths in all, the test can detect only a large difference");
  });
  it("survivalTest with many deaths gives the chi-square p and still warns", () => {
    const a = dead(...Array.from({length: 15}, (_, i) => i + 1));
    const b = [...dead(...Array.from({length: 10}, (_, i) => 2 * i + 3)), ...alive(40, 41, 42, 43, 44)];
    const t = survivalTest([{name: "A", subjects: a}, {name: "B", subjects: b}]);
    expect(t.plotLabel).toMatch(/^Log-rank p [=<] /);
    expect(t.plotLabel).not.toContain("exact");
    expect(t.paragraph).toContain("With 25 deaths in all");
  });
});
