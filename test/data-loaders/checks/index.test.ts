import {describe, expect, it} from "vitest";
import {dataChecks, runChecks} from "../../../data-loaders/checks/index.js";
import {namedPatients} from "../../../data-loaders/checks/check.js";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";

const {checks, patients, timeline} = buildCohort(readSourceFolder(bundledSourceDir));

describe("runChecks on the bundled article", () => {
  it("runs every check of the registry, in its order, each with its title and rule", () => {
    expect(checks.map((c) => c.id)).toEqual(Object.keys(dataChecks));
    expect(checks.map((c) => c.title)).toEqual(Object.values(dataChecks).map((c) => c.title));
    expect(runChecks({patients, timeline})).toEqual(checks);
  });
  it("finds what the two cross-check claims found: patient 7's lesion against two segments, and patients 8 and 9 deciding the origin", () => {
    expect(checks.map((c) => [c.id, c.verdict, c.patients])).toEqual([
      ["lesions-vs-segments", "fail", [7]],
      ["times-on-one-axis", "pass", [8, 9]],
      ["synchronous-footnote", "pass", []],
      ["events-within-follow-up", "pass", []],
      ["missing-cells", "pass", []]
    ]);
    expect(checks[1]!.summary).toBe(
      "Counted from the liver resection, all 10 patients' primary resection, dated events and last follow-up fall in order; patients 8 and 9 would not fit counted from the primary resection."
    );
    expect(checks[3]!.summary).toBe("All 11 follow-up events, of 5 patients, fall at or before the last contact or death; 3 undated, held to the earliest time the text allows.");
  });
});

describe("namedPatients", () => {
  it("namedPatients names one, several, or the first ten and counts the rest", () => {
    expect(namedPatients([7])).toBe("patient 7");
    expect(namedPatients([2, 3])).toBe("patients 2 and 3");
    expect(namedPatients([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe("patients 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more");
  });
});
