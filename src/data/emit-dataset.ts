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
import {closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {buildCohort, type Cohort, sourceFiles} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder, sourceDirVariable} from "../../data-loaders/read-source.js";
import {SourceError} from "../../data-loaders/source-error.js";

const codeDirs = ["../../data-loaders", "../lib"].map((d) => fileURLToPath(new URL(d, import.meta.url)));

/** Every TypeScript file under `dir`, at any depth, in a stable order. */
function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? typeScriptFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []));
}

/** Hash of every TypeScript file the pipeline runs (at any depth), so a code change invalidates the cache. */
function codeHash(): string {
  return (codeHashOnce ??= hashCode());
}
let codeHashOnce: string | undefined;

function hashCode(): string {
  const hash = createHash("sha256");
  for (const dir of codeDirs) for (const file of typeScriptFiles(dir)) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest("hex");
}

/**
 * The cache folder holding every dataset of the cohort built from the source folder, built first if missing.
 * Throws a SourceError for a malformed source.
 */
function cohortCache(): string {
  // scripts/build.ts runs every loader in one process: the source folder is read and hashed once per build, not
  // once per loader (at 100,000 patients, 40 MB each time), unless a source file's size or time has changed.
  const dir = process.env[sourceDirVariable] || bundledSourceDir;
  const stamp = sourceStamp(dir);
  const known = cacheDirs.get(stamp);
  if (known && existsSync(known)) return known;
  const cacheDir = buildCache(dir);
  cacheDirs.set(stamp, cacheDir);
  return cacheDir;
}
const cacheDirs = new Map<string, string>();

/** The source folder's path and each source file's size and modification time. */
function sourceStamp(dir: string): string {
  return JSON.stringify([resolve(dir), ...Object.values(sourceFiles).map((file) => {
    try {
      const stat = statSync(join(dir, file));
      return [stat.size, stat.mtimeMs];
    } catch {
      return null;
    }
  })]);
}

function buildCache(dir: string): string {
  const texts = readSourceFolder(dir);
  const key = createHash("sha256").update(JSON.stringify(texts)).update(codeHash()).digest("hex").slice(0, 24);
  const cacheDir = join(tmpdir(), "lms-report-datasets", key);
  if (!existsSync(cacheDir)) {
    const cohort = buildCohort(texts);
    const scratch = `${cacheDir}.${process.pid}`;
    mkdirSync(scratch, {recursive: true});
    for (const [dataset, value] of Object.entries(cohort)) writeJson(join(scratch, `${dataset}.json`), value);
    try {
      renameSync(scratch, cacheDir); // atomic: a reader sees every dataset or none
    } catch {
      rmSync(scratch, {recursive: true, force: true}); // another loader finished first with the same datasets
    }
  }
  return cacheDir;
}

/**
 * JSON.stringify(value) into a file, an array a thousand items at a time: the same bytes, without holding the
 * whole text at once (at 100,000 patients the timeline is 160 MB of it).
 */
export function writeJson(path: string, value: unknown): void {
  const file = openSync(path, "w");
  try {
    if (!Array.isArray(value)) writeSync(file, JSON.stringify(value));
    else {
      writeSync(file, "[");
      for (let i = 0; i < value.length; i += 1000) {
        writeSync(file, (i > 0 ? "," : "") + value.slice(i, i + 1000).map((item) => JSON.stringify(item) ?? "null").join(","));
      }
      writeSync(file, "]");
    }
  } finally {
    closeSync(file);
  }
}

/**
 * Builds the cohort's datasets into the cache folder if they are not there yet, so that a later readCohort() in
 * this or another process only reads them. scripts/build.ts calls it in a process of its own, whose memory goes
 * when it ends (at 100,000 patients, a gigabyte the page loaders need not sit on). Throws a SourceError for a
 * malformed source.
 */
export function prepareCohort(): void {
  cohortCache();
}

/**
 * The whole cohort, as the datasets hold it: what page loaders render at build time. Each dataset is parsed when
 * first read, so a loader that takes only the patients does not parse the rest, and once per process: the page
 * loaders of a build share one parse (at 100,000 patients, about 4 s for all of them).
 */
export function readCohort(): Cohort {
  const dir = cohortCache();
  // One parse per build: the page loaders share the datasets, and read them only (the views never mutate a
  // cohort; test/pages/loader-sharing.test.ts holds them to it).
  let cohort = parsedCohorts.get(dir);
  if (cohort) return cohort;
  cohort = {} as Cohort;
  parsedCohorts.set(dir, cohort);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    let value: unknown;
    Object.defineProperty(cohort, file.slice(0, -5), {
      enumerable: true,
      get: () => (value ??= JSON.parse(readFileSync(join(dir, file), "utf8")))
    });
  }
  return cohort;
}
const parsedCohorts = new Map<string, Cohort>();

/**
 * One dataset of the cohort, as the datasets hold it: for a loader that needs only that one, so that it does not
 * parse every other (at 100,000 patients the timeline alone is 160 MB of JSON).
 * @example readDataset("patients").length // 10
 */
export function readDataset<K extends keyof Cohort>(name: K): Cohort[K] {
  return readCohort()[name];
}

/**
 * A Framework loader's entry (a data loader here, or a page loader): run as a script (`tsx src/data/x.json.ts`,
 * as `npm run dev` does), it writes its output to stdout, a source problem ending it with its one-line message
 * and exit code 1 before anything is written; imported, it only hands `render` over, so that scripts/build.ts
 * runs every loader in one process instead of starting one per file.
 * @example export default loaderEntry(import.meta, () => JSON.stringify(x));
 */
export function loaderEntry<T extends string | Uint8Array>(meta: ImportMeta, render: () => T): () => T {
  if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === meta.url) {
    try {
      process.stdout.write(render());
    } catch (error) {
      exitOnSourceError(error);
    }
  }
  return render;
}

/** The data loader of one dataset of the cohort. @example export default emitDataset(import.meta, "patients"); */
export function emitDataset(meta: ImportMeta, name: keyof Cohort): () => Buffer {
  return loaderEntry(meta, () => readFileSync(join(cohortCache(), `${name}.json`)));
}

/** A source problem ends the loader with its one-line message (file, row, column, value, expectation). */
export function exitOnSourceError(error: unknown): never {
  if (!(error instanceof SourceError)) throw error;
  const dir = process.env[sourceDirVariable] || bundledSourceDir;
  process.stderr.write(`source error in ${dir}: ${error.message}\n`);
  process.exit(1);
}
