/**
 * Kaplan–Meier survival curves as survminer's ggsurvplot draws them: one step line per group (a shaded pointwise
 * confidence band for a single curve), a "+" at each censoring, 12-month breaks, the number at risk per group
 * under the time axis at each break, a key naming each curve with its patients and deaths, the comparison's
 * result on the plot, and a caption that describes only what is drawn. Text is sized for a projector. Curves
 * come from src/lib/survival.ts; the time window and test rule from src/lib/kmDisplay.ts.
 */
import * as Plot from "@observablehq/plot";
import {accessiblePlot, plotClass} from "./plotA11y.js";
import {formatInteger, formatNumber, formatPercent} from "../lib/format.js";
import type {KaplanMeierCurve, KmStep} from "../lib/survival.js";
import {documentOf, element} from "./dom.js";

export interface KmGroup {
  name: string;
  color: string;
  curve: KaplanMeierCurve;
  /** Number at risk at each of the chart's tick times, computed by the page with numberAtRisk. */
}

export interface KmChartOptions {
  width: number;
  /** Times (months) of the axis breaks and of the number-at-risk row, within [0, end]. */
  ticks: readonly number[];
  /** Number at risk per group at each tick. */
  atRisk: readonly (readonly number[])[];
  /** End of the time axis in months (default: the last tick or the longest time); curves are clipped there. */
  end?: number;
  /** What a truncated axis leaves out, for the caption: the window from survivalWindow when `end` cuts follow-up. */
  truncation?: {atRiskAtEnd: number; followedBeyond: number; deathsBeyond: number; fullEnd: number; n: number} | null;
  title?: string;
  /** The patients shown, for a line under the title ("All 10 patients", "3 of 10 patients (Sex: Male)"). */
  subset?: string;
  /** The comparison's result, drawn on the plot (a log-rank p, or why no test is shown). */
  test?: string | null;
  /** The note naming patients left out (survival not recorded), ended to the caption so it travels with the chart. */
  leftOut?: string;
  /** Draw the 95% band (default: only for a single curve, as overlapping bands cannot be read). */
  bands?: boolean;
  document?: Document;
}

interface Point extends KmStep {
  group: string;
}

/** Text size for a projector (Plot's default 10 px is unreadable from the back of a seminar room); 12 px on a phone. */
const fontSizeFor = (width: number) => (width < 520 ? 12 : 14);
const marginRight = 24;

/** @example kmChart([{name: "All patients", color: "currentColor", curve}], {width: 640, ticks: [0, 12, 24, 36], atRisk: [[10, 8, 3, 2]], end: 36}) */
export function kmChart(groups: readonly KmGroup[], options: KmChartOptions): HTMLElement {
  const document = documentOf(options);
  const {width, ticks, atRisk} = options;
  // A series whose every time is 0 still gets an axis one month long rather than a degenerate one.
  const end = Math.max(1, options.end ?? Math.max(ticks.at(-1) ?? 0, ...groups.flatMap((g) => g.curve.steps.map((s) => s.time))));
  const bands = options.bands ?? groups.length === 1;
  const fontSize = fontSizeFor(width);
  // The at-risk row's names stand clear of its first number, which is centred on time 0: half a registry's "7010"
  // reaches further left than a case series' "10".
  const widestAtRisk = String(Math.max(0, ...atRisk.flat())).length;
  const riskPadding = Math.max(16, 8 + Math.round(0.3 * fontSize * widestAtRisk));
  // Wide enough for the longest group name in the at-risk row, within reason on a phone.
  const marginLeft = Math.round(Math.min(Math.max(60, 0.6 * fontSize * Math.max(...groups.map((g) => g.name.length), 6) + 8 + riskPadding), width * 0.42));
  const points: Point[] = groups.flatMap((g) => g.curve.steps.map((s) => ({...s, group: g.name})));
  const shown = points.filter((p) => p.time <= end);
  const band = bands ? points.filter((p) => p.lower !== null && p.upper !== null) : [];
  const censored = shown.filter((p) => p.censored > 0);
  const color = {domain: groups.map((g) => g.name), range: groups.map((g) => g.color)};
  const describe = (p: Point) =>
    `${p.group}: ${formatPercent(100 * p.survival, 1)} alive after ${formatNumber(p.time)} months` +
    (p.lower !== null && p.lower !== p.upper ? ` (95% CI ${formatPercent(100 * p.lower, 1)} to ${formatPercent(100 * (p.upper ?? 1), 1)})` : "") +
    `; ${p.atRisk} at risk, ${p.events} died, ${p.censored} censored at this time`;
  const summary = groups
    .map((g) => {
      const m = g.curve.median;
      return `${g.name}: ${g.curve.n} patients, ${g.curve.events} ${g.curve.events === 1 ? "death" : "deaths"}, median survival ${m.estimate === null ? "not reached" : `${formatNumber(m.estimate)} months`}`;
    })
    .join("; ");
  const x = {domain: [0, end], ticks: ticks.filter((t) => t <= end), label: "Months from liver resection →", grid: true};
  const style = {fontSize: `${fontSize}px`};
  const curves = accessiblePlot(Plot.plot({
    className: plotClass,
    ...(options.document && {document: options.document}),
    width,
    height: Math.round(Math.min(440, Math.max(280, width * 0.5))),
    marginLeft,
    marginRight,
    marginBottom: 44,
    style,
    x,
    y: {domain: [0, 1], label: "↑ Proportion alive", grid: true, tickFormat: "%", ticks: 5},
    color,
    ariaLabel: `Kaplan–Meier survival curve${groups.length > 1 ? "s" : ""} after liver resection`,
    ariaDescription: summary + (options.test ? `. ${options.test}` : ""),
    marks: [
      bands ? Plot.areaY(band, {x: "time", y1: "lower", y2: "upper", fill: "group", fillOpacity: 0.15, curve: "step-after", z: "group", clip: true}) : null,
      Plot.lineY(points, {x: "time", y: "survival", stroke: "group", strokeWidth: 2.5, curve: "step-after", z: "group", clip: true}),
      Plot.dot(censored, {x: "time", y: "survival", stroke: "group", symbol: "plus", r: 6, strokeWidth: 2}),
      Plot.ruleY([0.5], {stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "4,3"}),
      options.test ? Plot.text([options.test], {frameAnchor: "top-right", dx: -6, dy: 6, lineAnchor: "top", textAnchor: "end", fontSize, fill: "currentColor", stroke: "var(--theme-background, white)", strokeWidth: 4, paintOrder: "stroke", lineWidth: Math.max(12, (width - marginLeft) / (0.55 * fontSize) - 4)}) : null,
      Plot.tip(shown, Plot.pointer({x: "time", y: "survival", title: describe, fill: "var(--theme-background)"}))
    ]
  }));
  const rows = groups.map((g, i) => ticks.filter((t) => t <= end).map((t, j) => ({group: g.name, time: t, n: atRisk[i]?.[j] ?? 0})));
  const risk = accessiblePlot(Plot.plot({
    className: plotClass,
    ...(options.document && {document: options.document}),
    width,
    height: 38 + 24 * groups.length,
    marginLeft,
    marginRight,
    marginTop: 26,
    marginBottom: 6,
    style,
    x: {...x, axis: null, grid: false},
    y: {domain: groups.map((g) => g.name), label: null, tickSize: 0, tickPadding: riskPadding},
    ariaLabel: "Number at risk under the survival curve",
    ariaDescription: groups.map((g, i) => `${g.name}: ${rows[i]!.map((r) => `${r.n} at ${r.time} months`).join(", ")}`).join("; "),
    marks: [
      Plot.text(rows.flat(), {x: "time", y: "group", text: (d: {n: number}) => String(d.n), fill: (d: {group: string}) => color.range[color.domain.indexOf(d.group)]}),
      Plot.text(["Number at risk"], {frameAnchor: "top-left", dx: -marginLeft + 4, dy: -20, fontWeight: "bold"})
    ]
  }));
  return element(document, "figure", {class: "km-chart"}, [
    options.title ? element(document, "h3", {class: "figure-title"}, [options.title]) : null,
    options.subset ? element(document, "p", {class: "figure-subset"}, [options.subset]) : null,
    groups.length > 1 ? legend(document, groups) : null,
    curves,
    risk,
    element(document, "figcaption", {}, [
      caption(groups, {bands: band.length > 0, censored: censored.length > 0, end, truncation: options.truncation ?? null}) + (options.leftOut ? ` ${options.leftOut}` : "")
    ])
  ]);
}

/** The key to the curves' colours, each with its patients and deaths, listing only the curves drawn. */
function legend(document: Document, groups: readonly KmGroup[]): HTMLElement {
  return element(document, "ul", {class: "figure-legend", "aria-label": "Curves"}, groups.map((g) =>
    element(document, "li", {"data-legend": g.name}, [
      element(document, "span", {class: "legend-line", style: `border-color:${g.color}`, "aria-hidden": "true"}),
      `${g.name} (n = ${g.curve.n}, ${g.curve.events} ${g.curve.events === 1 ? "death" : "deaths"})`
    ])
  ));
}

/** The caption says what is drawn, and only that: bands, censoring marks and a truncated axis when present. */
function caption(
  groups: readonly KmGroup[],
  {bands, censored, end, truncation}: {bands: boolean; censored: boolean; end: number; truncation: KmChartOptions["truncation"]}
): string {
  const parts = [`Step line${groups.length > 1 ? "s" : ""}: Kaplan–Meier estimate${groups.length > 1 ? "s" : ""}`];
  if (bands) parts.push("shaded: pointwise 95% confidence band (Greenwood, log-log)");
  else if (groups.length > 1) parts.push("no confidence bands (those of several curves overlap unreadably; the summary table gives the intervals)");
  if (censored) parts.push("+: alive at last contact (censored)");
  parts.push("dashed: 50% alive");
  let text = `${parts.join("; ")}.`;
  if (truncation) {
    const {atRiskAtEnd, followedBeyond, deathsBeyond, fullEnd, n} = truncation;
    text += ` Axis cut at ${formatNumber(end)} months, where ${formatInteger(atRiskAtEnd)} of ${formatInteger(n)} patients remain at risk;` +
      ` ${followedBeyond} ${followedBeyond === 1 ? "patient was" : "patients were"} followed longer (to ${formatNumber(fullEnd)} months),` +
      ` with ${deathsBeyond === 0 ? "no death" : `${deathsBeyond} ${deathsBeyond === 1 ? "death" : "deaths"}`} after ${formatNumber(end)} months.`;
  }
  return text;
}
