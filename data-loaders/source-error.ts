/** Where in a source file a problem was found. Rows count data rows from 1 (the header is not a row). */
export interface SourceLocation {
  file: string;
  row?: number;
  line?: number;
  column?: string;
  value?: string;
}

/**
 * A problem in the transcribed source that must stop the build. The message names the file, row, column,
 * the offending value and what was expected, in one line, e.g.
 * `table1.tsv row 7 (line 8), column "Age (yr)": expected a whole number of years, got "6O"`.
 */
export class SourceError extends Error {
  override readonly name = "SourceError";
  readonly location: SourceLocation;
  readonly expected: string;

  constructor(location: SourceLocation, expected: string) {
    super(formatSourceProblem(location, expected));
    this.location = location;
    this.expected = expected;
  }
}

/** Formats a location and expectation as the one-line message SourceError carries. */
export function formatSourceProblem({file, row, line, column, value}: SourceLocation, expected: string): string {
  let where = file;
  if (row !== undefined) where += ` row ${row}`;
  if (line !== undefined) where += row !== undefined ? ` (line ${line})` : ` line ${line}`;
  if (column !== undefined) where += `, column "${column}"`;
  const got = value === undefined ? "" : `, got ${JSON.stringify(value.length > 80 ? value.slice(0, 77) + "..." : value)}`;
  return `${where}: ${expected}${got}`;
}
