/**
 * `npm run build`: builds the report into a scratch folder and swaps it into dist/ only when everything
 * succeeded, so a failed build (a malformed source cell, say) leaves the previous dist/ untouched and no
 * half-written output. Framework's cache of loader outputs is cleared first: it is keyed on the loader file
 * alone, so it would otherwise serve data built from another source folder or an older transcription.
 * Then it mends two things Framework writes into every page and accessibility audits fail: the viewport's
 * maximum-scale=1 (which blocks zooming) and the missing lang attribute on <html>.
 * `tsx scripts/build.ts --loaders-only` (what `npm run dev` runs first) stops once the loaders' outputs are fresh.
 */
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {bundledSourceDir, sourceDirVariable} from "../data-loaders/read-source.js";
import {exitOnSourceError, prepareCohort, readCohort} from "../src/data/emit-dataset.js";

// LMS_DIST_DIR lets the benchmark keep builds of other cohorts beside the report's own dist/.
const output = process.env.LMS_DIST_DIR || "dist";
const scratch = ".build-tmp";

// The process that builds the cohort's datasets for the build (see buildDatasets below).
if (process.argv.includes("--cohort-only")) {
  try {
    prepareCohort();
  } catch (error) {
    exitOnSourceError(error);
  }
  process.exit(0);
}

// One build at a time: two would share the scratch folder and Framework's cache.
const lock = ".build.lock";
try {
  writeFileSync(lock, String(process.pid), {flag: "wx"});
} catch {
  const holder = Number(readFileSync(lock, "utf8"));
  if (isRunning(holder)) {
    console.error(`another build (process ${holder}) is running; try again when it has finished`);
    process.exit(1);
  }
  writeFileSync(lock, String(process.pid)); // a stale lock from a build that was killed
}
process.on("exit", () => rmSync(lock, {force: true}));

// Loader outputs only: Framework's bundles of npm packages stay cached, since they depend on node_modules alone.
rmSync("src/.observablehq/cache/data", {recursive: true, force: true});
// Page loaders' outputs (src/x.md.ts -> cache/x.md) go stale the same way: drop every cached page.
for (const entry of existsSync("src/.observablehq/cache") ? readdirSync("src/.observablehq/cache") : []) {
  if (entry.endsWith(".md")) rmSync(`src/.observablehq/cache/${entry}`, {force: true});
}
rmSync(scratch, {recursive: true, force: true});
const started = performance.now();
buildDatasets();
await runLoaders();
printSourceWarnings();
// `npm run dev` refreshes the loaders' outputs only, so the preview never serves a page or dataset cached from
// another source folder (LMS_SOURCE_DIR) or an older transcription; Framework takes it from there.
if (process.argv.includes("--loaders-only")) {
  console.log(`refreshed every loader's output in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}
const build = spawnSync("observable", ["build"], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", LMS_OUTPUT_DIR: scratch}
});
if (build.status !== 0 || !existsSync(join(scratch, "index.html"))) {
  rmSync(scratch, {recursive: true, force: true});
  console.error(`build failed; ${output}/ was left as it was`);
  process.exit(build.status || 1);
}
for (const file of htmlFiles(scratch)) writeFileSync(file, finalizeHtml(readFileSync(file, "utf8")));
rmSync(output, {recursive: true, force: true});
renameSync(scratch, output);
console.log(`built ${output}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/**
 * Validates the source and builds the cohort's datasets (src/data/emit-dataset.ts keeps them in a cache folder) in
 * a process of its own: `--cohort-only` is that process. The loaders then read the datasets; they need far less
 * memory than building them does, so the build's peak is the larger of the two, not their sum.
 */
function buildDatasets(): void {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, "--cohort-only"], {stdio: "inherit"});
  if (child.status !== 0) {
    console.error(`build failed; ${output}/ was left as it was`);
    process.exit(child.status || 1);
  }
}

/**
 * Runs every loader here, in one process: the page loaders (src/x.md.ts) and the data loaders (src/data/x.json.ts
 * and the like), each output written where Framework's cache keeps it (src/.observablehq/cache/x.md, .../data/x.json),
 * newer than its loader, so Framework takes it as fresh. Framework would otherwise start one tsx process per file,
 * each importing the pipeline, Plot and linkedom again: most of the build's time. A malformed source stops the
 * build here with the loader's message naming the cell.
 */
async function runLoaders(): Promise<void> {
  const cache = "src/.observablehq/cache";
  // A loader's name has two extensions (patients.json.ts, survival.md.ts); emit-dataset.ts is their shared code.
  const loaders = ["src", "src/data"].flatMap((dir) => readdirSync(dir).filter((f) => /\.\w+\.ts$/.test(f)).map((f) => join(dir, f)));
  for (const loader of loaders) {
    const {default: render} = (await import(pathToFileURL(resolve(loader)).href)) as {default: () => string | Uint8Array};
    let text: string | Uint8Array;
    try {
      text = render();
    } catch (error) {
      console.error(`build failed; ${output}/ was left as it was`);
      exitOnSourceError(error);
    }
    const target = join(cache, loader.replace(/^src\//, "").replace(/\.ts$/, ""));
    mkdirSync(dirname(target), {recursive: true});
    writeFileSync(`${target}.${process.pid}`, text);
    renameSync(`${target}.${process.pid}`, target);
  }
}

/**
 * Prints what the pipeline corrected in the source rather than refused (spaces trimmed from cells), one line each
 * on stderr, as `source warning in <folder>: <file> row R (line L), column "C": ...`. Printed here, once per build,
 * after every loader ran: the cohort is cached across loaders and builds, so a loader would print them only when
 * it happened to build the cohort. The Data & methods page lists them too.
 */
function printSourceWarnings(): void {
  const dir = process.env[sourceDirVariable] || bundledSourceDir;
  for (const warning of readCohort().study.sourceWarnings) console.error(`source warning in ${dir}: ${warning.message}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** Lets readers zoom (WCAG 1.4.4) and declares the page language. */
export function finalizeHtml(html: string): string {
  return html
    .replace(/<html(?![^>]*\blang=)([^>]*)>/, '<html lang="en"$1>')
    .replace(/(<meta name="viewport" content="[^"]*?),\s*maximum-scale=1(")/, "$1$2");
}
