import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {adjuvantGroups, adjuvantRemark, laterTreatmentKinds, treatmentIntro, treatmentSummary} from "../../../src/lib/prose/treatmentSummary.js";

const {patients, drugs, timeline, study} = buildCohort(readSourceFolder(bundledSourceDir));

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

describe("treatmentIntro and adjuvantRemark", () => {
  it("treatmentIntro(timeline) of the bundled article counts the patients whose later treatments the Results give", () => {
    const later = new Set(timeline.filter((e) => e.source === "Results" && laterTreatmentKinds.includes(e.kind)).map((e) => e.patient));
    expect(later.size).toBeGreaterThan(1);
    expect(treatmentIntro(timeline)).toBe(
      `The article reports the adjuvant treatment each patient received after the primary resection (Table 1), and, for ${later.size} patients, what else was done or planned at or after the liver resection (Results). ` +
        "It does not report the treatment given after the liver resection for the others, nor doses for the later treatments."
    );
  });
  it("treatmentIntro of a series whose text gives no later treatment does not say the Results report any", () => {
    const intro = treatmentIntro(timeline.filter((e) => e.source !== "Results"));
    expect(intro).toBe(
      "The article reports the adjuvant treatment each patient received after the primary resection (Table 1); its text gives no later treatment. It does not report the treatment given after the liver resection."
    );
  });
  it("adjuvantRemark quotes the bundled article's Discussion on adjuvant chemotherapy", () => {
    expect(adjuvantRemark(study.article.statements.adjuvantChemotherapy)).toBe(
      ", and the article itself notes (Discussion) that “much of the reported evidence casts doubt on the benefits of adjuvant CTx after surgical resection”"
    );
  });
  it("adjuvantRemark of an article.json without the remark is empty", () => {
    expect(adjuvantRemark(undefined)).toBe("");
  });
});

describe("adjuvantGroups", () => {
  it("adjuvantGroups(the bundled 10) counts 4 with adjuvant chemotherapy against 6 without", () => {
    expect(adjuvantGroups(patients)).toBe("a comparison would rest on 4 patients with adjuvant chemotherapy against 6 without");
  });
  it("adjuvantGroups names the patients whose treatment was not recorded, and speaks of one patient in the singular", () => {
    expect(adjuvantGroups([{adjuvantChemotherapy: true}, {adjuvantChemotherapy: false}, {adjuvantChemotherapy: null}])).toBe(
      "a comparison would rest on 1 patient with adjuvant chemotherapy against 1 without (1 not recorded)"
    );
  });
});
