/**
 * Missing cells: per printed column of both tables, how many cells say the value was not recorded (an empty cell,
 * "–", "NA", "Unknown", "Not recorded": data-loaders/not-recorded.ts). It reads the printed cells, so it counts
 * the same whether the parsers keep such a cell's reason or turn it into null.
 *
 * A missing value is a gap in what was collected, not a contradiction between cells, so this check never fails a
 * series: "pass" when every cell is recorded, otherwise "noted", with one finding per column that has gaps.
 */
import {pluralize} from "../../src/lib/format.js";
import {isNotRecorded} from "../not-recorded.js";
import {type CheckData, checkResult, type CheckPatient, type DataCheck, namedPatients} from "./check.js";

const tables = [
  {key: "table1", name: "Table 1"},
  {key: "table2", name: "Table 2"}
] as const;

/** The patient number is what joins the rows: it is never a value that could be missing. */
const idColumn = "No.";

/** Every printed column of a table, in the order the rows print them (the first row's order first). */
function columnsOf(patients: readonly CheckPatient[], key: "table1" | "table2"): string[] {
  return [...new Set(patients.flatMap((p) => Object.keys(p.verbatim[key])))].filter((c) => c !== idColumn);
}

/**
 * @example missingCells.run({patients: [{id: 1, verbatim: {table1: {"No.": "1", Sex: "NA"}, table2: {}}, …}], timeline: []})
 * // {verdict: "noted", patients: [1], findings: [{patient: null, text: "Table 1, “Sex”: 1 of 1 cell not recorded (patient 1)."}], …}
 */
export const missingCells: DataCheck = {
  title: "Missing cells",
  rule: "Every cell of both tables is recorded; cells that say a value was not (empty, “–”, “NA”, “Unknown”, “Not recorded”) are counted per column and noted, never taken as a fault of the series.",
  run({patients}: CheckData) {
    if (!patients.length) return checkResult("not applicable", "The series has no patient rows.", []);
    let cells = 0;
    const gaps = tables.flatMap(({key, name}) =>
      columnsOf(patients, key).flatMap((column) => {
        const printed = patients.filter((p) => p.verbatim[key][column] !== undefined);
        cells += printed.length;
        const missing = printed.filter((p) => isNotRecorded(p.verbatim[key][column]!)).map((p) => p.id);
        return missing.length ? [{table: name, column, missing, of: printed.length}] : [];
      })
    );
    if (!gaps.length) return checkResult("pass", `Every one of the ${pluralize(cells, "cell")} of both tables is recorded.`, []);
    const missing = gaps.reduce((n, g) => n + g.missing.length, 0);
    const findings = gaps.map((g) => ({
      patient: null,
      text: `${g.table}, “${g.column}”: ${g.missing.length} of ${pluralize(g.of, "cell")} not recorded (${namedPatients(g.missing)}).`
    }));
    return checkResult(
      "noted",
      `${missing} of ${pluralize(cells, "cell")} ${missing === 1 ? "is" : "are"} not recorded, in ${pluralize(gaps.length, "column")}: gaps in what was recorded, not contradictions.`,
      findings,
      gaps.flatMap((g) => g.missing)
    );
  }
};
