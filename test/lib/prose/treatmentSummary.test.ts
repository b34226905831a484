import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {treatmentSummary} from "../../../src/lib/prose/treatmentSummary.js";

const {patients, drugs} = buildCohort(readSourceFolder(bundledSourceDir));

describe("treatmentSummary", () => {
  it("treatmentSummary(all 10) counts 4 with chemotherapy, 2 with radiotherapy (patients 1 and 9 both) and ifosfamide in 3 regimens", () => {
    expect(treatmentSummary(patients, drugs)).toBe(
      "Of the 10 patients in view, 4 (40%) had adjuvant chemotherapy and 2 (20%) had radiotherapy, patients 1 and 9 both. The regimens used 7 drugs in all; the most used, ifosfamide, was part of 3 regimens."
    );
  });
  it("treatmentSummary of untreated patients names no drug", () => {
    expect(treatmentSummary(patients.filter((p) => [2, 3].includes(p.id)), drugs)).toBe("Of the 2 patients in view, 0 (0%) had adjuvant chemotherapy and 0 (0%) had radiotherapy.");
  });
  it("treatmentSummary([]) says no patient matches", () => {
    expect(treatmentSummary([], drugs)).toBe("No patient matches the filters.");
  });
});

describe("treatmentSummary lists", () => {
  it("treatmentSummary(men) joins three equally used drugs with commas and one 'and'", () => {
    expect(treatmentSummary(patients.filter((p) => p.sex === "M"), drugs)).toContain("the most used, cisplatin, etoposide and ifosfamide, were each part of 1 regimen.");
  });
});
