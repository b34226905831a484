import {describe, expect, it} from "vitest";
import type {Page} from "playwright-core";
import {visitSuite} from "./harness.js";

// Issue 13, item 6: tables were cut off on a wide screen (Inputs.table boxes of 640 x 285 px showing half the
// columns and nine of ten rows; Explore's split Table 1 cutting its column heads). A reader must see every
// column and every row of each table without scrolling inside it at 1440 px, and a phone may scroll a wide
// table sideways in its own box but never the page, and never a capped height.

/** What a reader sees of one table: its box, whether anything clips it, its rows and its row labels' lines. */
interface TableView {
  name: string;
  /** The box that scrolls sideways (the nearest ancestor that clips x), else the table itself. */
  box: {clientWidth: number; scrollWidth: number};
  /** Ancestors up to the page that cap the height: clientHeight below scrollHeight while clipping y. */
  heightCaps: string[];
  /** Cells whose content is wider than the cell (text cut or spilling over its neighbour). */
  cutCells: string[];
  rows: number;
  /** Rows of the body inside the scroll box top to bottom (sideways the box's scrollWidth tells). */
  rowsInBox: number;
  /** The most lines any row label's text wraps over. */
  maxRowLabelLines: number;
}

async function tableViews(page: Page): Promise<TableView[]> {
  return page.evaluate(() => {
    const clips = (e: Element, axis: "overflowX" | "overflowY") => getComputedStyle(e)[axis] !== "visible";
    const lines = (cell: Element) => {
      // Line boxes of the label's own text (a raised footnote marker would count as a line of its own).
      const tops = new Set<number>();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest("sup") || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top / 4));
      }
      return tops.size;
    };
    return [...document.querySelectorAll("#observablehq-main table")]
      // Tables in a closed <details> (a patient's summary) are laid out but not on screen.
      .filter((table) => table.getClientRects().length > 0 && !table.closest("details:not([open])"))
      .map((table) => {
        const caption = table.querySelector("caption") ?? table.closest("figure")?.querySelector("figcaption");
        const name = (caption?.textContent || table.querySelector("thead th")?.textContent || table.className).slice(0, 40);
        let box: Element = table;
        const heightCaps: string[] = [];
        for (let e = table.parentElement; e && e !== document.body; e = e.parentElement) {
          if (box === table && clips(e, "overflowX")) box = e;
          if (clips(e, "overflowY") && e.scrollHeight > e.clientHeight + 1) heightCaps.push(`${e.tagName.toLowerCase()}.${e.className} ${e.clientHeight} < ${e.scrollHeight} px`);
        }
        const boxRect = box.getBoundingClientRect();
        const bodyRows = [...table.querySelectorAll("tbody tr")];
        const rowsInBox = bodyRows.filter((tr) => {
          const r = tr.getBoundingClientRect();
          return r.height > 0 && r.top >= boxRect.top - 1 && r.bottom <= boxRect.bottom + 1;
        }).length;
        const cutCells = [...table.querySelectorAll("th, td")]
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent!.slice(0, 30));
        return {
          name,
          box: {clientWidth: box.clientWidth, scrollWidth: box.scrollWidth},
          heightCaps,
          cutCells,
          rows: bodyRows.length,
          rowsInBox,
          maxRowLabelLines: Math.max(0, ...[...table.querySelectorAll('tbody th[scope="row"]')].map(lines))
        };
      });
  });
}

const visitPage = visitSuite();
const visit = async (path: string, width: number): Promise<Page> => (await visitPage(path, {width, height: 900})).page;

// Explore's split: every choice of its "by" key that makes the most or the widest columns.
const explore = ["explore", "explore?by=sex", "explore?by=primarySite", "explore?by=primaryProcedure", "explore?by=liverProcedure"];

describe("tables at 1440 px", () => {
  it("/patients shows the normalised fields and Tables 1 and 2 as printed whole: 10 rows each, no box clipping either way", async () => {
    const views = await tableViews(await visit("patients", 1440));
    expect(views.length).toBeGreaterThanOrEqual(3);
    for (const view of views) {
      expect(view.box.scrollWidth, `${view.name}: clipped sideways`).toBeLessThanOrEqual(view.box.clientWidth);
      expect(view.heightCaps, `${view.name}: height capped`).toEqual([]);
      expect(view.cutCells, `${view.name}: cut cells`).toEqual([]);
      expect(view.maxRowLabelLines, `${view.name}: row label lines`).toBeLessThanOrEqual(2);
    }
    const [fields, table1, table2] = views;
    for (const view of [fields!, table1!, table2!]) {
      expect(view.rows, view.name).toBe(10);
      expect(view.rowsInBox, `${view.name}: rows visible`).toBe(10);
      // The tables use more than the 640 px text column, and their box shows all of them.
      expect(view.box.clientWidth, `${view.name}: box width`).toBeGreaterThan(640);
    }
    expect([table1!.name, table2!.name]).toEqual(["Table 1. Characteristics of the study pa", "Table 2. Characteristics of the liver me"]);
  });

  for (const path of explore) {
    it(`/${path} shows Table 1 whole: column heads and rows uncut, every row label on at most two lines, the statistics in footnotes`, async () => {
      const page = await visit(path, 1440);
      const views = await tableViews(page);
      expect(views.length).toBeGreaterThanOrEqual(1);
      for (const view of views) {
        expect(view.box.scrollWidth, `${view.name}: clipped sideways`).toBeLessThanOrEqual(view.box.clientWidth);
        expect(view.heightCaps, `${view.name}: height capped`).toEqual([]);
        expect(view.cutCells, `${view.name}: cut cells`).toEqual([]);
        expect(view.rowsInBox, `${view.name}: rows visible`).toBe(view.rows);
        expect(view.maxRowLabelLines, `${view.name}: row label lines`).toBeLessThanOrEqual(2);
      }
      const labels = await page.locator(".cohort-table tbody th").allTextContents();
      expect(labels.filter((l) => /median|range|n \(%\)/i.test(l))).toEqual([]);
      expect(await page.locator(".cohort-table tfoot").textContent()).toMatch(/Median \(range\); mean.*n \(%/);
    });
  }
});

/** Opens every patient's summary, as a reader clicking through them would. */
async function openSummaries(page: Page): Promise<number> {
  const count = await page.evaluate(() => {
    const summaries = document.querySelectorAll<HTMLDetailsElement>("details.patient-summary");
    summaries.forEach((d) => (d.open = true));
    return summaries.length;
  });
  await page.waitForTimeout(100);
  return count;
}

describe("tables at 375 px (a phone)", () => {
  it("/patients with every patient's summary open never scrolls the page sideways, and its event tables fit the screen", async () => {
    const page = await visit("patients", 375);
    expect(await openSummaries(page)).toBe(10);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const views = await tableViews(page);
    expect(views.length).toBeGreaterThanOrEqual(13);
    for (const view of views) expect(view.heightCaps, `${view.name}: height capped`).toEqual([]);
  });

  for (const path of ["patients", ...explore]) {
    it(`/${path} never scrolls the page sideways and never caps a table's height; every row is in its box`, async () => {
      const page = await visit(path, 375);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const views = await tableViews(page);
      expect(views.length).toBeGreaterThanOrEqual(path === "patients" ? 3 : 1);
      for (const view of views) {
        expect(view.heightCaps, `${view.name}: height capped`).toEqual([]);
        expect(view.box.clientWidth, `${view.name}: box wider than the screen`).toBeLessThanOrEqual(375);
        // Sideways the box may scroll; top to bottom every row is there.
        expect(view.rows, view.name).toBeGreaterThan(0);
        expect(view.rowsInBox, `${view.name}: rows visible`).toBe(view.rows);
      }
    });
  }
});
