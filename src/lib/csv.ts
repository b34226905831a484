/**
 * CSV for downloads (RFC 4180: comma-separated, CRLF rows, quotes doubled). Lists are joined with "; ", null
 * is an empty cell, and a text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) is prefixed with an apostrophe, so an opened download never executes a source's text.
 */

/** One cell as CSV text. @example csvCell("=1+1") // "'=1+1" ; csvCell(["Lung", "Arm"]) // "Lung; Arm" */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return csvCell(value.map((v) => (v === null ? "" : String(v))).join("; "));
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  let text = typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of records as CSV with a header row; `columns` defaults to the keys of the first record. */
export function toCsv(rows: readonly object[], columns?: readonly string[]): string {
  const keys = columns ?? Object.keys(rows[0] ?? {});
  const lines = [keys.map(csvCell).join(","), ...rows.map((r) => keys.map((k) => csvCell((r as Record<string, unknown>)[k])).join(","))];
  return lines.join("\r\n") + "\r\n";
}

/**
 * Patients flattened for a spreadsheet: every field, then the printed cells as "Table 1: <header>" and
 * "Table 2: <header>" columns.
 */
export function flattenPatients(patients: readonly {verbatim: {table1: Record<string, string>; table2: Record<string, string>}}[]) {
  return patients.map(({verbatim, ...fields}) => ({
    ...fields,
    ...Object.fromEntries(Object.entries(verbatim.table1).map(([k, v]) => [`Table 1: ${k}`, v])),
    ...Object.fromEntries(Object.entries(verbatim.table2).map(([k, v]) => [`Table 2: ${k}`, v]))
  }));
}
