/**
 * The Liver page's live views, one renderer per slot: the Couinaud schematic, where the lesions were, the caveat
 * where Table 2 does not add up, the size and number of the lesions with their two strips, the procedures (bars
 * and table), and PET-CT and cirrhosis. Rendered for the whole series at build time by the page loader (without a
 * panel, so nothing in the HTML claims to filter), and again for the patients in view by the live layer.
 */
import {categoryBars} from "../components/categoryBars.js";
import {documentOf, element} from "../components/dom.js";
import {atWidths} from "./atWidths.js";
import {drawSlots, inViewKey, type LiveSlot, liveSlot} from "./slots.js";
import {exportable} from "../components/figureDownloads.js";
import {figureFrame} from "../components/figureFrame.js";
import {liverSchematic} from "../components/liverSchematic.js";
import {numericStrip} from "../components/numericStrip.js";
import {type ProcedurePatient, procedureTable} from "../components/procedureTable.js";
import {type FilterState, notRecordedLabel, subsetLabel} from "../lib/filters.js";
import {notShownNote} from "../lib/prose/notRecorded.js";
import {procedureOrder} from "../lib/brisbane.js";
import {sitePalette} from "../lib/palette.js";
import {liverMismatch, type MismatchPatient} from "../lib/prose/liverMismatch.js";
import {liverPet, type PetPatient} from "../lib/prose/liverPet.js";
import {liverProcedures, type ProcedureProsePatient} from "../lib/prose/liverProcedures.js";
import {liverSegments} from "../lib/prose/liverSegments.js";
import {liverSize, type SizePatient} from "../lib/prose/liverSize.js";

export type LiverPatient = MismatchPatient & SizePatient & PetPatient & ProcedurePatient & ProcedureProsePatient & {primarySite: string | null};

export interface LiverContext {
  patients: readonly LiverPatient[];
  inView: readonly LiverPatient[];
  filters: FilterState;
  /** The column's width: one live (the slot's), or a phone and a desktop width at build time. */
  widths: readonly number[];
  /** The inner width of a strip's card, likewise. */
  stripWidths: readonly number[];
  /** The live filter panel: a click on a segment or a bar toggles its filter. Absent at build time. */
  panel?: {toggle(key: string, label: string): void};
  /** The live panel's crossfilter: its key tells a slot whether its patients changed. Absent at build time. */
  crossfilter?: {key(): string};
  document?: Document;
}

export type LiverSlot = "schematic" | "where" | "mismatch" | "size" | "strips" | "howRemoved" | "procedures" | "table" | "pet";

/** A paragraph, or nothing when the sentence is empty (no patient in view). */
function paragraph(document: Document, sentence: string): Node {
  return sentence ? element(document, "p", {}, [sentence]) : document.createTextNode("");
}

/** Every slot drawn for one context. @example renderLiver({...context, widths: [620], stripWidths: [390]}).schematic */
export function renderLiver(ctx: LiverContext): Record<LiverSlot, Node> {
  return drawSlots(liverSlots(ctx));
}

/**
 * Every slot for one context, drawn when the live layer asks: sentences and the table follow the patients in
 * view; figures also name the subset, and the schematic and the bars show the chosen segments and procedures.
 */
export function liverSlots(ctx: LiverContext): Record<LiverSlot, LiveSlot> {
  const document = documentOf(ctx);
  const doc = ctx.document ? {document: ctx.document} : {};
  const nothing = () => document.createTextNode("");
  const {inView, panel} = ctx;
  const subset = subsetLabel(ctx.filters, inView.length, ctx.patients.length);
  const palette = sitePalette(ctx.patients);
  const rowsOf = (patients: readonly LiverPatient[]) => patients.flatMap((p) => (p.segments ?? []).map((segment) => ({patient: p.id, segment})));
  // The shading scale is fixed by the whole series, so a segment's colour means the same number under any filter.
  const maxCount = Math.max(1, ...Array.from({length: 8}, (_, i) => ctx.patients.filter((p) => p.segments?.includes(i + 1)).length));
  const segmentsUnknown = notShownNote(inView.filter((p) => p.segments === null).length);

  const schematic = () => inView.length === 0
    ? element(document, "p", {class: "caveat"}, ["No patient matches the filters."])
    : atWidths({widths: ctx.widths, document}, (width) => figureFrame(liverSchematic(rowsOf(inView), {
        width: Math.min(width, 620),
        maxCount,
        selected: (ctx.filters.categories.segments ?? []).map(Number),
        ...(panel && {onSelect: (segment: number) => panel.toggle("segments", String(segment))}),
        ...doc
      }), {name: "liver-segments", title: "Patients with a lesion in each Couinaud segment", subset, ...(segmentsUnknown && {caption: `Segments: ${segmentsUnknown}.`}), ...doc}));

  const mismatch = () => {
    const caveat = liverMismatch(inView);
    return caveat ? element(document, "p", {class: "caveat"}, [element(document, "strong", {}, [caveat.lead]), ` ${caveat.detail}`]) : nothing();
  };

  const strip = (field: "lesionSizeCm" | "lesionCount", title: string, unit: string) =>
    element(document, "div", {class: "card"}, [
      atWidths({widths: ctx.stripWidths, document}, (width) => exportable(numericStrip(inView, {width, field, title, unit, palette, domainFrom: ctx.patients, ...doc}), `liver-${field}`, {document}))
    ]);
  const strips = () => element(document, "div", {}, [
    inView.length ? element(document, "p", {class: "figure-subset"}, [subset]) : null,
    element(document, "div", {class: "grid grid-cols-2 grid-auto"}, [
      strip("lesionSizeCm", "Largest liver lesion", "cm"),
      strip("lesionCount", "Number of liver lesions", "lesions")
    ])
  ]);

  // By extent (minor, unknown, major) over the whole series, so a filter never reorders the bars.
  const procedures = procedureOrder(ctx.patients);
  const bars = () => {
    const unknownProcedure = inView.filter((p) => p.liverProcedure === null).length;
    return [
    ...procedures.map((procedure) => ({label: procedure, n: inView.filter((p) => p.liverProcedure === procedure).length, total: inView.length})),
      ...(unknownProcedure ? [{label: notRecordedLabel, n: unknownProcedure, total: inView.length}] : [])
    ];
  };
  const drawBars = (width: number) => {
    const chart = categoryBars(bars(), {
      width: Math.min(width, 640),
      title: "Liver procedure, by extent",
      selected: ctx.filters.categories.liverProcedure ?? [],
      // Without a panel (the HTML), each bar names its filter, for the live layer to make it a button.
      ...(panel ? {onSelect: (value: string) => panel.toggle("liverProcedure", value)} : {toggleField: "liverProcedure"}),
      ...doc
    });
    return figureFrame(chart, {name: "liver-procedures", subset, ...doc});
  };

  // The procedures in Brisbane 2000 words; a partial hepatectomy's reading links the assumption behind it.
  const howRemoved = () => {
    const removed = liverProcedures(inView);
    return removed.text
    ? element(document, "p", {}, [
        removed.text,
        ...(removed.partialHepatectomy
          ? [" See the partial-hepatectomy assumption under ", element(document, "a", {href: "./data#assumptions"}, ["Data & methods: Assumptions"]), "."]
          : [])
      ])
    : nothing();
  };

  const patientsKey = inViewKey(ctx.crossfilter);
  const figureKey = (chosen: string) => inViewKey(ctx.crossfilter, subset, (ctx.filters.categories[chosen] ?? []).join("\u0000"));
  return {
    schematic: liveSlot(figureKey("segments"), schematic),
    where: liveSlot(patientsKey, () => paragraph(document, liverSegments(inView))),
    mismatch: liveSlot(patientsKey, mismatch),
    size: liveSlot(patientsKey, () => paragraph(document, liverSize(inView))),
    strips: liveSlot(inViewKey(ctx.crossfilter, subset), strips),
    howRemoved: liveSlot(patientsKey, howRemoved),
    procedures: liveSlot(figureKey("liverProcedure"), () => (inView.length ? atWidths({widths: ctx.widths, document}, drawBars) : nothing())),
    table: liveSlot(patientsKey, () => (inView.length ? element(document, "div", {class: "table-scroll"}, [procedureTable(inView, {procedures, ...doc})]) : nothing())),
    pet: liveSlot(patientsKey, () => paragraph(document, liverPet(inView)))
  };}
