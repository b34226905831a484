import {describe, expect, it} from "vitest";
import {countAtMost, countBelow, countUpTo, sortedNumbers} from "../../src/lib/sorted.js";

describe("counting in sorted numbers", () => {
  it("sortedNumbers sorts numerically (not as text), fractions included", () => {
    expect([...sortedNumbers([10, 9, 1.5, 100, 0], Number)]).toEqual([0, 1.5, 9, 10, 100]);
  });
  it("countBelow and countAtMost agree with a filter over random numbers with ties, at and between the values", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 50; round++) {
      const values = Array.from({length: Math.floor(random() * 40)}, () => Math.floor(random() * 12) / 2);
      const sorted = sortedNumbers(values, (v) => v);
      for (const x of [-1, 0, 0.25, 1, 2.5, 3, 5.5, 6, 7]) {
        expect(countBelow(sorted, x)).toBe(values.filter((v) => v < x).length);
        expect(countAtMost(sorted, x)).toBe(values.filter((v) => v <= x).length);
      }
    }
  });
  it("countUpTo reads through an index sorted by a value, as the crossfilter's patients by age", () => {
    const ages = [60, 38, 48, 48, 69];
    const byAge = [1, 2, 3, 0, 4];
    const at = (i: number) => ages[byAge[i]!]!;
    expect([countUpTo(5, at, 48, false), countUpTo(5, at, 48, true), countUpTo(5, at, 70, false), countUpTo(5, at, 10, true)]).toEqual([1, 3, 5, 0]);
  });
  it("an empty list counts nothing", () => {
    expect(countBelow(sortedNumbers([], Number), 3)).toBe(0);
    expect(countAtMost(sortedNumbers([], Number), 3)).toBe(0);
  });
});
