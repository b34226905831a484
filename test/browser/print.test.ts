import {describe, expect, it} from "vitest";
import {browserSuite, settled} from "./harness.js";

// Every page as it prints (print media emulated, after the live layer has settled): a document, not a screen.
const {open} = browserSuite();
const pages = ["", "explore", "patients", "survival", "liver", "treatment", "audit", "data"];

describe("a page as it prints", () => {
  for (const path of pages) {
    it(`/${path} prints without sidebar, contents, pager, controls, buttons or download links; the filters as one line; the source line kept`, async () => {
      const {page, errors} = await open(path);
      await settled(page);
      await page.emulateMedia({media: "print", colorScheme: "dark"});
      // Laid out and not hidden (a fixed element, such as the sidebar, has no offsetParent even when shown).
      const shown = (selector: string) =>
        page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || (getComputedStyle(e).position === "fixed" && getComputedStyle(e).display !== "none")).length);
      for (const hidden of ["#observablehq-sidebar", "#observablehq-toc", "#observablehq-footer nav", "main button:not(.sort)", "main form", "main select", "main input", "main a.download-link"]) {
        expect(await shown(hidden), hidden).toBe(0);
      }
      expect(await page.locator("#observablehq-footer").innerText()).toMatch(/^Data: /);
      // Every table prints its column names (a sortable table's are buttons on screen).
      const headers = await page.locator("main table thead").evaluateAll((heads) =>
        heads.filter((h) => h.checkVisibility()).map((h) => (h as HTMLElement).innerText.trim())
      );
      for (const header of headers) expect(header).not.toBe("");
      // Printed light, whatever the reader's scheme.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(255, 255, 255)");
      expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(27, 30, 35)");
      const panel = page.locator(".filter-panel");
      if (await panel.count()) {
        // Only the summary line prints, even with the panel opened.
        await panel.evaluate((d) => ((d as HTMLDetailsElement).open = true));
        expect(await panel.innerText()).toMatch(/^Filters\b.*\d+ of \d+ patients$/);
        expect((await panel.boundingBox())!.height).toBeLessThan(40);
      }
      expect(errors).toEqual([]);
    });
  }

  it("a filtered view prints its filters as one line of text, not as buttons", async () => {
    const {page} = await open("survival?primarySite=Retroperitoneum&sex=F");
    await settled(page);
    await page.emulateMedia({media: "print"});
    const bar = page.locator(".filter-bar");
    // The text with the separators CSS draws between the chips (generated content, which innerText leaves out).
    const printed = await bar.evaluate((el) =>
      [...el.querySelectorAll(".filter-chips > *")]
        .map((e) => [getComputedStyle(e, "::before").content, e.firstChild!.textContent, getComputedStyle(e, "::after").content].map((t) => (t === "none" ? "" : t!.replace(/^"(.*)"$/, "$1"))).join(""))
        .join("")
    );
    expect(printed).toBe("Showing 4 of 10: Primary site: Retroperitoneum; Sex: Female");
    expect((await bar.boundingBox())!.height).toBeLessThan(40);
    expect(await page.locator(".filter-panel").isVisible()).toBe(false);
  });

  it("the Audit page lays out every card for print (content-visibility is lifted)", async () => {
    const {page} = await open("audit");
    await page.emulateMedia({media: "print"});
    const lazy = await page.locator(".claims > .claim, .claim-table-wrap").evaluateAll((els) => els.filter((e) => getComputedStyle(e).contentVisibility !== "visible").length);
    expect(lazy).toBe(0);
    expect(await page.locator(".claims > .claim").count()).toBeGreaterThan(0);
  });

  for (const path of ["audit", "patients", "data"]) {
    it(`/${path}: no table prints cut off by its scroller (every row of a scrolling table is on paper)`, async () => {
      const {page} = await open(path);
      await settled(page);
      await page.emulateMedia({media: "print"});
      const scrollers = await page.locator("main .table-scroll, main .claim-table-wrap").evaluateAll((els) =>
        els.map((e) => ({cut: e.scrollHeight - e.clientHeight, overflow: getComputedStyle(e).overflowY, maxHeight: getComputedStyle(e).maxHeight}))
      );
      expect(scrollers.length).toBeGreaterThan(0);
      for (const s of scrollers) expect(s).toEqual({cut: expect.any(Number), overflow: "visible", maxHeight: "none"});
      for (const s of scrollers) expect(s.cut).toBeLessThanOrEqual(1);
    });
  }
});
