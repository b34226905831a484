import {spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";

// The Audit page's loader (src/audit.md.ts) run as the build runs it (tsx, Markdown on stdout), from a copy of
// the bundled source changed per case: the page it writes for the article's statements, for a series without
// any, and its refusal of a malformed claims.json.
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function source(change: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), "lms-audit-source-"));
  folders.push(dir);
  cpSync(bundledSourceDir, dir, {recursive: true});
  change(dir);
  return dir;
}

function loader(sourceDir: string) {
  const result = spawnSync("npx", ["tsx", "src/audit.md.ts"], {encoding: "utf8", env: {...process.env, LMS_SOURCE_DIR: sourceDir}});
  return {status: result.status, page: result.stdout, errors: result.stderr};
}

const count = (page: string, pattern: RegExp) => page.match(pattern)?.length ?? 0;
/** The text of the element with that data-testid (attributes in any order). */
const testId = (page: string, id: string) => new RegExp(`<[a-z]+ [^>]*data-testid="${id}"[^>]*>([^<]*)<`).exec(page)?.[1];

describe("the Audit page's loader", () => {
  it("writes the tallies, the table and a card per statement of the article into the page, every verdict shown", () => {
    const {claims, checks} = buildCohort(readSourceFolder(bundledSourceDir));
    const {status, page, errors} = loader(source());
    expect(status, errors).toBe(0);
    // The checks of the tables come first, under their heading, then the statements under theirs.
    expect(page.indexOf("## Checks of the tables")).toBeGreaterThan(0);
    expect(page.indexOf("## Checks of the tables")).toBeLessThan(page.indexOf("## The article's statements"));
    expect(count(page, /<article [^>]*class="data-check /g)).toBe(checks.length);
    expect(testId(page, "checks-line")).toBe("Of the 5 checks, 1 fails (Lesions against segments) and 4 pass.");
    expect(page).toContain('<a href="./data/checks.json" download>checks.json</a>');
    expect(count(page, /<article [^>]*class="claim /g)).toBe(claims.length);
    expect(count(page, /<tr [^>]*data-claim=/g)).toBe(claims.length);
    expect(testId(page, "audit-statements")).toBe(String(claims.length));
    expect(testId(page, "audit-inconsistent")).toBe(String(claims.filter((c) => c.verdict === "inconsistent").length));
    expect(testId(page, "audit-shown")).toBe(`${claims.length} of ${claims.length} statements shown.`);
    expect(count(page, /<input [^>]*type="checkbox"/g)).toBe(4);
    // Nothing left unfilled, and no `${` outside the page's script (Framework would run it as code).
    expect(page.includes("{{")).toBe(false);
    expect(page.split("```js")[0]!.includes("${")).toBe(false);
  }, 60_000);

  it("for a series without the article's statements says so and shows the checks of its tables, with no tallies, table or filter of nothing", () => {
    const {checks} = buildCohort({...readSourceFolder(bundledSourceDir), claims: "[]"});
    const {status, page, errors} = loader(source((dir) => rmSync(join(dir, "claims.json"))));
    expect(status, errors).toBe(0);
    expect(testId(page, "audit-empty")).toBe("This series comes without the article's statements (no claims.json), so there are none to recompute; the checks of its tables below run all the same.");
    expect(page).toContain("## Checks of the tables");
    expect(count(page, /<article [^>]*class="data-check /g)).toBe(checks.length);
    expect(testId(page, "checks-line")).toBe("Of the 5 checks, 1 fails (Lesions against segments) and 4 pass.");
    expect(page).toContain('<a href="./data/checks.json" download>checks.json</a>');
    for (const absent of ["0 of 0", "audit-statements", "audit-shown", "claim-filter", 'class="claim', "claims.json</a>", "<table", "## At a glance", "## The article's statements"]) expect(page.includes(absent), absent).toBe(false);
    expect(page.includes("{{")).toBe(false);
    expect(page.split("```js")[0]!.includes("${")).toBe(false);
  }, 60_000);

  it("stops on a malformed claims.json with the source's one-line message, and writes no page", () => {
    const dir = source((d) => writeFileSync(join(d, "claims.json"), '[{"id": "x"}]'));
    const {status, page, errors} = loader(dir);
    expect(status).toBe(1);
    expect(errors).toMatch(new RegExp(`^source error in ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: claims\\.json row 1, column "`));
    expect(page).toBe("");
  }, 60_000);
});
