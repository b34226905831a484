/**
 * Accounts of a contradicted cell. When an entry of the audit finds that the article's text and its tables give
 * one patient's cell differently (patient 7: one lesion in Table 2, two in the Results), every summary that
 * counts that cell rests on which source is believed. These accounts are found from the audit's own verdicts,
 * not listed by hand: each inconsistent comparison of a patient's row with the text yields the text's version of
 * that row, and the audit recomputes every summary under it (evaluate.ts).
 */
import type {Patient} from "../patients.js";
import type {Check} from "./claim-schema.js";

export interface Account {
  /** The entry that found the contradiction. */
  source: string;
  patient: number;
  field: string;
  /** The cell as the table gives it, and as the text gives it, in words. */
  table: string;
  text: string;
  /** Patient records under the text's account. */
  patients: readonly Patient[];
}

const show = (value: unknown) =>
  value === null || value === undefined ? "not recorded" : Array.isArray(value) ? (value.length ? value.join(", ") : "none") : String(value);

/** The fields derived from others, kept in step when a cell is replaced (patients.ts derives them the same way). */
function rederive(p: Patient): Patient {
  return {
    ...p,
    lesionMultiplicity: p.lesionCount === null ? null : p.lesionCount > 1 ? "Multiple" : "Single",
    additionalMetastasis: p.additionalMetastasisSites === null ? null : p.additionalMetastasisSites.length > 0
  };
}

/**
 * The text's account of each cell an inconsistent entry contradicts: `patient-value` (the text's value),
 * `patient-includes` (the text's item added), `event-after-hepatectomy` (metastases the text places at the
 * liver resection are not "after hepatectomy").
 * @example accountsOf([{id: "results-patient7", check: {kind: "patient-value", patient: 7, field: "lesionCount", reported: 2}, verdict: "inconsistent"}], patients)
 * // [{source: "results-patient7", patient: 7, field: "lesionCount", table: "1", text: "2", patients: [...]}]
 */
export function accountsOf(found: readonly {id: string; check: Check; verdict: string}[], patients: readonly Patient[]): Account[] {
  const accounts: Account[] = [];
  for (const {id, check, verdict} of found) {
    if (verdict !== "inconsistent") continue;
    if (check.kind !== "patient-value" && check.kind !== "patient-includes" && check.kind !== "event-after-hepatectomy") continue;
    const original = patients.find((p) => p.id === check.patient);
    if (!original) continue;
    let changed: Patient;
    let fieldName: string;
    if (check.kind === "event-after-hepatectomy") {
      fieldName = "additionalMetastasisSites";
      changed = rederive({...original, additionalMetastasisSites: []});
    } else {
      fieldName = check.field;
      const value = (original as unknown as Record<string, unknown>)[check.field];
      const next = check.kind === "patient-value" ? check.reported : Array.isArray(value) ? [...value, check.reported] : value;
      changed = rederive({...original, [check.field]: next} as Patient);
    }
    const before = (original as unknown as Record<string, unknown>)[fieldName];
    // The text does not give other sites: it places the listed ones at the liver resection, not after it.
    const after = check.kind === "event-after-hepatectomy" ? "none after it, found with the liver metastasis" : (changed as unknown as Record<string, unknown>)[fieldName];
    accounts.push({
      source: id,
      patient: original.id,
      field: fieldName,
      table: show(before),
      text: show(after),
      patients: patients.map((p) => (p.id === original.id ? changed : p))
    });
  }
  return accounts;
}
