import {describe, expect, it} from "vitest";
import {browserSuite, settled, heavyRequests} from "./harness.js";

// The Explore page drawn at build time (issue 8): it reads with scripts off, and the live layer takes over in place.
const {open} = browserSuite();

// The live draw waits for the views module (Plot, Arquero): allow for a loaded machine.
const live = {timeout: 15_000, interval: 100};

type Page = Awaited<ReturnType<typeof open>>["page"];
/** The bars of one field's chart in the drawing shown at this width: label and count. */
const barCounts = (page: Page, field: string) =>
  page.locator(`[data-slot="bar-${field}"] svg:visible g[data-mark="text"] text`).allTextContents();

describe("the Explore page arrives rendered", () => {
  it("with scripts off it shows the whole series: the characteristics table, its caution, every chart as SVG", async () => {
    const {page, requests} = await open("explore", {javaScriptEnabled: false});
    const text = await page.locator("main").innerText();
    expect(text).toContain("The filters, the split and the clickable bars need JavaScript");
    expect(text).toContain("With 10 patients in view, percentages move in steps of 10 points");
    const table = page.locator("[data-slot=table] table.cohort-table");
    expect(await table.locator("thead").innerText()).toMatch(/All in view\s+n = 10/);
    expect(await table.locator('tr[data-field="age"]').innerText()).toBe("Age at liver metastasis, years1\t46.5 (38–69); 48.2");
    expect(await table.locator('tr[data-field="sex"][data-level="F"]').innerText()).toBe("Female\t7 (70%)");
    // One bar chart per filterable field and one strip per number, each drawn for a desktop and a phone.
    expect(await page.locator("[data-slot^=bar-] .only-wide svg").count()).toBe(9);
    expect(await page.locator('[data-slot^=strip-] .only-wide svg[aria-label$="one dot per patient"]').count()).toBe(6);
    expect(await page.locator("[data-slot^=bar-] .only-narrow svg").count()).toBe(9);
    expect(await barCounts(page, "primarySite")).toEqual(["1", "5", "3", "1"]);
    expect(await barCounts(page, "sex")).toEqual(["7", "3"]);
    // Without scripts a bar is no button: it would do nothing.
    expect(await page.locator("[data-slot=bar-sex] rect[role=button]").count()).toBe(0);
    expect(await page.locator("form.explore-controls select[name=by] option").count()).toBeGreaterThan(5);
    // Not even fetched ahead: the heavy modules wait for a filter.
    expect(heavyRequests(requests, "explore")).toEqual([]);
  });

  for (const width of [375, 320]) {
    it(`at ${width} px the phone drawings are the ones shown, they fit, and the page does not scroll sideways`, async () => {
      const {page} = await open("explore", {javaScriptEnabled: false, width});
      expect(await page.locator("[data-slot=bar-sex] .only-narrow svg").isVisible()).toBe(true);
      expect(await page.locator("[data-slot=bar-sex] .only-wide").isVisible()).toBe(false);
      for (const svg of await page.locator("main svg:visible").all()) expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }

  it("loads neither Plot nor Arquero until the reader filters; a click on a whole-series bar filters and redraws in place", async () => {
    const {page, requests, errors} = await open("explore");
    await settled(page);
    const heavy = () => heavyRequests(requests, "explore");
    expect(heavy()).toEqual([]);
    const male = page.locator('[data-slot=bar-sex] .only-wide rect[data-toggle="M"]');
    expect(await male.getAttribute("role")).toBe("button");
    await male.click();
    await expect.poll(() => page.getByTestId("cohort-count").textContent()).toBe("3 of 10 patients");
    expect(new URL(page.url()).search).toBe("?sex=M");
    await expect.poll(() => page.locator("[data-slot=caution]").innerText(), live).toBe("With 3 patients in view, percentages move in steps of about 33 points: a single patient more or less changes them visibly.");
    expect(heavy().length).toBeGreaterThan(0);
    // Crossfilter: the sex chart keeps both bars (its own filter is not applied to it), the others count the 3 men.
    expect(await barCounts(page, "sex")).toEqual(["7", "3"]);
    expect(await page.locator('[data-slot=bar-sex] rect[data-label="M"]').getAttribute("aria-pressed")).toBe("true");
    expect((await barCounts(page, "vitalStatus")).map(Number).reduce((a, b) => a + b)).toBe(3);
    expect(await page.locator("[data-slot=table] thead").innerText()).toMatch(/n = 3/);
    // A second click, on the live bar, clears the filter and puts the whole-series drawing back, still clickable.
    await page.locator('[data-slot=bar-sex] rect[data-label="M"]').click();
    await expect.poll(() => page.getByTestId("cohort-count").textContent()).toBe("10 of 10 patients");
    await expect.poll(() => page.locator('[data-slot=bar-sex] .only-wide rect[data-toggle="M"]').count(), live).toBe(1);
    await page.locator('[data-slot=bar-primarySite] .only-wide rect[data-toggle="Stomach"]').press("Enter");
    await expect.poll(() => page.getByTestId("cohort-count").textContent()).toBe("1 of 10 patients");
    expect(new URL(page.url()).search).toBe("?primarySite=Stomach");
    expect(errors).toEqual([]);
  });

  it("a pointer over the live filter panel fetches the views ahead, before any filter is ticked", async () => {
    const {page, requests, errors} = await open("explore");
    await settled(page);
    expect(heavyRequests(requests, "explore")).toEqual([]);
    await page.locator(".filter-panel summary").hover();
    await expect.poll(() => heavyRequests(requests, "explore").length, live).toBeGreaterThan(0);
    expect(await page.getByTestId("cohort-count").textContent()).toBe("10 of 10 patients");
    expect(new URL(page.url()).search).toBe("");
    expect(errors).toEqual([]);
  });

  it("a bar clicked before the cohort has loaded is not lost: it applies once the live layer arrives", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const {page} = await open("explore", {
      init: (p) =>
        p.route(/\/_file\/data\/patients\.[^/]*arrow$/, async (route) => {
          await held;
          await route.continue();
        })
    });
    const pancreas = page.locator('[data-slot=bar-primarySite] .only-wide rect[data-toggle="Pancreas"]');
    await expect.poll(() => pancreas.getAttribute("role")).toBe("button");
    await pancreas.click();
    // Until the cohort is there, the page says it still shows the whole series.
    await expect.poll(() => page.locator(".live-status").textContent()).toMatch(/Applying your choice|whole series/);
    release();
    await expect.poll(() => page.getByTestId("cohort-count").textContent(), live).toBe("1 of 10 patients");
    expect(new URL(page.url()).search).toBe("?primarySite=Pancreas");
    await expect.poll(() => page.locator("[data-slot=table] thead").innerText(), live).toMatch(/n = 1/);
  });

  it("?by=sex (a link shared before the page was pre-rendered) opens the split table, and the split is one choice away", async () => {
    const {page} = await open("explore?by=sex");
    await settled(page);
    expect(await page.locator("form.explore-controls select").inputValue()).toBe("sex");
    expect(await page.locator("[data-slot=table] thead").innerText()).toMatch(/Sex[\s\S]*Female\s+n = 7[\s\S]*Male\s+n = 3/);
    expect(await page.locator("[data-slot=caution]").innerText()).toBe("The smallest column (3 patients) moves in steps of about 33 points, and differences between the columns by sex are descriptive, not evidence of an effect.");
    await page.locator("form.explore-controls select").selectOption("none");
    await expect.poll(() => page.locator("[data-slot=table] thead").innerText(), live).toMatch(/^[^]*All in view\s+n = 10\s*$/);
    expect(new URL(page.url()).search).toBe("");
    await page.locator("form.explore-controls select").selectOption("vitalStatus");
    await expect.poll(() => new URL(page.url()).search).toBe("?by=vitalStatus");
    await expect.poll(() => page.locator("[data-slot=table] thead").innerText(), live).toMatch(/Alive\s+n = 8[\s\S]*Dead\s+n = 2/);
  });

  it("a live drawing follows the page's width when the window is resized", async () => {
    const {page} = await open("explore?sex=M");
    await settled(page);
    // Drawn live once near the screen.
    await page.locator("[data-slot=bar-sex]").scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator("[data-slot=bar-sex].lms-live:not(.lms-stale)").count()).toBe(1);
    const chartWidth = () => page.locator("[data-slot=bar-sex] svg").first().evaluate((svg) => Number(svg.getAttribute("width")));
    const slotWidth = () => page.locator("[data-slot=bar-sex]").evaluate((slot) => slot.clientWidth);
    expect(await chartWidth()).toBe(await slotWidth());
    const before = await chartWidth();
    await page.setViewportSize({width: 900, height: 900});
    await expect.poll(async () => (await chartWidth()) === (await slotWidth()) && (await chartWidth()) !== before, live).toBe(true);
  });
});
