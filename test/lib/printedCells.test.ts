import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {printedCells, verbatimOf} from "../../src/lib/printedCells.js";

const patients = buildCohort(readSourceFolder(bundledSourceDir)).patients;

describe("printedCells(patients)", () => {
  it('printedCells([{id: 1, verbatim: {table1: {"No.": "1", Sex: "F"}, table2: {"No.": "1"}}}]) writes the headers once and the cells by patient', () => {
    expect(printedCells([{id: 1, verbatim: {table1: {"No.": "1", Sex: "F"}, table2: {"No.": "1"}}}])).toEqual({
      columns: {table1: ["No.", "Sex"], table2: ["No."]},
      patients: {"1": {table1: ["1", "F"], table2: ["1"]}}
    });
  });

  it("verbatimOf gives back every patient's printed cells as patients.json has them, headers in the printed order", () => {
    const printed = JSON.parse(JSON.stringify(printedCells(patients)));
    for (const p of patients) expect(JSON.stringify(verbatimOf(printed, p.id)), `patient ${p.id}`).toBe(JSON.stringify(p.verbatim));
    expect(verbatimOf(printed, 11)).toBeUndefined();
    expect(verbatimOf(printed, "constructor" as unknown as number)).toBeUndefined();
  });

  it("weighs well under the same cells keyed by header in every row", () => {
    const keyed = JSON.stringify(patients.map((p) => p.verbatim)).length;
    expect(JSON.stringify(printedCells(patients)).length).toBeLessThan(keyed * 0.6);
  });

  it("refuses a patient whose cells come under other headers than the first patient's", () => {
    const odd = patients.map((p) => (p.id === 4 ? {...p, verbatim: {...p.verbatim, table1: {Sex: "F", "No.": "4"}}} : p));
    expect(() => printedCells(odd)).toThrow(/^printed cells of patient 4, table1: expected the columns \["No\.","Age \(yr\)",/);
  });

  it("gives empty tables for a cohort with no patient", () => {
    expect(printedCells([])).toEqual({columns: {table1: [], table2: []}, patients: {}});
  });
});
