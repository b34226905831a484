/**
 * The Liver page's caveat where Table 2 does not add up: a patient with fewer lesions than segments holding
 * lesions (patient 7 in the article: one lesion, segments 7 and 8). Plain text in two parts; the page sets the
 * first in bold.
 */
import {listPatients, pluralize} from "../format.js";

export interface MismatchPatient {
  id: number;
  lesionCount: number | null;
  segments: readonly number[] | null;
  /** Intraoperative ablation: the Results then describe a second lesion treated apart from the resection. */
  ablation: boolean | null;
  verbatim: {table2: Record<string, string>};
}

/**
 * null when every patient in view has at least as many lesions as segments.
 * @example liverMismatch(patients) // {lead: "The table does not add up for patient 7:", detail: "Table 2 gives 1 lesion but segments 7 and 8 (“Segments 7 and 8”). ..."}
 */
export function liverMismatch(inView: readonly MismatchPatient[]): {lead: string; detail: string} | null {
  // A count or segments not recorded cannot disagree with the other.
  const mismatched = inView.flatMap((p) =>
    p.lesionCount !== null && p.segments !== null && p.lesionCount < p.segments.length ? [{...p, lesionCount: p.lesionCount, segments: p.segments}] : []
  );
  if (mismatched.length === 0) return null;
  const each = mismatched.map((p) => `Table 2 gives ${pluralize(p.lesionCount, "lesion")} but segments ${p.segments.join(" and ")} (“${p.verbatim.table2["Location of liver metastasis"] ?? ""}”).`);
  const ablation = mismatched.some((p) => p.ablation)
    ? "The Results describe a resection of one lesion and ablation of another, so the count of one looks like an error in the table."
    : "";
  return {
    lead: `The table does not add up for ${mismatched.length === 1 ? "patient" : "patients"} ${listPatients(mismatched.map((p) => p.id))}:`,
    detail: [...each, ablation, "The report keeps the printed count."].filter(Boolean).join(" ")
  };
}
