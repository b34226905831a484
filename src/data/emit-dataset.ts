/**
 * Shared body of the Framework data loaders in this folder: build the cohort from the source folder
 * (LMS_SOURCE_DIR, or the bundled transcription), write one dataset to stdout once. A source problem prints its
 * one-line message and exits non-zero before anything is written, so the build fails whole.
 *
 * Every loader needs the same cohort, and a large source takes seconds to validate, so the first loader of a
 * build keeps all datasets in a cache folder keyed by a hash of the source texts and of the pipeline's code; the
 * others read theirs from it. A change to either gives a new key, so a stale cohort is never served.
 */
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {buildCohort, type Cohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder, sourceDirVariable} from "../../data-loaders/read-source.js";
import {SourceError} from "../../data-loaders/source-error.js";

const codeDirs = ["../../data-loaders", "../../data-loaders/audit", "../lib"].map((d) => fileURLToPath(new URL(d, import.meta.url)));

/** Hash of every TypeScript file the pipeline runs, so a code change invalidates the cache. */
function codeHash(): string {
  const hash = createHash("sha256");
  for (const dir of codeDirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  }
  return hash.digest("hex");
}

export function emitDataset(name: keyof Cohort): void {
  const dir = process.env[sourceDirVariable] || bundledSourceDir;
  try {
    const texts = readSourceFolder(dir);
    const key = createHash("sha256").update(JSON.stringify(texts)).update(codeHash()).digest("hex").slice(0, 24);
    const cacheDir = join(tmpdir(), "lms-report-datasets", key);
    const cached = join(cacheDir, `${name}.json`);
    if (!existsSync(cached)) {
      const cohort = buildCohort(texts);
      const scratch = `${cacheDir}.${process.pid}`;
      mkdirSync(scratch, {recursive: true});
      for (const [dataset, value] of Object.entries(cohort)) writeFileSync(join(scratch, `${dataset}.json`), JSON.stringify(value));
      try {
        renameSync(scratch, cacheDir); // atomic: a reader sees every dataset or none
      } catch {
        rmSync(scratch, {recursive: true, force: true}); // another loader finished first with the same datasets
      }
    }
    process.stdout.write(existsSync(cached) ? readFileSync(cached) : JSON.stringify(buildCohort(texts)[name]));
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    process.stderr.write(`source error in ${dir}: ${error.message}\n`);
    process.exit(1);
  }
}
