/**
 * `npm run bench`: measures the report against its performance budgets and at scale, and writes BENCHMARKS.md,
 * with a baseline revision measured the same way in the same run, so that "before" and "after" sit side by side.
 *
 * 1. Builds the report from the article's cohort and weighs each page (HTML, JS, CSS, data; raw and gzip).
 *    Builds the baseline (by default 2140f85, the report before issue 10's instant filters) in a scratch git
 *    worktree, kept until the end of the run.
 * 2. Runs Lighthouse (mobile defaults: slow 4G, 4x CPU slowdown) on every page of both, the median of three runs,
 *    and checks in Chromium what each page shows with scripts off and which modules it fetches before any
 *    interaction (Plot, d3, Arquero and the pages' views must wait for the reader).
 * 3. Measures filter latency in desktop Chromium on every page with filters, both revisions: real mouse clicks on
 *    the filter boxes (100 a page), each timed from the click to the last change it causes in the page, and
 *    Interaction to Next Paint from Chrome's Event Timing entries.
 * 4. Builds both revisions from synthetic cohorts (scripts/synthetic-cohort.ts; 10,000 and 100,000 patients) and
 *    records build time and peak memory, dataset bytes, Explore's time to ready, click latency, INP and the
 *    tab's memory after the clicks.
 * The hand-written notes between the NOTES markers in BENCHMARKS.md are kept from one run to the next.
 * Options: --quick (a 1,000-patient cohort only, 20 clicks a page, 10 at scale), --skip-lighthouse,
 * --sizes=10000,100000, --runs=N (Lighthouse runs per page, 3), --baseline=REV (2140f85) or --no-baseline.
 */
import {execFileSync, spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {cpus, tmpdir, totalmem} from "node:os";
import {join, resolve} from "node:path";
import {gzipSync} from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type {Browser, Page} from "playwright-core";
import {chromiumPath, launchBrowser, serveStatic} from "../test/browser/harness.js";
import {filterClicks, type MeasuredPage, openMeasured, type TabMemory, tabMemory} from "./bench-browser.js";
import {quantile} from "./bench-metrics.js";
import {syntheticSource} from "./synthetic-cohort.js";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const skipLighthouse = argv.includes("--skip-lighthouse");
const sizesArg = argv.find((a) => a.startsWith("--sizes="));
const sizes = sizesArg ? sizesArg.slice(8).split(",").filter(Boolean).map(Number) : quick ? [1000] : [10_000, 100_000];
if (!sizes.every((n) => Number.isInteger(n) && n > 0)) throw new Error(`--sizes: expected whole numbers of patients separated by commas, got "${sizesArg?.slice(8)}"`);
/** Filter clicks per page on the article's cohort, and on Explore at each synthetic size. */
const changes = quick ? 20 : 100;
const scaleClicks = quick ? 10 : 20;
const pages = ["", "explore", "patients", "survival", "liver", "treatment", "audit", "data"];
const pagesWithFilters = pages.filter((p) => p !== "audit");
const runs = Number(argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3);
// The last commit before issue 10's work on instant filters (every view redrawn on every click, JSON rows at scale).
const baselineRev = argv.includes("--no-baseline") ? null : (argv.find((a) => a.startsWith("--baseline="))?.slice(11) ?? "2140f85");
const budget = {performance: 0.98, lcpMs: 1800, tbtMs: 50, cls: 0, accessibility: 1, bestPractices: 1, seo: 1, pageGzipKB: 350, buildRatio: 1.5};
/** Issue 10's budgets (desktop Chromium at 1440 px, no throttling; memory in MB of 2^20 bytes). */
const issue10 = {
  articleP95Ms: 50,
  ready10kMs: 2500,
  click10kMs: 150,
  ready100kMs: 5000,
  click100kMs: 400,
  tabMemoryBytes: 300 * 2 ** 20,
  build100kSeconds: 60,
  buildPeakMB: 1.5 * 1024
};
/** Modules a page may not fetch before the reader interacts: the charting and data libraries and the pages' views. */
const heavyModule = /\/_node\/(@observablehq\/plot|d3(-[a-z-]+)?|arquero|acorn)@|\/_import\/views\//;

// ---------------------------------------------------------------------------------------------------------------
// Building and weighing

function build(env: Record<string, string> = {}, cwd = "."): {seconds: number; peakMB: number | null} {
  // A cold build: the loaders' shared dataset cache (src/data/emit-dataset.ts) would otherwise skip validation.
  rmSync(join(tmpdir(), "lms-report-datasets"), {recursive: true, force: true});
  const started = performance.now();
  const time = existsSync("/usr/bin/time");
  const command = time ? "/usr/bin/time" : "npm";
  const args = time ? ["-f", "peak-rss-kb %M", "npm", "run", "build"] : ["run", "build"];
  const result = spawnSync(command, args, {cwd, encoding: "utf8", env: {...process.env, ...env}, maxBuffer: 64 << 20});
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout.slice(-2000)}`);
  const peak = /peak-rss-kb (\d+)/.exec(result.stderr);
  return {seconds: (performance.now() - started) / 1000, peakMB: peak ? Number(peak[1]) / 1024 : null};
}

interface Weight {
  raw: number;
  gzip: number;
}
type PageWeight = Record<"html" | "js" | "css" | "data", Weight> & {total: Weight};

function weigh(file: string): Weight {
  const bytes = readFileSync(file);
  return {raw: bytes.length, gzip: gzipSync(bytes).length};
}

function add(a: Weight, b: Weight): Weight {
  return {raw: a.raw + b.raw, gzip: a.gzip + b.gzip};
}

/** What a first visit to a page downloads: the page, its preloaded modules, its stylesheets and its data files. */
function pageWeight(dist: string, page: string): PageWeight {
  const htmlFile = join(dist, `${page || "index"}.html`);
  const html = readFileSync(htmlFile, "utf8");
  const zero = {raw: 0, gzip: 0};
  const weight: PageWeight = {html: weigh(htmlFile), js: zero, css: zero, data: zero, total: zero};
  const unique = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]!))];
  for (const href of unique(/<link rel="modulepreload" href="\.\/([^"]+)"/g)) weight.js = add(weight.js, weigh(join(dist, href)));
  for (const href of unique(/<link rel="stylesheet" type="text\/css" href="\.\/([^"]+)"/g)) weight.css = add(weight.css, weigh(join(dist, href)));
  for (const path of unique(/"path":"\.\/(_file\/[^"]+)"/g)) weight.data = add(weight.data, weigh(join(dist, path)));
  weight.total = [weight.html, weight.js, weight.css, weight.data].reduce(add);
  return weight;
}

/** Every file under the site's data folder, subfolders included (a revision may split its datasets into several). */
function datasetBytes(dist: string): Weight {
  const dir = join(dist, "_file", "data");
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => weigh(join(entry.parentPath, entry.name)))
    .reduce(add, {raw: 0, gzip: 0});
}

/**
 * The baseline revision built in a scratch worktree beside this one (sharing node_modules), once untimed so that
 * Framework's bundles of npm packages are cached as they are for the report's own build, then timed.
 */
function buildBaseline(rev: string): {dist: string; build: {seconds: number; peakMB: number | null}} {
  const dir = resolve("bench-dist", `baseline-${rev}`);
  // A run that was stopped leaves its worktree behind: remove it, or its folder if git no longer knows it.
  if (existsSync(dir)) rmSync(dir, {recursive: true, force: true});
  execFileSync("git", ["worktree", "prune"]);
  execFileSync("git", ["worktree", "add", "--detach", dir, rev], {stdio: "ignore"});
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"));
  build({}, dir);
  return {dist: join(dir, "dist"), build: build({}, dir)};
}

function removeBaseline(rev: string): void {
  execFileSync("git", ["worktree", "remove", "--force", resolve("bench-dist", `baseline-${rev}`)]);
}

// ---------------------------------------------------------------------------------------------------------------
// Static first: what a page shows before and without scripts, and what it fetches before the reader interacts

interface FirstLoadRow {
  page: string;
  /** With scripts off: charts (SVG figures shown), tables and words in the page's main column. */
  scriptsOff: {charts: number; tables: number; words: number};
  /** With scripts on, once settled, with no interaction. */
  scriptsOn: {charts: number; tables: number; words: number};
  /** JavaScript modules fetched before any interaction, and those of them that should wait for the reader. */
  modules: number;
  heavy: string[];
}

async function firstLoadAll(browser: Browser, url: string): Promise<FirstLoadRow[]> {
  // Passed as text: tsx would otherwise wrap the nested functions in a helper the page does not have.
  const content = (page: Page) =>
    page.evaluate(`(() => {
      const main = document.querySelector("main");
      const shown = (e) => e.getClientRects().length > 0;
      return {
        // A chart is a labelled SVG or a figure's SVG with a role, not a legend swatch.
        charts: [...main.querySelectorAll("svg[aria-label], figure svg[role]")].filter(shown).length,
        tables: [...main.querySelectorAll("table")].filter(shown).length,
        words: main.innerText.split(/\\s+/).filter(Boolean).length
      };
    })()`) as Promise<FirstLoadRow["scriptsOn"]>;
  const rows: FirstLoadRow[] = [];
  for (const path of pages) {
    const off = await browser.newContext({javaScriptEnabled: false, viewport: {width: 412, height: 823}});
    const offPage = await off.newPage();
    await offPage.goto(url + path, {waitUntil: "load"});
    const scriptsOff = await content(offPage);
    await off.close();
    const on = await browser.newContext({viewport: {width: 412, height: 823}});
    const onPage = await on.newPage();
    const scripts: string[] = [];
    onPage.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    await onPage.goto(url + path, {waitUntil: "networkidle"});
    await onPage.waitForTimeout(2000);
    const scriptsOn = await content(onPage);
    await on.close();
    rows.push({page: `/${path}`, scriptsOff, scriptsOn, modules: new Set(scripts).size, heavy: [...new Set(scripts.filter((s) => heavyModule.test(s)))].map((s) => s.replace(/.*\/(_npm|_node|_import)\//, "$1/"))});
    console.log(`first load /${path}: ${JSON.stringify(rows.at(-1))}`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  failing: string[];
}

async function runLighthouse(url: string, page: string, port: number): Promise<LighthouseRow> {
  const result = await lighthouse(url, {port, output: "json", logLevel: "error"});
  const lhr = result!.lhr;
  const score = (id: string) => lhr.categories[id]?.score ?? 0;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scored = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
  const failing = Object.values(lhr.audits)
    .filter((a) => scored.has(a.id) && a.score !== null && a.score < 0.9)
    .map((a) => `${a.id} (${a.displayValue || a.score})`);
  return {
    page: `/${page}`,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    fcp: numeric("first-contentful-paint"),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    failing
  };
}

/** The run with the median performance score (its own FCP, LCP, TBT and CLS, so a row is one real load). */
function medianRun(rows: LighthouseRow[]): LighthouseRow {
  return [...rows].sort((a, b) => a.performance - b.performance || a.tbt - b.tbt)[rows.length >> 1]!;
}

async function lighthouseAll(dist: string): Promise<LighthouseRow[]> {
  const site = await serveStatic(dist, "/report/");
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
  });
  try {
    const rows: LighthouseRow[] = [];
    for (const page of pages) {
      const tries: LighthouseRow[] = [];
      for (let run = 0; run < runs; run++) tries.push(await runLighthouse(site.url + page, page, chrome.port));
      rows.push(medianRun(tries));
      console.log(`lighthouse ${dist} /${page}: ${JSON.stringify(rows.at(-1))} (performance of the runs: ${tries.map((t) => t.performance).join(", ")})`);
    }
    return rows;
  } finally {
    await chrome.kill();
    await site.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// In the browser: filter latency and INP on every page with filters

interface LatencyRow {
  page: string;
  /** Filter clicks measured, and every click made (opening the panel included). */
  changes: number;
  clicks: number;
  fields: number;
  p50: number;
  p95: number;
  max: number;
  inp: number | null;
  interactions: number;
  note: string;
}

async function latencyRow(browser: Browser, url: string, path: string, count: number): Promise<LatencyRow> {
  const row: LatencyRow = {page: `/${path}`, changes: 0, clicks: 0, fields: 0, p50: NaN, p95: NaN, max: NaN, inp: null, interactions: 0, note: ""};
  let measured: MeasuredPage | null = null;
  try {
    measured = await openMeasured(browser, url + path, 60_000);
    const clicks = await filterClicks(measured.page, count, 30_000);
    Object.assign(row, {
      changes: clicks.times.length,
      clicks: clicks.clicks,
      fields: clicks.fields,
      p50: quantile(clicks.times, 0.5),
      p95: quantile(clicks.times, 0.95),
      max: Math.max(...clicks.times),
      inp: clicks.inp,
      interactions: clicks.interactions
    });
    if (measured.errors.length) row.note = `page error: ${measured.errors[0]}`;
  } catch (error) {
    row.note = (error as Error).message.split("\n")[0]!;
  } finally {
    await measured?.page.context().close();
  }
  return row;
}

/** Filter latency and INP on every page with filters, the baseline's page measured just before this commit's. */
async function latencyAll(browser: Browser, after: string, before: string | null, count: number): Promise<{after: LatencyRow[]; before: LatencyRow[] | null}> {
  const rows = {after: [] as LatencyRow[], before: before === null ? null : ([] as LatencyRow[])};
  for (const path of pagesWithFilters) {
    if (before !== null) rows.before!.push(await latencyRow(browser, before, path, count));
    rows.after.push(await latencyRow(browser, after, path, count));
    console.log(`latency /${path}: ${before !== null ? `before ${JSON.stringify(rows.before!.at(-1))}, ` : ""}after ${JSON.stringify(rows.after.at(-1))}`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Scale

/** Explore at one cohort size, for one revision. */
interface ExploreFigures {
  readyMs: number | null;
  p50: number | null;
  p95: number | null;
  inp: number | null;
  clicks: number;
  memory: TabMemory;
}

/** One revision's report built from a synthetic cohort and measured. */
interface ScaleSide {
  buildSeconds: number | null;
  buildPeakMB: number | null;
  datasets: Weight | null;
  explore: ExploreFigures | null;
  note: string;
}

interface ScaleRow {
  patients: number;
  sourceMB: number;
  after: ScaleSide;
  before: ScaleSide | null;
}

/** Builds the report of the revision checked out in `cwd` from `sourceDir` into `dist`, and measures Explore. */
async function scaleSide(browser: Browser, cwd: string, sourceDir: string, dist: string, clicks: number): Promise<ScaleSide> {
  const side: ScaleSide = {buildSeconds: null, buildPeakMB: null, datasets: null, explore: null, note: ""};
  try {
    const built = build({LMS_SOURCE_DIR: sourceDir, LMS_DIST_DIR: dist}, cwd);
    Object.assign(side, {buildSeconds: built.seconds, buildPeakMB: built.peakMB, datasets: datasetBytes(dist)});
  } catch (error) {
    side.note = `build: ${(error as Error).message.split("\n")[0]}`;
    return side;
  }
  const site = await serveStatic(dist, "/report/");
  let measured: MeasuredPage | null = null;
  try {
    measured = await openMeasured(browser, site.url + "explore", 300_000);
    const explore: ExploreFigures = {readyMs: measured.readyMs, p50: null, p95: null, inp: null, clicks: 0, memory: {jsHeap: null, rss: null, pss: null}};
    side.explore = explore;
    const figures = await filterClicks(measured.page, clicks, 300_000);
    Object.assign(explore, {p50: quantile(figures.times, 0.5), p95: quantile(figures.times, 0.95), inp: figures.inp, clicks: figures.times.length});
    explore.memory = await tabMemory(browser, measured.page);
    side.note = [explore.memory.rss === null && "the tab's renderer not found", measured.errors.length && `page error: ${measured.errors[0]}`].filter(Boolean).join("; ");
  } catch (error) {
    side.note = `browser: ${(error as Error).message.split("\n")[0]}`;
  } finally {
    await measured?.page.context().close();
    await site.close();
  }
  return side;
}

/** The report at `n` synthetic patients, this commit's and the baseline's built from the same source folder. */
async function scaleRun(n: number, browser: Browser, baselineDir: string | null, clicks: number): Promise<ScaleRow> {
  const sourceDir = resolve("bench-dist", `source-${n}`);
  rmSync(sourceDir, {recursive: true, force: true});
  mkdirSync(sourceDir, {recursive: true});
  let sourceBytes = 0;
  for (const [file, text] of Object.entries(syntheticSource(n, 1))) {
    writeFileSync(join(sourceDir, file), text);
    sourceBytes += Buffer.byteLength(text);
  }
  const row: ScaleRow = {patients: n, sourceMB: sourceBytes / 2 ** 20, after: await scaleSide(browser, ".", sourceDir, resolve("bench-dist", `site-${n}`), clicks), before: null};
  if (baselineDir) row.before = await scaleSide(browser, baselineDir, sourceDir, resolve("bench-dist", `baseline-site-${n}`), clicks);
  console.log(`scale ${n}: ${JSON.stringify(row)}`);
  return row;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? "–" : (bytes / 2 ** 20).toFixed(0));
const ms = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? "–" : x.toFixed(0));
const pass = (ok: boolean) => (ok ? "yes" : "**no**");
/** "before → after", or the after figure alone when there is no baseline. */
const pair = (before: string | null | undefined, after: string) => (before === null || before === undefined ? after : `${before} → ${after}`);
/** INP as a cell: below the observer's 16 ms threshold when interactions happened but none reached it. */
const inpCell = (inp: number | null, interactions: number) => (inp !== null ? inp.toFixed(0) : interactions > 0 ? "< 16" : "–");

function machine(baseline: string | null): string {
  const chromium = spawnSync(chromiumPath, ["--version"], {encoding: "utf8"}).stdout.trim();
  const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], {encoding: "utf8"}).trim();
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- CPU: ${cpus()[0]?.model ?? "unknown"} × ${cpus().length}; memory ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- Node ${process.version}; ${chromium || "Chromium"}; commit ${head}${baseline ? `, against the baseline ${baseline}` : ""}`
  ].join("\n");
}

interface Revision {
  rev: string;
  build: {seconds: number; peakMB: number | null};
  lighthouse: LighthouseRow[];
}

/**
 * The budget rows of issue 10, judged on this commit's figures; each names the figure it was judged on. A size
 * left out of the run (--sizes, --quick) is "not run", never met.
 */
function issue10Budget(latency: LatencyRow[], scale: ScaleRow[]): string[] {
  const worst = latency.reduce<LatencyRow | null>((w, r) => (!w || !(r.p95 <= w.p95) ? r : w), null);
  const inpWorst = latency.reduce<LatencyRow | null>((w, r) => (!w || (r.inp ?? 0) > (w.inp ?? 0) ? r : w), null);
  const scaleBudget = (patients: number, label: string, target: string, figure: (s: ScaleSide) => number | null | undefined, limit: number, unit: (x: number) => string) => {
    const row = scale.find((r) => r.patients === patients);
    const name = `${patients.toLocaleString("en")} patients: ${label}`;
    if (!row) return `| ${name} | ${target} | not run (sizes ${scale.map((r) => r.patients).join(", ") || "none"}) |`;
    const value = figure(row.after);
    if (value === null || value === undefined || Number.isNaN(value)) return `| ${name} | ${target} | **no** (not measured${row.after.note ? `: ${row.after.note}` : ""}) |`;
    return `| ${name} | ${target} | ${pass(value <= limit)} (${unit(value)}) |`;
  };
  const seconds = (x: number) => `${(x / 1000).toFixed(2)} s`;
  const millis = (x: number) => `${x.toFixed(0)} ms`;
  const megabytes = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`;
  return [
    `| Filter click to last redraw p95, article cohort, every page with filters (Explore included) | ≤ ${issue10.articleP95Ms} ms | ${
      worst ? `${pass(latency.every((r) => r.p95 <= issue10.articleP95Ms))} (worst ${worst.page}: ${ms(worst.p95)} ms)` : "not run"
    } |`,
    `| Interaction to Next Paint beside the latency: Chrome counts every click as an interaction | every page with filters | ${
      inpWorst ? `${pass(latency.every((r) => r.changes > 0 && r.interactions >= r.clicks))} (worst ${inpWorst.page}: ${inpCell(inpWorst.inp, inpWorst.interactions)} ms)` : "not run"
    } |`,
    scaleBudget(10_000, "Explore ready from navigation", `≤ ${issue10.ready10kMs / 1000} s`, (s) => s.explore?.readyMs, issue10.ready10kMs, seconds),
    scaleBudget(10_000, "filter click p95", `≤ ${issue10.click10kMs} ms`, (s) => s.explore?.p95, issue10.click10kMs, millis),
    scaleBudget(100_000, "Explore ready from navigation", `≤ ${issue10.ready100kMs / 1000} s`, (s) => s.explore?.readyMs, issue10.ready100kMs, seconds),
    scaleBudget(100_000, "filter click p95", `≤ ${issue10.click100kMs} ms`, (s) => s.explore?.p95, issue10.click100kMs, millis),
    scaleBudget(100_000, "Explore tab memory after the clicks (renderer RSS)", `≤ ${issue10.tabMemoryBytes / 2 ** 20} MB`, (s) => s.explore?.memory.rss, issue10.tabMemoryBytes, megabytes),
    scaleBudget(100_000, "build time", `≤ ${issue10.build100kSeconds} s`, (s) => s.buildSeconds, issue10.build100kSeconds, (x) => `${x.toFixed(1)} s`),
    scaleBudget(100_000, "build peak memory", `≤ 1.5 GB (${issue10.buildPeakMB} MB)`, (s) => s.buildPeakMB, issue10.buildPeakMB, (x) => `${x.toFixed(0)} MB`)
  ];
}

function report(data: {
  build: {seconds: number; peakMB: number | null};
  weights: [string, PageWeight][];
  lighthouse: LighthouseRow[];
  firstLoad: FirstLoadRow[];
  baseline: Revision | null;
  latency: {after: LatencyRow[]; before: LatencyRow[] | null};
  scale: ScaleRow[];
}): string {
  const notesFile = existsSync("BENCHMARKS.md") ? readFileSync("BENCHMARKS.md", "utf8") : "";
  const notes = /<!-- NOTES -->([\s\S]*?)<!-- \/NOTES -->/.exec(notesFile)?.[1]?.trim() ?? "_No notes yet._";
  const latencyBefore = (page: string) => data.latency.before?.find((r) => r.page === page) ?? null;
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (scripts/bench.ts); the notes section is kept between runs.",
    "",
    machine(data.baseline?.rev ?? null),
    "",
    "## Budget",
    "",
    "Judged on this commit's figures. Memory in MB of 2^20 bytes.",
    "",
    "| budget | target | met |",
    "| --- | --- | --- |",
    ...(data.lighthouse.length
      ? [
          `| Lighthouse performance, every page | ≥ ${budget.performance} | ${pass(data.lighthouse.every((r) => r.performance >= budget.performance))} |`,
          `| Largest contentful paint, every page | ≤ ${budget.lcpMs / 1000} s | ${pass(data.lighthouse.every((r) => r.lcp <= budget.lcpMs))} |`,
          `| Total blocking time, every page | ≤ ${budget.tbtMs} ms | ${pass(data.lighthouse.every((r) => r.tbt <= budget.tbtMs))} |`,
          `| Cumulative layout shift, every page | ${budget.cls} | ${pass(data.lighthouse.every((r) => r.cls <= budget.cls + 0.0005))} |`,
          `| Lighthouse accessibility, best practices, SEO | 1.0 | ${pass(data.lighthouse.every((r) => r.accessibility >= 1 && r.bestPractices >= 1 && r.seo >= 1))} |`
        ]
      : ["| Lighthouse | | not run |"]),
    `| Every page's content with scripts off (charts, tables, text as with scripts) | all pages | ${pass(data.firstLoad.every((r) => r.scriptsOff.charts >= r.scriptsOn.charts && r.scriptsOff.tables >= r.scriptsOn.tables && r.scriptsOff.words > 0.8 * r.scriptsOn.words))} |`,
    `| No Plot, d3, Arquero or page views fetched before the reader interacts | none | ${pass(data.firstLoad.every((r) => r.heavy.length === 0))} |`,
    data.baseline
      ? `| Build time, article's report | ≤ ${budget.buildRatio}× baseline (${data.baseline.build.seconds.toFixed(1)} s) | ${pass(data.build.seconds <= budget.buildRatio * data.baseline.build.seconds)} (${(data.build.seconds / data.baseline.build.seconds).toFixed(2)}×) |`
      : "| Build time | ≤ 1.5× baseline | not run (--no-baseline) |",
    `| Page weight, gzip | < ${budget.pageGzipKB} KB | ${pass(data.weights.every(([, w]) => w.total.gzip / 1024 < budget.pageGzipKB))} |`,
    ...issue10Budget(data.latency.after, data.scale),
    "",
    "## Notes",
    "",
    "<!-- NOTES -->",
    notes,
    "<!-- /NOTES -->",
    "",
    `## Build (article cohort)`,
    "",
    `Build: ${data.build.seconds.toFixed(1)} s${data.build.peakMB ? `, peak memory ${data.build.peakMB.toFixed(0)} MB` : ""}${
      data.baseline ? `; baseline ${data.baseline.rev}: ${data.baseline.build.seconds.toFixed(1)} s${data.baseline.build.peakMB ? `, peak ${data.baseline.build.peakMB.toFixed(0)} MB` : ""}` : ""
    }. Both are cold for the datasets and warm for Framework's bundles of npm packages.`,
    "",
    "## Page weight (first visit, KB)",
    "",
    "| page | HTML | JS | CSS | data | total raw | total gzip |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...data.weights.map(([page, w]) => `| /${page} | ${kb(w.html.gzip)} | ${kb(w.js.gzip)} | ${kb(w.css.gzip)} | ${kb(w.data.gzip)} | ${kb(w.total.raw)} | ${kb(w.total.gzip)} |`),
    "",
    "HTML, JS, CSS and data columns are gzip sizes.",
    "",
    `## Lighthouse (mobile: simulated slow 4G, 4× CPU slowdown; median of ${runs} runs a page)`,
    "",
    data.lighthouse.length
      ? [
          data.baseline ? `Before: the baseline ${data.baseline.rev}, built and measured in the same run. After: this commit.` : "",
          "",
          "| page | performance before → after | FCP ms after | LCP ms before → after | TBT ms before → after | CLS before → after | a11y, BP, SEO after | audits below 0.9 after |",
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
          ...data.lighthouse.map((r) => {
            const b = data.baseline?.lighthouse.find((x) => x.page === r.page);
            return `| ${r.page} | ${pair(b?.performance.toFixed(2), r.performance.toFixed(2))} | ${ms(r.fcp)} | ${pair(b && ms(b.lcp), ms(r.lcp))} | ${pair(b && ms(b.tbt), ms(r.tbt))} | ${pair(b?.cls.toFixed(3), r.cls.toFixed(3))} | ${[r.accessibility, r.bestPractices, r.seo].map((x) => x.toFixed(2)).join(", ")} | ${r.failing.join(", ") || "none"} |`;
          })
        ].join("\n")
      : "Not run (--skip-lighthouse).",
    "",
    "## First load (phone-sized Chromium, no interaction)",
    "",
    "What each page shows with scripts off against what it shows with scripts on, and the JavaScript modules it fetches before the reader does anything. Charts are labelled SVG figures shown at this width; words are the main column's.",
    "",
    "| page | charts off / on | tables off / on | words off / on | modules fetched | of them Plot, d3, Arquero or views |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...data.firstLoad.map(
      (r) =>
        `| ${r.page} | ${r.scriptsOff.charts} / ${r.scriptsOn.charts} | ${r.scriptsOff.tables} / ${r.scriptsOn.tables} | ${r.scriptsOff.words} / ${r.scriptsOn.words} | ${r.modules} | ${r.heavy.join(", ") || "none"} |`
    ),
    "",
    `## Filter latency and INP (article cohort, ${data.latency.after[0]?.changes ?? 0} clicks per page, desktop Chromium at 1440 × 900)`,
    "",
    [
      "Each click is a real mouse click on a filter box (every seventh box in turn, so every field), after the page is ready; on pages whose panel is folded, the panel is opened first from its summary, as a reader would.",
      "Latency: from the click event to the last change it causes in <main> (the page counts as settled after 80 ms without one, once no view is still waiting to be redrawn: the first click also waits for the views' code).",
      "INP: Interaction to Next Paint over the visit (opening the panel included) from Chrome's Event Timing entries (threshold 16 ms), as web-vitals computes it: the worst interaction, one in 50 forgiven from 50 on; \"< 16\" when none reached the threshold.",
      "Clicks / interactions: every click made (opening the panel included) against the interactions Chrome counted, which should be as many."
    ].join(" "),
    "",
    ...(data.latency.before ? [`Before: the baseline ${data.baseline?.rev}, each page measured just before this commit's.`, ""] : []),
    "| page | p50 ms | p95 ms | max ms | INP ms | clicks / interactions | fields clicked | note |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...data.latency.after.map((r) => {
      const b = latencyBefore(r.page);
      return `| ${r.page} | ${pair(b && ms(b.p50), ms(r.p50))} | ${pair(b && ms(b.p95), ms(r.p95))} | ${pair(b && ms(b.max), ms(r.max))} | ${pair(b && inpCell(b.inp, b.interactions), inpCell(r.inp, r.interactions))} | ${r.clicks} / ${r.interactions} | ${r.fields} | ${[b?.note && `before: ${b.note}`, r.note].filter(Boolean).join("; ")} |`;
    }),
    "",
    "## Scale (synthetic cohorts, seed 1)",
    "",
    ...(data.baseline ? [`Before: the baseline ${data.baseline.rev}, built from the same source folder; after: this commit.`, ""] : []),
    "### Build and data",
    "",
    "| patients | source MB | build s | build peak MB | datasets MB (gzip) | note |",
    "| ---: | ---: | ---: | ---: | ---: | --- |",
    ...data.scale.map((r) => {
      const b = r.before;
      const dataset = (d: Weight | null) => (d ? `${(d.raw / 2 ** 20).toFixed(2)} (${(d.gzip / 2 ** 20).toFixed(2)})` : "–");
      return `| ${r.patients.toLocaleString("en")} | ${r.sourceMB.toFixed(2)} | ${pair(b && (b.buildSeconds?.toFixed(1) ?? "–"), r.after.buildSeconds?.toFixed(1) ?? "–")} | ${pair(b && ms(b.buildPeakMB), ms(r.after.buildPeakMB))} | ${pair(b && dataset(b.datasets), dataset(r.after.datasets))} | ${[b?.note && `before: ${b.note}`, r.after.note].filter(Boolean).join("; ")} |`;
    }),
    "",
    "Build peak: the largest resident size of a process of the build (GNU time).",
    "",
    "### Explore in Chromium (desktop, 1440 × 900)",
    "",
    [
      "Ready: from navigation until the live layer has marked the page ready (its panel in place, the link's view drawn) and no cell is loading.",
      "Clicks and INP as for the article cohort.",
      "Tab memory, after the clicks: the resident (RSS) and proportional (PSS) size of the tab's renderer process, told from the browser's other renderers by the CPU time it gains while the page spins, and the JavaScript heap in use (CDP).",
      "The budget uses RSS, the largest: it counts the Chromium code the renderer shares with other processes in full, where PSS counts a share of it and the heap leaves out the DOM, layout and graphics."
    ].join(" "),
    "",
    "| patients | ready ms | click p50 ms | click p95 ms | INP ms | clicks | tab RSS MB | tab PSS MB | JS heap MB |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...data.scale.map((r) => {
      const b = r.before?.explore;
      const a = r.after.explore;
      const cell = (f: (e: ExploreFigures | null | undefined) => string) => pair(r.before ? f(b) : null, f(a));
      return `| ${r.patients.toLocaleString("en")} | ${cell((e) => ms(e?.readyMs))} | ${cell((e) => ms(e?.p50))} | ${cell((e) => ms(e?.p95))} | ${cell((e) => (e ? inpCell(e.inp, e.clicks) : "–"))} | ${a?.clicks ?? 0} | ${cell((e) => mb(e?.memory.rss))} | ${cell((e) => mb(e?.memory.pss))} | ${cell((e) => mb(e?.memory.jsHeap))} |`;
    }),
    ""
  ];
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------------------

const built = build();
console.log(`built the article's report in ${built.seconds.toFixed(1)} s`);
const weights: [string, PageWeight][] = pages.map((page) => [page, pageWeight("dist", page)]);
let baseline: Revision | null = null;
let baselineDist: string | null = null;
try {
  if (baselineRev) {
    const before = buildBaseline(baselineRev);
    baselineDist = before.dist;
    console.log(`built the baseline ${baselineRev} in ${before.build.seconds.toFixed(1)} s`);
    baseline = {rev: baselineRev, build: before.build, lighthouse: skipLighthouse ? [] : await lighthouseAll(before.dist)};
  }
  const lighthouseRows = skipLighthouse ? [] : await lighthouseAll("dist");
  const browser = await launchBrowser();
  let latency: {after: LatencyRow[]; before: LatencyRow[] | null};
  let firstLoad: FirstLoadRow[];
  const scale: ScaleRow[] = [];
  try {
    const site = await serveStatic("dist", "/report/");
    const baselineSite = baselineDist ? await serveStatic(baselineDist, "/report/") : null;
    firstLoad = await firstLoadAll(browser, site.url);
    latency = await latencyAll(browser, site.url, baselineSite?.url ?? null, changes);
    await site.close();
    await baselineSite?.close();
    for (const n of sizes) scale.push(await scaleRun(n, browser, baselineRev && resolve("bench-dist", `baseline-${baselineRev}`), scaleClicks));
  } finally {
    await browser.close();
  }
  writeFileSync("BENCHMARKS.md", report({build: built, weights, lighthouse: lighthouseRows, firstLoad, baseline, latency, scale}));
  console.log(`wrote BENCHMARKS.md (${statSync("BENCHMARKS.md").size} bytes)`);
} finally {
  if (baselineRev && baselineDist) removeBaseline(baselineRev);
}
