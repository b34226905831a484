// The pages quote what only the article says (its conclusion, complications, registry, cited series, ...) from
// article.json, and say nothing of it when a series' article.json does not hold it. Rendered by the page loaders
// directly (no build): the bundled article, and a copy of it stripped to the required fields, without claims.json.
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it, vi} from "vitest";
import {bundledSourceDir} from "../../data-loaders/read-source.js";

const pages = ["index", "data", "survival", "treatment", "liver"] as const;

/** Every page's Markdown as its loader renders it, from the source folder `dir`. */
async function render(dir: string): Promise<Record<(typeof pages)[number], string>> {
  vi.stubEnv("LMS_SOURCE_DIR", dir);
  try {
    const out = {} as Record<(typeof pages)[number], string>;
    for (const page of pages) out[page] = ((await import(`../../src/${page}.md.ts`)) as {default: () => string}).default();
    return out;
  } finally {
    vi.unstubAllEnvs();
  }
}

const stripped = mkdtempSync(join(tmpdir(), "lms-stripped-"));
cpSync(bundledSourceDir, stripped, {recursive: true});
rmSync(join(stripped, "claims.json"));
const article = JSON.parse(readFileSync(join(bundledSourceDir, "article.json"), "utf8"));
const required = ["title", "authors", "journal", "centre", "design", "studyPeriod", "tables"];
writeFileSync(
  join(stripped, "article.json"),
  JSON.stringify({...Object.fromEntries(required.map((k) => [k, article[k]])), title: "Hepatectomy for liver metastases of leiomyosarcoma at two centres", authors: ["Roe", "Doe", "Poe"], journal: "Journal of Imaginary Surgery", centre: "Hospital A and Hospital B", design: "Two-centre retrospective case series"})
);
afterAll(() => rmSync(stripped, {recursive: true, force: true}));

/** The page's text without its markup. */
const visible = (markdown: string) => markdown.replace(/<[^>]*>/g, " ");

/**
 * The page with its charts' geometry taken out (coordinates, sizes, paths, transforms), and every word kept, in the
 * text and in attributes such as titles and ARIA labels: a chart column drawn at x="476" says nothing of a registry.
 */
const words = (markdown: string) => markdown.replace(/\s(?:x|y|x1|x2|y1|y2|cx|cy|r|dx|dy|width|height|d|transform|viewBox|points)="[^"]*"/g, "");

/** What the bundled article alone says, as the pages would print it. */
const articleOnly = [/Kim/, /Asan/, /Korean/, /476/, /should be considered/, /complication/i, /casts doubt/, /median survival period/, /registry/, /Where this series stands/, /checked against the article/, /shows every statement/];

describe("pages quote the article's statements only from article.json", () => {
  it("with the bundled article.json the Overview, Survival, Treatment and Data pages quote its statements", async () => {
    const out = await render(bundledSourceDir);
    expect(out.index).toContain("The authors conclude (Abstract): “Long-term survival can be achieved after surgical resection and should be considered for all patients.”");
    expect(out.index).toContain("On complications the article says “There were no complications after hepatectomy in this series” (Results)");
    expect(out.index).toContain("## Where this series stands");
    expect(out.index).toContain("for the patients you choose, and an audit checks the article's figures against those tables.");
    expect(out.index).toContain("The centre's sarcoma registry held 476 patients");
    expect(out.survival).toContain("In its Results, the article gives a single “median survival period” for the series.");
    expect(out.treatment).toContain("“much of the reported evidence casts doubt on the benefits of adjuvant CTx after surgical resection”");
    expect(out.data).toContain("checked against the article twice");
  }, 120_000);

  it("with article.json stripped to its required fields and no claims.json, no page says what only the bundled article says", async () => {
    const out = await render(stripped);
    for (const page of pages) for (const pattern of articleOnly) expect(words(out[page]), `${page}: ${pattern}`).not.toMatch(pattern);
    expect(words('<rect x="476" width="69" aria-label="registry of 476"/>')).toBe('<rect aria-label="registry of 476"/>');
    // In the text a reader sees (markup aside: an empty attribute is `data-outline=""`).
    for (const page of pages) expect(visible(out[page]), page).not.toMatch(/0 of 0|none were|patients none|“”|""/);
    expect(out.index).toContain("This is a two-centre retrospective case series. The authors found 10 patients who had");
    expect(out.index).toContain("This series comes without statements of the article to audit");
    expect(out.index).not.toContain("What the article's summary figures mean");
    expect(out.index).toContain("for the patients you choose.");
    expect(out.index).not.toContain("an audit checks the article's figures");
  }, 120_000);
});
