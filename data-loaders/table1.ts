/** Table 1 of the article, "Characteristics of the study patients": one row per patient, columns as printed. */
import {z} from "zod";
import {
  adjuvantTreatmentCell,
  ageCell,
  metastasisSitesCell,
  monthsToLiverMetastasisCell,
  nameCell,
  patientNumberCell,
  recorded,
  sexCell,
  sizeCmCell,
  survivalCell
} from "./cells.js";
import {parseDelimited, type SourceWarning} from "./read-delimited.js";
import {byPatientNumber, validateTable} from "./validate-table.js";

// Every column but the patient number may say the value was not recorded (recorded(): the field is null).
export const table1Schema = z.object({
  "No.": patientNumberCell,
  "Age (yr)": recorded(ageCell),
  "Sex": recorded(sexCell),
  "Surgical procedure for primary lesion": recorded(nameCell),
  "Size of primary tumor (cm)": recorded(sizeCmCell),
  "Adjuvant treatment after primary surgery": recorded(adjuvantTreatmentCell),
  "Period to liver metastasis (mo)a)": recorded(monthsToLiverMetastasisCell),
  "Additional metastasis after hepatectomy": recorded(metastasisSitesCell),
  "Overall survival period (mo)": recorded(survivalCell)
});

export const table1Columns = Object.keys(table1Schema.shape) as (keyof typeof table1Schema.shape)[];
export type Table1Values = z.output<typeof table1Schema>;

/** Parses and validates the text of table1.tsv; throws SourceError on the first malformed cell. `warnings` receives each cell trimmed of spaces. */
export function parseTable1(text: string, file = "table1.tsv", {warnings}: {warnings?: SourceWarning[]} = {}) {
  return validateTable(parseDelimited(text, {file, columns: table1Columns, ...(warnings && {warnings})}), table1Schema, {file, unique: byPatientNumber});
}
