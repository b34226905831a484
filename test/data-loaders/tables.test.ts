import {describe, expect, it} from "vitest";
import {parseTable1} from "../../data-loaders/table1.js";
import {parseLiverProcedures} from "../../data-loaders/liver-procedures.js";
import {parseTable2} from "../../data-loaders/table2.js";
import {bundledText, errorMessage, withCell} from "../helpers.js";

const table1 = bundledText("table1.tsv");
const table2 = bundledText("table2.tsv");
// The bundled series names its partial hepatectomies in its own liver-procedures.tsv.
const procedures = parseLiverProcedures(bundledText("liver-procedures.tsv"));
const parseBundled2 = (text: string) => parseTable2(text, "table2.tsv", {procedures});

describe("parseTable1", () => {
  it("parseTable1(bundled transcription) reads ten patients with their printed cells", () => {
    const rows = parseTable1(table1);
    expect(rows.map((r) => r.values["No."])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[8]!.verbatim["Adjuvant treatment after primary surgery"]).toBe(
      "CTx (ifosfamide+etoposide+cisplatin, 4 cycles), RTx (5,000 cGy/25 fx)"
    );
    expect(rows[1]!.values["Period to liver metastasis (mo)a)"]).toEqual({months: 0, synchronous: true});
  });
  it('parseTable1 refuses "170 (Alve)" naming file, row, column, value and expectation', () => {
    expect(errorMessage(() => parseTable1(withCell(table1, 1, 8, "170 (Alve)")))).toBe(
      'table1.tsv row 1 (line 2), column "Overall survival period (mo)": expected months followed by "(Alive)" or "(Dead)" (e.g. "24 (Dead)"), got "170 (Alve)"'
    );
  });
  it('parseTable1 refuses an age of "6O" in row 7', () => {
    expect(errorMessage(() => parseTable1(withCell(table1, 7, 1, "6O")))).toBe(
      'table1.tsv row 7 (line 8), column "Age (yr)": expected a whole number of years, got "6O"'
    );
  });
  it('parseTable1 refuses "six cycles" in the adjuvant treatment', () => {
    expect(errorMessage(() => parseTable1(withCell(table1, 6, 5, "CTx (ifosfamide+doxorubicin, six cycles)")))).toMatch(
      /^table1\.tsv row 6 \(line 7\), column "Adjuvant treatment after primary surgery": expected "None", .*got "CTx \(ifosfamide\+doxorubicin, six cycles\)"$/
    );
  });
  it("parseTable1 refuses a negative primary tumour size", () => {
    expect(errorMessage(() => parseTable1(withCell(table1, 4, 4, "-19")))).toBe(
      'table1.tsv row 4 (line 5), column "Size of primary tumor (cm)": expected a size in centimetres (a positive number such as 3.5), got "-19"'
    );
  });
  it("parseTable1 refuses a duplicate patient, pointing at the second row", () => {
    expect(errorMessage(() => parseTable1(withCell(table1, 3, 0, "2")))).toBe(
      'table1.tsv row 3 (line 4), column "No.": expected each patient once, but patient 2 is also in row 2, got "2"'
    );
  });
  it("parseTable1 refuses a table without the survival column", () => {
    const dropLast = table1
      .split("\n")
      .map((l) => l.split("\t").slice(0, -1).join("\t"))
      .join("\n");
    expect(errorMessage(() => parseTable1(dropLast))).toBe(
      'table1.tsv line 1, column "Overall survival period (mo)": expected column 9 to be "Overall survival period (mo)" (that column is missing)'
    );
  });
});

describe("parseTable2", () => {
  it("parseTable2(bundled transcription) reads segments, SUV and procedures", () => {
    const rows = parseBundled2(table2);
    expect(rows.map((r) => r.values["Location of liver metastasis"])).toEqual([
      [6], [4, 7], [1, 2, 3, 6, 8], [3, 4], [7], [3], [7, 8], [6], [6], [3, 6]
    ]);
    expect(rows[6]!.values["Surgical procedure"]).toEqual({
      liverProcedure: "Partial hepatectomy", liverProcedureBrisbane: null, liverProcedureClass: "Minor resection", resectionExtent: "minor", ablation: true, ablationMethod: "IORFA"
    });
    expect(rows[4]!.values["Surgical procedure"]).toMatchObject({liverProcedure: "Right hepatectomy", liverProcedureBrisbane: "Right hemihepatectomy", resectionExtent: "major"});
  });
  it("parseTable2 without the series' mapping reads its partial hepatectomy as a resection of unstated kind and extent", () => {
    expect(parseTable2(table2)[0]!.values["Surgical procedure"]).toMatchObject({
      liverProcedure: "Partial hepatectomy",
      liverProcedureClass: "Unclassified resection",
      resectionExtent: "unknown"
    });
  });
  it('parseTable2 refuses "Hepatic debulking" in row 3, naming liver-procedures.tsv as the way to map it', () => {
    expect(errorMessage(() => parseBundled2(withCell(table2, 3, 6, "Hepatic debulking")))).toMatch(
      /^table2\.tsv row 3 \(line 4\), column "Surgical procedure": expected a liver resection named in Brisbane 2000 terms \(.*\) optionally followed by "\+IORFA", "\+RFA" or "\+MWA", or a name mapped in liver-procedures\.tsv, got "Hepatic debulking"$/
    );
  });
  it('parseTable2 refuses "Segment 9"', () => {
    expect(errorMessage(() => parseBundled2(withCell(table2, 5, 3, "Segment 9")))).toBe(
      'table2.tsv row 5 (line 6), column "Location of liver metastasis": expected Couinaud segments 1-8 as "Segment N" or "Segments N and M" / "Segments N, M, and K", got "Segment 9"'
    );
  });
  it("parseTable2 refuses a negative lesion size and a zero lesion count", () => {
    expect(errorMessage(() => parseBundled2(withCell(table2, 2, 1, "-3")))).toMatch(/^table2\.tsv row 2 \(line 3\), column "Size \(cm\)a\)": expected a size/);
    expect(errorMessage(() => parseBundled2(withCell(table2, 2, 2, "0")))).toMatch(/column "Number of liver mass": expected a whole number of lesions, at least 1, got "0"$/);
  });
});
