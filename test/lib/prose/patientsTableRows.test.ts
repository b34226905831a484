import {describe, expect, it} from "vitest";
import {patientsTableRows} from "../../../src/lib/prose/patientsTableRows.js";

const cohort = (n: number) => Array.from({length: n}, (_, i) => ({id: i + 1}));

describe("patientsTableRows", () => {
  it("patientsTableRows(10 patients, {max: 500}) keeps every row, with no note", () => {
    expect(patientsTableRows(cohort(10), {max: 500})).toEqual({rows: cohort(10), note: null});
  });
  it("patientsTableRows(10 patients) with no max keeps every row", () => {
    expect(patientsTableRows(cohort(10)).rows).toHaveLength(10);
  });
  it("patientsTableRows(12,000 patients, {max: 500}) keeps the first 500 and says so, with thousands separated", () => {
    const {rows, note} = patientsTableRows(cohort(12_000), {max: 500});
    expect(rows.map((p) => p.id)).toEqual(cohort(500).map((p) => p.id));
    expect(note).toBe("The first 500 of 12,000 patients are listed; the page lists them all once its scripts have run.");
  });
  it("patientsTableRows([]) keeps nothing and says nothing (the summaries say no patient matches)", () => {
    expect(patientsTableRows([], {max: 500})).toEqual({rows: [], note: null});
  });
});
