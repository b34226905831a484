import {describe, expect, it} from "vitest";
import {decodeSource, parseDelimited, type SourceWarning} from "../../data-loaders/read-delimited.js";
import {SourceError} from "../../data-loaders/source-error.js";
import {errorMessage} from "../helpers.js";

const columns = ["No.", "Sex", "Age (yr)"];
const parse = (text: string) => parseDelimited(text, {file: "t.tsv", columns});
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeSource", () => {
  it("decodeSource(UTF-8 bytes) returns the text unchanged, accents included", () => {
    expect(decodeSource(utf8("No.\tName\n1\tBéla\n"), "t.tsv")).toBe("No.\tName\n1\tBéla\n");
  });
  it("decodeSource(empty file) is refused", () => {
    expect(errorMessage(() => decodeSource(new Uint8Array(), "t.tsv"))).toBe(
      "t.tsv: expected a tab-separated table, got an empty file"
    );
  });
  it("decodeSource(UTF-8 with a BOM) drops the byte-order mark and keeps the text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("No.\tName\n1\tBéla\n")]);
    expect(decodeSource(bytes, "t.tsv")).toBe("No.\tName\n1\tBéla\n");
  });
  it("decodeSource(a BOM and nothing else) is refused as an empty file", () => {
    expect(errorMessage(() => decodeSource(new Uint8Array([0xef, 0xbb, 0xbf]), "t.tsv"))).toBe(
      "t.tsv: expected a tab-separated table, got an empty file"
    );
  });
  it("decodeSource(UTF-8 BOM followed by UTF-16 text) is refused: NUL bytes", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x4e, 0x00, 0x6f, 0x00]);
    expect(errorMessage(() => decodeSource(bytes, "t.tsv"))).toBe(
      "t.tsv: expected UTF-8 text, got UTF-16 or binary data (NUL bytes); save the file as UTF-8"
    );
  });
  it("decodeSource(UTF-16LE) is refused", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x6f, 0x00]);
    expect(errorMessage(() => decodeSource(bytes, "t.tsv"))).toBe(
      "t.tsv: expected UTF-8 text, got UTF-16 or binary data (NUL bytes); save the file as UTF-8"
    );
  });
  it("decodeSource(Latin-1 bytes) is refused as invalid UTF-8", () => {
    expect(errorMessage(() => decodeSource(new Uint8Array([0x42, 0xe9, 0x6c, 0x61]), "t.tsv"))).toBe(
      "t.tsv: expected UTF-8 text, got bytes that are not valid UTF-8"
    );
  });
});

describe("parseDelimited", () => {
  it("parseDelimited keys cells by header and numbers rows from 1 and lines from 2", () => {
    expect(parse("No.\tSex\tAge (yr)\n1\tF\t42\n2\tM\t38\n")).toEqual([
      {row: 1, line: 2, cells: {"No.": "1", Sex: "F", "Age (yr)": "42"}},
      {row: 2, line: 3, cells: {"No.": "2", Sex: "M", "Age (yr)": "38"}}
    ]);
  });
  it("parseDelimited accepts CRLF line endings", () => {
    expect(parse("No.\tSex\tAge (yr)\r\n1\tF\t42\r\n2\tM\t38\r\n").map((r) => r.cells["Age (yr)"])).toEqual(["42", "38"]);
  });
  it("parseDelimited trims spaces around a cell and reports each trim as a one-line warning", () => {
    const warnings: SourceWarning[] = [];
    const rows = parseDelimited("No.\tSex\tAge (yr)\r\n1\tF \t 42\r\n", {file: "t.tsv", columns, warnings});
    expect(rows[0]!.cells).toEqual({"No.": "1", Sex: "F", "Age (yr)": "42"});
    expect(warnings).toEqual([
      {file: "t.tsv", row: 1, line: 2, column: "Sex", value: "F ", message: 't.tsv row 1 (line 2), column "Sex": leading or trailing spaces trimmed, read as "F", got "F "'},
      {file: "t.tsv", row: 1, line: 2, column: "Age (yr)", value: " 42", message: 't.tsv row 1 (line 2), column "Age (yr)": leading or trailing spaces trimmed, read as "42", got " 42"'}
    ]);
  });
  it("parseDelimited trims spaces around a header name, with a warning on line 1", () => {
    const warnings: SourceWarning[] = [];
    parseDelimited("No.\t Sex\tAge (yr)\n1\tF\t42\n", {file: "t.tsv", columns, warnings});
    expect(warnings.map((w) => w.message)).toEqual(['t.tsv line 1, column "Sex": leading or trailing spaces trimmed, read as "Sex", got " Sex"']);
  });
  it("parseDelimited drops any number of blank or whitespace-only lines at the end", () => {
    expect(parse("No.\tSex\tAge (yr)\n1\tF\t42\n\n\r\n  \n\t\t\n")).toHaveLength(1);
    expect(parse("No.\tSex\tAge (yr)\n1\tF\t42")).toHaveLength(1);
  });
  it("parseDelimited refuses a missing column, naming it", () => {
    expect(errorMessage(() => parse("No.\tAge (yr)\n1\t42\n"))).toBe(
      't.tsv line 1, column "Sex": expected column 2 to be "Sex" (that column is missing), got "Age (yr)"'
    );
  });
  it("parseDelimited refuses columns out of the printed order", () => {
    expect(errorMessage(() => parse("No.\tAge (yr)\tSex\n1\t42\tF\n"))).toMatch(/expected column 2 to be "Sex" \(columns must keep the printed order\)/);
  });
  it("parseDelimited refuses an extra column", () => {
    expect(errorMessage(() => parse("No.\tSex\tAge (yr)\tNotes\n1\tF\t42\tx\n"))).toBe(
      't.tsv line 1, column "Notes": expected no column after "Age (yr)" (the table has 3 columns)'
    );
  });
  it("parseDelimited refuses a comma-separated file, saying so", () => {
    expect(errorMessage(() => parse("No.,Sex,Age (yr)\n1,F,42\n"))).toMatch(
      /expected tab-separated columns, but the header seems separated by ","/
    );
  });
  it("parseDelimited refuses a truncated row, naming the row and the first missing column", () => {
    expect(errorMessage(() => parse("No.\tSex\tAge (yr)\n1\tF\t42\n2\tM\n"))).toBe(
      't.tsv row 2 (line 3), column "Age (yr)": expected 3 tab-separated cells, got 2 (the row is truncated), got "2\\tM"'
    );
  });
  it("parseDelimited refuses a blank line between rows", () => {
    expect(errorMessage(() => parse("No.\tSex\tAge (yr)\n1\tF\t42\n\n2\tM\t38\n"))).toBe(
      "t.tsv row 2 (line 3): expected a data row, got a blank line"
    );
  });
  it("parseDelimited refuses a whitespace-only line between rows, CRLF or not, and trailing blank lines do not hide it", () => {
    expect(errorMessage(() => parse("No.\tSex\tAge (yr)\r\n1\tF\t42\r\n \t \r\n2\tM\t38\r\n\r\n"))).toBe(
      "t.tsv row 2 (line 3): expected a data row, got a blank line"
    );
  });
  it("parseDelimited refuses a header with no rows", () => {
    expect(() => parse("No.\tSex\tAge (yr)\n")).toThrow(SourceError);
    expect(errorMessage(() => parse("No.\tSex\tAge (yr)\r\n\r\n"))).toBe("t.tsv line 2: expected at least one data row after the header");
  });
  it("parseDelimited(header only, {allowNoRows: true}) is a table without rows", () => {
    expect(parseDelimited("No.\tSex\tAge (yr)\r\n\r\n", {file: "t.tsv", columns, allowNoRows: true})).toEqual([]);
  });
  it("parseDelimited refuses a file of blank lines as having no header", () => {
    expect(errorMessage(() => parse("\n \n"))).toBe("t.tsv line 1: expected a header row naming the columns, got an empty file");
  });
});
