import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {filterClicks, openMeasured, tabMemory} from "../../scripts/bench-browser.js";
import {launchBrowser, serveStatic, type StaticSite} from "../browser/harness.js";

// The benchmark's measurements on the built report (dist/): they must see what Chrome and the page really did.
let site: StaticSite;
let browser: Browser;
beforeAll(async () => {
  site = await serveStatic("dist", "/report/");
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("bench-browser", () => {
  it("openMeasured('explore') returns once the live layer is ready, timed from navigation", async () => {
    const {page, readyMs} = await openMeasured(browser, site.url + "explore", 30_000);
    try {
      expect(await page.evaluate(() => document.body.dataset.liveLayer)).toBe("ready");
      expect(await page.locator("observablehq-loading").count()).toBe(0);
      const loaded = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
      expect(readyMs).toBeGreaterThanOrEqual(loaded);
    } finally {
      await page.context().close();
    }
  });

  it("filterClicks(page, 4) ticks four boxes of different fields with real clicks, each timed to a change and each an interaction to Chrome", async () => {
    const {page} = await openMeasured(browser, site.url + "survival", 30_000);
    try {
      const figures = await filterClicks(page, 4, 10_000);
      expect(figures.times).toHaveLength(4);
      // Every click changes the patient count at least, so each takes some time to its last change.
      for (const time of figures.times) expect(time).toBeGreaterThan(0);
      expect(figures.fields).toBeGreaterThanOrEqual(2);
      // Survival's panel is folded: opening it is a fifth click, and Chrome counts all five.
      expect(await page.locator(".filter-panel").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(figures.clicks).toBe(5);
      expect(figures.interactions).toBe(5);
      expect(figures.inp === null || figures.inp >= 16).toBe(true);
      // The boxes were really ticked: the filters are in the URL.
      expect([...new URL(page.url()).searchParams.keys()].length).toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });

  it("tabMemory finds the tab's renderer: its resident size above its proportional one, both above the JS heap", async () => {
    const {page} = await openMeasured(browser, site.url + "explore", 30_000);
    try {
      const memory = await tabMemory(browser, page);
      expect(memory.jsHeap).toBeGreaterThan(1 << 20);
      expect(memory.pss).toBeGreaterThan(memory.jsHeap!);
      expect(memory.rss).toBeGreaterThan(memory.pss!);
    } finally {
      await page.context().close();
    }
  });
});
