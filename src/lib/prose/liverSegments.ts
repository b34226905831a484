/**
 * The Liver page's sentence on where the lesions were, for the patients in view: the segments most often
 * involved, those never involved, and how many patients had lesions in more than one. Plain text.
 */
import {listPatients, pluralize} from "../format.js";

export interface SegmentPatient {
  id: number;
  /** Couinaud segments 1-8 holding lesions; null when not recorded. */
  segments: readonly number[] | null;
}

/** Sorted patient numbers per Couinaud segment, all eight present. */
function patientsBySegment(inView: readonly SegmentPatient[]): [number, number[]][] {
  return Array.from({length: 8}, (_, i) => {
    const segment = i + 1;
    return [segment, inView.filter((p) => p.segments?.includes(segment)).map((p) => p.id).sort((a, b) => a - b)];
  });
}

/**
 * "" when no patient is in view.
 * @example liverSegments(patients) // "Among the 10 patients in view, lesions were most often in segment 6 (5 patients: 1, 3, 8, 9 and 10), ..."
 */
export function liverSegments(patientsInView: readonly SegmentPatient[]): string {
  if (patientsInView.length === 0) return "";
  // Patients whose segments were not recorded are named apart and left out of every count.
  const unknown = patientsInView.filter((p) => p.segments === null).map((p) => p.id);
  const unknownText = unknown.length ? ` The segments of ${unknown.length === 1 ? "patient" : "patients"} ${listPatients(unknown)} were not recorded.` : "";
  const inView = patientsInView.filter((p): p is SegmentPatient & {segments: readonly number[]} => p.segments !== null);
  if (inView.length === 0) return unknownText.trim();
  const counts = patientsBySegment(inView);
  const empty = counts.filter(([, ids]) => ids.length === 0).map(([segment]) => segment);
  const noneIn = empty.length ? `No patient in view had a lesion in segment${empty.length > 1 ? "s" : ""} ${listPatients(empty)}.` : "";
  if (inView.length === 1) {
    const [only] = inView;
    const segments = [...only!.segments].sort((a, b) => a - b);
    return [`The one patient in view${unknown.length ? " with segments recorded" : ""}, patient ${only!.id}, had lesions in segment${segments.length > 1 ? "s" : ""} ${listPatients(segments)}.`, noneIn].filter(Boolean).join(" ") + unknownText;
  }
  const busiest = counts.filter(([, ids]) => ids.length > 0).sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const [first, second] = busiest;
  const most = first
    ? `lesions were most often in segment ${first[0]} (${pluralize(first[1].length, "patient")}: ${listPatients(first[1])})${second ? `, then segment ${second[0]} (${pluralize(second[1].length, "patient")})` : ""}.`
    : "no lesion was located in a segment.";
  const several = inView.filter((p) => p.segments.length > 1).length;
  return [`Among the ${pluralize(inView.length, "patient")} in view${unknown.length ? " with segments recorded" : ""}, ${most}`, noneIn, `${several} of them had lesions in more than one segment.`].filter(Boolean).join(" ") + unknownText;
}
