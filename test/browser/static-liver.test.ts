import {describe, expect, it} from "vitest";
import {browserSuite, scrollThrough, settled, heavyRequests} from "./harness.js";

// The Liver page drawn at build time (issue 8): it reads with scripts off, and the live layer takes over in place.
const {open} = browserSuite();

// The live draw waits for the views module (Plot, Arquero): allow for a loaded machine.
const live = {timeout: 15_000, interval: 100};

const segmentCounts = (page: Awaited<ReturnType<typeof open>>["page"], scope: string) =>
  page.locator(`${scope} svg.liver-schematic path[data-segment]`).evaluateAll((paths) => Object.fromEntries(paths.map((p) => [p.getAttribute("data-segment"), Number(p.getAttribute("data-count"))])));

describe("the Liver page arrives rendered", () => {
  it("with scripts off it shows the whole series: the schematic as SVG, the sentences, the strips, the procedure bars and table", async () => {
    const {page} = await open("liver", {javaScriptEnabled: false});
    const text = await page.locator("main").innerText();
    expect(text).toContain("Among the 10 patients in view, lesions were most often in segment 6 (5 patients: 1, 3, 8, 9 and 10), then segment 3 (4 patients).");
    expect(text).toContain("The table does not add up for patient 7: Table 2 gives 1 lesion but segments 7 and 8");
    expect(text).toContain("The largest lesion measured a median of 2.55 (0.9–3) cm (mean 2.39 cm); 6 (60%) patients had a single lesion");
    expect(text).toContain("6 patients in view had a PET-CT scan; the mean SUV of the liver lesion ranged from 1.7 to 1.8");
    expect(text).toContain("The filters need JavaScript");
    expect(text).toContain(
      "In Brisbane 2000 terms, a left lateral sectionectomy removes segments 2 and 3 (minor), and a right hepatectomy is a right hemihepatectomy, removing segments 5 to 8 (major)."
    );
    expect(await page.locator('[data-slot=howRemoved] a[href="./data#assumptions"]').count()).toBe(1);
    expect(await segmentCounts(page, "[data-slot=schematic] .only-wide")).toEqual({1: 1, 2: 1, 3: 4, 4: 2, 5: 0, 6: 5, 7: 3, 8: 2});
    // Not clickable without scripts: an image, not a group of buttons that would do nothing.
    expect(await page.locator(".only-wide svg.liver-schematic").getAttribute("role")).toBe("img");
    expect(await page.locator("[data-slot=schematic] .only-narrow").isVisible()).toBe(false);
    expect(await page.locator('[data-slot=strips] .only-wide svg[aria-label="Largest liver lesion: one dot per patient"]').count()).toBe(1);
    expect(await page.locator('[data-slot=procedures] .only-wide svg[aria-label^="Liver procedure, by extent"] g[data-mark="bar"] rect').count()).toBe(3);
    expect(await page.locator("[data-slot=table] table tbody tr").allInnerTexts()).toEqual([
      "Partial hepatectomy\t8\tpatient 7 (intraoperative RFA)\tpatient 3",
      "Left lateral sectionectomy\t1\tnone\tnone",
      "Right hepatectomy\t1\tnone\tnone"
    ]);
    expect(await page.locator(".figure-subset:visible").allTextContents()).toEqual(["All 10 patients", "All 10 patients", "All 10 patients"]);
  });

  it("at 375 px with scripts off the phone drawings are the ones shown, and they fit", async () => {
    const {page} = await open("liver", {javaScriptEnabled: false, width: 375});
    expect(await page.locator("[data-slot=schematic] .only-narrow svg.liver-schematic").isVisible()).toBe(true);
    expect(await page.locator("[data-slot=schematic] .only-wide").isVisible()).toBe(false);
    for (const svg of await page.locator("main svg:visible").all()) expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it("loads neither Plot nor the views until the reader filters, then redraws in place for the 3 men", async () => {
    const {page, requests} = await open("liver");
    await settled(page);
    const heavy = () => heavyRequests(requests, "liver");
    expect(heavy()).toEqual([]);
    await page.locator(".filter-panel summary").click();
    await page.locator('.filter-panel input[name="sex"][value="M"]').check();
    await expect.poll(() => page.locator("[data-slot=where]").innerText(), live).toMatch(/^Among the 3 patients in view/);
    expect(heavy().length).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe("?sex=M");
    expect(await segmentCounts(page, "[data-slot=schematic]")).toEqual({1: 0, 2: 0, 3: 1, 4: 1, 5: 0, 6: 2, 7: 1, 8: 0});
    // The views below the screen are drawn as the reader scrolls to them (hidden until then, never stale).
    await scrollThrough(page);
    expect(new Set(await page.locator(".figure-subset").allTextContents())).toEqual(new Set(["3 of 10 patients (Sex: Male)"]));
    expect(await page.locator("[data-slot=mismatch]").innerText()).toBe("");
    expect(await page.locator("[data-slot=table] tbody tr").first().innerText()).toBe("Partial hepatectomy\t3\tnone\tnone");
    expect(await page.locator("[data-slot=howRemoved]").innerText()).toMatch(/^Every procedure in view is a minor resection \(fewer than three Couinaud segments\)\. “Partial hepatectomy” is Table 2's term/);
  });

  it("a link shared before the vocabulary changed, ?liverProcedure=Partial%20hepatectomy, still opens the 8 partial hepatectomies", async () => {
    const {page} = await open("liver?liverProcedure=Partial%20hepatectomy");
    await expect.poll(() => page.getByTestId("cohort-count").textContent(), live).toBe("8 of 10 patients");
    await page.locator("[data-slot=table]").scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator("[data-slot=table] tbody tr").allInnerTexts(), live).toEqual([
      "Partial hepatectomy\t8\tpatient 7 (intraoperative RFA)\tpatient 3",
      "Left lateral sectionectomy\t0\tnone\tnone",
      "Right hepatectomy\t0\tnone\tnone"
    ]);
  });

  it("?sex=M redraws in place to the 3 men, never labelling the whole series as filtered", async () => {
    const {page} = await open("liver?sex=M");
    for (let i = 0; i < 20; i++) {
      const label = await page.locator("[data-slot=schematic] .figure-subset").first().textContent().catch(() => null);
      if (label) expect(label === "All 10 patients" || label === "3 of 10 patients (Sex: Male)").toBe(true);
      // Before the live layer has run there is no status line and no filter shown either; once it has, it says so.
      const status = await page.locator(".live-status").textContent().catch(() => null);
      if (label === "All 10 patients" && status) expect(status).toMatch(/whole series/);
      if (label?.startsWith("3 of 10")) break;
      await page.waitForTimeout(50);
    }
    await expect.poll(() => page.locator("[data-slot=size]").innerText(), live).toBe(
      "The largest lesion measured a median of 3 cm (mean 3 cm); 1 (33%) patient had a single lesion, and the number of lesions ranged from 1 to 2."
    );
    expect(await page.locator("[data-slot=schematic] svg.liver-schematic").count()).toBe(1);
    expect(await page.locator(".live-status").isHidden()).toBe(true);
  });

  it("a click on a segment filters, highlights it, and a second click clears it back to the whole-series drawing", async () => {
    const {page} = await open("liver");
    await settled(page);
    // The whole-series schematic from the HTML becomes a group of buttons once the filters can act.
    await expect.poll(() => page.locator("[data-slot=schematic] .only-wide svg.liver-schematic").getAttribute("role"), live).toBe("group");
    await page.locator('[data-slot=schematic] .only-wide path[data-segment="7"]').click();
    await expect.poll(() => page.getByTestId("cohort-count").textContent()).toBe("3 of 10 patients");
    expect(new URL(page.url()).search).toBe("?segments=7");
    await expect.poll(() => page.locator("[data-slot=schematic] .figure-subset").allTextContents(), live).toEqual(["3 of 10 patients (Liver segment with a lesion: Segment 7)"]);
    expect(await page.locator('[data-slot=schematic] path[data-segment="7"]').getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("[data-slot=schematic] [data-selected]").evaluateAll((e) => e.map((x) => x.getAttribute("data-selected")))).toEqual(["7"]);
    await page.locator('[data-slot=schematic] path[data-segment="7"]').press("Enter");
    await expect.poll(() => page.getByTestId("cohort-count").textContent()).toBe("10 of 10 patients");
    await expect.poll(() => page.locator("[data-slot=schematic] .figure-subset").first().textContent(), live).toBe("All 10 patients");
    // Back to the drawing from the HTML, still clickable: a procedure bar filters too.
    await page.locator('[data-slot=procedures] .only-wide [data-toggle="Right hepatectomy"]').click();
    await expect.poll(() => page.getByTestId("cohort-count").textContent()).toBe("1 of 10 patients");
    expect(new URL(page.url()).search).toBe("?liverProcedure=Right+hepatectomy");
  });
});
