import {existsSync, mkdtempSync, readFileSync, rmSync, statSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import config from "../../observablehq.config.js";
import {parseArguments} from "../../scripts/pdf.js";
import {readPdf, runPdf} from "../pdf-read.js";

// `npm run pdf` on the built report (dist/, built by the test setup), read back with PDF.js: a cover, then every
// page in sidebar order, each on its own sheet, with page numbers.
const scratch = mkdtempSync(join(tmpdir(), "lms-pdf-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** Each page's heading, as the built site has it. */
const headings = config.pages.map(({path}) => {
  const html = readFileSync(`dist/${path === "/" ? "index" : path.slice(1)}.html`, "utf8");
  return /<h1[^>]*>(.*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, "").replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&").trim();
});

describe("npm run pdf", () => {
  it("writes the whole report: a cover with the title, citation, patients, build date and contents, then every page in sidebar order on its own sheets, numbered", async () => {
    const out = join(scratch, "report.pdf");
    const run = await runPdf(["--out", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const {pages, coverLinks, outline} = await readPdf(out);
    // Bookmarks: the cover, then each page by its heading (Chromium joins a heading's wrapped lines without a space).
    const squeeze = (text: string) => text.replace(/\s+/g, "");
    expect(outline.map(squeeze)).toEqual(["Kim et al.: an interactive companion", ...headings].map(squeeze));
    const cover = pages[0]!;
    expect(cover).toMatch(/^Kim et al\.: an interactive companion An interactive companion to Kim, Lee, Kim, Kang\. Surgical resection of liver metastasis of leiomyosarcoma\. Korean Journal of Clinical Oncology\./);
    expect(cover).toContain("Patients: All 10 patients");
    const built = statSync("dist/index.html").mtime.toISOString().slice(0, 10);
    expect(cover).toContain(`Built: ${built}`);
    expect(cover).toContain(`Contents ${config.pages.map((p, i) => `${i + 1}. ${p.name}`).join(" ")}`);
    // The contents link to the pages within the PDF.
    expect(coverLinks).toBe(config.pages.length);
    // Every page starts a sheet, in sidebar order.
    const starts = headings.map((h1) => pages.findIndex((text, i) => i > 0 && text.startsWith(h1)));
    expect(starts.every((s) => s > 0), JSON.stringify({headings, starts})).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(headings.length);
    // Numbered "Page n of N" on every sheet.
    pages.forEach((text, i) => expect(text).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}$`)));
    const all = pages.join(" ");
    expect(all).toContain("Number at risk");
    expect(all).toContain("Patients with a lesion in each Couinaud segment");
    // Folded parts print open: a patient's summary, the citation as BibTeX.
    expect(all).toContain("@article{kim_surgical,");
    expect(pages.find((text) => text.startsWith(headings[2]!))).toBeDefined();
    // Nothing that is only for the screen, or only for a reader without scripts.
    expect(all).not.toMatch(/Download figure|Copy link|need JavaScript|Reset filters/);
  }, 120_000);

  it("--filters writes the filtered report and says so on the cover", async () => {
    const out = join(scratch, "filtered.pdf");
    const run = await runPdf(["--out", out, "--filters", "primarySite=Retroperitoneum&sex=F"]);
    expect(run.status, run.stderr).toBe(0);
    const {pages} = await readPdf(out);
    expect(pages[0]).toContain("Patients: 4 of 10 patients (Primary site: Retroperitoneum; Sex: Female)");
    // PDF.js reads the chips' separator, drawn by CSS, as a run of its own: " ;".
    const survival = pages.find((text) => text.startsWith(headings[3]!))!.replace(/ ;/g, ";");
    expect(survival).toContain("Showing 4 of 10: Primary site: Retroperitoneum; Sex: Female");
    expect(survival).toContain("4 of 10 patients (Primary site: Retroperitoneum; Sex: Female)");
  }, 120_000);

  it("refuses a filter the report does not know, naming it, and writes nothing", async () => {
    const out = join(scratch, "wrong.pdf");
    const run = await runPdf(["--out", out, "--filters", "colour=red"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/npm run pdf: --filters "colour=red": .*colour=red \(not a filter of this report\)/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 120_000);
});

describe("parseArguments", () => {
  it("reads --out, --filters and --format, with report.pdf, no filter and A4 by default", () => {
    expect(parseArguments([])).toEqual({out: "report.pdf", filters: "", format: "A4"});
    expect(parseArguments(["--out", "x/y.pdf", "--filters", "?sex=F", "--format", "Letter"])).toEqual({out: "x/y.pdf", filters: "sex=F", format: "Letter"});
  });
  it("says what is wrong with a bad command line", () => {
    expect(parseArguments(["--format", "A5"])).toBe("--format A5: expected A4 or Letter");
    expect(parseArguments(["--out"])).toBe("--out needs a value");
    expect(parseArguments(["--out", "report.html"])).toBe("--out report.html: expected a file name ending in .pdf");
    expect(parseArguments(["--pages", "2"])).toMatch(/^unknown option --pages/);
  });
});
