/**
 * The Data & methods page's one view that follows the filters: the downloads of the patients in view. Rendered
 * for the whole series at build time by the page loader, as plain links to the files the build wrote (Framework
 * copies a file an `<a download>` links to into dist/ under a hashed name), so downloading needs no script; and
 * again by the live layer for a filtered view, as buttons that build the file from the patients in view on click.
 * No chart here: this module loads neither Plot nor d3 nor Arquero.
 */
import {downloadButton} from "../components/downloadButton.js";
import {documentOf, element} from "../components/dom.js";
import {patientsCsv} from "../lib/csv.js";
import {activeFilters, type FilterState} from "../lib/filters.js";
import {downloadFilename, downloadLead} from "../lib/prose/dataDownload.js";

/** What the CSV needs of a patient: its fields, and the printed cells (flattened into "Table 1: ..." columns). */
export interface DataPatient {
  verbatim: {table1: Record<string, string>; table2: Record<string, string>};
}

export interface DataContext {
  patients: readonly DataPatient[];
  inView: readonly DataPatient[];
  filters: FilterState;
  /**
   * The whole series' files as the page links them (e.g. "./data/patients.csv"): with no filter on, the downloads
   * are links to these, which need no script. Without them, the downloads are always built on click.
   */
  files?: {csv: string; json: string};
  document?: Document;
}

/** Every slot for one context. @example renderData({...context}).download // <p>The patients in view (3 patients; …): <button>… */
export function renderData(ctx: DataContext): Record<"download", HTMLElement> {
  const document = documentOf(ctx);
  const doc = ctx.document ? {document: ctx.document} : {};
  const lead = downloadLead(ctx.inView.length, ctx.filters);
  if (ctx.inView.length === 0) return {download: element(document, "p", {class: "caveat"}, [lead])};
  const csv = downloadFilename(ctx.filters, "csv");
  const json = downloadFilename(ctx.filters, "json");
  const downloads =
    ctx.files && activeFilters(ctx.filters).length === 0
      ? // The class lets the stylesheet draw these links like the buttons that replace them once filtered.
        [
          element(document, "a", {href: ctx.files.csv, download: csv, class: "download-link"}, ["Download CSV"]),
          element(document, "a", {href: ctx.files.json, download: json, class: "download-link"}, ["Download JSON"])
        ]
      : [
          downloadButton(() => patientsCsv(ctx.inView), {filename: csv, type: "text/csv", label: "Download CSV", ...doc}),
          downloadButton(() => JSON.stringify(ctx.inView, null, 2), {filename: json, type: "application/json", label: "Download JSON", ...doc})
        ];
  return {download: element(document, "p", {}, [lead, " ", downloads[0]!, " ", downloads[1]!])};
}
