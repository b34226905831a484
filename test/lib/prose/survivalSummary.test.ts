import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {survivalSummary} from "../../../src/lib/prose/survivalSummary.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));
const only = (...ids: number[]) => patients.filter((p) => ids.includes(p.id));

describe("survivalSummary", () => {
  it("survivalSummary(all 10) gives deaths, the median not reached with its CI, 58% at 24 months and 19 months' follow-up", () => {
    expect(survivalSummary(patients)).toBe(
      "Of the 10 patients in view, 2 patients died (patients 2 and 3, at 24 and 14 months). Median survival was not reached (95% CI 14 to not reached): the curve never falls to 50% within the follow-up. An estimated 58% (95% CI 8% to 89%) were alive 24 months after the resection, with 3 patients still followed then. Median follow-up, by the reverse Kaplan–Meier method, was 19 months."
    );
  });
  it("survivalSummary of four women followed under 24 months, none dead, gives no 100% (100% to 100%) at 24 months", () => {
    const text = survivalSummary(only(4, 5, 6, 8));
    expect(text).toContain("none died. With no death, there is no median survival to estimate.");
    expect(text).toContain("No patient in view was followed 24 months, so survival at 24 months cannot be estimated.");
    expect(text).not.toMatch(/100%|0 patients/);
  });
  it("survivalSummary of a patient alive at 40 months says no death in the first 24 months rather than a degenerate interval", () => {
    expect(survivalSummary(only(7))).toContain("No patient in view died in the first 24 months; 1 patient was still followed then.");
  });
  it("survivalSummary([]) is empty", () => {
    expect(survivalSummary([])).toBe("");
  });
});
