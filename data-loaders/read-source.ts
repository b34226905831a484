/**
 * The one place that touches the file system: reads the source folder's files as bytes and decodes them
 * strictly (decodeSource). Only reads; writes nothing.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {optionalSourceFiles, sourceFiles, type SourceTexts} from "./cohort.js";
import {decodeSource} from "./read-delimited.js";
import {SourceError} from "./source-error.js";

/** The transcription of the article bundled with the report. */
export const bundledSourceDir = fileURLToPath(new URL("./source/", import.meta.url));

/** The environment variable that points the build at another source folder laid out the same way. */
export const sourceDirVariable = "LMS_SOURCE_DIR";

/** Reads every expected file of `dir`; a missing required file, or an unreadable one, is a SourceError naming it. */
export function readSourceFolder(dir: string): SourceTexts {
  const texts = {} as SourceTexts;
  for (const [role, file] of Object.entries(sourceFiles) as [keyof SourceTexts, string][]) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, file));
    } catch (error) {
      const standIn = optionalSourceFiles[role];
      if (standIn !== undefined && (error as NodeJS.ErrnoException).code === "ENOENT") {
        texts[role] = standIn;
        continue;
      }
      throw new SourceError({file: join(dir, file)}, `expected a readable file (${(error as NodeJS.ErrnoException).code ?? "unreadable"})`);
    }
    texts[role] = decodeSource(bytes, file);
  }
  return texts;
}
