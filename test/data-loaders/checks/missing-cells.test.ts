import {describe, expect, it} from "vitest";
import {missingCells} from "../../../data-loaders/checks/missing-cells.js";
import {patient} from "./fixtures.js";

const withCells = (id: number, table1: Record<string, string>, table2: Record<string, string> = {}) =>
  patient(id, {verbatim: {table1: {"No.": String(id), ...table1}, table2: {"No.": String(id), ...table2}}});

describe("missingCells", () => {
  it("passes when every printed cell is recorded (the patient number is not counted)", () => {
    expect(missingCells.run({patients: [withCells(1, {Sex: "F"}, {Size: "2"}), withCells(2, {Sex: "M"}, {Size: "None"})], timeline: []})).toEqual({
      verdict: "pass",
      summary: "Every one of the 4 cells of both tables is recorded.",
      patients: [],
      findings: []
    });
  });
  it("notes, never fails, the cells not recorded: one finding per column with gaps, in the tables' order", () => {
    const patients = [
      withCells(1, {Sex: "–", Age: "NA"}, {Size: ""}),
      withCells(2, {Sex: "F", Age: "Unknown"}, {Size: "2"}),
      withCells(3, {Sex: "M", Age: " not recorded "}, {Size: "N/A"})
    ];
    const result = missingCells.run({patients, timeline: []});
    expect(result.verdict).toBe("noted");
    expect(result.summary).toBe("6 of 9 cells are not recorded, in 3 columns: gaps in what was recorded, not contradictions.");
    expect(result.patients).toEqual([1, 2, 3]);
    expect(result.findings).toEqual([
      {patient: null, text: "Table 1, “Sex”: 1 of 3 cells not recorded (patient 1)."},
      {patient: null, text: "Table 1, “Age”: 3 of 3 cells not recorded (patients 1, 2 and 3)."},
      {patient: null, text: "Table 2, “Size”: 2 of 3 cells not recorded (patients 1 and 3)."}
    ]);
  });
  it("is not applicable to a series without patient rows", () => {
    expect(missingCells.run({patients: [], timeline: []}).verdict).toBe("not applicable");
  });
});
