import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {browserSuite, settled, heavyRequests} from "./harness.js";

// The Data & methods page drawn at build time (issue 8): it reads with scripts off, its downloads are links to the
// files the build wrote, and once the reader filters, the live layer offers the patients in view instead.
const {open} = browserSuite();

/** Saves the download a click on `name` starts: its suggested filename and its text. */
async function save(page: Page, role: "link" | "button", name: string): Promise<{filename: string; text: string}> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole(role, {name, exact: true}).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return {filename: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8")};
}

const csvRows = (text: string) => text.trimEnd().split("\r\n");

describe("the Data & methods page arrives rendered", () => {
  it("with scripts off it shows the source, the dictionary, the assumptions with patient links, the site mapping and the methods", async () => {
    const {page} = await open("data", {javaScriptEnabled: false});
    const text = await page.locator("main").innerText();
    expect(text).toContain("Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology.");
    expect(text).toContain("the centre's sarcoma registry held 476 patients with leiomyosarcoma");
    expect(text).toContain("The filters need JavaScript");
    expect(text).toContain("The patients in view (10 patients; filters: none):");
    // The computed caveat: 10 patients and 2 deaths in the bundled article.
    expect(text).toContain(
      "What 10 patients can show. With 10 patients and 2 deaths, estimates are imprecise, confidence intervals are wide, and a test between groups has almost no power"
    );
    const dictionary = page.locator("table", {has: page.locator("caption", {hasText: "Every field of patients.json"})});
    expect(await dictionary.locator("tbody tr[data-field=survivalMonths]").count()).toBe(1);
    expect(await dictionary.locator("tbody tr").count()).toBeGreaterThan(20);
    expect(await page.locator("#assumption-time-origin h3").textContent()).toBe("Survival is counted from the liver resection");
    expect(await page.locator("#assumption-time-origin a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(["./patients#patient-8", "./patients#patient-9"]);
    expect(await page.locator("section[id^=assumption-]").count()).toBe(8);
    const mapping = page.locator("table", {has: page.locator("th", {hasText: "Primary operation (Table 1)"})});
    expect(await mapping.locator("tbody tr").first().innerText()).toMatch(/^Distal pancreatectomy and splenectomy\tPancreas\t/);
    expect(await page.locator("#assumptions").count()).toBe(1);
  });

  it("with scripts off every download link resolves to the whole series' file, parseable, with 10 patients", async () => {
    const {page} = await open("data", {javaScriptEnabled: false});
    // The datasets' links (the citation's files are data: addresses, tested with the citation).
    const links = await page.locator('main a[download]:not([href^="data:"])').evaluateAll((as) => as.map((a) => ({href: (a as HTMLAnchorElement).href, name: a.getAttribute("download"), label: a.textContent})));
    expect(links.map((l) => l.name)).toEqual(["lms-liver-cohort.csv", "lms-liver-cohort.json", "patients.json", "patients.csv", "segments.json", "drugs.json", "timeline.json", "study.json", "checks.json", "claims.json"]);
    for (const {href, name} of links) {
      expect(href, name!).toMatch(/\/_file\/data\/\w+\.[0-9a-f]{8}\.(csv|json)$/);
      const response = await page.request.get(href);
      expect(response.status(), name!).toBe(200);
      const body = await response.text();
      if (name!.endsWith(".csv")) {
        const rows = csvRows(body);
        expect(rows, name!).toHaveLength(11);
        expect(rows[0]!.split(",").slice(0, 3)).toEqual(["id", "age", "sex"]);
        expect(rows.slice(1).map((r) => r.split(",")[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
      } else {
        const json = JSON.parse(body);
        if (/patients|lms-liver-cohort/.test(name!)) expect(json.map((p: {id: number}) => p.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        if (name === "study.json") expect(json.assumptions).toHaveLength(8);
        if (name === "claims.json") expect(json).toHaveLength(96);
        if (name === "checks.json") expect(json.map((c: {id: string; verdict: string}) => `${c.id} ${c.verdict}`)).toEqual(["lesions-vs-segments fail", "times-on-one-axis pass", "synchronous-footnote pass", "events-within-follow-up pass", "missing-cells pass"]);
      }
    }
    // A click on the whole-series link saves the file under its own name, no script involved.
    const csv = await save(page, "link", "Download CSV");
    expect(csv.filename).toBe("lms-liver-cohort.csv");
    expect(csvRows(csv.text)).toHaveLength(11);
  });

  it("with scripts on and no filter, the links stay and neither the views nor Plot, d3 or Arquero load", async () => {
    const {page, requests, errors} = await open("data");
    await settled(page);
    expect(await page.locator("[data-slot=download] a[download]").count()).toBe(2);
    expect(await page.getByTestId("cohort-count").textContent()).toBe("10 of 10 patients");
    expect(heavyRequests(requests, "data")).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("?sex=M offers the 3 men: the sentence says so, and the CSV saved has 3 rows and a -filtered name", async () => {
    const {page, errors} = await open("data?sex=M");
    await settled(page);
    await expect.poll(() => page.locator("[data-slot=download]").innerText()).toMatch(/^The patients in view \(3 patients; filters: Sex: Male\):/);
    const csv = await save(page, "button", "Download CSV");
    expect(csv.filename).toBe("lms-liver-cohort-filtered.csv");
    const rows = csvRows(csv.text);
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r.split(",")[0])).toEqual(["2", "9", "10"]);
    const json = await save(page, "button", "Download JSON");
    expect(json.filename).toBe("lms-liver-cohort-filtered.json");
    expect(JSON.parse(json.text).map((p: {id: number}) => p.id)).toEqual([2, 9, 10]);
    // The rest of the page is the whole series, whatever the filters.
    expect(await page.locator("main").innerText()).toContain("With 10 patients and 2 deaths");
    expect(errors).toEqual([]);
  });

  it("clearing the filter brings back the links to the whole series", async () => {
    const {page} = await open("data?sex=M");
    await settled(page);
    await expect.poll(() => page.locator("[data-slot=download] button").count()).toBe(2);
    await page.getByRole("button", {name: "Remove filter Sex: Male"}).click();
    await expect.poll(() => page.locator("[data-slot=download] a[download]").count()).toBe(2);
    expect(await page.locator("[data-slot=download]").innerText()).toMatch(/^The patients in view \(10 patients; filters: none\):/);
  });

  for (const width of [375, 320]) {
    it(`at ${width} px the page does not scroll sideways, with scripts on or off`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const {page} = await open("data", {width, javaScriptEnabled});
        if (javaScriptEnabled) await settled(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `scripts ${javaScriptEnabled ? "on" : "off"}`).toBeLessThanOrEqual(0);
      }
    });
  }
});
