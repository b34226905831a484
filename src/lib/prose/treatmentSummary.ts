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

/** The kinds of event the Treatment page counts as a later treatment ("What followed"). */
export const laterTreatmentKinds: readonly string[] = ["chemotherapy", "radiotherapy", "resection", "ablation"];

/**
 * The Treatment page's opening: what the article reports of treatment, naming the later treatments only when its
 * text gives some (counted from timeline.json's events from the Results). Not "when the disease came back": some
 * are part of the liver operation itself (an ablation, a pelvic excision at the same time, at 0 months).
 * @example treatmentIntro(timeline) // "The article reports the adjuvant treatment each patient received after the primary resection (Table 1), and, for 3 patients, what else was done or planned at or after the liver resection (Results). …"
 */
export function treatmentIntro(timeline: readonly {patient: number; kind: string; source: string}[]): string {
  const later = new Set(timeline.filter((e) => e.source === "Results" && laterTreatmentKinds.includes(e.kind)).map((e) => e.patient)).size;
  return later
    ? "The article reports the adjuvant treatment each patient received after the primary resection (Table 1), and, " +
        `for ${pluralize(later, "patient")}, what else was done or planned at or after the liver resection (Results). ` +
        "It does not report the treatment given after the liver resection for the others, nor doses for the later treatments."
    : "The article reports the adjuvant treatment each patient received after the primary resection (Table 1); its text gives no later treatment. " +
        "It does not report the treatment given after the liver resection.";
}

/**
 * The end of the Treatment page's caution: the article's own remark on adjuvant chemotherapy, when article.json
 * records one; "" otherwise.
 * @example adjuvantRemark({quote: "much of the reported evidence casts doubt on the benefits of adjuvant CTx after surgical resection", section: "Discussion"})
 * // ", and the article itself notes (Discussion) that “much of the reported evidence casts doubt on the benefits of adjuvant CTx after surgical resection”"
 */
export function adjuvantRemark(statement: {quote: string; section: string} | undefined): string {
  return statement ? `, and the article itself notes (${statement.section}) that “${statement.quote.replace(/\.$/, "")}”` : "";
}

/**
 * How many patients a comparison of adjuvant chemotherapy would rest on, for the page's closing caveat.
 * @example adjuvantGroups([{adjuvantChemotherapy: true}, {adjuvantChemotherapy: false}, {adjuvantChemotherapy: null}])
 * // "a comparison would rest on 1 patient with adjuvant chemotherapy against 1 without (1 not recorded)"
 */
export function adjuvantGroups(patients: readonly {adjuvantChemotherapy: boolean | null}[]): string {
  const given = patients.filter((p) => p.adjuvantChemotherapy === true).length;
  const without = patients.filter((p) => p.adjuvantChemotherapy === false).length;
  const unknown = patients.length - given - without;
  return `a comparison would rest on ${given} ${given === 1 ? "patient" : "patients"} with adjuvant chemotherapy against ${without} without${unknown ? ` (${unknown} not recorded)` : ""}`;
}
