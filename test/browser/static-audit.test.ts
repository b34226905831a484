import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {type CheckEntry, checkVerdictLabel} from "../../src/lib/checks.js";
import {browserSuite, layoutShift, recordLayoutShift, settled} from "./harness.js";

// The Audit page drawn at build time (issue 8): with scripts off it shows every statement, the table and the
// tallies; with scripts on, a small script only shows and hides what is there, from the URL (verdict, section),
// and never loads Plot, d3, Arquero or the views.
const {open} = browserSuite();

/** The claims dataset the build published, as the page's figures must follow from it. */
const claimsFile = readdirSync("dist/_file/data").find((f) => /^claims\.[0-9a-f]+\.json$/.test(f))!;
const claims = JSON.parse(readFileSync(join("dist/_file/data", claimsFile), "utf8")) as {id: string; verdict: string}[];
const withVerdict = (v: string) => claims.filter((c) => c.verdict === v).length;
const checksFile = readdirSync("dist/_file/data").find((f) => /^checks\.[0-9a-f]+\.json$/.test(f))!;
const checks = JSON.parse(readFileSync(join("dist/_file/data", checksFile), "utf8")) as CheckEntry[];

const cards = (page: Page) => page.locator("article.claim:visible");
const rows = (page: Page) => page.locator("table.claim-table tbody tr:visible");
const testId = (page: Page, id: string) => page.getByTestId(id).textContent();
/** Requests for a chart or data library (Framework serves npm packages under /_node/) or a page's views. */
const heavy = (requests: string[]) => requests.filter((p) => /\/_node\/(@observablehq\/(plot|inputs)|d3|arquero|htl)|\/_import\/views\//.test(p));

describe("the Audit page arrives rendered", () => {
  it("with scripts off it shows the tallies, the table and every card, and says filtering needs JavaScript", async () => {
    const {page} = await open("audit", {javaScriptEnabled: false});
    const tallies = ["audit-statements", "audit-inconsistent", "audit-ambiguous", "audit-not-checkable", "audit-consistent"];
    const expected = [claims.length, ...["inconsistent", "ambiguous", "not-checkable", "consistent"].map(withVerdict)].map(String);
    expect(await Promise.all(tallies.map((id) => testId(page, id)))).toEqual(expected);
    // The article's own tallies, as the other audit tests know them.
    expect(expected).toEqual(["96", "13", "9", "39", "35"]);
    expect(await rows(page).count()).toBe(claims.length);
    expect(await cards(page).count()).toBe(claims.length);
    expect(new Set(await cards(page).evaluateAll((as) => as.map((a) => a.id)))).toEqual(new Set(claims.map((c) => `claim-${c.id}`)));
    expect(await testId(page, "audit-shown")).toBe(`${claims.length} of ${claims.length} statements shown.`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Filtering by verdict and section needs JavaScript; without it, every statement is shown.");
    expect(text).toContain("2 reported figures cannot be arithmetically right as stated");
    expect(await page.locator("#claim-filter input[type=checkbox]:checked").count()).toBe(4);
    expect(await page.locator("#claim-filter input, #claim-filter select").evaluateAll((cs) => cs.every((c) => (c as HTMLInputElement).disabled))).toBe(true);
    expect(await page.locator("html.lms-pending").count()).toBe(0);
  });

  it("the checks of the tables show with scripts off, each with its verdict, before the statements", async () => {
    const {page} = await open("audit", {javaScriptEnabled: false});
    expect(await page.locator("article.data-check").evaluateAll((as) => as.map((a) => a.id))).toEqual(checks.map((c) => `check-${c.id}`));
    expect(await Promise.all(checks.map((c) => testId(page, `check-verdict-${c.id}`)))).toEqual(checks.map((c) => checkVerdictLabel[c.verdict]));
    expect(await testId(page, "checks-line")).toBe("Of the 5 checks, 1 fails (Lesions against segments) and 4 pass.");
    expect(await page.locator("#check-lesions-vs-segments .check-findings a").getAttribute("href")).toBe("./patients#patient-7");
    const [checksTop, statementsTop] = await Promise.all(["#check-lesions-vs-segments", "[data-testid=audit-statements]"].map((s) => page.locator(s).evaluate((e) => e.getBoundingClientRect().top)));
    expect(checksTop).toBeLessThan(statementsTop!);
  });

  it("the statements' filter leaves the checks of the tables in view, and their patient links carry the cohort filters", async () => {
    const {page, errors} = await open("audit?verdict=consistent&sex=F");
    await settled(page);
    await expect.poll(() => cards(page).count()).toBe(withVerdict("consistent"));
    expect(await page.locator("article.data-check:visible").count()).toBe(checks.length);
    await expect.poll(() => page.locator("#check-lesions-vs-segments .check-findings a").getAttribute("href")).toBe("./patients?sex=F#patient-7");
    expect(errors).toEqual([]);
  });

  it("with scripts on, the controls are labelled form controls, enabled, and the script redraws nothing", async () => {
    const {page, requests, errors} = await open("audit", {
      init: (page) =>
        page.addInitScript(() => {
          // Every distinct card and row ever put in the page, by the parser or a script: a redraw would add new ones.
          const w = window as unknown as {added: number};
          w.added = 0;
          const drawn = "article.claim, tr[data-claim]";
          const seen = new WeakSet<Element>();
          const count = (el: Element) => seen.has(el) || (seen.add(el), w.added++);
          new MutationObserver((records) =>
            records.forEach((r) => r.addedNodes.forEach((n) => n instanceof Element && [...(n.matches(drawn) ? [n] : []), ...n.querySelectorAll(drawn)].forEach(count)))
          ).observe(document, {childList: true, subtree: true});
        })
    });
    await settled(page);
    await expect.poll(() => page.getByRole("checkbox", {name: "Inconsistent (13)"}).isEnabled()).toBe(true);
    expect(await page.getByRole("group", {name: "Verdict"}).getByRole("checkbox").count()).toBe(4);
    expect(await page.getByRole("combobox", {name: "Section"}).isEnabled()).toBe(true);
    expect(await cards(page).count()).toBe(claims.length);
    expect(await page.evaluate(() => (window as unknown as {added: number}).added)).toBe(2 * claims.length);
    expect(heavy(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("?verdict=inconsistent shows the 13 inconsistent cards and rows only, and keeps the URL", async () => {
    const {page, requests, errors} = await open("audit?verdict=inconsistent");
    await settled(page);
    await expect.poll(() => cards(page).count()).toBe(withVerdict("inconsistent"));
    expect(withVerdict("inconsistent")).toBe(13);
    expect(await rows(page).count()).toBe(13);
    expect(await cards(page).evaluateAll((as) => as.map((a) => a.classList[1]))).toEqual(Array(13).fill("inconsistent"));
    expect(await testId(page, "audit-shown")).toBe(`13 of ${claims.length} statements shown (Verdict: Inconsistent).`);
    expect(await page.getByRole("checkbox", {name: /^Inconsistent/}).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", {name: /^Consistent/}).isChecked()).toBe(false);
    expect(new URL(page.url()).search).toBe("?verdict=inconsistent");
    expect(heavy(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("ticking and unticking verdicts and choosing a section update the URL, the count, the cards and the table, without loading a library", async () => {
    const {page, requests, errors} = await open("audit?verdict=ambiguous&sex=F");
    await settled(page);
    await expect.poll(() => cards(page).count()).toBe(withVerdict("ambiguous"));
    await page.getByRole("checkbox", {name: /^Inconsistent/}).check();
    const two = withVerdict("ambiguous") + withVerdict("inconsistent");
    await expect.poll(() => testId(page, "audit-shown")).toBe(`${two} of ${claims.length} statements shown (Verdict: Inconsistent or Ambiguous).`);
    expect([await cards(page).count(), await rows(page).count()]).toEqual([two, two]);
    // Two verdicts are not one the URL can name: it says all (by leaving verdict out), and keeps the cohort filter.
    expect(new URL(page.url()).search).toBe("?sex=F");
    await page.getByRole("checkbox", {name: /^Ambiguous/}).uncheck();
    await expect.poll(() => new URL(page.url()).search).toBe("?sex=F&verdict=inconsistent");
    expect(await cards(page).count()).toBe(13);
    await page.getByRole("combobox", {name: "Section"}).selectOption("Abstract");
    await expect.poll(() => new URL(page.url()).searchParams.get("section")).toBe("Abstract");
    expect(await cards(page).evaluateAll((as) => as.map((a) => a.id))).toEqual(["claim-abstract-median-age", "claim-abstract-median-survival", "claim-abstract-conclusion-all-patients"]);
    expect((await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-claim")))).length).toBe(3);
    await page.getByRole("checkbox", {name: /^Inconsistent/}).uncheck();
    await expect.poll(() => testId(page, "audit-shown")).toBe(`0 of ${claims.length} statements shown (no verdict ticked; Section: Abstract).`);
    expect(await page.getByText("No statement matches these filters.").isVisible()).toBe(true);
    expect(await page.locator(".claim-table-wrap").isVisible()).toBe(false);
    expect(heavy(requests)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("page links, in the sidebar and on the cards, carry the cohort filters, not the audit's own parameters", async () => {
    const {page} = await open("audit?sex=F&verdict=inconsistent&section=Results");
    await settled(page);
    await expect.poll(() => page.locator('#observablehq-sidebar a[href^="./survival"]').getAttribute("href")).toBe("./survival?sex=F");
    expect(await page.locator("#claim-results-age-range .claim-patients a").first().getAttribute("href")).toBe("./patients?sex=F#patient-8");
    expect(await page.locator('table.claim-table a[href="#claim-results-age-range"]').count()).toBe(1);
  });

  for (const width of [375, 320]) {
    it(`at ${width} px the page is no wider than the screen, with scripts on or off`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const {page} = await open("audit", {width, javaScriptEnabled});
        if (javaScriptEnabled) await settled(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `scripts ${javaScriptEnabled ? "on" : "off"}`).toBeLessThanOrEqual(0);
      }
    });
  }

  it("on a phone, the script taking over the controls moves nothing (no layout shift)", async () => {
    const {page} = await open("audit", {
      width: 412,
      height: 823,
      init: recordLayoutShift
    });
    await settled(page);
    await expect.poll(() => page.locator("#claim-section").isEnabled()).toBe(true);
    expect(await layoutShift(page)).toBe(0);
  });
});
