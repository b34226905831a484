/**
 * The sentences that say what a value not recorded in the source did to a figure: a chart's "not shown" note and
 * the survival estimates' list of patients left out. Facts in, plain strings out; "" when there is nothing to say.
 */
import {listPatients} from "../format.js";
import {notRecordedCells} from "../notRecordedCells.js";

/**
 * The note a chart carries when it drops patients whose value was not recorded.
 * @example notShownNote(2) // "2 not recorded, not shown"
 * @example notShownNote(0) // ""
 */
export function notShownNote(count: number): string {
  return count > 0 ? `${count} not recorded, not shown` : "";
}

/**
 * The note beside survival estimates naming the patients they leave out (survival time or vital status not
 * recorded), so a reader can see the curve is of fewer patients than the view holds.
 * @example survivalLeftOutNote([4]) // "Patient 4 is left out of the survival estimates: survival time or vital status not recorded."
 * @example survivalLeftOutNote([2, 5]) // "Patients 2 and 5 are left out of the survival estimates: survival time or vital status not recorded."
 */
export function survivalLeftOutNote(ids: readonly number[]): string {
  if (ids.length === 0) return "";
  const who = ids.length === 1 ? `Patient ${ids[0]} is` : `Patients ${listPatients(ids)} are`;
  return `${who} left out of the survival estimates: survival time or vital status not recorded.`;
}

/**
 * The count a summary gives beside its n, as gtsummary's "Unknown" row does, for prose.
 * @example notRecordedClause(1) // " (1 not recorded)"
 * @example notRecordedClause(0) // ""
 */
export function notRecordedClause(count: number): string {
  return count > 0 ? ` (${count} not recorded)` : "";
}

/**
 * Where the series says a value was not recorded: each printed column with such cells and its patients, for the
 * Data & methods page. `isNotRecorded` is the parsers' own test (data-loaders/not-recorded.ts), passed in so
 * this module stays free of build-time imports.
 * @example notRecordedInSeries(patients, isNotRecorded) // "In this series every printed cell is recorded."
 * @example notRecordedInSeries(edited, isNotRecorded) // "In this series 2 printed cells say the value was not recorded: Table 1 “Sex” (patient 2); Table 2 “Surgical procedure” (patient 5)."
 */
export function notRecordedInSeries(
  patients: readonly {id: number; verbatim: {table1: Record<string, string>; table2: Record<string, string>}}[],
  isNotRecorded: (cell: string) => boolean
): string {
  const {columns} = notRecordedCells(patients, isNotRecorded);
  const count = columns.reduce((sum, c) => sum + c.missing.length, 0);
  if (count === 0) return "In this series every printed cell is recorded.";
  const list = columns.map((c) => `${c.table} “${c.column}” (${c.missing.length === 1 ? "patient" : "patients"} ${listPatients(c.missing)})`).join("; ");
  return `In this series ${count === 1 ? "1 printed cell says" : `${count} printed cells say`} the value was not recorded: ${list}.`;
}
