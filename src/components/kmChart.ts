/**
 * Kaplan–Meier survival curves: one step line per group with its shaded pointwise confidence band, a "+" at
 * each censoring (patients alive at last contact), a pointer tooltip, and the number at risk per group printed
 * under the time axis at each tick, aligned with it. Curves come from src/lib/survival.ts.
 */
import * as Plot from "@observablehq/plot";
import {accessiblePlot, plotClass} from "./plotA11y.js";
import {formatNumber, formatPercent} from "../lib/format.js";
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
  /** Times (months) of the axis ticks and of the number-at-risk row. */
  ticks: readonly number[];
  /** Number at risk per group at each tick. */
  atRisk: readonly (readonly number[])[];
  title?: string;
  document?: Document;
}

interface Point extends KmStep {
  group: string;
}

const marginLeft = 110;
const marginRight = 20;

/** @example kmChart([{name: "All", color: "#0072B2", curve}], {width: 640, ticks: [0, 24, 48], atRisk: [[10, 3, 1]]}) */
export function kmChart(groups: readonly KmGroup[], options: KmChartOptions): HTMLElement {
  const document = documentOf(options);
  const {width, ticks, atRisk} = options;
  const maxTime = Math.max(ticks.at(-1) ?? 0, ...groups.flatMap((g) => g.curve.steps.map((s) => s.time)));
  const points: Point[] = groups.flatMap((g) => g.curve.steps.map((s) => ({...s, group: g.name})));
  const band = points.filter((p) => p.lower !== null && p.upper !== null);
  const censored = points.filter((p) => p.censored > 0);
  const color = {domain: groups.map((g) => g.name), range: groups.map((g) => g.color)};
  const describe = (p: Point) =>
    `${p.group}: ${formatPercent(100 * p.survival, 1)} alive after ${formatNumber(p.time)} months` +
    (p.lower !== null ? ` (95% CI ${formatPercent(100 * p.lower, 1)} to ${formatPercent(100 * (p.upper ?? 1), 1)})` : "") +
    `; ${p.atRisk} at risk, ${p.events} died, ${p.censored} censored at this time`;
  const summary = groups
    .map((g) => {
      const m = g.curve.median;
      return `${g.name}: ${g.curve.n} patients, ${g.curve.events} ${g.curve.events === 1 ? "death" : "deaths"}, median survival ${m.estimate === null ? "not reached" : `${formatNumber(m.estimate)} months`}`;
    })
    .join("; ");
  const x = {domain: [0, maxTime], ticks: [...ticks], label: "Months from liver resection →", grid: true};
  const curves = accessiblePlot(Plot.plot({
    className: plotClass,
    ...(options.document && {document: options.document}),
    width,
    height: Math.round(Math.min(420, Math.max(260, width * 0.5))),
    marginLeft,
    marginRight,
    x,
    y: {domain: [0, 1], label: "↑ Proportion alive", grid: true, tickFormat: "%"},
    color: {...color, legend: groups.length > 1},
    ariaLabel: `Kaplan–Meier survival curve${groups.length > 1 ? "s" : ""} after liver resection`,
    ariaDescription: summary,
    marks: [
      Plot.areaY(band, {x: "time", y1: "lower", y2: "upper", fill: "group", fillOpacity: 0.15, curve: "step-after", z: "group"}),
      Plot.lineY(points, {x: "time", y: "survival", stroke: "group", strokeWidth: 2, curve: "step-after", z: "group"}),
      Plot.dot(censored, {x: "time", y: "survival", stroke: "group", symbol: "plus", r: 5, strokeWidth: 1.5}),
      Plot.ruleY([0.5], {stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "4,3"}),
      Plot.tip(points, Plot.pointer({x: "time", y: "survival", title: describe, fill: "var(--theme-background)"}))
    ]
  }));
  const rows = groups.map((g, i) => ticks.map((t, j) => ({group: g.name, time: t, n: atRisk[i]?.[j] ?? 0})));
  const risk = accessiblePlot(Plot.plot({
    className: plotClass,
    ...(options.document && {document: options.document}),
    width,
    height: 34 + 20 * groups.length,
    marginLeft,
    marginRight,
    marginTop: 22,
    marginBottom: 6,
    x: {...x, axis: null, grid: false},
    y: {domain: groups.map((g) => g.name), label: null, tickSize: 0},
    ariaLabel: "Number at risk under the survival curve",
    ariaDescription: groups.map((g, i) => `${g.name}: ${ticks.map((t, j) => `${atRisk[i]?.[j] ?? 0} at ${t} months`).join(", ")}`).join("; "),
    marks: [
      Plot.text(rows.flat(), {x: "time", y: "group", text: (d: {n: number}) => String(d.n), fill: (d: {group: string}) => color.range[color.domain.indexOf(d.group)]}),
      Plot.text(["Number at risk"], {frameAnchor: "top-left", dx: -marginLeft + 4, dy: -18, fontWeight: "bold"})
    ]
  }));
  return element(document, "figure", {class: "km-chart"}, [
    options.title ? element(document, "h3", {}, [options.title]) : null,
    curves,
    risk,
    element(document, "figcaption", {}, [
      "Step lines: Kaplan–Meier estimates; shaded: pointwise 95% confidence bands (Greenwood, log-log); +: patients alive at last contact (censored)."
    ])
  ]);
}
