import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {type SeriesRow, seriesTable} from "../../src/components/seriesTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients, study} = buildCohort(readSourceFolder(bundledSourceDir));
const {article} = study;

// As the overview page computes it.
const thisSeries: SeriesRow = {
  name: `This series (${article.authors[0]} et al.)`,
  patients: patients.length,
  population: "Resected liver metastases of intra-abdominal leiomyosarcoma, one centre",
  outcome: "2 deaths; Kaplan–Meier median survival not reached; median follow-up 19 months"
};
const rows = (table: HTMLTableElement) =>
  [...table.querySelectorAll("tbody tr")].map((tr) => [tr.querySelector("th")!.textContent, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]);

describe("seriesTable of the article's cited series", () => {
  const table = seriesTable(article.citedSeries, {document: doc, thisSeries, registry: article.registry});

  it("seriesTable(citedSeries, {thisSeries, registry}) puts this series first, the cited series in the article's order, the registry last", () => {
    expect(rows(table).map((r) => r[0])).toEqual([
      `This series (${article.authors[0]} et al.)`,
      "Faraj et al. 2015 [4]",
      "Chen et al. 1998 [9]",
      "Jaques et al. 1995 [8]",
      "Akwari et al. 1978 [6]",
      "McGrath et al. 1987 [7]",
      "Same centre's registry"
    ]);
  });
  it("seriesTable shows this series' row as the caller computed it", () => {
    expect(rows(table)[0]!.slice(1)).toEqual([
      "10",
      "Resected liver metastases of intra-abdominal leiomyosarcoma, one centre",
      "2 deaths; Kaplan–Meier median survival not reached; median follow-up 19 months"
    ]);
  });
  it("seriesTable gives a cited series' patients, population and outcome in the article's words", () => {
    expect(rows(table)[1]).toEqual(["Faraj et al. 2015 [4]", "5", "Liver resection for metastatic colorectal leiomyosarcoma", "median survival of 47 months"]);
  });
  it('seriesTable says "not stated" where the article gives no number of patients (Chen et al.)', () => {
    expect(rows(table)[2]![1]).toBe("not stated");
  });
  it("seriesTable reports the registry's 476 patients and its five-year survival of 66.9%", () => {
    expect(rows(table).at(-1)).toEqual([
      "Same centre's registry",
      "476",
      "All leiomyosarcoma patients treated, any site and treatment",
      "five-year survival 66.9%, as the article reports it"
    ]);
  });
  it("seriesTable's caption counts this series' patients", () => {
    expect(table.querySelector("caption")!.textContent).toBe(
      "This series beside the series the article cites. Outcomes of the cited series are as the article reports them (Discussion); this series' outcome is recomputed for all 10 patients."
    );
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Series", "Patients", "Population", "Outcome"]);
  });
});

describe("seriesTable edge cases", () => {
  it('seriesTable(…, {registry: {fiveYearSurvivalPercent: null}}) says "not reported"', () => {
    const table = seriesTable([], {document: doc, thisSeries, registry: {patients: 476, fiveYearSurvivalPercent: null}});
    expect(rows(table).map((r) => r[3])).toEqual([thisSeries.outcome, "not reported"]);
  });
  it("seriesTable without a registry shows this series alone", () => {
    expect(rows(seriesTable([], {document: doc, thisSeries})).map((r) => r[0])).toEqual([thisSeries.name]);
  });
  it("seriesTable sets the article's words as text, never as HTML", () => {
    const hostile = {...article.citedSeries[0]!, outcome: "<img src=x onerror=alert(1)>"};
    const table = seriesTable([hostile], {document: doc, thisSeries});
    expect(table.querySelector("img")).toBeNull();
    expect(rows(table)[1]![3]).toBe("<img src=x onerror=alert(1)>");
  });
  it("seriesTable's caption names the section the cited series are reported in, and none when article.json gives none", () => {
    expect(seriesTable(article.citedSeries, {document: doc, thisSeries}).querySelector("caption")!.textContent).toContain("as the article reports them (Discussion); ");
    const unsectioned = article.citedSeries.map(({section: _, ...s}) => s);
    expect(seriesTable(unsectioned, {document: doc, thisSeries}).querySelector("caption")!.textContent).toContain("as the article reports them; ");
  });
});
