/**
 * The Treatment page's sentence on adjuvant treatment after the primary resection, for the patients in view:
 * who had chemotherapy and radiotherapy, and which drugs the regimens used most. Plain text.
 */
import {formatCount, listPatients, pluralize} from "../format.js";
import {countCategories, proportionRecorded} from "../stats.js";

export interface TreatmentPatient {
  id: number;
  adjuvantChemotherapy: boolean | null;
  adjuvantRadiotherapy: boolean | null;
}

/** @example treatmentSummary(patients, drugs) // "Of the 10 patients in view, 4 (40%) had adjuvant chemotherapy and ..." */
export function treatmentSummary(inView: readonly TreatmentPatient[], drugs: readonly {patient: number; drug: string}[]): string {
  if (inView.length === 0) return "No patient matches the filters.";
  const ids = new Set(inView.map((p) => p.id));
  const drugsInView = drugs.filter((d) => ids.has(d.patient));
  // Shares are of the patients with their treatment recorded; a treatment not recorded is never "none".
  const chemo = proportionRecorded(inView, "adjuvantChemotherapy", (given) => given);
  const radio = proportionRecorded(inView, "adjuvantRadiotherapy", (given) => given);
  const both = inView.filter((p) => p.adjuvantChemotherapy && p.adjuvantRadiotherapy).map((p) => p.id);
  const counts = countCategories(drugsInView.map((d) => ({drug: d.drug})), "drug");
  const top = counts.filter((c) => c.n === counts[0]?.n).map((c) => c.value);
  const bothText = both.length ? `, ${both.length === 1 ? "patient" : "patients"} ${listPatients(both)} both` : "";
  const drugText = counts.length
    ? ` The regimens used ${pluralize(counts.length, "drug")} in all; the most used, ${top.length > 1 ? `${top.slice(0, -1).join(", ")} and ${top.at(-1)}` : top[0]}, ${top.length === 1 ? "was" : "were each"} part of ${pluralize(counts[0]!.n, "regimen")}.`
    : "";
  const whose = chemo.notRecorded ? ` (${chemo.total} with their adjuvant treatment recorded)` : "";
  return `Of the ${pluralize(inView.length, "patient")} in view${whose}, ${formatCount(chemo)} had adjuvant chemotherapy and ${formatCount(radio)} had radiotherapy${bothText}.${drugText}${chemo.notRecorded ? ` Adjuvant treatment was not recorded for ${pluralize(chemo.notRecorded, "patient")}.` : ""}`;
}
