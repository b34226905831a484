import {describe, expect, it} from "vitest";
import {type PageRecord, visitSuite} from "./harness.js";

// Drives the built Audit page (dist/, built by test/global-setup.ts or `npm run build`) in Debian's Chromium,
// served under a sub-path, and checks what a reader sees: order, compact table, tallies, URL filters.
const visit = visitSuite();

// The page holds every statement (drawn at build time) and hides those the filter leaves out: the checks count
// what a reader sees, the shown cards and rows only.
const cards = "article.claim:visible";
const rows = "table.claim-table tbody tr:visible";

/** The verdict of each card and of each table row, top to bottom. */
const cardVerdicts = (r: PageRecord) => r.page.locator(cards).evaluateAll((cards) => cards.map((c) => c.classList[1]));
const rowClaims = (r: PageRecord) => r.page.locator(rows).evaluateAll((rows) => rows.map((tr) => [tr.getAttribute("data-claim"), tr.className]));
const cardIds = (r: PageRecord) => r.page.locator(cards).evaluateAll((cards) => cards.map((c) => c.id.replace(/^claim-/, "")));
const testId = (r: PageRecord, id: string) => r.page.getByTestId(id).textContent();

describe("the audit page", () => {
  it("?verdict=ambiguous shows the ambiguous statements, each with its readings side by side", async () => {
    const r = await visit("audit?verdict=ambiguous");
    expect(r.errors, r.errors.join("\n")).toEqual([]);
    expect(await cardVerdicts(r)).toEqual(Array(9).fill("ambiguous"));
    const complete = r.page.locator("#claim-methods-complete");
    expect(await complete.locator(".claim-readings .reading-figure").allTextContents()).toEqual(["9", "10", "8"]);
    expect(await complete.locator(".claim-readings .badge").allTextContents()).toEqual(["Inconsistent", "Consistent", "Inconsistent"]);
    // Side by side: the readings' boxes share a row at desktop width.
    const tops = await complete.locator(".claim-readings > section").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size, "readings should sit side by side (needs the .claim-readings grid rule in style.css)").toBe(1);
  });

  it("puts the inconsistent statements first, then the ambiguous, then the not checkable, then the consistent, in cards and table alike", async () => {
    const r = await visit("audit");
    expect(r.status).toBe(200);
    expect(r.errors, r.errors.join("\n")).toEqual([]);
    const verdicts = await cardVerdicts(r);
    expect(verdicts).toHaveLength(96);
    expect(verdicts[0]).toBe("inconsistent");
    const order = ["inconsistent", "ambiguous", "not-checkable", "consistent"];
    expect(verdicts.map((v) => order.indexOf(v!))).toEqual([...verdicts.map((v) => order.indexOf(v!))].sort((a, b) => a - b));
    expect(verdicts.filter((v) => v === "inconsistent")).toHaveLength(13);
    expect(verdicts.filter((v) => v === "ambiguous")).toHaveLength(9);
    const rows = await rowClaims(r);
    expect(rows.map(([, verdict]) => verdict)).toEqual(verdicts);
    expect(rows[0]![1]).toBe("inconsistent");
  });

  it("has a compact table with one row per statement, each linking to its card", async () => {
    const r = await visit("audit");
    const rows = await rowClaims(r);
    const ids = await cardIds(r);
    expect(rows.map(([id]) => id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await r.page.locator("table.claim-table thead th").allTextContents()).toEqual(["Verdict", "Section", "Statement", "Reported", "Recomputed"]);
    const age = r.page.locator('table.claim-table tr[data-claim="abstract-median-age"]');
    expect(await age.locator("td").allTextContents()).toEqual(["Inconsistent", "Abstract and Results", "“the median age was 48 years” (stated twice)", "48", "46.5"]);
    await age.locator("a").click();
    await expect.poll(() => r.page.evaluate(() => location.hash)).toBe("#claim-abstract-median-age");
  });

  it("counts a repeated statement once, says how many are repeated, and shows each place on its card", async () => {
    const r = await visit("audit");
    expect(await testId(r, "audit-statements")).toBe("96");
    expect(await testId(r, "audit-repeated")).toBe("18 statements the article makes more than once, each counted once (119 places in all)");
    expect([await testId(r, "audit-inconsistent"), await testId(r, "audit-ambiguous"), await testId(r, "audit-not-checkable"), await testId(r, "audit-consistent")]).toEqual(["13", "9", "39", "35"]);
    // One card quotes it (the age range's card names it in its joint explanation, not as a quote).
    expect(await r.page.locator(cards, {has: r.page.locator("blockquote", {hasText: "the median age was 48 years"})}).count()).toBe(1);
    const card = r.page.locator("#claim-abstract-median-age");
    expect(await card.locator("blockquote cite").allTextContents()).toEqual(["Abstract", "Results"]);
    expect(await card.locator(".claim-repeated").textContent()).toBe("The article makes this statement twice; the audit counts it once.");
    expect(await testId(r, "audit-shown")).toBe("96 of 96 statements shown.");
  });

  it("?verdict=inconsistent still opens the inconsistent statements only", async () => {
    const r = await visit("audit?verdict=inconsistent");
    expect(r.errors, r.errors.join("\n")).toEqual([]);
    const verdicts = await cardVerdicts(r);
    expect(verdicts).toEqual(Array(13).fill("inconsistent"));
    expect((await rowClaims(r)).map(([, v]) => v)).toEqual(verdicts);
    expect(await testId(r, "audit-shown")).toBe("13 of 96 statements shown (Verdict: Inconsistent).");
    expect(new URL(r.page.url()).searchParams.get("verdict")).toBe("inconsistent");
  });

  it("?section=Results finds statements made in the Results, including those the Abstract repeats", async () => {
    const r = await visit("audit?section=Results");
    expect(r.errors, r.errors.join("\n")).toEqual([]);
    const ids = await cardIds(r);
    expect(ids).toContain("abstract-median-age");
    expect(ids).toContain("results-age-range");
    expect(ids).not.toContain("discussion-faraj");
    expect(await cardVerdicts(r).then((v) => v[0])).toBe("inconsistent");
    expect((await rowClaims(r)).map(([id]) => id)).toEqual(ids);
    const abstract = await visit("audit?section=Abstract&verdict=inconsistent");
    expect(await cardIds(abstract)).toEqual(["abstract-median-age", "abstract-median-survival", "abstract-conclusion-all-patients"]);
    expect(new URL(abstract.page.url()).searchParams.get("section")).toBe("Abstract");
  });
});
