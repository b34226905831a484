import {readFileSync} from "node:fs";
import {join} from "node:path";
import {bundledSourceDir} from "../data-loaders/read-source.js";

/** The bundled transcription of a source file, as text. */
export function bundledText(file: string): string {
  return readFileSync(join(bundledSourceDir, file), "utf8");
}

/** `text` with one cell replaced: data row `row` (1-based), column index `column` (0-based). */
export function withCell(text: string, row: number, column: number, value: string): string {
  const lines = text.split("\n");
  const cells = lines[row]!.split("\t");
  cells[column] = value;
  lines[row] = cells.join("\t");
  return lines.join("\n");
}

/** The message of the error `run` throws (fails the test if it does not throw). */
export function errorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error, but none was thrown");
}
