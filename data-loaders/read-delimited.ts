import {SourceError} from "./source-error.js";

/** One data row of a tab-separated source file, its cells keyed by the printed column header. */
export interface SourceRow {
  /** 1-based data row number (the header is not counted). */
  row: number;
  /** 1-based line number in the file. */
  line: number;
  cells: Record<string, string>;
}

/**
 * Decodes the bytes of a source file as strict UTF-8 without a byte-order mark. Anything else (UTF-16, a BOM,
 * Latin-1 bytes) is refused rather than guessed, because a mis-decoded name would flow silently into the report.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new SourceError({file}, "expected a tab-separated table, got an empty file");
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new SourceError({file}, "expected UTF-8 without a byte-order mark; remove the BOM at the start of the file");
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    throw new SourceError({file}, "expected UTF-8 text, got UTF-16 or binary data (NUL bytes); save the file as UTF-8");
  }
  try {
    return new TextDecoder("utf-8", {fatal: true}).decode(bytes);
  } catch {
    throw new SourceError({file}, "expected UTF-8 text, got bytes that are not valid UTF-8");
  }
}

/**
 * Splits tab-separated text into rows keyed by its header, checking the header against the columns expected
 * (same names, same order) and that every row has exactly one cell per column. Cells are kept verbatim.
 * A final newline is allowed; blank lines elsewhere are not, since they usually mean a lost row.
 *
 * @example parseDelimited("No.\tSex\n1\tF\n", {file: "t.tsv", columns: ["No.", "Sex"]})
 *   // [{row: 1, line: 2, cells: {"No.": "1", Sex: "F"}}]
 */
export function parseDelimited(text: string, {file, columns}: {file: string; columns: readonly string[]}): SourceRow[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines.at(-1) === "") lines.pop();
  const headerLine = lines[0];
  if (headerLine === undefined || headerLine.trim() === "") {
    throw new SourceError({file, line: 1}, "expected a header row naming the columns, got an empty file");
  }
  const header = headerLine.split("\t");
  if (header.length === 1 && columns.length > 1) {
    const delimiter = [",", ";", "|"].find((d) => headerLine.includes(d));
    throw new SourceError(
      {file, line: 1, value: headerLine},
      `expected tab-separated columns${delimiter ? `, but the header seems separated by "${delimiter}"` : ""}`
    );
  }
  for (const [index, name] of columns.entries()) {
    if (header[index] !== name) {
      const reason = header.includes(name) ? "columns must keep the printed order" : "that column is missing";
      throw new SourceError(
        {file, line: 1, column: name, ...(header[index] !== undefined && {value: header[index]})},
        `expected column ${index + 1} to be "${name}" (${reason})`
      );
    }
  }
  const extra = header[columns.length];
  if (extra !== undefined) {
    throw new SourceError(
      {file, line: 1, column: extra},
      `expected no column after "${columns.at(-1)}" (the table has ${columns.length} columns)`
    );
  }
  if (lines.length < 2) throw new SourceError({file, line: 2}, "expected at least one data row after the header");
  return lines.slice(1).map((text, index) => {
    const row = index + 1;
    const line = index + 2;
    const fields = text.split("\t");
    if (text.trim() === "") throw new SourceError({file, row, line}, "expected a data row, got a blank line");
    if (fields.length !== columns.length) {
      const column = columns[Math.min(fields.length, columns.length - 1)];
      throw new SourceError(
        {file, row, line, ...(column !== undefined && {column}), value: text},
        `expected ${columns.length} tab-separated cells, got ${fields.length}${fields.length < columns.length ? " (the row is truncated)" : ""}`
      );
    }
    return {row, line, cells: Object.fromEntries(columns.map((name, i) => [name, fields[i] as string]))};
  });
}
