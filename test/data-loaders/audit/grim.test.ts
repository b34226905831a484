import {describe, expect, it} from "vitest";
import {grimMean, grimPercent, medianFromPrinted} from "../../../data-loaders/audit/grim.js";

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
  it("medianFromPrinted(34.2, the ten printed survival times) is impossible: with each time ±0.5 the median lies in 18–19", () => {
    const times = [170, 24, 14, 20, 18, 19, 40, 18, 11, 8];
    expect(medianFromPrinted(34.2, {decimals: 1, granularity: 1, values: times})).toMatchObject({possible: false, informative: true, nearest: 19});
    expect(medianFromPrinted(18.9, {decimals: 1, granularity: 1, values: times}).possible).toBe(true);
    // 18.2 is no median of whole numbers, but times printed to the month can have it: no whole-number assumption.
    expect(medianFromPrinted(18.2, {decimals: 1, granularity: 1, values: times}).possible).toBe(true);
  });
  it("medianFromPrinted(48, the ten ages) is impossible: their median 46.5 moves at most to 46–47; 47.5 would round to 48", () => {
    const ages = [42, 38, 50, 41, 51, 43, 60, 69, 38, 50];
    expect(medianFromPrinted(48, {decimals: 0, granularity: 1, values: ages}).possible).toBe(false);
    expect(medianFromPrinted(47, {decimals: 0, granularity: 1, values: ages}).possible).toBe(true);
  });
  it("grimMean is not informative when its steps are no coarser than the printed digit: n 10, whole numbers, one decimal", () => {
    expect(grimMean(12.9, {decimals: 1, n: 10, granularity: 1})).toMatchObject({possible: true, informative: false});
    expect(grimMean(8.4, {decimals: 1, n: 10, granularity: 1}).detail).toBe("not informative: a mean of 10 whole numbers moves in steps of 0.1, so printed to one decimal every value is possible, 8.4 included");
    expect(grimMean(2.39, {decimals: 2, n: 10, granularity: 0.1}).informative).toBe(false);
    expect(grimMean(5.19, {decimals: 2, n: 7, granularity: 1}).informative).toBe(true);
  });
  it("grimPercent of 10 patients printed as whole percentages is informative (steps of 10%)", () => {
    expect(grimPercent(20, {decimals: 0, n: 10}).informative).toBe(true);
    expect(grimPercent(20, {decimals: 0, n: 200}).informative).toBe(false);
  });
  it("grimPercent(20, n 10) is 2 patients; 33% of 10 is impossible; 33% of 3 is 1", () => {
    expect(grimPercent(20, {decimals: 0, n: 10}).possible).toBe(true);
    expect(grimPercent(33, {decimals: 0, n: 10})).toMatchObject({possible: false, nearest: 30});
    expect(grimPercent(33, {decimals: 0, n: 3}).possible).toBe(true);
    expect(grimPercent(66.9, {decimals: 1, n: 10}).possible).toBe(false);
  });
});
