import {describe, expect, it} from "vitest";
import {checksSummary} from "../../src/lib/checks.js";

const entry = (title: string, verdict: "pass" | "fail" | "noted" | "not applicable", patients: number[] = []) => ({title, verdict, patients});

describe("checksSummary", () => {
  it("checksSummary(checks) counts each verdict and names the failing checks and their patients", () => {
    const checks = [entry("Lesions", "fail", [7]), entry("Times", "pass", [8, 9]), entry("Footnote", "fail", [7, 2]), entry("Events", "not applicable"), entry("Missing", "noted", [3])];
    expect(checksSummary(checks)).toEqual({checks: 5, pass: 1, fail: 2, noted: 1, notApplicable: 1, failed: ["Lesions", "Footnote"], failedPatients: [2, 7]});
  });
  it("checksSummary([]) is all zeros", () => {
    expect(checksSummary([])).toEqual({checks: 0, pass: 0, fail: 0, noted: 0, notApplicable: 0, failed: [], failedPatients: []});
  });
});
