import {describe, expect, it} from "vitest";
import {browserSuite, settled, heavyRequests} from "./harness.js";

// Pages drawn at build time (issue 8): they read with scripts off, and the live layer takes over in place.
const {open} = browserSuite();

describe("the Overview arrives rendered", () => {
  it("with scripts off it shows the whole series: cards, the survival figure as SVG, the narrative and the tables", async () => {
    const {page} = await open("", {javaScriptEnabled: false});
    const text = await page.locator("main").innerText();
    expect(text).toContain("Age at liver metastasis\n46.5 years");
    expect(text).toContain("58%");
    expect(text).toContain("median (range 38–69); mean 48.2");
    expect(text).toContain("the primary tumour was in the retroperitoneum (5), small bowel (3), pancreas (1), stomach (1)");
    expect(text).toContain("“the median age was 48 years” (the tables give a median of 46.5; 48 matches the mean age, 48.2");
    expect(text).toContain("The filters need JavaScript");
    const km = page.locator('.only-wide .km-chart svg[aria-label^="Kaplan"]');
    expect(await km.count()).toBe(1);
    expect(await km.locator('g[data-mark="line"] path').count()).toBe(1);
    expect(await page.locator(".only-narrow .km-chart").isVisible()).toBe(false);
    expect(await page.locator("main table").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator(".filter-panel input[type=checkbox]").count()).toBeGreaterThan(10);
  });

  it("at 375 px with scripts off the phone drawing of the survival figure is the one shown, and it fits", async () => {
    const {page} = await open("", {javaScriptEnabled: false, width: 375});
    expect(await page.locator(".only-narrow .km-chart").isVisible()).toBe(true);
    expect(await page.locator(".only-wide .km-chart").isVisible()).toBe(false);
    const box = await page.locator(".only-narrow .km-chart svg").first().boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
  });

  it("loads neither Plot nor Arquero until the reader filters, then redraws in place with the subset's figures", async () => {
    const {page, requests} = await open("");
    await settled(page);
    const heavy = () => heavyRequests(requests, "overview");
    expect(heavy()).toEqual([]);
    await page.locator(".filter-panel summary").click();
    await page.locator('.filter-panel input[name="sex"][value="M"]').check();
    await expect.poll(() => page.getByTestId("cohort-count").textContent()).toBe("3 of 10 patients");
    await expect.poll(() => page.locator("[data-slot=survival] .figure-subset").first().textContent()).toBe("3 of 10 patients (Sex: Male)");
    expect(await page.locator("[data-slot=cards] .card .big").first().textContent()).toBe("3");
    expect(heavy().length).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe("?sex=M");
  });

  it("a shared filtered link never labels whole-series figures as filtered, and ends with the subset drawn", async () => {
    const {page} = await open("?primarySite=Retroperitoneum");
    // Every moment until the redraw: the figure's own label says what it shows.
    const labels: string[] = [];
    for (let i = 0; i < 20; i++) {
      const label = await page.locator("[data-slot=survival] .figure-subset").first().textContent().catch(() => null);
      if (label) labels.push(label);
      const status = await page.locator(".live-status").textContent().catch(() => null);
      if (label === "All 10 patients" && status) expect(status).toMatch(/whole series/);
      if (label?.startsWith("5 of 10")) break;
      await page.waitForTimeout(50);
    }
    await settled(page);
    expect(await page.locator("[data-slot=survival] .figure-subset").first().textContent()).toBe("5 of 10 patients (Primary site: Retroperitoneum)");
    for (const label of labels) expect(label === "All 10 patients" || label.startsWith("5 of 10 patients")).toBe(true);
    expect(await page.locator(".live-status").isHidden()).toBe(true);
  });

  it("clearing the filters brings back the whole-series rendering", async () => {
    const {page} = await open("?sex=F");
    await settled(page);
    await expect.poll(() => page.locator("[data-slot=survival] .figure-subset").first().textContent()).toBe("7 of 10 patients (Sex: Female)");
    await page.getByRole("button", {name: "Remove filter Sex: Female"}).click();
    await expect.poll(() => page.locator("[data-slot=survival] .figure-subset").first().textContent()).toBe("All 10 patients");
    expect(await page.getByTestId("cohort-count").textContent()).toBe("10 of 10 patients");
  });
});

describe("the Treatment page arrives rendered", () => {
  it("with scripts off it shows the whole series' sentence, the matrix and the drug chart as SVG, and the later treatments", async () => {
    const {page} = await open("treatment", {javaScriptEnabled: false});
    const text = await page.locator("main").innerText();
    expect(text).toContain("Of the 10 patients in view, 4 (40%) had adjuvant chemotherapy and 2 (20%) had radiotherapy, patients 1 and 9 both.");
    expect(await page.locator('.only-wide svg[aria-label^="Matrix of adjuvant treatment"]').count()).toBe(1);
    expect(await page.locator(".only-wide .figure-frame").count()).toBe(2);
    expect(await page.locator("[data-slot=later] table tbody tr").count()).toBe(8);
  });

  it("filters redraw the views in place, fetching the views module only then", async () => {
    const {page, requests} = await open("treatment");
    await settled(page);
    expect(requests.filter((p) => /views\/treatment|plot/i.test(p))).toEqual([]);
    await page.locator(".filter-panel summary").click();
    await page.locator('.filter-panel input[name="sex"][value="M"]').check();
    await expect.poll(() => page.locator("[data-slot=summary]").innerText()).toMatch(/^Of the 3 patients in view/);
    expect(await page.locator('[data-slot=matrix] svg[aria-label^="Matrix"] g[aria-label="y-axis tick label"], [data-slot=matrix] svg[aria-label^="Matrix"] g[data-mark="y-axis tick label"] text').allTextContents()).toEqual(["Patient 2", "Patient 9", "Patient 10"]);
    // Far down the page, the slot is drawn when it comes near the screen.
    await page.locator("[data-slot=later]").scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator("[data-slot=later]").innerText()).toBe("No later treatment is reported for the patients in view.");
  });
});

describe("the Survival page arrives rendered", () => {
  it("with scripts off it shows the whole series' curve as SVG with its number at risk, the summary, the swimmer plot and the controls", async () => {
    const {page} = await open("survival", {javaScriptEnabled: false});
    const text = await page.locator("main").innerText();
    expect(text).toContain("An estimated 58% (95% CI 8% to 89%) were alive 24 months after the resection");
    const km = page.locator('.only-wide svg[aria-label^="Kaplan"]');
    expect(await km.count()).toBe(1);
    expect(await page.locator('.only-wide svg[aria-label^="Number at risk"] g[data-mark="text"]').first().locator("text").allTextContents()).toEqual(["10", "8", "3", "2"]);
    expect(await page.locator('.only-wide svg[aria-label^="Swimmer plot"]').count()).toBe(1);
    expect(await page.locator("form.survival-controls select option").allTextContents()).toContain("Primary site");
  });

  it("a shared link with a split opens split, drawn live; changing the axis redraws in place and keeps the URL", async () => {
    const {page} = await open("survival?by=sex");
    await settled(page);
    await expect.poll(() => page.locator("[data-slot=curve] .figure-legend li").allTextContents()).toEqual(["Female (n = 7, 1 death)", "Male (n = 3, 1 death)"]);
    await page.getByLabel("Whole follow-up").check();
    await expect.poll(() => page.locator("[data-slot=curve] figcaption").first().textContent()).not.toContain("Axis cut");
    expect(new URL(page.url()).searchParams.get("range")).toBe("full");
    expect(new URL(page.url()).searchParams.get("by")).toBe("sex");
  });
});

describe("phones", () => {
  for (const width of [375, 320]) {
    it(`at ${width} px no page is wider than the screen`, async () => {
      for (const path of ["", "explore", "patients", "survival", "liver", "treatment", "audit", "data"]) {
        const {page} = await open(path, {width});
        await settled(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `/${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    });
  }
});
