import {describe, expect, it} from "vitest";
import {grimMean, grimMedian, grimPercent} from "../../../data-loaders/audit/grim.js";

describe("GRIM", () => {
  it("grimMean(12.9, n 10, whole months) is possible: a total of 129", () => {
    expect(grimMean(12.9, {decimals: 1, n: 10, granularity: 1})).toMatchObject({possible: true, nearest: 12.9});
  });
  it("grimMean(2.39, n 10, sizes to 0.1 cm) is possible: a total of 23.9 cm", () => {
    expect(grimMean(2.39, {decimals: 2, n: 10, granularity: 0.1}).possible).toBe(true);
  });
  it("grimMean(5.19, n 7, whole numbers) is impossible: means of 7 integers step by 1/7 (5.14, 5.29)", () => {
    const r = grimMean(5.19, {decimals: 2, n: 7, granularity: 1});
    expect(r.possible).toBe(false);
    expect(r.nearest).toBe(5.1429);
  });
  it("grimMedian(34.2, n 10, whole numbers) is impossible: a median of ten integers ends in .0 or .5", () => {
    expect(grimMedian(34.2, {decimals: 1, n: 10, granularity: 1})).toMatchObject({possible: false, nearest: 34});
    expect(grimMedian(18.5, {decimals: 1, n: 10, granularity: 1}).possible).toBe(true);
    expect(grimMedian(18.5, {decimals: 1, n: 9, granularity: 1}).possible).toBe(false);
  });
  it("grimPercent(20, n 10) is 2 patients; 33% of 10 is impossible; 33% of 3 is 1", () => {
    expect(grimPercent(20, {decimals: 0, n: 10}).possible).toBe(true);
    expect(grimPercent(33, {decimals: 0, n: 10})).toMatchObject({possible: false, nearest: 30});
    expect(grimPercent(33, {decimals: 0, n: 3}).possible).toBe(true);
    expect(grimPercent(66.9, {decimals: 1, n: 10}).possible).toBe(false);
  });
});
