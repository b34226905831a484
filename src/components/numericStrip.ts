/**
 * One dot per patient along a numeric axis, stacked where values coincide, coloured by primary site, with a
 * rule at the median: the distribution behind a "median (range)" figure, small enough to repeat per field.
 */
import * as Plot from "@observablehq/plot";
import {accessiblePlot, plotClass} from "./plotA11y.js";
import {notRecordedLabel} from "../lib/filters.js";
import {formatInteger, formatNumber} from "../lib/format.js";
import {notShownNote} from "../lib/prose/notRecorded.js";
import {describeNumeric} from "../lib/stats.js";
import {perCohort} from "../lib/perCohort.js";
import type {SitePalette} from "../lib/palette.js";

export interface NumericStripOptions {
  width: number;
  field: string;
  title: string;
  unit: string;
  palette: SitePalette;
  /** Fixed x domain, so axes do not jump when filters change. */
  domain?: [number, number];
  /** The whole cohort: its extent of `field` fixes the x domain (when `domain` is not given). */
  domainFrom?: readonly object[];
  /** Above this many patients a dot per patient is unreadable (and slow to place), so a histogram is drawn. */
  aggregateAbove?: number;
  /** Set by numericStrip: the caption saying how many patients are not drawn (value not recorded). */
  note?: string;
  document?: Document;
}

interface Dot {
  id: number;
  primarySite: string;
  value: number;
}

/**
 * A patient whose value is null (not recorded) is not drawn; the chart's caption then says how many ("2 not
 * recorded, not shown"). A patient whose primary site was not recorded is drawn in grey, keyed "Not recorded".
 * @example numericStrip(patients, {width: 320, field: "age", title: "Age", unit: "years", palette})
 */
export function numericStrip(
  patients: readonly {id: number; primarySite: string | null}[],
  options: NumericStripOptions
): SVGSVGElement | HTMLElement {
  const {width, field, title, unit, palette} = options;
  if (!options.domain && options.domainFrom) {
    const domain = cohortExtent(options.domainFrom, field);
    if (domain) options = {...options, domain};
  }
  const dots: Dot[] = [];
  for (const p of patients) {
    const value = (p as unknown as Record<string, unknown>)[field];
    if (typeof value === "number" && Number.isFinite(value)) dots.push({id: p.id, primarySite: p.primarySite ?? notRecordedLabel, value});
  }
  const note = notShownNote(patients.length - dots.length);
  if (note) options = {...options, note};
  const {median} = describeNumeric(dots, "value");
  const describe = (d: Dot) => `Patient ${d.id} (${d.primarySite}): ${formatNumber(d.value, 2)} ${unit}`;
  if (dots.length === 0) return emptyStrip(options);
  if (dots.length > (options.aggregateAbove ?? 200)) return histogram(dots, median, options);
  const colour = siteKey(dots, palette);
  return accessiblePlot(Plot.plot({
    className: plotClass,
    ...(options.document && {document: options.document}),
    title,
    width,
    height: 110,
    marginTop: 8,
    marginLeft: 16,
    marginRight: 16,
    x: {label: `${unit} →`, ...(options.domain && {domain: options.domain}), nice: true},
    color: colour,
    ariaLabel: `${title}: one dot per patient`,
    ...(options.note && {caption: options.note}),
    ariaDescription:
      (dots.length === 0 ? "No patients in view" : `${formatInteger(dots.length)} patients; median ${formatNumber(median, 2)} ${unit}; ` + dots.map(describe).join("; ")) +
      (options.note ? `; ${options.note}` : ""),
    marks: [
      median === null ? null : Plot.ruleX([median], {stroke: "currentColor", strokeDasharray: "3,2", strokeOpacity: 0.7}),
      Plot.dot(dots, Plot.dodgeY({x: "value", fill: "primarySite", r: 5, stroke: "var(--theme-background, white)", title: describe, tip: true, anchor: "bottom"}))
    ]
  }));
}

/** The aggregated form: patients per bin, stacked by primary site, with the median. */
function histogram(dots: readonly Dot[], median: number | null, options: NumericStripOptions): SVGSVGElement | HTMLElement {
  const {width, title, unit, palette} = options;
  return accessiblePlot(Plot.plot({
    className: plotClass,
    ...(options.document && {document: options.document}),
    title,
    width,
    height: 140,
    marginLeft: 44,
    x: {label: `${unit} →`, ...(options.domain && {domain: options.domain}), nice: true},
    y: {label: "↑ Patients", grid: true},
    color: siteKey(dots, palette),
    ariaLabel: `${title}: histogram of ${formatInteger(dots.length)} patients`,
    ...(options.note && {caption: options.note}),
    ariaDescription: `${formatInteger(dots.length)} patients; median ${formatNumber(median, 2)} ${unit}${options.note ? `; ${options.note}` : ""}`,
    marks: [
      // Binned from the distinct values per site, each weighted by its patients: the same bars as binning every
      // dot, but a registry's 100,000 patients are a few hundred records to Plot.
      Plot.rectY(weighted(dots), Plot.binX<Plot.RectYOptions>({y: "sum"}, {x: "value", y: "patients", fill: "primarySite", tip: true})),
      Plot.ruleY([0]),
      median === null ? null : Plot.ruleX([median], {stroke: "currentColor", strokeDasharray: "3,2", strokeOpacity: 0.7})
    ]
  }));
}

/** Patients per primary site and value. */
function weighted(dots: readonly Dot[]): {primarySite: string; value: number; patients: number}[] {
  const bySite = new Map<string, Map<number, number>>();
  for (const {primarySite, value} of dots) {
    let values = bySite.get(primarySite);
    if (!values) bySite.set(primarySite, (values = new Map()));
    values.set(value, (values.get(value) ?? 0) + 1);
  }
  return [...bySite].flatMap(([primarySite, values]) => [...values].map(([value, patients]) => ({primarySite, value, patients})));
}

/** A cohort's extent of a field, worked out once per cohort. */
function cohortExtent(cohort: readonly object[], field: string): [number, number] | null {
  return perCohort(cohort, `extent:${field}`, () => {
    const s = describeNumeric(cohort as Record<string, number | null>[], field);
    return s.min !== null && s.max !== null ? ([s.min, s.max] as [number, number]) : null;
  });
}

/** The colour scale with its key: only the primary sites of the dots drawn, in the palette's colours. */
function siteKey(dots: readonly Dot[], palette: SitePalette) {
  const domain = palette.domain.filter((site) => dots.some((d) => d.primarySite === site));
  if (dots.some((d) => d.primarySite === notRecordedLabel)) domain.push(notRecordedLabel);
  return {domain, range: domain.map((site) => palette.color(site)), legend: true, label: "Primary site"};
}

/** With no value to draw, the chart says so in place of an empty axis. */
function emptyStrip({title, note: notShown, document: doc}: NumericStripOptions): HTMLElement {
  const document = doc ?? globalThis.document;
  const figure = document.createElement("figure");
  figure.className = "empty-figure";
  const heading = document.createElement("h2");
  heading.textContent = title;
  const note = document.createElement("p");
  note.textContent = `No patient in view has a value to show${notShown ? ` (${notShown})` : ""}.`;
  figure.append(heading, note);
  return figure;
}
