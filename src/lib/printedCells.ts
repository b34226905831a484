/**
 * The printed cells of Tables 1 and 2 (each patient's `verbatim`), as a dataset of their own: about half of what
 * patients.json weighs, and shown only by the Patients page (the tables as printed), the Data & methods page (the
 * downloads) and the Liver page's note on a count that does not add up. The other pages never fetch them.
 *
 * Each table's column headers are written once, then each patient's cells in that order, by patient number, so
 * the file is about half the size of the same cells keyed by header in every row.
 */

/** One patient's printed cells, keyed by printed column header (footnote markers included). */
export interface Verbatim {
  table1: Record<string, string>;
  table2: Record<string, string>;
}

/** The dataset printed.json. */
export interface PrintedCells {
  /** Each table's printed column headers, in the printed order. */
  columns: {table1: string[]; table2: string[]};
  /** Each patient's cells in the order of `columns`, by patient number. */
  patients: Record<string, {table1: string[]; table2: string[]}>;
}

type Table = keyof Verbatim;
const tables: readonly Table[] = ["table1", "table2"];

/**
 * The printed cells of the patients as one dataset. Every patient's cells must come under the same headers in the
 * same order (as rows of one table do); a patient's cells under other headers are a pipeline bug and throw.
 * @example printedCells([{id: 1, verbatim: {table1: {"No.": "1", Sex: "F"}, table2: {"No.": "1"}}}])
 * // {columns: {table1: ["No.", "Sex"], table2: ["No."]}, patients: {"1": {table1: ["1", "F"], table2: ["1"]}}}
 */
export function printedCells(patients: readonly {id: number; verbatim: Verbatim}[]): PrintedCells {
  const columns = {table1: Object.keys(patients[0]?.verbatim.table1 ?? {}), table2: Object.keys(patients[0]?.verbatim.table2 ?? {})};
  const rows: PrintedCells["patients"] = {};
  for (const {id, verbatim} of patients) {
    for (const table of tables) {
      const headers = Object.keys(verbatim[table]);
      if (headers.length !== columns[table].length || headers.some((h, i) => h !== columns[table][i])) {
        throw new Error(`printed cells of patient ${id}, ${table}: expected the columns ${JSON.stringify(columns[table])}, got ${JSON.stringify(headers)}`);
      }
    }
    rows[id] = {table1: Object.values(verbatim.table1), table2: Object.values(verbatim.table2)};
  }
  return {columns, patients: rows};
}

/**
 * One patient's printed cells, keyed by header as patients.json has them, or undefined for a patient number the
 * dataset does not hold.
 * @example verbatimOf(printed, 1) // {table1: {"No.": "1", Sex: "F"}, table2: {"No.": "1"}}
 */
export function verbatimOf(printed: PrintedCells, id: number): Verbatim | undefined {
  const cells = Object.hasOwn(printed.patients, id) ? printed.patients[id] : undefined;
  if (!cells) return undefined;
  return {
    table1: Object.fromEntries(printed.columns.table1.map((header, i) => [header, cells.table1[i]!])),
    table2: Object.fromEntries(printed.columns.table2.map((header, i) => [header, cells.table2[i]!]))
  };
}
