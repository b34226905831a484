/**
 * The Treatment page's live views, one renderer per slot: the sentence on adjuvant treatment, the patient ×
 * agent matrix, the patients per drug, and the later treatments the Results report. Rendered for the whole
 * series at build time by the page loader, and again for the patients in view by the live layer.
 */
import {categoryBars} from "../components/categoryBars.js";
import {documentOf, element} from "../components/dom.js";
import {atWidths} from "./atWidths.js";
import {drawSlots, inViewKey, type LiveSlot, liveSlot} from "./slots.js";
import {figureFrame} from "../components/figureFrame.js";
import {eventTable, type TableEvent} from "../components/eventTable.js";
import {treatmentMatrix, type TreatmentPatient as MatrixPatient} from "../components/treatmentMatrix.js";
import type {FilterState} from "../lib/filters.js";
import {subsetLabel} from "../lib/filters.js";
import {laterTreatmentKinds, treatmentSummary, type TreatmentPatient as SummaryPatient} from "../lib/prose/treatmentSummary.js";

type TreatmentPatient = MatrixPatient & SummaryPatient;
import {countCategories} from "../lib/stats.js";
import {notShownNote} from "../lib/prose/notRecorded.js";

export interface TreatmentContext {
  patients: readonly TreatmentPatient[];
  inView: readonly TreatmentPatient[];
  filters: FilterState;
  drugs: readonly {patient: number; drug: string}[];
  /** timeline.json: the events the Results report are the later treatments. */
  timeline: readonly (TableEvent & {kind: string})[];
  /** One width live (the slot's), or a phone and a desktop width at build time. */
  widths: readonly number[];
  /** The live panel's crossfilter: its key tells a slot whether its patients changed. Absent at build time. */
  crossfilter?: {key(): string};
  document?: Document;
}

type TreatmentSlot = "summary" | "matrix" | "drugs" | "later";

/** Every slot drawn for one context. @example renderTreatment({...context, widths: [760]}).matrix */
export function renderTreatment(ctx: TreatmentContext): Record<TreatmentSlot, Node> {
  return drawSlots(treatmentSlots(ctx));
}

/** Every slot for one context, drawn when the live layer asks; the figures also name the subset. */
export function treatmentSlots(ctx: TreatmentContext): Record<TreatmentSlot, LiveSlot> {
  const document = documentOf(ctx);
  const doc = ctx.document ? {document: ctx.document} : {};
  const ids = new Set(ctx.inView.map((p) => p.id));
  const drugsInView = ctx.drugs.filter((d) => ids.has(d.patient));
  // Columns from the whole series, most used first, so a filter never reorders the matrix.
  const allDrugs = countCategories(ctx.drugs.map((d) => ({drug: d.drug})), "drug").map((c) => String(c.value));
  const subset = subsetLabel(ctx.filters, ctx.inView.length, ctx.patients.length);
  const summary = () => element(document, "p", {class: ctx.inView.length ? null : "caveat"}, [treatmentSummary(ctx.inView, ctx.drugs)]);
  const matrix = () => ctx.inView.length
    ? atWidths(ctx, (width) => figureFrame(treatmentMatrix(ctx.inView, {width: Math.min(width, 760), drugs: allDrugs, ...doc}), {name: "treatment-matrix", subset, ...doc}))
    : document.createTextNode("");
  // Of the patients with their adjuvant treatment recorded; the others are counted in the caption.
  const drugs = () => {
    const recorded = ctx.inView.filter((p) => p.adjuvantChemotherapy !== null).length;
    const unknown = notShownNote(ctx.inView.length - recorded);
    const bars = allDrugs.map((drug) => ({label: drug, n: new Set(drugsInView.filter((d) => d.drug === drug).map((d) => d.patient)).size, total: recorded}));
    return drugsInView.length
      ? atWidths(ctx, (width) =>
          figureFrame(categoryBars(bars, {width: Math.min(width, 640), title: "Patients given each drug", ...doc}), {name: "treatment-drugs", subset, ...(unknown && {caption: `Adjuvant treatment: ${unknown}.`}), ...doc})
        )
      : document.createTextNode("");
  };
  const later = () => {
    const events = ctx.timeline.filter((e) => ids.has(e.patient) && e.source === "Results" && laterTreatmentKinds.includes(e.kind));
    return events.length
      ? element(document, "div", {class: "table-scroll"}, [
          eventTable(events, {
            maxRows: 100,
            caption: "Treatments at or after the liver resection that the Results report, in months from the liver resection",
            columns: ["patient", "when", "event", "words"],
            headings: {event: "Treatment", words: "The article’s words (Results)"},
            ...doc
          })
        ])
      : element(document, "p", {}, ["No later treatment is reported for the patients in view."]);
  };
  const key = (...parts: string[]) => inViewKey(ctx.crossfilter, ...parts);
  return {summary: liveSlot(key(), summary), matrix: liveSlot(key(subset), matrix), drugs: liveSlot(key(subset), drugs), later: liveSlot(key(), later)};
}
