/**
 * The Explore page's live views, one renderer per slot: the characteristics table (split by a column if asked)
 * with the sentence on how coarse it is, a bar chart per filterable field with crossfilter counts, and a strip
 * per number. Rendered for the whole series at build time by the page loader (bars and strips at a phone and a
 * desktop width), and again for the patients in view by the live layer, each slot at its own width.
 */
import {categoryBars} from "../components/categoryBars.js";
import {cohortTable} from "../components/cohortTable.js";
import {documentOf, element} from "../components/dom.js";
import {tableSplitLabel} from "../components/exploreControls.js";
import {numericStrip} from "../components/numericStrip.js";
import {categoryFields, categoryOptions, fieldLabel, fieldLabels, type FilterState, matchesFilters, valueNames} from "../lib/filters.js";
import {sitePalette} from "../lib/palette.js";
import {exploreCaution} from "../lib/prose/exploreCaution.js";
import {atWidths} from "./atWidths.js";

type ExplorePatient = {id: number; primarySite: string | null};

/** The numbers drawn as strips: field, title, unit. */
export const exploreStrips = [
  ["age", "Age at liver metastasis", "years"],
  ["primarySizeCm", "Primary tumour size", "cm"],
  ["monthsToLiverMetastasis", "Primary resection to liver metastasis", "months"],
  ["lesionSizeCm", "Largest liver lesion", "cm"],
  ["lesionCount", "Number of liver lesions", "lesions"],
  ["survivalMonths", "Follow-up after liver resection", "months"]
] as const;

/** Slot names: `table`, `caution`, `bar-<field>` per filterable field, `strip-<field>` per number. */
export const barSlot = (key: string) => `bar-${key}`;
export const stripSlot = (field: string) => `strip-${field}`;

export interface ExploreContext {
  patients: readonly ExplorePatient[];
  inView: readonly ExplorePatient[];
  filters: FilterState;
  /** The field the table's columns are split by, or "none". */
  by: string;
  /** The width each chart slot offers (live), or a phone and a desktop width for every chart (build time). */
  widths: (slot: string) => readonly number[];
  /** The live filter panel: a click on a bar toggles its filter. Absent at build time. */
  panel?: {toggle(key: string, label: string): void};
  document?: Document;
}

/** Every slot for one context. @example renderExplore({...context, by: "sex", widths: (slot) => [context.widthOf(slot)]}).table */
export function renderExplore(ctx: ExploreContext): Record<string, Node> {
  const document = documentOf(ctx);
  const doc = ctx.document ? {document: ctx.document} : {};
  const split = ctx.by === "none" ? null : ctx.by;
  const palette = sitePalette(ctx.patients);
  const columns = split ? [...groupSizes(ctx.inView, split).values()] : [ctx.inView.length];
  const views: Record<string, Node> = {
    table: element(document, "div", {}, [
      ctx.inView.length === 0 ? element(document, "p", {class: "caveat"}, ["No patient matches these filters. Reset them, or remove one."]) : null,
      element(document, "div", {class: "table-scroll"}, [cohortTable(ctx.inView, {splitBy: split, splitLabel: split ? tableSplitLabel(split) : "", levelsFrom: ctx.patients, ...doc})])
    ]),
    caution: document.createTextNode(exploreCaution(columns, split ? tableSplitLabel(split) : undefined))
  };
  const options = categoryOptions(ctx.patients);
  for (const {key, label} of categoryFields) {
    // Crossfilter counts: each field's bars apply every filter but that field's own.
    const others = ctx.patients.filter((p) => matchesFilters(p, ctx.filters, {except: key}));
    const bars = (options.get(key) ?? []).map((value) => ({label: value, n: others.filter((p) => fieldLabels(p, key).includes(value)).length, total: others.length}));
    const panel = ctx.panel;
    views[barSlot(key)] = atWidths({widths: ctx.widths(barSlot(key)), ...doc}, (width) =>
      categoryBars(bars, {
        width,
        title: label,
        names: valueNames[key] ?? {},
        ...(key === "primarySite" && {color: palette.color}),
        selected: ctx.filters.categories[key] ?? [],
        ...(panel ? {onSelect: (value: string) => panel.toggle(key, value)} : {toggleField: key}),
        ...doc
      })
    );
  }
  for (const [field, title, unit] of exploreStrips) {
    views[stripSlot(field)] = atWidths({widths: ctx.widths(stripSlot(field)), ...doc}, (width) => numericStrip(ctx.inView, {width, field, title, unit, palette, domainFrom: ctx.patients, ...doc}));
  }
  return views;
}

/** Patients per value of a one-value field, in view: the table's columns. */
function groupSizes(patients: readonly object[], key: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const p of patients) {
    const value = fieldLabel(p, key);
    if (value === null) continue; // not a column of the table
    sizes.set(value, (sizes.get(value) ?? 0) + 1);
  }
  return sizes;
}
