/**
 * How the liver metastases were removed: one row per liver procedure, by extent (minor, unknown, major), with the
 * number of patients, those who also had an ablation (and which), and those whose microscopic margin was positive.
 */
import {notRecordedLabel} from "../lib/filters.js";
import {procedureOrder} from "../lib/brisbane.js";
import {listPatients} from "../lib/format.js";
import {documentOf, element} from "./dom.js";

export interface ProcedurePatient {
  id: number;
  /** Null when not recorded: listed under "Not recorded". */
  liverProcedure: string | null;
  ablation: boolean | null;
  /** "IORFA", "RFA" or "MWA" (see ablationMethods); absent or null when not recorded. */
  ablationMethod?: string | null;
  marginPositive: boolean | null;
}

export interface ProcedureTableOptions {
  document?: Document;
  /** Procedures in the order to list them, each listed even with no patient; by default those in the data, by extent. */
  procedures?: readonly string[];
}

/** "patient 7", "patient 2 and 3", or "none". */
const patientList = (ids: readonly number[]) => (ids.length ? `patient ${listPatients(ids)}` : "none");

const methodNames: Record<string, string> = {IORFA: "intraoperative RFA", RFA: "RFA", MWA: "microwave"};

/** "patient 7 (intraoperative RFA)", "patient 5 (RFA), patient 10 (microwave)", or "none": ablated patients by method. */
function ablationList(patients: readonly ProcedurePatient[]): string {
  const byMethod = new Map<string, number[]>();
  for (const p of patients.filter((p) => p.ablation === true)) {
    const method = p.ablationMethod ? (methodNames[p.ablationMethod] ?? p.ablationMethod) : "method not recorded";
    byMethod.set(method, [...(byMethod.get(method) ?? []), p.id]);
  }
  return byMethod.size ? [...byMethod].map(([method, ids]) => `${patientList(ids)} (${method})`).join(", ") : "none";
}

/** @example procedureTable(patientsInView, {procedures: procedureOrder(allPatients)}) // Partial hepatectomy: 8, patient 7 (intraoperative RFA), patient 3 */
export function procedureTable(patients: readonly ProcedurePatient[], options: ProcedureTableOptions = {}): HTMLTableElement {
  const document = documentOf(options);
  const procedures = options.procedures ?? procedureOrder(patients);
  // A procedure not recorded is a row of its own, drawn only when some patient has one.
  const listed = patients.some((p) => p.liverProcedure === null) ? [...procedures, null] : procedures;
  const notRecordedFor = (ps: readonly ProcedurePatient[], field: "ablation" | "marginPositive") => {
    const ids = ps.filter((p) => p[field] === null).map((p) => p.id);
    return ids.length ? `; not recorded for ${patientList(ids)}` : "";
  };
  const rows = listed.map((procedure) => {
    const withProcedure = patients.filter((p) => p.liverProcedure === procedure);
    return element(document, "tr", {}, [
      element(document, "th", {scope: "row"}, [procedure ?? notRecordedLabel]),
      element(document, "td", {class: "num"}, [String(withProcedure.length)]),
      element(document, "td", {}, [ablationList(withProcedure) + (procedure === null ? "" : notRecordedFor(withProcedure, "ablation"))]),
      element(document, "td", {}, [patientList(withProcedure.filter((p) => p.marginPositive === true).map((p) => p.id)) + notRecordedFor(withProcedure, "marginPositive")])
    ]);
  });
  const th = (text: string, attrs = {}) => element(document, "th", {scope: "col", ...attrs}, [text]);
  return element(document, "table", {class: "plain-table"}, [
    element(document, "caption", {}, ["Liver procedure with ablation and margin status, patients in view"]),
    element(document, "thead", {}, [
      element(document, "tr", {}, [th("Procedure"), th("Patients", {class: "num"}), th("With ablation"), th("Microscopically positive margin")])
    ]),
    element(document, "tbody", {}, rows)
  ]);
}
