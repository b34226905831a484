/**
 * Builds of the report from another source folder, each in a throwaway copy of the project (its own dist/,
 * .build-tmp/ and Framework cache, node_modules linked), never in the checkout: build.ts clears the shared cache
 * and scratch folder, so a build started in the checkout would race with test/build.test.ts's when vitest runs
 * files in parallel, and the checkout's dist/ must stay the bundled cohort for the other tests.
 */
import {spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative, resolve} from "node:path";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {launchBrowser, openPage, type PageRecord, serveStatic, settled, type StaticSite} from "./browser/harness.js";

const repo = resolve(".");

/** Temporary folders that `removeScratch` deletes; call it from afterAll. */
const temporary: string[] = [];

/** A new temporary folder, removed by removeScratch. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** Deletes every folder scratchDir made. */
export function removeScratch(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, {recursive: true, force: true});
}

/** A copy of what the build reads (sources, pages, config, scripts), with node_modules linked, no output or cache. */
export function projectCopy(): string {
  const dir = scratchDir("lms-project-");
  const skip = new Set([".git", "node_modules", "dist", ".build-tmp", "test", "test-results", "bench-dist", join("src", ".observablehq")]);
  cpSync(repo, dir, {recursive: true, filter: (path) => !skip.has(relative(repo, path))});
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

/** Runs `npm run build` in `project` with LMS_SOURCE_DIR set to `sourceDir`: its exit status and all its output. */
export function npmRunBuild(project: string, sourceDir: string): {status: number | null; output: string} {
  const result = spawnSync("npm", ["run", "build"], {
    cwd: project,
    encoding: "utf8",
    env: {...process.env, LMS_SOURCE_DIR: sourceDir}
  });
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

/** Every file under `dir`, relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

export interface SourceSiteVisit extends PageRecord {
  status: number | undefined;
}

/**
 * The report built from another source folder, served and opened in Chromium, for one describe block: beforeAll
 * builds it in a project copy (throwing the build's last lines if it fails), serves its dist/ under a sub-path and
 * launches Chromium; afterAll closes everything. `visit` opens a page in a fresh context that records console
 * errors and off-origin requests; with scripts off it does not wait for the live layer.
 * @example const built = siteFromSource(() => fixtureDir, "series B"); const r = await built.visit("survival"); r.errors // []
 */
export function siteFromSource(source: () => string, what: string) {
  let project = "";
  let output = "";
  let site: StaticSite;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    project = projectCopy();
    const build = npmRunBuild(project, source());
    output = build.output;
    if (build.status !== 0) throw new Error(`${what} should build:\n${output.split("\n").slice(-30).join("\n")}`);
    site = await serveStatic(join(project, "dist"), "/report/");
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser?.close();
    await site?.close();
  });
  return {
    /** The built site's folder. */
    get dist(): string {
      return join(project, "dist");
    },
    /** Everything the build printed. */
    get output(): string {
      return output;
    },
    async visit(path: string, {javaScriptEnabled = true, before}: {javaScriptEnabled?: boolean; before?: (page: Page) => void} = {}): Promise<SourceSiteVisit> {
      const record = await openPage(browser, site.origin, {javaScriptEnabled});
      contexts.push(record.page.context());
      before?.(record.page);
      const response = await record.page.goto(site.url + path);
      if (javaScriptEnabled) await settled(record.page);
      return {...record, status: response?.status()};
    }
  };
}
