import {describe, expect, it} from "vitest";
import {lesionsVsSegments} from "../../../data-loaders/checks/lesions-vs-segments.js";
import {patient} from "./fixtures.js";

describe("lesionsVsSegments", () => {
  it("passes when every patient has at least as many lesions as segments listed", () => {
    const result = lesionsVsSegments.run({patients: [patient(1), patient(2, {lesionCount: 3, segments: [2, 3]})], timeline: []});
    expect(result).toEqual({verdict: "pass", summary: "All 2 patients have at least as many lesions as segments listed.", patients: [], findings: []});
  });
  it("fails for the article's patient 7 (1 lesion, segments 7 and 8) and names the ablation that may explain it", () => {
    const result = lesionsVsSegments.run({patients: [patient(1), patient(7, {segments: [7, 8], ablation: true})], timeline: []});
    expect(result.verdict).toBe("fail");
    expect(result.summary).toBe("1 of 2 patients has fewer lesions counted than segments listed (patient 7).");
    expect(result.patients).toEqual([7]);
    expect(result.findings).toEqual([
      {
        patient: 7,
        text: "1 lesion counted, in segments 7 and 8: a single lesion straddling the two segments would fit; this patient also had an ablation, and an ablated lesion may be missing from a count of resected ones."
      }
    ]);
  });
  it("without an ablation, says only a lesion straddling the segments would fit", () => {
    const [finding] = lesionsVsSegments.run({patients: [patient(4, {lesionCount: 2, segments: [1, 2, 3]})], timeline: []}).findings;
    expect(finding).toEqual({patient: 4, text: "2 lesions counted, in segments 1, 2 and 3: only a single lesion straddling several segments would fit."});
  });
  it("leaves out a patient whose count or segments are not recorded, and says so; with none left it is not applicable", () => {
    const result = lesionsVsSegments.run({patients: [patient(1), patient(2, {lesionCount: null}), patient(3, {segments: []})], timeline: []});
    expect(result).toMatchObject({verdict: "pass", summary: "The one patient examined has at least as many lesions as segments listed (2 patients without a recorded count or segment left out)."});
    expect(lesionsVsSegments.run({patients: [patient(2, {lesionCount: null})], timeline: []})).toMatchObject({verdict: "not applicable", findings: []});
  });
});
