import {mkdirSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {type PageRecord, settled, visitSuite} from "./harness.js";

// Drives the built site (dist/, built by test/global-setup.ts) in Debian's Chromium, served under a sub-path.
const pages = [
  {path: "", name: "overview", charts: 1, tables: 1},
  {path: "explore", name: "explore", charts: 8, tables: 1},
  {path: "patients", name: "patients", charts: 0, tables: 3},
  {path: "survival", name: "survival", charts: 3, tables: 1},
  {path: "liver", name: "liver", charts: 3, tables: 1},
  {path: "treatment", name: "treatment", charts: 2, tables: 1},
  {path: "audit", name: "audit", charts: 0, tables: 0},
  {path: "data", name: "data", charts: 0, tables: 2}
];

const visit = visitSuite();

const count = (r: PageRecord) => r.page.getByTestId("cohort-count").textContent();

describe("every page", () => {
  for (const {path, name, charts, tables} of pages) {
    it(`/${path} loads with status 200, no console error, no request off its origin, and its charts and tables`, async () => {
      const r = await visit(path);
      expect(r.status).toBe(200);
      expect(r.errors).toEqual([]);
      expect(r.offOrigin).toEqual([]);
      if (name !== "audit") expect(await count(r)).toBe("10 of 10 patients");
      expect(await r.page.locator("main svg[role=img], main svg[role=group], main figure svg").count(), `${name} charts`).toBeGreaterThanOrEqual(charts);
      expect(await r.page.locator("main table").count(), `${name} tables`).toBeGreaterThanOrEqual(tables);
      expect(await r.page.locator("main").textContent()).not.toMatch(/undefined|NaN|\[object Object\]/);
    });
  }
});

describe("the URL carries the view", () => {
  it("a filtered URL restores the view and the patient count", async () => {
    const r = await visit("explore?primarySite=Stomach&primarySite=Pancreas&sex=F");
    expect(await count(r)).toBe("2 of 10 patients");
    expect(await r.page.locator("#filter-primarySite-Stomach").isChecked()).toBe(true);
    expect(await r.page.locator("#filter-primarySite-Retroperitoneum").isChecked()).toBe(false);
    expect(await r.page.locator('tr[data-field="sex"][data-level="F"] td').first().textContent()).toBe("2 (100%)");
  });

  it("changing a filter updates the URL without a reload, and back and forward walk through the changes", async () => {
    const r = await visit("explore");
    await r.page.evaluate(() => ((window as unknown as {marker: number}).marker = 42));
    await r.page.locator(".filter-panel summary").click();
    await r.page.locator("#filter-sex-M").check();
    await expect.poll(() => r.page.url()).toContain("sex=M");
    expect(await count(r)).toBe("3 of 10 patients");
    await r.page.locator("#filter-vitalStatus-Dead").check();
    await expect.poll(() => count(r)).toBe("1 of 10 patients");
    expect(new URL(r.page.url()).search).toBe("?sex=M&vitalStatus=Dead");
    expect(await r.page.evaluate(() => (window as unknown as {marker: number}).marker)).toBe(42);
    await r.page.goBack();
    await expect.poll(() => count(r)).toBe("3 of 10 patients");
    expect(await r.page.locator("#filter-vitalStatus-Dead").isChecked()).toBe(false);
    await r.page.goForward();
    await expect.poll(() => count(r)).toBe("1 of 10 patients");
    expect(await r.page.evaluate(() => (window as unknown as {marker: number}).marker)).toBe(42);
  });

  it("clicking a bar filters by its category", async () => {
    const r = await visit("explore");
    // The whole-series chart from the HTML: its bars name the filter they toggle.
    await r.page.locator('[data-slot=bar-primarySite] .only-wide rect[data-toggle="Retroperitoneum"]').click();
    await expect.poll(() => count(r)).toBe("5 of 10 patients");
    expect(r.page.url()).toContain("primarySite=Retroperitoneum");
  });

  it("the filters follow the reader to another page", async () => {
    const r = await visit("explore?lesionMultiplicity=Multiple");
    expect(await count(r)).toBe("4 of 10 patients");
    await r.page.locator("#observablehq-sidebar a", {hasText: "Survival"}).click();
    await r.page.waitForURL(/survival/);
    await settled(r.page);
    expect(new URL(r.page.url()).search).toBe("?lesionMultiplicity=Multiple");
    expect(await count(r)).toBe("4 of 10 patients");
  });

  it("hostile and unknown query values are inert, reported as ignored, and the page still works", async () => {
    const hostile = new URLSearchParams([
      ["primarySite", "<script>window.pwned=1</script>"],
      ["sex", '"><img src=x onerror="window.pwned=2">'],
      ["colour", "red"],
      ["age", "1e9-x"],
      ["vitalStatus", "A".repeat(5000)],
      ["sex", "M"]
    ]);
    const r = await visit(`explore?${hostile}`);
    let dialogs = 0;
    r.page.on("dialog", (d) => (++dialogs, d.dismiss()));
    expect(await r.page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined();
    expect(await r.page.locator("main img[src=x]").count()).toBe(0);
    expect(await r.page.locator("main script").filter({hasText: "pwned"}).count()).toBe(0);
    expect(await count(r)).toBe("3 of 10 patients");
    const note = await r.page.locator(".filters-ignored").textContent();
    expect(note).toContain("Ignored 5 URL parameters");
    expect(note).toContain("<script>");
    expect(r.errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
});

describe("the audit page", () => {
  it("summarises the verdicts, filters by verdict from the URL, and links claims to patients", async () => {
    const r = await visit("audit?verdict=inconsistent");
    expect(r.errors).toEqual([]);
    // Every statement is in the page's HTML; the filter hides the others, so count the ones a reader sees.
    const claims = r.page.locator("article.claim:visible");
    expect(await claims.count()).toBe(13);
    expect(await r.page.locator("article.claim.consistent:visible").count()).toBe(0);
    const age = r.page.locator("#claim-results-age-range");
    expect(await age.locator(".badge").textContent()).toBe("Inconsistent");
    expect(await age.locator("dd").nth(0).textContent()).toBe("38–60");
    expect(await age.locator("dd").nth(1).textContent()).toBe("38–69");
    await age.locator('a[href*="patients#patient-8"]').click();
    await r.page.waitForURL(/patients/);
    await settled(r.page);
    await expect.poll(() => r.page.locator("#patient-8").getAttribute("open")).not.toBeNull();
  });
});

describe("downloads", () => {
  it("the Data page downloads the filtered cohort as valid CSV and JSON", async () => {
    const r = await visit("data?sex=M");
    const save = async (label: string) => {
      const [download] = await Promise.all([r.page.waitForEvent("download"), r.page.getByRole("button", {name: label}).click()]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return {name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8")};
    };
    const json = await save("Download JSON");
    expect(json.name).toBe("lms-liver-cohort-filtered.json");
    expect(JSON.parse(json.text).map((p: {id: number}) => p.id)).toEqual([2, 9, 10]);
    const csv = await save("Download CSV");
    const lines = csv.text.trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]!.split(",").slice(0, 3)).toEqual(["id", "age", "sex"]);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["2", "9", "10"]);
  });
});

describe("screenshots", () => {
  it("saves every page at 375 and 1440 px, light and dark, to test-results/screenshots", async () => {
    mkdirSync("test-results/screenshots", {recursive: true});
    for (const {path, name} of pages) {
      for (const width of [375, 1440]) {
        for (const colorScheme of ["light", "dark"] as const) {
          const r = await visit(path, {width, height: 900, colorScheme});
          await r.page.screenshot({path: `test-results/screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true});
          expect(r.errors, `${name} ${width} ${colorScheme}`).toEqual([]);
          await r.page.context().close();
        }
      }
    }
  }, 240_000);
});
