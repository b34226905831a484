/**
 * How the liver metastases were removed: one row per liver procedure, with the number of patients, those who
 * also had intraoperative radiofrequency ablation (RFA), and those whose microscopic margin was positive.
 */
import {listPatients} from "../lib/format.js";
import {documentOf, element} from "./dom.js";

export interface ProcedurePatient {
  id: number;
  liverProcedure: string;
  ablation: boolean;
  marginPositive: boolean;
}

export interface ProcedureTableOptions {
  document?: Document;
  /** Procedures in the order to list them, each listed even with no patient; by default those in the data, as first met. */
  procedures?: readonly string[];
}

/** "patient 7", "patient 2 and 3", or "none". */
const patientList = (ids: readonly number[]) => (ids.length ? `patient ${listPatients(ids)}` : "none");

/** @example procedureTable(patientsInView, {procedures: ["Partial hepatectomy", "Left lateral sectionectomy", "Right hepatectomy"]}) */
export function procedureTable(patients: readonly ProcedurePatient[], options: ProcedureTableOptions = {}): HTMLTableElement {
  const document = documentOf(options);
  const procedures = options.procedures ?? [...new Set(patients.map((p) => p.liverProcedure))];
  const rows = procedures.map((procedure) => {
    const withProcedure = patients.filter((p) => p.liverProcedure === procedure);
    return element(document, "tr", {}, [
      element(document, "th", {scope: "row"}, [procedure]),
      element(document, "td", {class: "num"}, [String(withProcedure.length)]),
      element(document, "td", {}, [patientList(withProcedure.filter((p) => p.ablation).map((p) => p.id))]),
      element(document, "td", {}, [patientList(withProcedure.filter((p) => p.marginPositive).map((p) => p.id))])
    ]);
  });
  const th = (text: string, attrs = {}) => element(document, "th", {scope: "col", ...attrs}, [text]);
  return element(document, "table", {class: "plain-table"}, [
    element(document, "caption", {}, ["Liver procedure with ablation and margin status, patients in view"]),
    element(document, "thead", {}, [
      element(document, "tr", {}, [th("Procedure"), th("Patients", {class: "num"}), th("With intraoperative RFA"), th("Microscopically positive margin")])
    ]),
    element(document, "tbody", {}, rows)
  ]);
}
