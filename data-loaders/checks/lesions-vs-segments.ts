/**
 * Lesions against segments: n liver lesions can lie in at most n Couinaud segments, unless a lesion straddles a
 * boundary. A patient with more segments listed than lesions counted is a finding, with what could explain it:
 * one lesion across segments, or (after an ablation) a lesion that was ablated rather than resected and left out
 * of the count. The check says so and leaves the reading to the reader; it does not hide the finding.
 */
import {listPatients, pluralize} from "../../src/lib/format.js";
import {type CheckData, checkResult, type CheckPatient, type DataCheck, namedPatients} from "./check.js";

/** What could explain fewer lesions than segments, for this patient. */
function explanation(p: CheckPatient & {segments: readonly number[]}): string {
  const straddling = `a single lesion straddling ${p.segments.length === 2 ? "the two segments" : "several segments"} would fit`;
  return p.ablation
    ? `${straddling}; this patient also had an ablation, and an ablated lesion may be missing from a count of resected ones`
    : `only ${straddling}`;
}

/**
 * @example lesionsVsSegments.run({patients: [{id: 7, lesionCount: 1, segments: [7, 8], ablation: true, …}], timeline: []})
 * // {verdict: "fail", patients: [7], findings: [{patient: 7, text: "1 lesion counted, in segments 7 and 8: a single lesion straddling …"}], …}
 */
export const lesionsVsSegments: DataCheck = {
  title: "Lesions against segments",
  rule: "Each patient's number of liver lesions is at least the number of liver segments listed for them.",
  run({patients}: CheckData) {
    const examined = patients.filter((p): p is CheckPatient & {segments: readonly number[]} => p.lesionCount !== null && p.segments !== null && p.segments.length > 0);
    const left = patients.length - examined.length;
    const leftOut = left ? ` (${pluralize(left, "patient")} without a recorded count or segment left out)` : "";
    if (!examined.length) return checkResult("not applicable", `No patient has both a lesion count and segments recorded.`, []);
    const odd = examined.filter((p) => p.lesionCount! < p.segments.length);
    const findings = odd.map((p) => ({
      patient: p.id,
      text: `${pluralize(p.lesionCount!, "lesion")} counted, in segments ${listPatients(p.segments)}: ${explanation(p)}.`
    }));
    return odd.length
      ? checkResult("fail", `${odd.length} of ${pluralize(examined.length, "patient")} ${odd.length === 1 ? "has" : "have"} fewer lesions counted than segments listed (${namedPatients(odd.map((p) => p.id))})${leftOut}.`, findings)
      : checkResult("pass", `${examined.length === 1 ? "The one patient examined has" : `All ${examined.length} patients have`} at least as many lesions as segments listed${leftOut}.`, []);
  }
};
