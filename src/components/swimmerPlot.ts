/**
 * One lane per patient along months from the liver resection: a faint bar from the primary resection to the
 * liver resection, a solid bar from the liver resection to last follow-up, a symbol for each dated event
 * (further metastasis, operation, ablation, treatment), and at the end a cross for death or an arrow for alive
 * at last contact. Above `aggregateAbove` patients the lanes become unreadable, so the chart shows how many
 * patients are still followed, alive and dead over time instead.
 */
import * as Plot from "@observablehq/plot";
import {accessiblePlot, plotClass} from "./plotA11y.js";
import {formatInteger, formatNumber} from "../lib/format.js";
import {notRecordedLabel} from "../lib/filters.js";
import type {SitePalette} from "../lib/palette.js";
import {countAtMost, countBelow, sortedNumbers} from "../lib/sorted.js";

/** A patient's lane; a null field was not recorded (see swimmerPlot for what is then drawn). */
export interface SwimmerPatient {
  id: number;
  primarySite: string | null;
  monthsToLiverMetastasis: number | null;
  survivalMonths: number | null;
  dead: boolean | null;
}

/** A patient with a lane to draw: survival time and vital status recorded. */
type Lane = SwimmerPatient & {survivalMonths: number; dead: boolean; primarySite: string};

export interface SwimmerEvent {
  patient: number;
  event: string;
  kind: string;
  label: string;
  monthsFromLiverResection: number | null;
}

export interface SwimmerOptions {
  width: number;
  palette: SitePalette;
  aggregateAbove?: number;
  document?: Document;
}

/** Symbols per event kind, shared with the page's legend. */
export const eventSymbols: Record<string, {symbol: string; label: string}> = {
  metastasis: {symbol: "diamond", label: "Further metastasis found"},
  resection: {symbol: "square", label: "Further operation"},
  ablation: {symbol: "star", label: "Ablation"},
  chemotherapy: {symbol: "triangle", label: "Chemotherapy"},
  radiotherapy: {symbol: "wye", label: "Radiotherapy"}
};

/** Above this many patients the lanes give way to the aggregated form. */
export const swimmerAggregateAbove = 60;

/**
 * A patient without a survival time or vital status has no lane (the page says so beside the chart); one without
 * the interval to liver metastasis has no faint bar before time 0; one without a primary site is drawn grey.
 * @example swimmerPlot(patients, timeline, {width: 800, palette})
 */
export function swimmerPlot(
  allPatients: readonly SwimmerPatient[],
  events: readonly SwimmerEvent[],
  options: SwimmerOptions
): SVGSVGElement | HTMLElement {
  const {width, palette, aggregateAbove = swimmerAggregateAbove} = options;
  const patients: Lane[] = allPatients.flatMap((p) =>
    p.survivalMonths === null || p.dead === null ? [] : [{...p, survivalMonths: p.survivalMonths, dead: p.dead, primarySite: p.primarySite ?? notRecordedLabel}]
  );
  if (patients.length > aggregateAbove) return followedOverTime(patients, options);
  const lane = (id: number) => `Patient ${id}`;
  const order = [...patients].sort((a, b) => b.survivalMonths - a.survivalMonths || a.id - b.id);
  const ids = new Set(patients.map((p) => p.id));
  // Events at the liver resection (time 0) or on its day are drawn as the lane start; the end is its own mark.
  const dated = events.filter(
    (e) => ids.has(e.patient) && e.monthsFromLiverResection !== null && !["primary-resection", "index-hepatectomy", "death", "last-contact"].includes(e.event) && eventSymbols[e.kind]
  );
  // The keys list only what is drawn: the event kinds with a dated mark, and the primary sites of these lanes.
  const kinds = Object.keys(eventSymbols).filter((kind) => dated.some((e) => e.kind === kind));
  const sites = [...palette.domain, notRecordedLabel].filter((site) => patients.some((p) => p.primarySite === site));
  const minTime = patients.reduce((m, p) => Math.min(m, -(p.monthsToLiverMetastasis ?? 0)), 0);
  const before = (p: SwimmerPatient) =>
    p.monthsToLiverMetastasis === null ? "interval from the primary resection not recorded" : `primary resected ${p.monthsToLiverMetastasis} months before the liver resection`;
  const maxTime = patients.reduce((m, p) => Math.max(m, p.survivalMonths), 1);
  return accessiblePlot(Plot.plot({
    className: plotClass,
    ...(options.document && {document: options.document}),
    width,
    height: 50 + 26 * Math.max(1, patients.length),
    marginLeft: 80,
    marginRight: 24,
    x: {domain: [minTime, maxTime], label: "Months from liver resection →", grid: true},
    y: {domain: order.map((p) => lane(p.id)), label: null},
    color: {domain: sites, range: sites.map((site) => palette.color(site)), legend: true, label: "Primary site"},
    symbol: {
      domain: kinds.length ? kinds : ["none"],
      range: kinds.length ? kinds.map((kind) => eventSymbols[kind]!.symbol) : ["circle"],
      tickFormat: (kind: string) => eventSymbols[kind]?.label ?? kind,
      legend: kinds.length > 0
    },
    ariaLabel: "Swimmer plot: one lane per patient from the liver resection to last follow-up",
    ariaDescription: order
      .map((p) => `Patient ${p.id}: ${before(p)}; ${p.dead ? "died" : "alive"} at ${p.survivalMonths} months`)
      .join("; "),
    marks: [
      Plot.barX(order.filter((p) => p.monthsToLiverMetastasis !== null), {x1: (p: Lane) => -p.monthsToLiverMetastasis!, x2: 0, y: (p: Lane) => lane(p.id), fill: "primarySite", fillOpacity: 0.25, insetTop: 8, insetBottom: 8,
        title: (p: Lane) => `Patient ${p.id}: ${before(p)}`}),
      Plot.barX(order, {x1: 0, x2: "survivalMonths", y: (p: Lane) => lane(p.id), fill: "primarySite", insetTop: 5, insetBottom: 5,
        title: (p: Lane) => `Patient ${p.id} (${p.primarySite}): ${p.dead ? "died" : "alive at last contact"} ${p.survivalMonths} months after the liver resection`, tip: true}),
      Plot.ruleX([0], {stroke: "currentColor"}),
      Plot.dot(dated, {x: "monthsFromLiverResection", y: (e: SwimmerEvent) => lane(e.patient), symbol: "kind", fill: "currentColor", stroke: "var(--theme-background, white)", r: 6,
        title: (e: SwimmerEvent) => `Patient ${e.patient}, ${formatNumber(e.monthsFromLiverResection)} months: ${e.label}`, tip: true}),
      Plot.dot(order.filter((p) => p.dead), {x: "survivalMonths", y: (p: Lane) => lane(p.id), symbol: "times", stroke: "currentColor", strokeWidth: 2.5, r: 6,
        title: (p: Lane) => `Patient ${p.id} died ${p.survivalMonths} months after the liver resection`}),
      Plot.text(order.filter((p) => !p.dead), {x: "survivalMonths", y: (p: Lane) => lane(p.id), text: () => "→", dx: 9, fontSize: 16, fill: "currentColor",
        title: (p: Lane) => `Patient ${p.id} alive at last contact, ${p.survivalMonths} months after the liver resection`})
    ]
  }));
}

/** The aggregated form for large cohorts: patients still followed, and cumulative deaths, by month. */
function followedOverTime(patients: readonly Lane[], {width, document}: SwimmerOptions): SVGSVGElement | HTMLElement {
  const maxTime = patients.reduce((m, p) => Math.max(m, p.survivalMonths), -Infinity);
  const step = Math.max(1, Math.ceil(maxTime / 120));
  const rows = [];
  const times = Array.from({length: Math.floor(maxTime / step) + 1}, (_, i) => i * step);
  if (times.at(-1) !== maxTime) times.push(maxTime); // always draw the state at the last follow-up
  // At time t a patient is followed and alive if followed beyond t, or to t and alive then; dead by t if died at
  // or before t. Counted by binary search in the sorted times.
  const all = sortedNumbers(patients, (p) => p.survivalMonths);
  const deaths = sortedNumbers(patients.filter((p) => p.dead), (p) => p.survivalMonths);
  for (const t of times) {
    const endingAt = countAtMost(all, t) - countBelow(all, t);
    const dyingAt = countAtMost(deaths, t) - countBelow(deaths, t);
    rows.push({time: t, status: "Followed, alive", n: all.length - countAtMost(all, t) + endingAt - dyingAt});
    rows.push({time: t, status: "Died by then", n: countAtMost(deaths, t)});
  }
  return accessiblePlot(Plot.plot({
    className: plotClass,
    ...(document && {document}),
    width,
    height: 300,
    x: {label: "Months from liver resection →"},
    y: {label: "↑ Patients", grid: true},
    color: {domain: ["Followed, alive", "Died by then"], range: ["#0072B2", "#D55E00"], legend: true},
    ariaLabel: `Follow-up of ${formatInteger(patients.length)} patients: number still followed and number dead over time`,
    marks: [Plot.areaY(rows, {x: "time", y: "n", fill: "status", curve: "step-after", tip: true}), Plot.ruleY([0])]
  }));
}
