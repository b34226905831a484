import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {cohortTable, type CohortTableOptions} from "../../src/components/cohortTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

const render = (rows: readonly object[] = patients, options: Omit<CohortTableOptions, "document"> = {}) => cohortTable(rows, {document: doc, ...options});
/** The data cells of a row, by field (and level, for a category). */
const cells = (table: HTMLTableElement, field: string, level?: string) => {
  const row = table.querySelector(`tbody tr[data-field="${field}"]${level === undefined ? ":not(.group)" : `[data-level="${level}"]`}`);
  if (!row) throw new Error(`no row for ${field}${level === undefined ? "" : ` = ${level}`}`);
  return [...row.querySelectorAll("td")].map((td) => td.textContent);
};
/** A row's label, without its footnote marker, and the marker ("1", "2" or null). */
const rowHeader = (table: HTMLTableElement, field: string, level?: string) =>
  table.querySelector(`tbody tr[data-field="${field}"]${level === undefined ? "" : `[data-level="${level}"]`} th`)!.firstChild!.textContent;
const marker = (table: HTMLTableElement, field: string) => table.querySelector(`tbody tr[data-field="${field}"] th sup`)?.textContent ?? null;
/** The column heads under which the data cells sit: Characteristic, All in view, then any split values. */
const columns = (table: HTMLTableElement) =>
  [...table.querySelectorAll("thead th:not(.spanner)")].map((th) => [th.firstChild!.textContent, th.querySelector(".muted")?.textContent ?? null]);
const spanner = (table: HTMLTableElement) => table.querySelector("thead th.spanner");

describe("cohortTable of the whole cohort", () => {
  const table = render();

  it('cohortTable(patients) gives age as "46.5 (38–69); 48.2"', () => {
    expect(cells(table, "age")).toEqual(["46.5 (38–69); 48.2"]);
    expect(rowHeader(table, "age")).toBe("Age at liver metastasis, years");
  });
  it("cohortTable(patients) names the statistics once, in footnotes marked on the labels, as gtsummary does", () => {
    expect([marker(table, "age"), marker(table, "sex"), marker(table, "dead"), marker(table, "survivalMonths")]).toEqual(["1", "2", "2", "1"]);
    expect([...table.querySelectorAll("tfoot td")].map((td) => [td.textContent, td.querySelector("sup")!.textContent, td.getAttribute("colspan")])).toEqual([
      ["1 Median (range); mean", "1", "2"],
      ["2 n (% of the column)", "2", "2"]
    ]);
    expect(table.querySelector("tbody")!.textContent).not.toMatch(/median|range|n \(%\)/i);
    // The level rows under a group heading carry no marker of their own.
    expect(table.querySelector('tbody tr[data-level="F"] th sup')).toBeNull();
  });
  it("cohortTable(patients) lets a narrow column put the mean under the median (range), never splitting either", () => {
    const cell = table.querySelector('tbody tr[data-field="age"] td')!;
    expect([...cell.querySelectorAll("span.stat")].map((s) => s.textContent)).toEqual(["46.5 (38–69);", "48.2"]);
  });
  it('cohortTable(patients) gives Retroperitoneum as "5 (50%)", levels by count', () => {
    expect(cells(table, "primarySite", "Retroperitoneum")).toEqual(["5 (50%)"]);
    const levels = [...table.querySelectorAll('tbody tr[data-field="primarySite"][data-level]')].map((r) => [r.getAttribute("data-level"), r.querySelector("td")!.textContent]);
    expect(levels).toEqual([["Retroperitoneum", "5 (50%)"], ["Small bowel", "3 (30%)"], ["Pancreas", "1 (10%)"], ["Stomach", "1 (10%)"]]);
  });
  it("cohortTable(patients) has one column, All in view, n = 10", () => {
    expect(columns(table)).toEqual([["Characteristic", null], ["All in view", "n = 10"]]);
    expect(table.querySelectorAll("thead tr")).toHaveLength(1);
    expect(spanner(table)).toBeNull();
  });
  it("cohortTable(patients) names sex levels Female and Male, under a group heading spanning the table", () => {
    expect(rowHeader(table, "sex", "F")).toBe("Female");
    expect(cells(table, "sex", "F")).toEqual(["7 (70%)"]);
    expect(cells(table, "sex", "M")).toEqual(["3 (30%)"]);
    const heading = table.querySelector('tbody tr.group[data-field="sex"] th')!;
    expect([heading.textContent, heading.getAttribute("colspan"), heading.getAttribute("scope")]).toEqual(["Sex2", "2", "rowgroup"]);
  });
  it("cohortTable(patients) counts yes/no items as n (%)", () => {
    expect(cells(table, "dead")).toEqual(["2 (20%)"]);
    expect(cells(table, "adjuvantChemotherapy")).toEqual(["4 (40%)"]);
    expect(cells(table, "synchronousResection")).toEqual(["2 (20%)"]);
    expect(rowHeader(table, "dead")).toBe("Died during follow-up");
  });
  it("cohortTable(patients) rounds to each variable's digits", () => {
    expect(cells(table, "lesionSizeCm")).toEqual(["2.55 (0.9–3); 2.39"]);
    expect(cells(table, "survivalMonths")).toEqual(["18.5 (8–170); 34.2"]);
    expect(cells(table, "monthsToLiverMetastasis")).toEqual(["13 (0–38); 12.9"]);
  });
  it("cohortTable(patients) lists every summary variable in order, with a caption", () => {
    const fields = [...new Set([...table.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-field")))];
    expect(fields).toEqual([
      "age", "sex", "primarySite", "primarySizeCm", "adjuvantChemotherapy", "adjuvantRadiotherapy", "monthsToLiverMetastasis",
      "synchronousResection", "lesionMultiplicity", "lesionCount", "lesionSizeCm", "cirrhosis", "liverProcedure", "ablation",
      "marginPositive", "additionalMetastasis", "survivalMonths", "dead"
    ]);
    expect(table.querySelector("caption")!.textContent).toBe("Characteristics of the patients in view.");
    expect(table.getAttribute("class")).toBe("cohort-table");
  });
});

describe("cohortTable split by a field", () => {
  const table = render(patients, {splitBy: "sex", splitLabel: "Sex"});

  it('cohortTable(patients, {splitBy: "sex"}) adds columns Female (n = 7) and Male (n = 3) after All in view, under a spanning head "Sex"', () => {
    expect(columns(table)).toEqual([["Characteristic", null], ["All in view", "n = 10"], ["Female", "n = 7"], ["Male", "n = 3"]]);
    expect([spanner(table)!.textContent, spanner(table)!.getAttribute("colspan"), spanner(table)!.getAttribute("scope")]).toEqual(["Sex", "2", "colgroup"]);
    const [first, second] = table.querySelectorAll("thead tr");
    expect([...first!.querySelectorAll("th")].map((th) => th.getAttribute("rowspan"))).toEqual(["2", "2", null]);
    expect(second!.querySelectorAll("th")).toHaveLength(2);
  });
  it('cohortTable(patients, {splitBy: "sex"}) summarises each column over its own patients', () => {
    // Women are 42 41 51 43 60 69 50; men 38 38 50.
    expect(cells(table, "age")).toEqual(["46.5 (38–69); 48.2", "50 (41–69); 50.9", "38 (38–50); 42"]);
    expect(cells(table, "sex", "F")).toEqual(["7 (70%)", "7 (100%)", "0 (0%)"]);
    expect(cells(table, "primarySite", "Retroperitoneum")).toEqual(["5 (50%)", "4 (57%)", "1 (33%)"]);
    expect(cells(table, "dead")).toEqual(["2 (20%)", "1 (14%)", "1 (33%)"]);
  });
  it("cohortTable(patients, {splitBy}) widens the group headings to the extra columns", () => {
    expect(table.querySelector('tbody tr.group[data-field="primarySite"] th')!.getAttribute("colspan")).toBe("4");
    for (const row of table.querySelectorAll("tbody tr:not(.group)")) expect(row.querySelectorAll("td")).toHaveLength(3);
  });
  it('cohortTable(patients, {splitBy: "dead"}) splits a yes/no field into No and Yes columns', () => {
    const byDeath = render(patients, {splitBy: "dead", splitLabel: "Died"});
    // Alive at 8 11 18 18 19 20 40 170 (sum 304); died at 14 and 24.
    expect(columns(byDeath).slice(1)).toEqual([["All in view", "n = 10"], ["No", "n = 8"], ["Yes", "n = 2"]]);
    expect(spanner(byDeath)!.textContent).toBe("Died");
    expect(cells(byDeath, "survivalMonths").slice(1)).toEqual(["18.5 (8–170); 38", "19 (14–24); 19"]);
  });
  it("cohortTable uses the field name when no splitLabel is given", () => {
    const byStatus = render(patients, {splitBy: "vitalStatus"});
    expect(spanner(byStatus)!.textContent).toBe("vitalStatus");
    expect(columns(byStatus).slice(2).map((c) => c[0])).toEqual(["Alive", "Dead"]);
  });
});

describe("cohortTable of a filtered view", () => {
  const men = patients.filter((p) => p.sex === "M");

  it("cohortTable(men, {levelsFrom: patients}) keeps every level of the cohort, at 0", () => {
    const table = render(men, {levelsFrom: patients});
    expect(columns(table)[1]).toEqual(["All in view", "n = 3"]);
    expect(cells(table, "primarySite", "Pancreas")).toEqual(["0 (0%)"]);
    expect(cells(table, "sex", "F")).toEqual(["0 (0%)"]);
    expect(cells(table, "primarySite", "Small bowel")).toEqual(["2 (67%)"]);
    // Without levelsFrom only the levels present in the view are listed.
    expect(render(men).querySelector('tr[data-field="primarySite"][data-level="Pancreas"]')).toBeNull();
  });
  it('cohortTable(men, {splitBy: "sex", levelsFrom: patients}) keeps an empty Female column with "–" and plain counts', () => {
    const table = render(men, {splitBy: "sex", splitLabel: "Sex", levelsFrom: patients});
    expect(columns(table).slice(1)).toEqual([["All in view", "n = 3"], ["Female", "n = 0"], ["Male", "n = 3"]]);
    expect(cells(table, "age")).toEqual(["38 (38–50); 42", "–", "38 (38–50); 42"]);
    expect(cells(table, "dead")).toEqual(["1 (33%)", "0", "1 (33%)"]);
  });
  it('cohortTable(patients, {splitBy: "primarySite"}) gives a one-patient column its value, not "42; 42"', () => {
    const table = render(patients, {splitBy: "primarySite", splitLabel: "Primary site"});
    const ages = cells(table, "age");
    expect(ages).toContain("42");
    expect(ages.filter((a) => /^(\d+(\.\d+)?); \1$/.test(a!))).toEqual([]);
  });

  it('cohortTable([]) shows n = 0, "–" for numbers and 0 for counts', () => {
    const table = render([], {levelsFrom: patients});
    expect(columns(table)[1]).toEqual(["All in view", "n = 0"]);
    expect(cells(table, "age")).toEqual(["–"]);
    expect(cells(table, "dead")).toEqual(["0"]);
    expect(cells(table, "sex", "F")).toEqual(["0"]);
  });
  it("cohortTable(rows, {variables}) reports only the variables given", () => {
    const table = render(patients, {variables: [{kind: "numeric", field: "suv", label: "Mean SUV", unit: "SUV", digits: 2, missingLabel: "No SUV"}]});
    expect([...table.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-field"))).toEqual(["suv", "suv"]);
    // Five patients had a value; the others are left out, not counted as 0, and counted on a row of their own.
    expect(cells(table, "suv")).toEqual(["1.8 (1.7–1.8); 1.78"]);
    expect(cells(table, "suv", "Not recorded")).toEqual(["5"]);
    expect(rowHeader(table, "suv", "Not recorded")).toBe("No SUV");
  });
});

describe("cohortTable with values not recorded", () => {
  // Patient 2's sex, patient 3's age and adjuvant treatment, and patient 4's survival were not recorded.
  const rows = patients.map((p) =>
    p.id === 2 ? {...p, sex: null} : p.id === 3 ? {...p, age: null, adjuvantChemotherapy: null} : p.id === 4 ? {...p, survivalMonths: null, dead: null} : p
  );
  const table = render(rows);
  it("cohortTable gives a Not recorded row under sex with 1, and percentages of the 9 recorded", () => {
    expect(cells(table, "sex", "Not recorded")).toEqual(["1"]);
    expect(cells(table, "sex", "F")).toEqual(["7 (78%)"]);
    expect(cells(table, "sex", "M")).toEqual(["2 (22%)"]);
  });
  it("cohortTable gives age of the 9 recorded and a Not recorded row with 1", () => {
    expect(cells(table, "age", "Not recorded")).toEqual(["1"]);
  });
  it("cohortTable counts a yes/no not recorded apart, never as No", () => {
    expect(cells(table, "adjuvantChemotherapy")).toEqual(["4 (44%)"]);
    expect(cells(table, "adjuvantChemotherapy", "Not recorded")).toEqual(["1"]);
    expect(cells(table, "dead", "Not recorded")).toEqual(["1"]);
  });
  it("cohortTable adds no Not recorded row where every value is recorded", () => {
    expect(table.querySelector('tr[data-field="primarySite"][data-level="Not recorded"]')).toBeNull();
    expect(render().querySelector('tr[data-level="Not recorded"]')).toBeNull();
  });
  it("cohortTable's footnotes say the percentages are of the patients with the value recorded", () => {
    expect(table.querySelector("tfoot")!.textContent).toContain("% of the column's patients with the value recorded");
    expect(render().querySelector("tfoot")!.textContent).toContain("n (% of the column)");
  });
  it('cohortTable(…, {splitBy: "sex"}) gives a Not recorded column last', () => {
    expect(columns(render(rows, {splitBy: "sex"})).map(([name]) => name)).toEqual(["Characteristic", "All in view", "Female", "Male", "Not recorded"]);
  });
});

describe("cohortTable's liver procedure rows", () => {
  it("lists liver procedures by extent, minor first, however often each occurs (the most frequent, right hepatectomy, still comes last)", () => {
    const major = {liverProcedure: "Right hepatectomy", liverProcedureClass: "Hemihepatectomy", resectionExtent: "major"};
    const partial = patients.filter((p) => p.liverProcedure === "Partial hepatectomy").map((p) => p.id);
    // All but two partial hepatectomies become right hepatectomies: the major resection is now the most frequent.
    const rows = patients.map((p) => (partial.slice(2).includes(p.id) ? {...p, ...major} : p));
    expect(rows.filter((p) => p.liverProcedure === "Right hepatectomy").length).toBeGreaterThan(2);
    const levels = [...render(rows).querySelectorAll('tbody tr[data-field="liverProcedure"][data-level]')].map((tr) => tr.getAttribute("data-level"));
    expect(levels).toEqual(["Partial hepatectomy", "Left lateral sectionectomy", "Right hepatectomy"]);
  });
});
