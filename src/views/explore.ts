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
import {type Crossfilter, crossfilter} from "../lib/crossfilter.js";
import {categoryFields, fieldLabel, type FilterState, valueNames} from "../lib/filters.js";
import {sitePalette} from "../lib/palette.js";
import {exploreCaution} from "../lib/prose/exploreCaution.js";
import {atWidths} from "./atWidths.js";
import {exportable} from "../components/figureDownloads.js";
import {drawSlots, type LiveSlot} from "./slots.js";

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
  /** The live panel's crossfilter (its counts and keys); at build time one is made for `filters`. */
  crossfilter?: Crossfilter<ExplorePatient>;
  document?: Document;
}

/** Every slot drawn for one context (the page loader's whole series). @example renderExplore({...context, by: "sex", widths: () => [720]}).table */
export function renderExplore(ctx: ExploreContext): Record<string, Node> {
  return drawSlots(exploreSlots(ctx));
}

/**
 * Every slot for one context, each with the key of what it shows: the table and its caution follow the patients
 * in view and the split; a field's bars follow the patients matching every other filter and the field's own
 * choice; a strip follows the patients in view. So a click, or a new split, redraws only the views it changes.
 */
export function exploreSlots(ctx: ExploreContext): Record<string, LiveSlot> {
  const document = documentOf(ctx);
  const doc = ctx.document ? {document: ctx.document} : {};
  const split = ctx.by === "none" ? null : ctx.by;
  const palette = sitePalette(ctx.patients);
  const cf = ctx.crossfilter ?? withFilters(crossfilter(ctx.patients), ctx.filters);
  const inViewKey = cf.key();
  const slots: Record<string, LiveSlot> = {
    table: {
      key: `${inViewKey}|${ctx.by}`,
      draw: () =>
        element(document, "div", {}, [
          ctx.inView.length === 0 ? element(document, "p", {class: "caveat"}, ["No patient matches these filters. Reset them, or remove one."]) : null,
          element(document, "div", {class: "table-scroll"}, [cohortTable(ctx.inView, {splitBy: split, splitLabel: split ? tableSplitLabel(split) : "", levelsFrom: ctx.patients, ...doc})])
        ])
    },
    caution: {
      key: `${inViewKey}|${ctx.by}`,
      draw: () => {
        const columns = split ? [...groupSizes(ctx.inView, split).values()] : [ctx.inView.length];
        return document.createTextNode(exploreCaution(columns, split ? tableSplitLabel(split) : undefined));
      }
    }
  };
  for (const {key, label} of categoryFields) {
    // Crossfilter counts: each field's bars apply every filter but that field's own.
    const counts = cf.counts(key);
    const total = cf.others(key);
    const bars = cf.labels(key).map((value, i) => ({label: value, n: counts[i]!, total}));
    const selected = ctx.filters.categories[key] ?? [];
    const panel = ctx.panel;
    slots[barSlot(key)] = {
      key: `${cf.key(key)}|${selected.join("\u0000")}`,
      draw: () =>
        atWidths({widths: ctx.widths(barSlot(key)), ...doc}, (width) =>
          exportable(categoryBars(bars, {
            width,
            title: label,
            names: valueNames[key] ?? {},
            ...(key === "primarySite" && {color: palette.color}),
            selected,
            // With this field filtered, its bars count what each choice would give: said with the chart, so a
            // copy of it (a downloaded figure) says it too.
            ...(selected.length && {caption: `Counts apply every filter but this one (${label}): each bar shows the patients choosing it would give; chosen: solid, the others faded.`}),
            ...(panel ? {onSelect: (value: string) => panel.toggle(key, value)} : {toggleField: key}),
            ...doc
          }), `explore-${key}`, {document})
        )
    };
  }
  for (const [field, title, unit] of exploreStrips) {
    slots[stripSlot(field)] = {
      key: inViewKey,
      draw: () => atWidths({widths: ctx.widths(stripSlot(field)), ...doc}, (width) => exportable(numericStrip(ctx.inView, {width, field, title, unit, palette, domainFrom: ctx.patients, ...doc}), `explore-${field}`, {document}))
    };
  }
  return slots;
}

function withFilters<P>(cf: Crossfilter<P>, filters: FilterState): Crossfilter<P> {
  cf.apply(filters);
  return cf;
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
