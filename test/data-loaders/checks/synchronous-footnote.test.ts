import {describe, expect, it} from "vitest";
import {synchronousFootnote} from "../../../data-loaders/checks/synchronous-footnote.js";
import {patient} from "./fixtures.js";

describe("synchronousFootnote", () => {
  it("passes when the b) rows, and only they, have 0 months", () => {
    const result = synchronousFootnote.run({patients: [patient(1), patient(2, {synchronousResection: true, monthsToLiverMetastasis: 0})], timeline: []});
    expect(result).toEqual({verdict: "pass", summary: "The mark and a zero interval go together in every row (patient 2 marked b), with 0 months).", patients: [], findings: []});
  });
  it("passes a series with no b) row and no zero interval, and says so", () => {
    expect(synchronousFootnote.run({patients: [patient(1)], timeline: []}).summary).toBe("The mark and a zero interval go together in every row (no row marked b) and no interval of 0 months).");
  });
  it("fails a b) row with months between the operations", () => {
    const result = synchronousFootnote.run({patients: [patient(2, {synchronousResection: true, monthsToLiverMetastasis: 3}), patient(4)], timeline: []});
    expect(result).toEqual({
      verdict: "fail",
      summary: "The mark and the interval disagree for 1 of 2 patients (patient 2).",
      patients: [2],
      findings: [{patient: 2, text: "marked b) (resected in one operation) but 3 months from the primary resection to the liver metastasis."}]
    });
  });
  it("fails a zero interval without the mark (the other direction)", () => {
    const result = synchronousFootnote.run({patients: [patient(5, {monthsToLiverMetastasis: 0})], timeline: []});
    expect(result.verdict).toBe("fail");
    expect(result.findings).toEqual([{patient: 5, text: "0 months from the primary resection to the liver metastasis without the b) mark: two operations in the same month, or a mark left out; the table cannot say which."}]);
  });
  it("leaves out a patient without a recorded interval; with none it is not applicable", () => {
    expect(synchronousFootnote.run({patients: [patient(1), patient(2, {monthsToLiverMetastasis: null})], timeline: []}).summary).toBe(
      "The mark and a zero interval go together in every row (no row marked b) and no interval of 0 months) (1 patient without a recorded interval left out)."
    );
    expect(synchronousFootnote.run({patients: [patient(2, {monthsToLiverMetastasis: null})], timeline: []}).verdict).toBe("not applicable");
  });
});
