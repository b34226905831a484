/**
 * The Patients page's views, one renderer per slot: the normalised fields as a sortable table, the article's
 * Tables 1 and 2 as printed, and a summary card per patient (id "patient-N", so links open it). Rendered for the
 * whole series at build time by the page loader, and again for the patients in view by the live layer.
 * No chart here: this module loads neither Plot nor d3.
 */
import {documentOf, element} from "../components/dom.js";
import {patientSummary, type SummaryEvent, type SummaryPatient} from "../components/patientSummary.js";
import {printedTable, type PrintedFootnote} from "../components/printedTable.js";
import {type SortableColumn, sortableTable} from "../components/sortableTable.js";
import {type FilterState, notRecordedLabel} from "../lib/filters.js";
import {sitePalette} from "../lib/palette.js";
import {patientsListed} from "../lib/prose/patientsListed.js";
import {patientsTableRows} from "../lib/prose/patientsTableRows.js";

export interface PatientsPatient extends SummaryPatient {
  adjuvantChemotherapy: boolean | null;
  adjuvantRadiotherapy: boolean | null;
  vitalStatus: string | null;
  /** The printed cells, keyed by printed column head. */
  verbatim: {table1: Record<string, string>; table2: Record<string, string>};
}

/** A table's metadata as study.json gives it (article.tables). */
export interface PrintedTableMeta {
  file: string;
  caption: string;
  abbreviations: string;
  footnotes: readonly PrintedFootnote[];
}

export interface PatientsContext {
  patients: readonly PatientsPatient[];
  inView: readonly PatientsPatient[];
  filters: FilterState;
  timeline: readonly SummaryEvent[];
  tables: readonly PrintedTableMeta[];
  /** The patient a link points at (#patient-N): its card is open, and listed even beyond the first 50. */
  openId?: number | null;
  /** At build time: the most rows a table holds in the HTML (a registry's page would weigh megabytes); live: all. */
  maxRows?: number;
  document?: Document;
}

/** The most summary cards a page shows; for a registry-sized cohort the first ones (and any linked to) stand in. */
export const maxSummaries = 50;

/** Every slot for one context. @example renderPatients({...context, timeline, tables: study.article.tables}).fields */
export function renderPatients(ctx: PatientsContext): Record<"fields" | "table1" | "table2" | "summaries", HTMLElement> {
  const document = documentOf(ctx);
  const doc = ctx.document ? {document: ctx.document} : {};
  // Colours from the whole series, so a filter never re-colours a site.
  const palette = sitePalette(ctx.patients);
  // A yes/no not recorded shows as "–", as every empty cell of the table does, never as "No".
  const yesNo = (x: unknown) => (x === null || x === undefined ? "–" : x ? "Yes" : "No");
  const columns: SortableColumn<PatientsPatient>[] = [
    {key: "id", label: "No.", format: (id) => element(document, "a", {href: `#patient-${id}`, "aria-label": `Open the summary of patient ${id}`}, [String(id)])},
    {key: "age", label: "Age (yr)", numeric: true},
    {key: "sex", label: "Sex"},
    {
      key: "primarySite",
      label: "Primary site",
      format: (site) =>
        site === null
          ? "–"
          : element(document, "span", {}, [element(document, "span", {class: "legend-swatch", style: `background:${palette.color(String(site))}`}), String(site)])
    },
    {key: "primarySizeCm", label: "Primary (cm)", numeric: true},
    {key: "adjuvantChemotherapy", label: "CTx", format: yesNo},
    {key: "adjuvantRadiotherapy", label: "RTx", format: yesNo},
    {key: "monthsToLiverMetastasis", label: "To liver met. (mo)", numeric: true},
    {key: "lesionCount", label: "Lesions", numeric: true},
    {key: "lesionSizeCm", label: "Largest (cm)", numeric: true},
    {key: "segments", label: "Segments"},
    {key: "liverProcedure", label: "Liver procedure"},
    {key: "ablation", label: "RFA", format: yesNo},
    {key: "marginPositive", label: "R1 margin", format: yesNo},
    {key: "survivalMonths", label: "Survival (mo)", numeric: true},
    {key: "vitalStatus", label: "Status"}
  ];
  const {rows, note: rowsNote} = patientsTableRows(ctx.inView, {...(ctx.maxRows !== undefined && {max: ctx.maxRows})});
  // The page's script finds a partial table by this note, and draws the whole one.
  const partial = () => (rowsNote ? element(document, "p", {class: "muted", "data-partial": ""}, [rowsNote]) : null);
  const fields = element(document, "div", {}, [
    element(document, "div", {class: "table-scroll wide-table"}, [sortableTable(rows, {columns, sort: "id", ...doc})]),
    partial()
  ]);

  const printed = (file: string, part: "table1" | "table2") => {
    const meta = ctx.tables.find((t) => t.file === file);
    if (!meta) throw new Error(`study.json: no table "${file}" among the article's tables`);
    const first = ctx.patients[0];
    const table = printedTable(rows.map((p) => p.verbatim[part]), {
      caption: meta.caption,
      columns: first ? Object.keys(first.verbatim[part]) : [],
      abbreviations: meta.abbreviations,
      footnotes: meta.footnotes,
      href: (n) => `#patient-${n}`,
      ...doc
    });
    return rowsNote ? element(document, "div", {}, [table, partial()]) : table;
  };

  const {listed, note} = patientsListed(ctx.inView, {max: maxSummaries, openId: ctx.openId ?? null});
  const summaries = element(document, "div", {}, [
    note ? element(document, "p", {class: listed.length ? "muted" : "caveat"}, [note]) : null,
    ...listed.map((p) =>
      patientSummary(p, ctx.timeline.filter((e) => e.patient === p.id), {open: p.id === ctx.openId, color: palette.color(p.primarySite ?? notRecordedLabel), ...doc})
    )
  ]);

  return {fields, table1: printed("table1.tsv", "table1"), table2: printed("table2.tsv", "table2"), summaries};
}
