import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {csvCell, patientsCsv, toCsv} from "../../src/lib/csv.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

describe("csvCell", () => {
  it("csvCell leaves plain text, numbers and booleans as they are", () => {
    expect(csvCell("Stomach")).toBe("Stomach");
    expect(csvCell(48.2)).toBe("48.2");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(false)).toBe("false");
  });
  it("csvCell(null) and csvCell(undefined) are empty cells", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
  it('csvCell quotes a cell with a comma, quote, CR or LF and doubles its quotes', () => {
    expect(csvCell("Lung, thigh, arm")).toBe('"Lung, thigh, arm"');
    expect(csvCell('the "last" hepatectomy')).toBe('"the ""last"" hepatectomy"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
    expect(csvCell('"')).toBe('""""');
  });
  it('csvCell(["Lung", "Arm"]) joins a list with "; " and a list with null as an empty element', () => {
    expect(csvCell(["Lung", "Arm"])).toBe("Lung; Arm");
    expect(csvCell([3, 6])).toBe("3; 6");
    expect(csvCell(["a", null, "b"])).toBe("a; ; b");
    expect(csvCell([])).toBe("");
    expect(csvCell(["a,b", "c"])).toBe('"a,b; c"');
  });
  it("csvCell writes an object as JSON, quoted", () => {
    expect(csvCell({min: 40, max: 60})).toBe('"{""min"":40,""max"":60}"');
  });
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\tcmd", "'\tcmd"],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["=1,2", `"'=1,2"`],
    ["\r=1", `"'\r=1"`]
  ])("csvCell(%j) neutralises a formula with an apostrophe (%j)", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
  it('csvCell(["=cmd", "x"]) neutralises a list whose text starts a formula', () => {
    expect(csvCell(["=cmd", "x"])).toBe("'=cmd; x");
    expect(csvCell(["x", "=cmd"])).toBe("x; =cmd");
  });
  it("csvCell(-16) keeps a negative number as a number, never prefixed", () => {
    expect(csvCell(-16)).toBe("-16");
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell(1e-7)).toBe("1e-7");
  });
  it("csvCell leaves text with a formula character after the first position alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("58 Gy/29 fx")).toBe("58 Gy/29 fx");
    expect(csvCell(" =1")).toBe(" =1");
  });
});

describe("toCsv", () => {
  it("toCsv writes a header from the first record's keys and CRLF after every row, the last too", () => {
    expect(toCsv([{id: 1, site: "Stomach"}, {id: 2, site: "Small bowel"}])).toBe("id,site\r\n1,Stomach\r\n2,Small bowel\r\n");
  });
  it("toCsv(rows, columns) writes the given columns in order, missing fields empty", () => {
    expect(toCsv([{id: 1, site: "Stomach", sex: "F"}, {id: 2}], ["sex", "id", "site"])).toBe("sex,id,site\r\nF,1,Stomach\r\n,2,\r\n");
  });
  it("toCsv quotes and neutralises header cells as well as data cells", () => {
    expect(toCsv([{"Lung, arm": "=x", "-h": -3}])).toBe(`"Lung, arm",'-h\r\n'=x,-3\r\n`);
  });
  it("toCsv([]) is an empty header line", () => {
    expect(toCsv([])).toBe("\r\n");
    expect(toCsv([], ["id"])).toBe("id\r\n");
  });
  it("toCsv writes lists and nulls as cells, and every row has as many cells as the header", () => {
    const csv = toCsv([{id: 1, segments: [3, 6], suv: null}]);
    expect(csv).toBe("id,segments,suv\r\n1,3; 6,\r\n");
  });
});

describe("patientsCsv", () => {
  const csv = patientsCsv(patients);
  const lines = csv.split("\r\n");
  const header = lines[0]!.split(",");
  /** Patient 1's row as header -> cell (its only quoted cells hold no quote marks). */
  const one = Object.fromEntries(
    lines[1]!.match(/("[^"]*"|[^,]*)(,|$)/g)!.slice(0, header.length).map((cell, i) => [header[i]!, cell.replace(/,$/, "")])
  );
  it("patientsCsv writes every field but verbatim, then the printed cells as Table 1 and Table 2 columns", () => {
    expect(header).not.toContain("verbatim");
    expect(header.slice(0, 4)).toEqual(["id", "age", "sex", "primarySite"]);
    const table1 = header.filter((k) => k.startsWith("Table 1: "));
    const table2 = header.filter((k) => k.startsWith("Table 2: "));
    expect(table1).toEqual(Object.keys(patients[0]!.verbatim.table1).map((k) => `Table 1: ${k}`));
    expect(table2).toEqual(Object.keys(patients[0]!.verbatim.table2).map((k) => `Table 2: ${k}`));
    expect(table1).toContain("Table 1: Age (yr)");
    expect(table2).toContain("Table 2: Location of liver metastasis");
    // Printed cells come after the fields.
    expect(header.indexOf("Table 1: No.")).toBeGreaterThan(header.indexOf("marginPositive"));
    expect(header.indexOf("Table 2: No.")).toBeGreaterThan(header.indexOf("Table 1: No."));
  });
  it("patientsCsv gives patient 1's printed cells verbatim beside its parsed fields", () => {
    expect(one.id).toBe("1");
    expect(one.segments).toBe("6");
    expect(one["Table 1: Overall survival period (mo)"]).toBe("170 (Alive)");
    expect(one["Table 1: Additional metastasis after hepatectomy"]).toBe('"Lung, thigh, arm"');
    expect(one["Table 2: Location of liver metastasis"]).toBe("Segment 6");
  });
  it("patientsCsv does not change its input", () => {
    patientsCsv(patients);
    expect(patients[0]!.verbatim.table1["Age (yr)"]).toBe("42");
    expect("verbatim" in patients[0]!).toBe(true);
  });
  it("patientsCsv has one header and ten rows with a quoted list cell, each as many cells as the header", () => {
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toBe("");
    expect(lines[0]).toMatch(/^id,age,sex,primarySite,/);
    expect(lines[0]).toContain(",Table 1: Additional metastasis after hepatectomy,");
    expect(lines[1]).toContain('"Lung, thigh, arm"');
    expect(lines[1]).toMatch(/^1,42,F,Pancreas,/);
    for (const line of lines.slice(1, -1)) expect(line.match(/("[^"]*"|[^,]*)(,|$)/g)!.length - 1).toBe(header.length);
  });
  it("patientsCsv of no patients is an empty header line", () => {
    expect(patientsCsv([])).toBe("\r\n");
  });
});
