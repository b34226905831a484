/**
 * How the liver metastases were removed: one row per liver procedure, by extent (minor, unknown, major), with the
 * number of patients, those who also had an ablation (and which), and those whose microscopic margin was positive.
 */
import {procedureOrder} from "../lib/brisbane.js";
import {listPatients} from "../lib/format.js";
import {documentOf, element} from "./dom.js";

export interface ProcedurePatient {
  id: number;
  liverProcedure: string;
  ablation: boolean;
  /** "IORFA", "RFA" or "MWA" (see ablationMethods); absent or null when not recorded. */
  ablationMethod?: string | null;
  marginPositive: boolean;
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
  for (const p of patients.filter((p) => p.ablation)) {
    const method = p.ablationMethod ? (methodNames[p.ablationMethod] ?? p.ablationMethod) : "method not recorded";
    byMethod.set(method, [...(byMethod.get(method) ?? []), p.id]);
  }
  return byMethod.size ? [...byMethod].map(([method, ids]) => `${patientList(ids)} (${method})`).join(", ") : "none";
}

/** @example procedureTable(patientsInView, {procedures: procedureOrder(allPatients)}) // Partial hepatectomy: 8, patient 7 (intraoperative RFA), patient 3 */
export function procedureTable(patients: readonly ProcedurePatient[], options: ProcedureTableOptions = {}): HTMLTableElement {
  const document = documentOf(options);
  const procedures = options.procedures ?? procedureOrder(patients);
  const rows = procedures.map((procedure) => {
    const withProcedure = patients.filter((p) => p.liverProcedure === procedure);
    return element(document, "tr", {}, [
      element(document, "th", {scope: "row"}, [procedure]),
      element(document, "td", {class: "num"}, [String(withProcedure.length)]),
      element(document, "td", {}, [ablationList(withProcedure)]),
      element(document, "td", {}, [patientList(withProcedure.filter((p) => p.marginPositive).map((p) => p.id))])
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
