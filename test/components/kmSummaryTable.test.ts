import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {kmSummaryTable, type KmSummaryTableOptions} from "../../src/components/kmSummaryTable.js";
import {kaplanMeier} from "../../src/lib/survival.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients} = buildCohort(readSourceFolder(bundledSourceDir));
type Patient = (typeof patients)[number];

const group = (name: string, rows: readonly Patient[], color = "#0072B2") => ({
  name,
  color,
  curve: kaplanMeier(rows.map((p) => ({time: p.survivalMonths!, event: p.dead!})))
});
const render = (groups: ReturnType<typeof group>[], options: Omit<KmSummaryTableOptions, "document"> = {}) =>
  kmSummaryTable(groups, {document: doc, ...options});
/** Each body row as [group name, ...cells]. */
const rows = (table: HTMLTableElement) =>
  [...table.querySelectorAll("tbody tr")].map((tr) => [tr.querySelector("th")!.textContent, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]);
const headings = (table: HTMLTableElement) => [...table.querySelectorAll("thead th")].map((th) => th.textContent);

describe("kmSummaryTable of the whole cohort", () => {
  const table = render([group("All in view", patients)]);

  it("kmSummaryTable([all]) counts 10 patients, 2 deaths and 8 censored", () => {
    expect(rows(table)[0]!.slice(0, 4)).toEqual(["All in view", "10", "2", "8"]);
  });
  it('kmSummaryTable([all]) gives the median as "not reached (95% CI 14 to not reached)"', () => {
    expect(rows(table)[0]![4]).toBe("not reached (95% CI 14 to not reached)");
  });
  it('kmSummaryTable([all]) gives 24 months as "58% (8%–89%); 3 at risk" and 12 months as 100% with 8 at risk', () => {
    // The two deaths are at 14 and 24 months; 8 of 10 were still followed at 12 months.
    expect(rows(table)[0]!.slice(5)).toEqual(["100% (no death by then); 8 at risk", "58% (8%–89%); 3 at risk"]);
  });
  it("kmSummaryTable([all]) has the caption and column headings of the survival page", () => {
    expect(headings(table)).toEqual(["Group", "Patients", "Deaths", "Censored", "Median survival", "Alive at 12 months", "Alive at 24 months"]);
    expect(table.querySelector("caption")!.textContent).toBe(
      "Kaplan–Meier estimates for the patients in view. Survival in months from the liver resection; 95% confidence intervals (log-log)."
    );
    expect([...table.querySelectorAll("tbody td.num")].map((td) => td.textContent)).toEqual(["10", "2", "8"]);
  });
  it("kmSummaryTable([all]) draws the group's colour swatch before its name", () => {
    const swatch = table.querySelector("tbody th span.legend-swatch")!;
    expect(swatch.getAttribute("style")).toBe("background:#0072B2");
    expect(swatch.textContent).toBe("");
  });
});

describe("kmSummaryTable by primary site", () => {
  const sites = [...new Set(patients.map((p) => p.primarySite))].sort();
  const table = render(sites.map((site) => group(site!, patients.filter((p) => p.primarySite === site))));

  it("kmSummaryTable(by site) gives one row per site, in the order given", () => {
    expect(rows(table).map((r) => r.slice(0, 4))).toEqual([
      ["Pancreas", "1", "0", "1"],
      ["Retroperitoneum", "5", "0", "5"],
      ["Small bowel", "3", "2", "1"],
      ["Stomach", "1", "0", "1"]
    ]);
  });
  it('kmSummaryTable(by site) gives the small-bowel median as "19 months (95% CI 14 to not reached)", and "not reached" alone without deaths', () => {
    expect(rows(table).map((r) => r[4])).toEqual(["not reached", "not reached", "19 months (95% CI 14 to not reached)", "not reached"]);
  });
  it('kmSummaryTable(by site) says "no patient followed that long" past the last follow-up (retroperitoneum: 20 months)', () => {
    expect(rows(table)[1]!.slice(5)).toEqual(["100% (no death by then); 4 at risk", "no patient followed that long"]);
  });
  it("kmSummaryTable(by site) drops the interval once survival is 0 (small bowel at 24 months)", () => {
    // Deaths at 14 and 24 months, the third patient censored at 11.
    expect(rows(table)[2]![6]).toBe("0%; 1 at risk");
  });
});

describe("kmSummaryTable edge cases", () => {
  it("kmSummaryTable([empty group]) shows zero counts and no estimate", () => {
    expect(rows(render([group("All in view", [])]))).toEqual([
      ["All in view", "0", "0", "0", "not reached", "no patient followed that long", "no patient followed that long"]
    ]);
  });
  it("kmSummaryTable(groups, {times: [6, 36]}) reports the times asked for", () => {
    const table = render([group("All in view", patients)], {times: [6, 36]});
    expect(headings(table).slice(5)).toEqual(["Alive at 6 months", "Alive at 36 months"]);
    expect(rows(table)[0]!.slice(5)).toEqual(["100% (no death by then); 10 at risk", "58% (8%–89%); 2 at risk"]);
  });
  it("kmSummaryTable sets a group name as text, never as HTML", () => {
    const table = render([group('<img src=x onerror="alert(1)">', patients)]);
    expect(table.querySelector("img")).toBeNull();
    expect(rows(table)[0]![0]).toBe('<img src=x onerror="alert(1)">');
  });
});
