import {z} from "zod";
import type {SourceRow} from "./read-delimited.js";
import {SourceError} from "./source-error.js";

/** A validated row: the typed values, plus where it came from and its printed cells. */
export interface ValidatedRow<T> {
  row: number;
  line: number;
  values: T;
  verbatim: Record<string, string>;
}

/** What identifies a row: `key` names it (e.g. "patient 3"), `column` is where a duplicate is reported. */
export interface UniqueKey<T> {
  column: string;
  what: string;
  key: (values: T) => string;
}

/**
 * Validates every row of a table against a zod object schema keyed by printed column names, and checks that
 * the rows' keys (the patient number, say) are unique. The first problem, in row then column order, becomes a
 * SourceError naming file, row, column, value and expectation; no partial result is returned.
 */
export function validateTable<S extends z.ZodObject>(
  rows: SourceRow[],
  schema: S,
  {file, unique}: {file: string; unique: UniqueKey<z.output<S>>}
): ValidatedRow<z.output<S>>[] {
  const tableSchema = z.array(schema).superRefine((parsed, ctx) => {
    const seen = new Map<string, number>();
    parsed.forEach((values, index) => {
      const key = unique.key(values);
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [index, unique.column],
          message: `expected each ${unique.what} once, but ${key} is also in row ${first + 1}`
        });
      } else seen.set(key, index);
    });
  });
  const result = tableSchema.safeParse(rows.map((r) => r.cells));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [index, column] = issue.path as [number, string | undefined];
    const source = rows[index]!;
    throw new SourceError(
      {
        file,
        row: source.row,
        line: source.line,
        ...(column !== undefined && {column, value: source.cells[column] ?? ""})
      },
      issue.message
    );
  }
  return result.data.map((values, index) => {
    const {row, line, cells} = rows[index]!;
    return {row, line, values, verbatim: cells};
  });
}

/** Rows keyed by the printed patient number column "No.". */
export const byPatientNumber: UniqueKey<{"No.": number}> = {
  column: "No.",
  what: "patient",
  key: (values) => `patient ${values["No."]}`
};
