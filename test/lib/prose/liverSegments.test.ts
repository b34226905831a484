import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {liverSegments} from "../../../src/lib/prose/liverSegments.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

describe("liverSegments", () => {
  it("liverSegments(all 10) names segment 6 first (patients 1, 3, 8, 9 and 10), then 3, and segment 5 as empty", () => {
    expect(liverSegments(patients)).toBe(
      "Among the 10 patients in view, lesions were most often in segment 6 (5 patients: 1, 3, 8, 9 and 10), then segment 3 (4 patients). No patient in view had a lesion in segment 5. 5 of them had lesions in more than one segment."
    );
  });
  it("liverSegments(men) lists the four empty segments with one 'and'", () => {
    expect(liverSegments(patients.filter((p) => p.sex === "M"))).toBe(
      "Among the 3 patients in view, lesions were most often in segment 6 (2 patients: 9 and 10), then segment 3 (1 patient). No patient in view had a lesion in segments 1, 2, 5 and 8. 2 of them had lesions in more than one segment."
    );
  });
  it("liverSegments of one patient names the patient and the segments, not a ranking", () => {
    expect(liverSegments(patients.filter((p) => p.id === 7))).toBe(
      "The one patient in view, patient 7, had lesions in segments 7 and 8. No patient in view had a lesion in segments 1, 2, 3, 4, 5 and 6."
    );
    expect(liverSegments([{id: 4, segments: [6]}])).toMatch(/^The one patient in view, patient 4, had lesions in segment 6\. /);
  });
  it("liverSegments with every segment involved says nothing about empty segments", () => {
    const text = liverSegments([{id: 1, segments: [1, 2, 3, 4]}, {id: 2, segments: [5, 6, 7, 8, 4]}]);
    expect(text).toBe("Among the 2 patients in view, lesions were most often in segment 4 (2 patients: 1 and 2), then segment 1 (1 patient). 2 of them had lesions in more than one segment.");
  });
  it("liverSegments([]) is empty", () => {
    expect(liverSegments([])).toBe("");
  });
});
