/**
 * `npm run bench`: measures the report against its performance budget and at scale, and writes BENCHMARKS.md.
 *
 * 1. Builds the report from the article's cohort and weighs each page (HTML, JS, CSS, data; raw and gzip).
 *    Builds a baseline revision too (by default the report before pages were drawn at build time, issue 8) in a
 *    scratch git worktree, so that "before" and "after" come from the same machine in the same run.
 * 2. Runs Lighthouse (mobile defaults: slow 4G, 4x CPU slowdown) on every page of both, the median of three runs,
 *    and checks in Chromium what each page shows with scripts off and which modules it fetches before any
 *    interaction (Plot, d3, Arquero and the pages' views must wait for the reader).
 * 3. Measures filter latency in Chromium: the time from a filter click to the last change it causes in the page,
 *    over 100 changes per page.
 * 4. Builds the report from synthetic cohorts of 100 to 100,000 patients (scripts/synthetic-cohort.ts) and
 *    records build time, peak memory, dataset bytes, page load and filter latency.
 * The hand-written notes between the NOTES markers in BENCHMARKS.md are kept from one run to the next.
 * Options: --quick (cohorts up to 1,000, 20 changes per page), --skip-lighthouse, --sizes=100,1000,
 * --runs=N (Lighthouse runs per page, 3), --baseline=REV (85f0a2d) or --no-baseline.
 */
import {execFileSync, spawnSync} from "node:child_process";
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {cpus, tmpdir, totalmem} from "node:os";
import {join, resolve} from "node:path";
import {gzipSync} from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type {Browser, Page} from "playwright-core";
import {chromiumPath, launchBrowser, openPage, serveStatic} from "../test/browser/harness.js";
import {syntheticSource} from "./synthetic-cohort.js";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const skipLighthouse = argv.includes("--skip-lighthouse");
const sizesArg = argv.find((a) => a.startsWith("--sizes="));
const sizes = sizesArg ? sizesArg.slice(8).split(",").map(Number) : quick ? [100, 1000] : [100, 1000, 10_000, 100_000];
const changes = quick ? 20 : 100;
const pages = ["", "explore", "patients", "survival", "liver", "treatment", "audit", "data"];
const pagesWithFilters = pages.filter((p) => p !== "audit");
const runs = Number(argv.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3);
// The last commit before the first page was drawn at build time (issue 8): every page client-rendered.
const baselineRev = argv.includes("--no-baseline") ? null : (argv.find((a) => a.startsWith("--baseline="))?.slice(11) ?? "85f0a2d");
const budget = {performance: 0.98, lcpMs: 1800, tbtMs: 50, cls: 0, accessibility: 1, bestPractices: 1, seo: 1, pageGzipKB: 350, latencyP95Ms: 50, buildRatio: 1.5};
/** Modules a page may not fetch before the reader interacts: the charting and data libraries and the pages' views. */
const heavyModule = /plot|d3|arquero|acorn|\/views\//i;

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

function datasetBytes(dist: string): Weight {
  const dir = join(dist, "_file", "data");
  return readdirSync(dir).map((f) => weigh(join(dir, f))).reduce(add, {raw: 0, gzip: 0});
}

/**
 * The baseline revision built in a scratch worktree beside this one (sharing node_modules), once untimed so that
 * Framework's bundles of npm packages are cached as they are for the report's own build, then timed.
 */
function buildBaseline(rev: string): {dist: string; build: {seconds: number; peakMB: number | null}} {
  const dir = resolve("bench-dist", `baseline-${rev}`);
  if (existsSync(dir)) execFileSync("git", ["worktree", "remove", "--force", dir]);
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
// In the browser: load time and filter latency

/** Milliseconds from navigation start until no cell is still loading. */
async function loadTime(page: Page, url: string, timeout = 120_000): Promise<number> {
  await page.goto(url, {timeout});
  const handle = await page.waitForFunction('!document.querySelector("observablehq-loading") && performance.now()', null, {timeout, polling: 10});
  return (await handle.jsonValue()) as number;
}

/**
 * Clicks filter checkboxes in turn and measures, for each click, the time until the last DOM change it causes
 * (the page is taken to be settled after 80 ms without a change).
 */
async function filterLatencies(page: Page, count: number): Promise<number[]> {
  // Passed as text: tsx would otherwise wrap the nested functions in a helper the page does not have.
  return page.evaluate(`(async (count) => {
    const boxes = [...document.querySelectorAll(".filter-panel input[type=checkbox]")];
    const main = document.querySelector("main");
    const times = [];
    for (let i = 0; i < count; ++i) {
      const box = boxes[(i * 7) % boxes.length];
      times.push(await new Promise((resolve) => {
        const start = performance.now();
        let last = start;
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(main, {subtree: true, childList: true, attributes: true, characterData: true});
        box.click();
        const check = () => {
          if (performance.now() - last > 80) { observer.disconnect(); resolve(last - start); }
          else setTimeout(check, 10);
        };
        setTimeout(check, 10);
      }));
    }
    return times;
  })(${count})`);
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
}

interface LatencyRow {
  page: string;
  changes: number;
  p50: number;
  p95: number;
  max: number;
}

async function latencyAll(browser: Browser, origin: string, url: string, paths: string[], count: number): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  for (const path of paths) {
    const {page} = await openPage(browser, origin, {width: 1440, height: 900});
    await loadTime(page, url + path);
    const times = await filterLatencies(page, count);
    rows.push({page: `/${path}`, changes: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: Math.max(...times)});
    console.log(`latency /${path}: ${JSON.stringify(rows.at(-1))}`);
    await page.context().close();
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Scale

interface ScaleRow {
  patients: number;
  sourceMB: number;
  buildSeconds: number;
  buildPeakMB: number | null;
  datasets: Weight;
  explore: {loadMs: number | null; p50: number | null; p95: number | null};
  survival: {loadMs: number | null};
  note: string;
}

async function scaleRun(n: number, browser: Browser): Promise<ScaleRow> {
  const sourceDir = join("bench-dist", `source-${n}`);
  const dist = join("bench-dist", `site-${n}`);
  rmSync(sourceDir, {recursive: true, force: true});
  mkdirSync(sourceDir, {recursive: true});
  let sourceBytes = 0;
  for (const [file, text] of Object.entries(syntheticSource(n, 1))) {
    writeFileSync(join(sourceDir, file), text);
    sourceBytes += Buffer.byteLength(text);
  }
  const built = build({LMS_SOURCE_DIR: sourceDir, LMS_DIST_DIR: dist});
  const row: ScaleRow = {
    patients: n,
    sourceMB: sourceBytes / 2 ** 20,
    buildSeconds: built.seconds,
    buildPeakMB: built.peakMB,
    datasets: datasetBytes(dist),
    explore: {loadMs: null, p50: null, p95: null},
    survival: {loadMs: null},
    note: ""
  };
  const site = await serveStatic(dist, "/report/");
  try {
    const explore = await openPage(browser, site.origin, {width: 1440, height: 900});
    row.explore.loadMs = await loadTime(explore.page, site.url + "explore");
    const times = await filterLatencies(explore.page, n >= 10_000 ? 10 : 20);
    row.explore.p50 = quantile(times, 0.5);
    row.explore.p95 = quantile(times, 0.95);
    await explore.page.context().close();
    const survival = await openPage(browser, site.origin, {width: 1440, height: 900});
    row.survival.loadMs = await loadTime(survival.page, site.url + "survival");
    await survival.page.context().close();
  } catch (error) {
    row.note = `browser: ${(error as Error).message.split("\n")[0]}`;
  } finally {
    await site.close();
  }
  console.log(`scale ${n}: ${JSON.stringify(row)}`);
  return row;
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (x: number | null) => (x === null || Number.isNaN(x) ? "–" : x.toFixed(0));
const pass = (ok: boolean) => (ok ? "yes" : "**no**");

function machine(): string {
  const chromium = spawnSync(chromiumPath, ["--version"], {encoding: "utf8"}).stdout.trim();
  return [
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- CPU: ${cpus()[0]?.model ?? "unknown"} × ${cpus().length}; memory ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `- Node ${process.version}; ${chromium || "Chromium"}; commit ${execFileSync("git", ["rev-parse", "--short", "HEAD"], {encoding: "utf8"}).trim()}`
  ].join("\n");
}

function report(data: {
  build: {seconds: number; peakMB: number | null};
  weights: [string, PageWeight][];
  lighthouse: LighthouseRow[];
  firstLoad: FirstLoadRow[];
  baseline: {rev: string; build: {seconds: number; peakMB: number | null}; lighthouse: LighthouseRow[]} | null;
  latency: LatencyRow[];
  scale: ScaleRow[];
}): string {
  const notesFile = existsSync("BENCHMARKS.md") ? readFileSync("BENCHMARKS.md", "utf8") : "";
  const notes = /<!-- NOTES -->([\s\S]*?)<!-- \/NOTES -->/.exec(notesFile)?.[1]?.trim() ?? "_No notes yet._";
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (scripts/bench.ts); the notes section is kept between runs.",
    "",
    machine(),
    "",
    "## Budget",
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
    `| Filter latency p95, article cohort | < ${budget.latencyP95Ms} ms | ${pass(data.latency.every((r) => r.p95 < budget.latencyP95Ms))} |`,
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
            const pair = (before: string | undefined, after: string) => (before === undefined ? after : `${before} → ${after}`);
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
    `## Filter latency (article cohort, ${data.latency[0]?.changes ?? 0} changes per page, desktop Chromium)`,
    "",
    "Time from a filter click to the last change it causes in the page (every chart and table redrawn).",
    "",
    "| page | p50 ms | p95 ms | max ms |",
    "| --- | ---: | ---: | ---: |",
    ...data.latency.map((r) => `| ${r.page} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} |`),
    "",
    "## Scale (synthetic cohorts, seed 1)",
    "",
    "| patients | source MB | build s | build peak MB | datasets MB (gzip) | Explore load ms | Explore filter p50 / p95 ms | Survival load ms | note |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...data.scale.map(
      (r) =>
        `| ${r.patients.toLocaleString("en")} | ${r.sourceMB.toFixed(2)} | ${r.buildSeconds.toFixed(1)} | ${r.buildPeakMB?.toFixed(0) ?? "–"} | ${(r.datasets.raw / 2 ** 20).toFixed(2)} (${(r.datasets.gzip / 2 ** 20).toFixed(2)}) | ${ms(r.explore.loadMs)} | ${ms(r.explore.p50)} / ${ms(r.explore.p95)} | ${ms(r.survival.loadMs)} | ${r.note} |`
    ),
    ""
  ];
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------------------

const built = build();
console.log(`built the article's report in ${built.seconds.toFixed(1)} s`);
const weights: [string, PageWeight][] = pages.map((page) => [page, pageWeight("dist", page)]);
let baseline: {rev: string; build: {seconds: number; peakMB: number | null}; lighthouse: LighthouseRow[]} | null = null;
if (baselineRev) {
  const before = buildBaseline(baselineRev);
  console.log(`built the baseline ${baselineRev} in ${before.build.seconds.toFixed(1)} s`);
  baseline = {rev: baselineRev, build: before.build, lighthouse: skipLighthouse ? [] : await lighthouseAll(before.dist)};
  removeBaseline(baselineRev);
}
const lighthouseRows = skipLighthouse ? [] : await lighthouseAll("dist");
const browser = await launchBrowser();
let latency: LatencyRow[];
let firstLoad: FirstLoadRow[];
const scale: ScaleRow[] = [];
try {
  const site = await serveStatic("dist", "/report/");
  firstLoad = await firstLoadAll(browser, site.url);
  latency = await latencyAll(browser, site.origin, site.url, pagesWithFilters, changes);
  await site.close();
  for (const n of sizes) scale.push(await scaleRun(n, browser));
} finally {
  await browser.close();
}
writeFileSync("BENCHMARKS.md", report({build: built, weights, lighthouse: lighthouseRows, firstLoad, baseline, latency, scale}));
console.log(`wrote BENCHMARKS.md (${statSync("BENCHMARKS.md").size} bytes)`);
