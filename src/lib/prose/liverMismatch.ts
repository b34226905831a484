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
 * null when every patient in view has at least as many lesions as segments (or no recorded count): the page then
 * shows no callout at all.
 * @example liverMismatch(patients) // {lead: "The table does not add up for patient 7:", detail: "Table 2 gives 1 lesion but segments 7 and 8 (“Segments 7 and 8”). ..."}
 */
export function liverMismatch(inView: readonly MismatchPatient[]): {lead: string; detail: string} | null {
  // A count or segments not recorded cannot disagree with the other.
  const mismatched = inView.flatMap((p) =>
    p.lesionCount !== null && p.segments !== null && p.lesionCount < p.segments.length ? [{...p, lesionCount: p.lesionCount, segments: p.segments}] : []
  );
  if (mismatched.length === 0) return null;
  const each = mismatched.map((p) => {
    const printed = p.verbatim.table2["Location of liver metastasis"]?.trim();
    return `Table 2 gives ${pluralize(p.lesionCount, "lesion")} but segments ${p.segments.join(" and ")}${printed ? ` (“${printed}”)` : ""}.`;
  });
  const ablation = mismatched.some((p) => p.ablation)
    ? // Table 2 shows the ablation; whether the text describes the ablated lesion is the article's, not the table's, to say.
      `Table 2 adds ablation to the resection${mismatched.length === 1 ? "" : " for " + listPatients(mismatched.filter((p) => p.ablation).map((p) => p.id))}, so a lesion may have been ablated rather than resected and left out of the count.`
    : "";
  return {
    lead: `The table does not add up for ${mismatched.length === 1 ? "patient" : "patients"} ${listPatients(mismatched.map((p) => p.id))}:`,
    detail: [...each, ablation, "The report keeps the printed count."].filter(Boolean).join(" ")
  };
}
