/** Table 2 of the article, "Characteristics of the liver metastases": one row per patient, columns as printed. */
import {z} from "zod";
import {
  cirrhosisFattyCell,
  countCell,
  marginCell,
  patientNumberCell,
  recorded,
  segmentsCell,
  sizeCmCell,
  suvCell
} from "./cells.js";
import {liverProcedureCell, type LiverProcedureMap} from "./liver-procedures.js";
import {parseDelimited, type SourceWarning} from "./read-delimited.js";
import {byPatientNumber, validateTable} from "./validate-table.js";

// Every column but the patient number may say the value was not recorded (recorded(): the field is null).
export const table2Schema = z.object({
  "No.": patientNumberCell,
  "Size (cm)a)": recorded(sizeCmCell),
  "Number of liver mass": recorded(countCell),
  "Location of liver metastasis": recorded(segmentsCell),
  "Liver cirrhosis/ fatty liver": recorded(cirrhosisFattyCell),
  "Mean SUV of liver massb)": recorded(suvCell),
  "Surgical procedure": recorded(liverProcedureCell()),
  "Microscopic resection margin": recorded(marginCell)
});

export const table2Columns = Object.keys(table2Schema.shape) as (keyof typeof table2Schema.shape)[];
export type Table2Values = z.output<typeof table2Schema>;

/**
 * Parses and validates the text of table2.tsv; throws SourceError on the first malformed cell. `procedures` holds
 * the series' own liver procedure names (liver-procedures.tsv); `warnings` receives each cell trimmed of spaces.
 */
export function parseTable2(
  text: string,
  file = "table2.tsv",
  {procedures, proceduresFile, warnings}: {procedures?: LiverProcedureMap; proceduresFile?: string; warnings?: SourceWarning[]} = {}
) {
  const schema = procedures ? table2Schema.extend({"Surgical procedure": recorded(liverProcedureCell(procedures, proceduresFile))}) : table2Schema;
  return validateTable(parseDelimited(text, {file, columns: table2Columns, ...(warnings && {warnings})}), schema, {file, unique: byPatientNumber});
}
