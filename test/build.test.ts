import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../data-loaders/read-source.js";
import {cohortFile} from "../src/lib/cohortFile.js";

// The site was built by test/global-setup.ts; these tests read dist/ as a host would serve it.
const dataDir = "dist/_file/data";
const dataset = (name: string) => {
  const file = readdirSync(dataDir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".json"));
  if (!file) throw new Error(`no ${name}.*.json in ${dataDir}`);
  return JSON.parse(readFileSync(join(dataDir, file), "utf8"));
};

describe("npm run build", () => {
  it("emits every dataset under dist/_file/data, equal to what the pipeline computes", () => {
    const cohort = buildCohort(readSourceFolder(bundledSourceDir));
    for (const name of ["patients", "segments", "drugs", "timeline", "study", "claims", "checks"] as const) {
      expect(dataset(name), name).toEqual(JSON.parse(JSON.stringify(cohort[name])));
    }
  });

  it("emits patients.arrow and printed.json, which cohortFile decodes into patients.json's text exactly", async () => {
    const file = (pattern: RegExp) => join(dataDir, readdirSync(dataDir).find((f) => pattern.test(f))!);
    const arrow = readFileSync(file(/^patients\.[0-9a-f]+\.arrow$/));
    const printed = JSON.parse(readFileSync(file(/^printed\.[0-9a-f]+\.json$/), "utf8"));
    const decoded = await cohortFile(async () => arrow.buffer.slice(arrow.byteOffset, arrow.byteOffset + arrow.byteLength), {printed: {json: async () => printed}}).json();
    expect(JSON.stringify(decoded)).toBe(readFileSync(file(/^patients\.[0-9a-f]+\.json$/), "utf8"));
  });

  it("writes lang=\"en\" and a viewport that lets readers zoom into every page", () => {
    for (const page of readdirSync("dist").filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join("dist", page), "utf8");
      expect(html, page).toMatch(/<html lang="en">/);
      expect(html, page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html, page).toMatch(/<meta name="description" content="[^"]{40,}">/);
    }
  });

  it("every page arrives rendered: drawn by a page loader, with no script that hides it until cells have run", () => {
    for (const page of readdirSync("dist").filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(join("dist", page), "utf8");
      expect(existsSync(join("src", page.replace(/\.html$/, ".md.ts"))), page).toBe(true);
      expect(html, page).not.toContain("lms-pending");
      // The page's own content, not a cell's placeholder: at least one paragraph of the narrative in the HTML.
      expect(html, page).toMatch(/<main[^>]*>[\s\S]*<p>[^<]{40,}/);
    }
  });

  it("refuses a malformed source cell, names it, and leaves the previous dist/ as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), "lms-bad-"));
    try {
      cpSync(bundledSourceDir, dir, {recursive: true});
      const table2 = readFileSync(join(dir, "table2.tsv"), "utf8").replace("\tSegment 3\t", "\tSegment 9\t");
      writeFileSync(join(dir, "table2.tsv"), table2);
      const before = statSync("dist/index.html").mtimeMs;
      const result = spawnSync("npm", ["run", "build"], {encoding: "utf8", env: {...process.env, LMS_SOURCE_DIR: dir}});
      expect(result.status).not.toBe(0);
      expect(result.stderr + result.stdout).toContain(
        'table2.tsv row 6 (line 7), column "Location of liver metastasis": expected Couinaud segments 1-8'
      );
      expect(statSync("dist/index.html").mtimeMs).toBe(before);
      expect(existsSync(".build-tmp")).toBe(false);
      expect(dataset("patients")).toHaveLength(10);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
