import {describe, expect, it} from "vitest";
import {formatCount, formatInteger, formatMedianRange, formatMonth, formatNumber, formatPercent, listPatients, pluralize} from "../../src/lib/format.js";
import type {NumericSummary} from "../../src/lib/stats.js";

const summary = (s: Partial<NumericSummary>): NumericSummary => ({
  n: 10, missing: 0, mean: null, sd: null, median: null, q1: null, q3: null, min: null, max: null, ...s
});

describe("formatNumber", () => {
  it("formatNumber(48.2000001) rounds to one decimal and drops trailing zeros", () => {
    expect(formatNumber(48.2000001)).toBe("48.2");
    expect(formatNumber(46.5)).toBe("46.5");
    expect(formatNumber(10)).toBe("10");
    expect(formatNumber(120)).toBe("120");
    expect(formatNumber(0.05 + 0.01)).toBe("0.1");
  });
  it("formatNumber(x, digits) keeps up to `digits` decimals", () => {
    expect(formatNumber(2.3456, 2)).toBe("2.35");
    expect(formatNumber(2.5, 2)).toBe("2.5");
    expect(formatNumber(10, 2)).toBe("10");
    expect(formatNumber(100, 0)).toBe("100");
    expect(formatNumber(16.666, 0)).toBe("17");
  });
  it("formatNumber keeps the sign of negatives but never writes -0", () => {
    expect(formatNumber(-16)).toBe("-16");
    expect(formatNumber(-1.25, 1)).toBe("-1.3");
    expect(formatNumber(-0.04)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.4, 0)).toBe("0");
  });
  it('formatNumber gives "–" for null, undefined, NaN and infinities', () => {
    for (const x of [null, undefined, NaN, Infinity, -Infinity]) expect(formatNumber(x)).toBe("–");
  });
});

describe("formatPercent", () => {
  it('formatPercent(16.666) is "17%" and takes digits', () => {
    expect(formatPercent(16.666)).toBe("17%");
    expect(formatPercent(50)).toBe("50%");
    expect(formatPercent(87.5, 1)).toBe("87.5%");
    expect(formatPercent(58.3333, 1)).toBe("58.3%");
    expect(formatPercent(0)).toBe("0%");
  });
  it('formatPercent(null) is "–"', () => {
    expect(formatPercent(null)).toBe("–");
    expect(formatPercent(undefined)).toBe("–");
  });
});

describe("formatCount", () => {
  it('formatCount({n: 2, total: 10, percent: 20}) is "2 (20%)"', () => {
    expect(formatCount({n: 2, total: 10, percent: 20})).toBe("2 (20%)");
    expect(formatCount({n: 1, total: 3, percent: 100 / 3})).toBe("1 (33%)");
    expect(formatCount({n: 2, total: 3, percent: 200 / 3})).toBe("2 (67%)");
  });
  it("formatCount of an empty total gives the count alone", () => {
    expect(formatCount({n: 0, total: 0, percent: null})).toBe("0");
  });
});

describe("formatMedianRange", () => {
  it('formatMedianRange(age summary) is "46.5 (38–69)"', () => {
    expect(formatMedianRange(summary({median: 46.5, min: 38, max: 69}))).toBe("46.5 (38–69)");
  });
  it("formatMedianRange(s, digits) rounds median and bounds alike", () => {
    expect(formatMedianRange(summary({median: 2.55, min: 0.9, max: 3}), 2)).toBe("2.55 (0.9–3)");
    expect(formatMedianRange(summary({median: 2.55, min: 0.94, max: 3}), 0)).toBe("3 (1–3)");
  });
  it("formatMedianRange gives the median alone when min equals max, and \"–\" with no values", () => {
    expect(formatMedianRange(summary({n: 1, median: 4, min: 4, max: 4}))).toBe("4");
    expect(formatMedianRange(summary({n: 0}))).toBe("–");
  });
});

describe("pluralize and listPatients", () => {
  it('pluralize(1, "patient") is "1 patient" and other counts take the plural', () => {
    expect(pluralize(1, "patient")).toBe("1 patient");
    expect(pluralize(3, "patient")).toBe("3 patients");
    expect(pluralize(0, "patient")).toBe("0 patients");
    expect(pluralize(2, "metastasis", "metastases")).toBe("2 metastases");
    expect(pluralize(1, "metastasis", "metastases")).toBe("1 metastasis");
  });
  it('listPatients joins with commas and a final "and"', () => {
    expect(listPatients([])).toBe("");
    expect(listPatients([4])).toBe("4");
    expect(listPatients([2, 3])).toBe("2 and 3");
    expect(listPatients([1, 2, 6])).toBe("1, 2 and 6");
    expect(listPatients([1, 5, 6, 9])).toBe("1, 5, 6 and 9");
  });
});

describe("formatMonth", () => {
  it('formatMonth("2003-02") is "February 2003", and "2019-12" is "December 2019"', () => {
    expect(formatMonth("2003-02")).toBe("February 2003");
    expect(formatMonth("2019-12")).toBe("December 2019");
  });
  it('formatMonth leaves what is not a YYYY-MM month as given ("2003-13", "Spring 2003")', () => {
    expect(formatMonth("2003-13")).toBe("2003-13");
    expect(formatMonth("Spring 2003")).toBe("Spring 2003");
  });
});

describe("listPatients at a registry's size", () => {
  it("names the first 30 patients and counts the others", () => {
    const ids = Array.from({length: 1000}, (_, i) => i + 1);
    expect(listPatients(ids)).toBe(`${ids.slice(0, 30).join(", ")} and 970 more`);
    expect(listPatients(ids.slice(0, 30))).toBe(`${ids.slice(0, 29).join(", ")} and 30`);
  });
});

describe("formatInteger", () => {
  it("groups thousands so a registry's counts read", () => {
    expect(formatInteger(7)).toBe("7");
    expect(formatInteger(10000)).toBe("10,000");
    expect(formatInteger(100000)).toBe("100,000");
    expect(pluralize(10000, "patient")).toBe("10,000 patients");
    expect(pluralize(1, "patient")).toBe("1 patient");
  });
});
