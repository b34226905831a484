/**
 * Shared body of the Framework data loaders in this folder: build the cohort from the source folder
 * (LMS_SOURCE_DIR, or the bundled transcription), pick one dataset, write it to stdout once. A source problem
 * prints its one-line message and exits non-zero before anything is written, so the build fails whole.
 */
import {buildCohort, type Cohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder, sourceDirVariable} from "../../data-loaders/read-source.js";
import {SourceError} from "../../data-loaders/source-error.js";

export function emitDataset(pick: (cohort: Cohort) => unknown): void {
  const dir = process.env[sourceDirVariable] || bundledSourceDir;
  let json: string;
  try {
    json = JSON.stringify(pick(buildCohort(readSourceFolder(dir))));
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    process.stderr.write(`source error in ${dir}: ${error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(json);
}
