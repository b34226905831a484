/**
 * The report built from a second series (test/fixtures/series-b, see its README): twelve invented patients saved
 * the way people save tables (byte-order mark, CRLF, trailing blank lines, cells not recorded, procedures and a
 * primary site outside the article's, no claims, no events, no time-origin evidence). The build must accept it,
 * and every page must read as a report about that series: no stray values, no word of the bundled article, and
 * figures equal to the ones worked out by hand in the fixture's README.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join, resolve} from "node:path";
import type {Page} from "playwright-core";
import {afterAll, describe, expect, it} from "vitest";
import {removeScratch, siteFromSource} from "./build-copy.js";
import {readPdf, runPdf} from "./pdf-read.js";

const fixture = resolve("test/fixtures/series-b");
const pages = ["", "explore", "patients", "survival", "liver", "treatment", "audit", "data"];

/** Words only the bundled article's report could print: its authors, centre, journal, registry, operations, quotes. */
const bundledArticle = [
  /\bKim\b/,
  /\bKang\b/,
  /Asan/,
  /Korean/,
  /Seoul/,
  /\b476\b/,
  /Partial hepatectomy/i,
  /pancreatectomy/i,
  /Ileocecal/i,
  /Small bowel/i,
  /should be considered/i,
  /complications/i,
  /median survival period/i,
  /Faraj|Chen et al/,
  /casts doubt/i,
  /\bten\b/i,
  /retroperitoneal\)/
];

/** Text a page must never show: values that leaked from code, and quotes around nothing. */
const strays = [/\bundefined\b/, /\bNaN\b/, /\bnull\b/, /\[object/, /""/, /“”/, /\(\)/, /\bnone were\b/, /\b0 of 0\b/];

const built = siteFromSource(() => fixture, "series B");
afterAll(removeScratch);
const visit = (path: string, options: {javaScriptEnabled?: boolean} = {}) => built.visit(path, options);

const visibleText = (page: Page) => page.locator("body").innerText();
/** The text with runs of white space as one space, so a test can match a phrase across line breaks. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the report built from series B", () => {
  it("builds, and says which cell it trimmed", () => {
    expect(built.output).toMatch(/table1\.tsv row 12 \(line 13\), column "Size of primary tumor \(cm\)"[^\n]*trailing/);
  });

  it.each(pages)("/%s, scripts on: no console error, no stray value, no word of the bundled article", async (path) => {
    const r = await visit(path);
    const text = await visibleText(r.page);
    expect(r.errors).toEqual([]);
    expect(r.offOrigin).toEqual([]);
    for (const stray of strays) expect(text, `${stray} on /${path}`).not.toMatch(stray);
    for (const word of bundledArticle) expect(text, `${word} on /${path}`).not.toMatch(word);
    expect(await r.page.title()).toMatch(/Novak et al\.: an interactive companion$/);
    expect(text).toContain("Novak");
  });

  it.each(pages)("/%s, scripts off: the same holds for the page as built", async (path) => {
    const r = await visit(path, {javaScriptEnabled: false});
    const text = await visibleText(r.page);
    for (const stray of strays) expect(text, `${stray} on /${path}`).not.toMatch(stray);
    for (const word of bundledArticle) expect(text, `${word} on /${path}`).not.toMatch(word);
  });

  it("the footer and the Overview cite series B's article, period and centre", async () => {
    const r = await visit("");
    const footer = flat(await r.page.locator("footer").innerText());
    expect(footer).toContain("Novak");
    expect(footer).toContain("Hepatic resection for metastatic uterine and caval leiomyosarcoma");
    const text = flat(await visibleText(r.page));
    expect(text).toContain("Journal of Fixture Surgery");
    expect(text).toMatch(/March 2006/);
    expect(text).toMatch(/September 2019/);
    expect(await r.page.getByTestId("cohort-count").first().textContent()).toBe("12 of 12 patients");
  });

  it("the Overview's figures are series B's, worked out by hand", async () => {
    const text = flat(await visibleText((await visit("")).page));
    // Primary sites by count: uterus 6, retroperitoneum 3, inferior vena cava 2, spermatic cord 1.
    expect(text).toContain("uterus (6), retroperitoneum (3), inferior vena cava (2), spermatic cord (1)");
    expect(text).toMatch(/6 patients died \(1, 3, 5, 7, 8 and 11\)/);
    // Kaplan–Meier over the 11 patients with a survival time: 6/11 × 3/4 = 0.41 at 48 months.
    expect(text).toMatch(/median survival after the liver resection was 48 months/);
    // Reverse Kaplan–Meier: 0.44 at 60 months.
    expect(text).toMatch(/median follow-up of 60 months/);
  });

  it("Survival leaves patient 9 out, with a note, and gives the hand-worked median", async () => {
    const text = flat(await visibleText((await visit("survival")).page));
    expect(text).toMatch(/patient 9[^.]*(not recorded|no survival)/i);
    expect(text).toMatch(/11 patients/);
    expect(text).toContain("48 months");
  });

  it("Explore's summary gives n and the number not recorded", async () => {
    const r = await visit("explore");
    const table = flat(await r.page.locator("[data-slot=table]").innerText());
    expect(table).toMatch(/Not recorded/);
    // Age: 11 recorded, median 55 (39–69).
    expect(table).toMatch(/55 \(39.69\)/);
    // Sex: female 8 of 12, not recorded 1.
    expect(table).toMatch(/Female\s*8/);
  });

  it("Liver counts the lesions per segment and lists the Brisbane procedures, with no mismatch callout", async () => {
    const r = await visit("liver");
    const text = flat(await visibleText(r.page));
    for (const name of ["Left hepatectomy", "Segmentectomy 6", "Wedge resection", "Right posterior sectionectomy", "Laparoscopic segment 8 resection"]) {
      expect(text).toContain(name);
    }
    expect(await r.page.locator(".callout, [data-slot=mismatch] > *").count()).toBe(0);
    // Segments 4 and 8 hold a lesion in 4 patients each, the most of any segment.
    expect(text).toMatch(/segments? 4[^.]*4 patients/);
  });

  it("the Audit page runs the data checks and says there are no statements to audit", async () => {
    const text = flat(await visibleText((await visit("audit")).page));
    expect(text).toMatch(/Checks of the tables/i);
    expect(text).toMatch(/without the article's statements|no statements/i);
    expect(text).not.toMatch(/\bconsistent\b.*\b0\b/);
  });

  it("the Data & methods page states the missing-value rule and the trimmed cell, and names the series' own procedure", async () => {
    const text = flat(await visibleText((await visit("data")).page));
    expect(text).toMatch(/not recorded/i);
    expect(text).toMatch(/Brisbane 2000/);
    expect(text).toContain("Laparoscopic segment 8 resection");
    expect(text).toMatch(/table1\.tsv row 12/);
    // No statement of how the bundled article was transcribed.
    expect(text).not.toMatch(/checked against the article twice/);
  });

  it("the patients dataset holds null, never a guess, for what was not recorded", () => {
    const dir = join(built.dist, "_file/data");
    const name = readdirSync(dir).find((f) => /^patients\.[0-9a-f]+\.json$/.test(f));
    expect(name).toBeDefined();
    const file = readFileSync(join(dir, name!), "utf8");
    const patients = JSON.parse(file) as Record<string, unknown>[];
    const byId = new Map(patients.map((p) => [p.id, p]));
    expect(patients).toHaveLength(12);
    expect(byId.get(5)).toMatchObject({age: null, primarySizeCm: null, adjuvantChemotherapy: null, cirrhosis: null});
    expect(byId.get(9)).toMatchObject({sex: null, survivalMonths: null, dead: null});
    expect(byId.get(11)).toMatchObject({primarySizeCm: null, suv: null, ablation: true});
    expect(byId.get(12)).toMatchObject({primarySizeCm: 13});
    expect(byId.get(7)).toMatchObject({primarySite: "Spermatic cord", marginPositive: null});
  });

  it("npm run pdf prints series B: its title and citation on the cover, every page, and no word of the bundled article", async () => {
    const out = join(built.dist, "..", "series-b.pdf");
    const run = await runPdf(["--out", out], {LMS_DIST_DIR: built.dist});
    expect(run.status, run.stderr).toBe(0);
    const {pages: sheets} = await readPdf(out);
    expect(sheets[0]).toMatch(/^Novak et al\.: an interactive companion An interactive companion to Novak, Ferreira, Osei\. Hepatic resection for metastatic uterine and caval leiomyosarcoma/);
    expect(sheets[0]).toContain("Patients: All 12 patients");
    const all = sheets.join(" ");
    for (const word of bundledArticle) expect(all, String(word)).not.toMatch(word);
    for (const stray of strays) expect(all, String(stray)).not.toMatch(stray);
  }, 120_000);

  it("a Kaplan–Meier figure downloaded from series B cites series B", async () => {
    const r = await visit("survival");
    const [file] = await Promise.all([r.page.waitForEvent("download"), r.page.locator('[data-figure="survival-km"]:visible button[data-export=svg]').click()]);
    // The words of the file, its wrapped lines joined.
    const svg = [...readFileSync((await file.path())!, "utf8").matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ").replace(/&amp;/g, "&");
    expect(svg).toContain("Source: Novak, Ferreira, Osei. Hepatic resection for metastatic uterine and caval leiomyosarcoma: a two-centre series. Journal of Fixture Surgery. Patients: All 12 patients. Drawn ");
    for (const word of bundledArticle) expect(svg, String(word)).not.toMatch(word);
  });
});
