/**
 * This series beside the earlier series the article cites and the centre's whole leiomyosarcoma registry:
 * who each series included, how many patients, and its outcome. Outcomes of the cited series are the article's
 * words (in the section article.json names); this series' row is computed by the caller from the patients. The
 * registry row only when the article names a registry.
 */
import {formatNumber} from "../lib/format.js";
import {documentOf, element} from "./dom.js";

/** One row of the table, in the words it is shown with; patients null when the article does not say. */
export interface SeriesRow {
  name: string;
  patients: number | null;
  population: string;
  outcome: string;
}

/** A series the article cites, as article.json gives it. */
export interface CitedSeries {
  ref: number;
  authors: string;
  year: number;
  patients: number | null;
  population: string;
  outcome: string;
  /** The section of the article that cites it ("Discussion"); the caption names it. */
  section?: string;
}

export interface SeriesTableOptions {
  document?: Document;
  /** This series, first row: its outcome recomputed for all its patients. */
  thisSeries: SeriesRow;
  /** The centre's registry of all leiomyosarcoma patients, last row; five-year survival in percent, null when not reported. */
  registry?: {patients: number; fiveYearSurvivalPercent: number | null} | null;
}

/** @example seriesTable(study.article.citedSeries, {thisSeries: {name: "This series (Kim et al.)", patients: 10, ...}, registry: study.article.registry}) */
export function seriesTable(citedSeries: readonly CitedSeries[], options: SeriesTableOptions): HTMLTableElement {
  const document = documentOf(options);
  const {thisSeries, registry} = options;
  const row = (s: SeriesRow) =>
    element(document, "tr", {}, [
      element(document, "th", {scope: "row"}, [s.name]),
      element(document, "td", {class: "num"}, [s.patients === null ? "not stated" : String(s.patients)]),
      element(document, "td", {}, [s.population]),
      element(document, "td", {}, [s.outcome])
    ]);
  const rows: SeriesRow[] = [
    thisSeries,
    ...citedSeries.map((s) => ({name: `${s.authors} ${s.year} [${s.ref}]`, patients: s.patients, population: s.population, outcome: s.outcome}))
  ];
  if (registry) {
    rows.push({
      name: "Same centre's registry",
      patients: registry.patients,
      population: "All leiomyosarcoma patients treated, any site and treatment",
      outcome:
        registry.fiveYearSurvivalPercent === null ? "not reported" : `five-year survival ${formatNumber(registry.fiveYearSurvivalPercent)}%, as the article reports it`
    });
  }
  const th = (text: string, attrs = {}) => element(document, "th", {scope: "col", ...attrs}, [text]);
  return element(document, "table", {class: "plain-table"}, [
    element(document, "caption", {}, [
      `This series beside the series the article cites. Outcomes of the cited series are as the article reports them${citedIn(citedSeries)}; ` +
        `this series' outcome is recomputed for all ${thisSeries.patients ?? "its"} patients.`
    ]),
    element(document, "thead", {}, [element(document, "tr", {}, [th("Series"), th("Patients", {class: "num"}), th("Population"), th("Outcome")])]),
    element(document, "tbody", {}, rows.map(row))
  ]);
}

/** " (Discussion)": the sections the cited series are reported in, each once; "" when article.json names none. */
function citedIn(citedSeries: readonly CitedSeries[]): string {
  const sections = [...new Set(citedSeries.map((s) => s.section).filter((s): s is string => Boolean(s)))];
  return sections.length ? ` (${sections.length === 1 ? sections[0] : `${sections.slice(0, -1).join(", ")} and ${sections.at(-1)}`})` : "";
}
