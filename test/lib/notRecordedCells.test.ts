import {describe, expect, it} from "vitest";
import {isNotRecorded} from "../../data-loaders/not-recorded.js";
import {notRecordedCells} from "../../src/lib/notRecordedCells.js";

const row = (id: number, table1: Record<string, string>, table2: Record<string, string> = {}) => ({id, verbatim: {table1: {"No.": String(id), ...table1}, table2: {"No.": String(id), ...table2}}});

describe("notRecordedCells", () => {
  it("counts every printed cell but the patient number, and lists the columns with gaps, Table 1 first, in printed order", () => {
    const result = notRecordedCells([row(1, {Age: "–", Sex: "F"}, {Margin: "NA"}), row(2, {Age: "50", Sex: "Unknown"}, {Margin: "Negative"})], isNotRecorded);
    expect(result).toEqual({
      cells: 6,
      columns: [
        {table: "Table 1", column: "Age", missing: [1], of: 2},
        {table: "Table 1", column: "Sex", missing: [2], of: 2},
        {table: "Table 2", column: "Margin", missing: [1], of: 2}
      ]
    });
  });
  it("finds no gap in a fully recorded series, and never reads a patient number as one", () => {
    expect(notRecordedCells([row(1, {Age: "42"})], isNotRecorded)).toEqual({cells: 1, columns: []});
  });
});
