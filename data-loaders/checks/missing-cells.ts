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
import {notRecordedCells} from "../../src/lib/notRecordedCells.js";
import {type CheckData, checkResult, type DataCheck, namedPatients} from "./check.js";

/**
 * @example missingCells.run({patients: [{id: 1, verbatim: {table1: {"No.": "1", Sex: "NA"}, table2: {}}, …}], timeline: []})
 * // {verdict: "noted", patients: [1], findings: [{patient: null, text: "Table 1, “Sex”: 1 of 1 cell not recorded (patient 1)."}], …}
 */
export const missingCells: DataCheck = {
  title: "Missing cells",
  rule: "Every cell of both tables is recorded; cells that say a value was not (empty, “–”, “NA”, “Unknown”, “Not recorded”) are counted per column and noted, never taken as a fault of the series.",
  run({patients}: CheckData) {
    if (!patients.length) return checkResult("not applicable", "The series has no patient rows.", []);
    const {cells, columns: gaps} = notRecordedCells(patients, isNotRecorded);
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
