import {formatSourceProblem, SourceError, type SourceLocation} from "./source-error.js";

/** One data row of a tab-separated source file, its cells keyed by the printed column header. */
export interface SourceRow {
  /** 1-based data row number (the header is not counted). */
  row: number;
  /** 1-based line number in the file. */
  line: number;
  cells: Record<string, string>;
}

/**
 * Something in a source file the build corrected and reports rather than refuses: today, spaces around a cell or
 * a header name, which are trimmed. `message` is the one line printed, formatted as a SourceError's is.
 */
export interface SourceWarning {
  file: string;
  row?: number;
  line?: number;
  column?: string;
  /** The cell (or header name) as the file holds it, spaces included. */
  value: string;
  message: string;
}

/**
 * Decodes the bytes of a source file as strict UTF-8, dropping a UTF-8 byte-order mark (spreadsheets and Windows
 * editors write one; it carries no text). Anything that would be mis-decoded (UTF-16, Latin-1 bytes, binary data)
 * is refused rather than guessed, because a mis-decoded name would flow silently into the report.
 * @example decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, 0x4e, 0x6f, 0x2e]), "t.tsv") // "No."
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.length === 0) throw new SourceError({file}, "expected a tab-separated table, got an empty file");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || body.includes(0)) {
    throw new SourceError({file}, "expected UTF-8 text, got UTF-16 or binary data (NUL bytes); save the file as UTF-8");
  }
  try {
    return new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(body);
  } catch {
    throw new SourceError({file}, "expected UTF-8 text, got bytes that are not valid UTF-8");
  }
}

/** A cell trimmed of surrounding spaces, with the warning that says so when there were any. */
function trimmed(value: string, location: Omit<SourceLocation, "value">, warnings: SourceWarning[] | undefined): string {
  const trimmedValue = value.trim();
  if (trimmedValue !== value && warnings) {
    const message = formatSourceProblem({...location, value}, `leading or trailing spaces trimmed, read as "${trimmedValue}"`);
    warnings.push({...location, value, message});
  }
  return trimmedValue;
}

export interface ParseDelimitedOptions {
  file: string;
  /** The printed column headers, in the printed order. */
  columns: readonly string[];
  /** Whether a header without data rows is a table (an events file with no events); refused by default. */
  allowNoRows?: boolean;
  /** Receives one warning per cell or header name trimmed of spaces, in file order. */
  warnings?: SourceWarning[];
}

/**
 * Splits tab-separated text into rows keyed by its header, checking the header against the columns expected
 * (same names, same order) and that every row has exactly one cell per column. LF and CRLF line ends are both
 * read; blank (or whitespace-only) lines at the end are dropped, but a blank line between rows is refused, since
 * it usually means a lost row. Spaces around a cell or header name are trimmed, each trim reported in `warnings`.
 *
 * @example parseDelimited("No.\tSex\r\n1\t F\r\n\r\n", {file: "t.tsv", columns: ["No.", "Sex"]})
 *   // [{row: 1, line: 2, cells: {"No.": "1", Sex: "F"}}] (and a warning for " F", when `warnings` is given)
 */
export function parseDelimited(text: string, {file, columns, allowNoRows = false, warnings}: ParseDelimitedOptions): SourceRow[] {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  while (lines.length > 0 && lines.at(-1)!.trim() === "") lines.pop();
  const headerLine = lines[0];
  if (headerLine === undefined || headerLine.trim() === "") {
    throw new SourceError({file, line: 1}, "expected a header row naming the columns, got an empty file");
  }
  const rawHeader = headerLine.split("\t");
  if (rawHeader.length === 1 && columns.length > 1) {
    const delimiter = [",", ";", "|"].find((d) => headerLine.includes(d));
    throw new SourceError(
      {file, line: 1, value: headerLine},
      `expected tab-separated columns${delimiter ? `, but the header seems separated by "${delimiter}"` : ""}`
    );
  }
  const header = rawHeader.map((name) => trimmed(name, {file, line: 1, column: name.trim()}, warnings));
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
  if (lines.length < 2 && !allowNoRows) throw new SourceError({file, line: 2}, "expected at least one data row after the header");
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
    const cells = Object.fromEntries(columns.map((name, i) => [name, trimmed(fields[i]!, {file, row, line, column: name}, warnings)]));
    return {row, line, cells};
  });
}
