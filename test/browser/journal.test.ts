import {describe, expect, it} from "vitest";
import {type PageRecord, settled, visitSuite} from "./harness.js";

// What a surgeon and an editor would notice (issue 13), checked on the built site in Chromium.
const visit = visitSuite();

const xTicks = (r: PageRecord) =>
  r.page.locator('.km-chart:visible svg[aria-label^="Kaplan"] g[data-mark="x-axis tick label"] text').allTextContents();

describe("survival splits and tests", () => {
  it("the Survival page offers no split by vital status (the outcome) and names a shared link that asked for one", async () => {
    const r = await visit("survival?by=vitalStatus");
    const options = await r.page.locator("form select option").allTextContents();
    expect(options).toContain("Primary site");
    expect(options).not.toContain("Vital status");
    expect(await r.page.locator("main").innerText()).toContain("Curves by “vitalStatus” are not offered");
    expect(await r.page.locator("main").innerText()).not.toMatch(/χ²|p = 0\.0/);
  });

  it("a split into groups too small to test prints no p-value, on the plot or in the text, and says why", async () => {
    const r = await visit("survival?by=sex");
    const text = await r.page.locator("main").innerText();
    expect(text).not.toMatch(/p = \d/);
    expect(text).toContain("No test is shown for these 2 groups: a group has fewer than 5 patients (the smallest has 3), and there are 2 deaths in all, fewer than 5.");
    expect(await r.page.locator('.km-chart:visible svg g[data-mark="text"]').first().textContent()).toBe("No test: groups too small (see below)");
    expect(await r.page.locator(".km-chart:visible .figure-legend li").allTextContents()).toEqual(["Female (n = 7, 1 death)", "Male (n = 3, 1 death)"]);
    expect(await r.page.locator(".km-chart:visible figcaption").textContent()).not.toContain("shaded");
  });
});

describe("the Kaplan–Meier figure", () => {
  it("breaks every 12 months and stops where 2 of 10 remain at risk, saying what lies beyond; the whole range is one choice away", async () => {
    const r = await visit("survival");
    expect(await xTicks(r)).toEqual(["0", "12", "24", "36"]);
    expect(await r.page.locator('.km-chart:visible svg[aria-label^="Number at risk"] g[data-mark="text"]').first().locator("text").allTextContents()).toEqual(["10", "8", "3", "2"]);
    expect(await r.page.locator('.km-chart:visible svg[aria-label^="Number at risk"] g[data-mark="y-axis tick label"]').textContent()).toBe("All patients");
    expect(await r.page.locator(".km-chart:visible figcaption").textContent()).toContain("Axis cut at 36 months, where 2 of 10 patients remain at risk");
    await r.page.getByLabel("Whole follow-up").check();
    await settled(r.page);
    expect(r.page.url()).toMatch(/range=full/);
    const full = await xTicks(r);
    expect(full[0]).toBe("0");
    expect(full.every((t) => Number(t) % 12 === 0)).toBe(true);
    expect(Number(full.at(-1))).toBeGreaterThanOrEqual(156);
    expect(await r.page.locator(".km-chart:visible figcaption").textContent()).not.toContain("Axis cut");
  });

  it("a single curve is drawn in the text colour, not a primary site's colour", async () => {
    const r = await visit("");
    const stroke = await r.page.locator('.km-chart g[data-mark="line"] path').first().getAttribute("stroke");
    expect(stroke).toBe("currentColor");
  });
});

describe("subsets are named where they are shown", () => {
  it("a filtered URL shows the active filters as chips, and every figure names its subset", async () => {
    const r = await visit("survival?primarySite=Retroperitoneum&sex=F");
    expect(await r.page.locator(".filter-chip").allTextContents()).toEqual(["Primary site: Retroperitoneum×", "Sex: Female×"]);
    const subsets = await r.page.locator(".figure-subset").allTextContents();
    expect(subsets.length).toBeGreaterThanOrEqual(2);
    for (const s of subsets) expect(s).toBe("4 of 10 patients (Primary site: Retroperitoneum; Sex: Female)");
    expect(await r.page.locator('.km-chart:visible svg[aria-label^="Number at risk"] g[data-mark="y-axis tick label"]').textContent()).toBe("Patients in view");
    // A chip removes its filter.
    await r.page.getByRole("button", {name: "Remove filter Sex: Female"}).click();
    await settled(r.page);
    expect(new URL(r.page.url()).search).toBe("?primarySite=Retroperitoneum");
    expect(await r.page.locator(".figure-subset").first().textContent()).toBe("5 of 10 patients (Primary site: Retroperitoneum)");
  });

  it("the Liver and Treatment figures carry the subset too", async () => {
    for (const path of ["liver?sex=M", "treatment?sex=M"]) {
      const r = await visit(path);
      const subsets = await r.page.locator(".figure-subset").allTextContents();
      expect(subsets.length, path).toBeGreaterThanOrEqual(2);
      expect(new Set(subsets), path).toEqual(new Set(["3 of 10 patients (Sex: Male)"]));
    }
  });
});

describe("the Overview's verdict on the article", () => {
  it("says the median age in the tables is 46.5 and that 48 matches the mean, 48.2", async () => {
    const r = await visit("");
    const text = await r.page.locator("main").innerText();
    expect(text).toContain("“the median age was 48 years” (the tables give a median of 46.5; 48 matches the mean age, 48.2");
    expect(text).not.toContain("46.5, which is the mean");
    expect(text).not.toMatch(/partial \(non-anatomical\)|the rest anatomical/);
  });
});

// Every page with no patient and with one patient in view: nothing may show a figure that means nothing.
const cohortPages = ["", "explore", "patients", "survival", "liver", "treatment", "data"];
const states = [
  {query: "primarySite=Stomach&sex=M", n: 0},
  {query: "primarySite=Stomach", n: 1},
  {query: "primarySite=Pancreas", n: 1},
  {query: "sex=M&adjuvantChemotherapy=Yes", n: 1},
  // Four patients, none dead and none followed two years.
  {query: "primarySite=Retroperitoneum&sex=F", n: 4}
];
const meaningless = /NaN|undefined|Infinity|–––|100%–100%|100% to 100%|\b0 patients still followed|\(\s*\)/;
// The Data page's dictionary names the JSON value null on purpose; elsewhere "null" is a leak.
const leakedNull = /\bnull\b/;

describe("every state of every page", () => {
  for (const {query, n} of states) {
    for (const path of cohortPages) {
      it(`/${path}?${query} (${n} in view) shows no meaningless figure and no empty chart`, async () => {
        const r = await visit(`${path}?${query}`);
        expect(await r.page.getByTestId("cohort-count").textContent()).toBe(`${n} of 10 patients`);
        const text = await r.page.locator("main").innerText();
        const bad = text.split("\n").filter((line) => meaningless.test(line) || (path !== "data" && leakedNull.test(line)));
        expect(bad).toEqual([]);
        // A chart is empty when it draws nothing but axes and grid: no data mark at all.
        const empty = await r.page.locator("main svg[aria-label]").evaluateAll((svgs) =>
          svgs
            .filter((svg) => svg.getAttribute("aria-label")!.length > 0 && svg.querySelector("[data-mark]"))
            .filter((svg) => ![...svg.querySelectorAll("[data-mark]")].some((g) => !/axis|grid|rule|frame|tip/.test(g.getAttribute("data-mark")!) && g.childElementCount > 0))
            .map((svg) => svg.getAttribute("aria-label"))
        );
        expect(empty).toEqual([]);
        expect(r.errors).toEqual([]);
      });
    }
  }
  it("at 375 px no page scrolls sideways, filtered or not", async () => {
    for (const path of [...cohortPages, "audit"]) {
      const r = await visit(`${path}?primarySite=Retroperitoneum&sex=F`, {width: 375, height: 800});
      const overflow = await r.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `/${path}`).toBeLessThanOrEqual(0);
      await r.page.context().close();
    }
  });
});
