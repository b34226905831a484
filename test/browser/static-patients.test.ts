import {describe, expect, it} from "vitest";
import {browserSuite, layoutShift, recordLayoutShift, settled, heavyRequests} from "./harness.js";

// The Patients page drawn at build time (issue 8): it reads with scripts off, links to #patient-N land on their
// summary, and the live layer redraws the tables and summaries in place once the reader filters.
const {open} = browserSuite();

const rows = (page: import("playwright-core").Page, slot: string) => page.locator(`[data-slot=${slot}] table tbody tr:not([hidden])`);
const ids = (page: import("playwright-core").Page) => page.locator("[data-slot=fields] tbody tr:not([hidden]) > th").allTextContents();

describe("the Patients page arrives rendered", () => {
  it("with scripts off it shows the three tables with 10 rows each and the ten summaries, each with its anchor", async () => {
    const {page} = await open("patients", {javaScriptEnabled: false});
    for (const slot of ["fields", "table1", "table2"]) expect(await rows(page, slot).count(), slot).toBe(10);
    expect(await page.locator("[data-slot=table1] caption").textContent()).toMatch(/^Table 1\. Characteristics of the study patients/);
    expect(await page.locator("[data-slot=table2] caption").textContent()).toMatch(/^Table 2\. Characteristics of the liver me/);
    expect(await ids(page)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    const anchors = await page.locator("details.patient-summary").evaluateAll((ds) => ds.map((d) => d.id));
    expect(anchors).toEqual(Array.from({length: 10}, (_, i) => `patient-${i + 1}`));
    expect(await page.locator("#patient-3 summary").textContent()).toMatch(/^Patient 3 · /);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Searching and sorting the table need JavaScript");
    expect(text).toContain("The filters need JavaScript");
    expect(await page.locator("#patients-search").isDisabled()).toBe(true);
    expect(await page.locator(".table-search output").textContent()).toBe("10 results");
    expect(await page.locator(".filter-panel input[type=checkbox]").count()).toBeGreaterThan(10);
  });

  it("with scripts on, sorting and searching work on the static table, without loading the views, Plot or d3", async () => {
    const {page, requests, errors} = await open("patients");
    await settled(page);
    const survival = () => page.locator("[data-slot=fields] tbody tr:not([hidden]) > td:nth-child(15)").evaluateAll((tds) => tds.map((td) => Number(td.textContent)));
    const original = await survival();
    await page.getByRole("button", {name: "Survival (mo)"}).click();
    expect(await survival()).toEqual([...original].sort((a, b) => a - b));
    await page.getByRole("button", {name: "Survival (mo)"}).click();
    expect(await survival()).toEqual([...original].sort((a, b) => b - a));
    expect(await page.locator("[data-slot=fields] th", {hasText: "Survival (mo)"}).getAttribute("aria-sort")).toBe("descending");
    await page.locator("#patients-search").fill("stomach");
    expect(await ids(page)).toEqual(["7"]);
    expect(await page.locator(".table-search output").textContent()).toBe("1 result");
    await page.locator("#patients-search").fill("");
    expect(await rows(page, "fields").count()).toBe(10);
    expect(heavyRequests(requests, "patients")).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("on a phone, the script taking over the search box and the table moves nothing (no layout shift)", async () => {
    const {page} = await open("patients", {
      width: 412,
      height: 823,
      init: recordLayoutShift
    });
    await settled(page);
    expect(await page.locator("#patients-search").isEnabled()).toBe(true);
    expect(await layoutShift(page)).toBe(0);
  });

  it("?sex=M redraws the tables and summaries in place to the 3 men, and their table still sorts and searches", async () => {
    const {page, errors} = await open("patients?sex=M");
    await settled(page);
    await expect.poll(() => rows(page, "fields").count(), {timeout: 10_000}).toBe(3);
    expect(await page.getByTestId("cohort-count").textContent()).toBe("3 of 10 patients");
    expect(await rows(page, "table1").count()).toBe(3);
    expect(await rows(page, "table2").count()).toBe(3);
    expect(await page.locator("details.patient-summary").count()).toBe(3);
    expect(await ids(page)).toEqual(["2", "9", "10"]);
    await page.getByRole("button", {name: "No."}).click();
    expect(await ids(page)).toEqual(["10", "9", "2"]);
    await page.locator("#patients-search").fill("Yes");
    expect((await ids(page)).length).toBeLessThan(3);
    expect(errors).toEqual([]);
  });

  it("#patient-3 opens that summary and scrolls to it; a later link to #patient-7 opens that one", async () => {
    const {page, errors} = await open("patients#patient-3");
    await settled(page);
    await expect.poll(() => page.locator("#patient-3").getAttribute("open")).not.toBeNull();
    expect(await page.locator("details.patient-summary[open]").count()).toBe(1);
    const top = await page.locator("#patient-3").evaluate((d) => d.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
    await page.locator('[data-slot=fields] a[href="#patient-7"]').click();
    await expect.poll(() => page.locator("#patient-7").getAttribute("open")).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it("a filtered link with #patient-9 opens that summary in the live rendering", async () => {
    const {page} = await open("patients?sex=M#patient-9");
    await settled(page);
    await expect.poll(() => page.locator("details.patient-summary").count(), {timeout: 10_000}).toBe(3);
    await expect.poll(() => page.locator("#patient-9").getAttribute("open")).not.toBeNull();
  });
});
