/**
 * Shared plumbing for the browser tests: a static server for dist/ on loopback, under a sub-path as a static
 * host would serve a project site (clean URLs map to .html files), and Debian's Chromium driven by
 * playwright-core, recording console errors and every request that leaves the report's origin.
 */
import {existsSync} from "node:fs";
import {readFile, stat} from "node:fs/promises";
import {createServer, type Server} from "node:http";
import {gzipSync} from "node:zlib";
import {extname, join, normalize, resolve} from "node:path";
import {type Browser, chromium, type Page} from "playwright-core";
import {afterAll, beforeAll} from "vitest";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".csv": "text/csv",
  // The IANA type of an Arrow IPC file, sent uncompressed: the worst case, a host that does not compress the type.
  ".arrow": "application/vnd.apache.arrow.file",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain"
};

export interface StaticSite {
  /** Address of the report's home page, ending in the sub-path and "/". */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` at http://127.0.0.1:<port><base>, with GitHub Pages' clean-URL rules, gzip and caching. */
export async function serveStatic(root: string, base = "/report/"): Promise<StaticSite> {
  const top = resolve(root);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (!path.startsWith(base)) return void response.writeHead(404).end("not found");
    let file = normalize(join(top, path.slice(base.length)));
    if (!file.startsWith(top)) return void response.writeHead(403).end("forbidden");
    if (path.endsWith("/")) file = join(file, "index.html");
    else if (!extname(file) && !(await isFile(file))) file += ".html";
    if (!(await isFile(file))) return void response.writeHead(404, {"content-type": "text/plain"}).end("not found");
    // As a static host would: compress text, and let the browser keep content-hashed files (under /_).
    const type = types[extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string> = {
      "content-type": type,
      "cache-control": path.includes("/_") ? "public, max-age=31536000, immutable" : "no-cache"
    };
    let body = await readFile(file);
    if (/gzip/.test(String(request.headers["accept-encoding"])) && /text|javascript|json|svg/.test(type)) {
      body = gzipSync(body);
      headers["content-encoding"] = "gzip";
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const {port} = server.address() as {port: number};
  const origin = `http://127.0.0.1:${port}`;
  return {url: `${origin}${base}`, origin, close: () => new Promise((done) => server.close(() => done()))};
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((s) => s.isFile(), () => false);
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Explains how to get the browser; in CI a missing browser is a failure, never a skip. */
export function browserMissingMessage(): string | null {
  return existsSync(chromiumPath)
    ? null
    : `Chromium not found at ${chromiumPath}. Install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`;
}

export async function launchBrowser(): Promise<Browser> {
  const missing = browserMissingMessage();
  if (missing) throw new Error(missing);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run"
    ]
  });
}

export interface PageRecord {
  page: Page;
  errors: string[];
  offOrigin: string[];
}

/** Opens a page that records console errors, page errors and requests to any other origin (which it blocks). */
export async function openPage(
  browser: Browser,
  origin: string,
  {width = 1440, height = 1000, colorScheme = "light" as "light" | "dark", javaScriptEnabled = true} = {}
): Promise<PageRecord> {
  const context = await browser.newContext({viewport: {width, height}, colorScheme, acceptDownloads: true, javaScriptEnabled});
  const page = await context.newPage();
  if (!javaScriptEnabled) scriptsOff.add(page);
  const errors: string[] = [];
  const offOrigin: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    offOrigin.push(url);
    return route.abort();
  });
  return {page, errors, offOrigin};
}

/** Pages opened with scripts off: settled() does not wait for a live layer there. */
const scriptsOff = new WeakSet<Page>();

/** Waits until Framework has rendered the page's cells (no pending cell remains). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  // A page with filters is settled once its live layer is in place (the cohort loaded, the live panel swapped in).
  if (!scriptsOff.has(page)) {
    await page.waitForFunction(() => !document.querySelector("[data-slot=panel]") || document.body.dataset.liveLayer === "ready", null, {timeout: 15_000});
  }
  // Pre-rendered pages redraw live once the filters or controls are on: wait for that too (no busy slot, no status).
  await page.waitForFunction(
    () =>
      !document.querySelector("observablehq-loading") &&
      !document.querySelector(".lms-updating") &&
      !document.querySelector(".live-status:not([hidden])"),
    null,
    {timeout: 15_000}
  );
  await page.waitForTimeout(150);
}

/**
 * Scrolls every slot of the page into view in turn, as a reader scrolling down would, so that the live layer
 * draws the views it left waiting off screen; resolves once none is waiting.
 */
export async function scrollThrough(page: Page): Promise<void> {
  for (const slot of await page.locator("[data-slot]").all()) await slot.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector(".lms-stale"), null, {timeout: 15_000});
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * The requests for the modules a page must not fetch before the reader filters: Plot, d3, Arquero (and its parser
 * acorn) from node_modules, and the page's views module. Matched by package directory, not by any "d3" in a path:
 * a content hash such as "6d31538c" must not count.
 * @example heavyRequests(requests, "explore") // ["/report/_node/@observablehq/plot@0.6.17/index.js", ...]
 */
export function heavyRequests(requests: readonly string[], views: string): string[] {
  const module = new RegExp(`/_node/(@observablehq/plot|d3(-[a-z-]+)?|arquero|acorn)@|/_import/views/${views}\\.`);
  return requests.filter((path) => module.test(path));
}

export interface SuitePage {
  page: Page;
  /** Paths of every request the page made, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

export interface SuiteOpenOptions {
  javaScriptEnabled?: boolean;
  width?: number;
  height?: number;
  /** Runs on the new page before it navigates (e.g. addInitScript). */
  init?: (page: Page) => Promise<unknown>;
}

/**
 * One describe file's browser: serves dist/ under a sub-path and launches Chromium once (beforeAll), closes
 * everything after (afterAll), and opens pages in fresh contexts that record their requests and errors.
 * @example const {open} = browserSuite(); const {page} = await open("survival", {javaScriptEnabled: false});
 */
export function browserSuite(): {open(path: string, options?: SuiteOpenOptions): Promise<SuitePage>} {
  let site: StaticSite;
  let browser: Browser;
  const contexts: {close(): Promise<void>}[] = [];
  beforeAll(async () => {
    site = await serveStatic("dist", "/report/");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await site?.close();
  });
  return {
    async open(path, {javaScriptEnabled = true, width = 1440, height = 900, init} = {}) {
      const context = await browser.newContext({javaScriptEnabled, viewport: {width, height}});
      contexts.push(context);
      const page = await context.newPage();
      if (!javaScriptEnabled) scriptsOff.add(page);
      const requests: string[] = [];
      const errors: string[] = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname));
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await init?.(page);
      await page.goto(site.url + path, {waitUntil: "load"});
      return {page, requests, errors};
    }
  };
}

/**
 * One describe file's browser, for tests that read a page once it has settled: like browserSuite, but each visit
 * goes through openPage (requests off the origin recorded and blocked, downloads accepted, a colour scheme) and
 * waits for the page to settle.
 * @example const visit = visitSuite(); const r = await visit("explore?sex=M", {width: 375}); r.status // 200
 */
export function visitSuite(): (path: string, options?: Parameters<typeof openPage>[2]) => Promise<PageRecord & {status: number | undefined}> {
  let site: StaticSite;
  let browser: Browser;
  const opened: PageRecord[] = [];
  beforeAll(async () => {
    site = await serveStatic("dist", "/report/");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(opened.map((r) => r.page.context().close()));
    await browser?.close();
    await site?.close();
  });
  return async (path, options = {}) => {
    const record = await openPage(browser, site.origin, options);
    opened.push(record);
    const response = await record.page.goto(site.url + path);
    await settled(record.page);
    return {...record, status: response?.status()};
  };
}

/**
 * Starts counting layout shift on a page before it navigates (pass as `init` to open); read the sum with
 * layoutShift once the page has settled.
 * @example const {page} = await open("audit", {init: recordLayoutShift}); await settled(page); await layoutShift(page) // 0
 */
export async function recordLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {shift: number};
    w.shift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.shift += (e as unknown as {value: number}).value))).observe({type: "layout-shift", buffered: true});
  });
}

/** The layout shift a page has had since recordLayoutShift. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as {shift: number}).shift);
}
