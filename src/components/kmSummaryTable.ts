/**
 * The Kaplan–Meier summary beside the survival curve: for each group, patients, deaths, censored, the median
 * survival with its 95% confidence interval, and the estimate alive at fixed times (12 and 24 months by default)
 * with its interval and the number still followed. Times in months from the liver resection.
 */
import {formatMedianInterval, formatMonths, formatNumber, formatPercent} from "../lib/format.js";
import {type KaplanMeierCurve, survivalAt} from "../lib/survival.js";
import {documentOf, element} from "./dom.js";

/** One curve of the survival page: its name, its colour in the chart, and its Kaplan–Meier estimate. */
export interface KmSummaryGroup {
  name: string;
  color: string;
  curve: KaplanMeierCurve;
}

export interface KmSummaryTableOptions {
  document?: Document;
  /** Months from the liver resection at which to report survival, one column each. */
  times?: readonly number[];
}


/** "58% (8%–89%); 3 at risk", or a plain statement when no patient was followed to `time`. */
function aliveAt(curve: KaplanMeierCurve, time: number): string {
  const v = survivalAt(curve, time);
  const lastSeen = Math.max(...curve.steps.map((s) => s.time));
  if (v.atRisk === 0 && time > lastSeen) return "no patient followed that long";
  // Before the first death the band has no width (100%–100%), which reads as certainty; say why instead.
  const interval = v.lower === null || v.upper === null ? "" : v.lower === v.upper ? " (no death by then)" : ` (${formatPercent(100 * v.lower)}–${formatPercent(100 * v.upper)})`;
  return `${formatPercent(100 * v.survival)}${interval}; ${v.atRisk} at risk`;
}

/** @example kmSummaryTable([{name: "All in view", color: "#0072B2", curve: kaplanMeier(subjects)}]) // one row */
export function kmSummaryTable(groups: readonly KmSummaryGroup[], options: KmSummaryTableOptions = {}): HTMLTableElement {
  const document = documentOf(options);
  const times = options.times ?? [12, 24];
  const th = (text: string, attrs = {}) => element(document, "th", {scope: "col", ...attrs}, [text]);
  const td = (text: string, attrs = {}) => element(document, "td", attrs, [text]);
  const rows = groups.map((g) =>
    element(document, "tr", {}, [
      element(document, "th", {scope: "row"}, [element(document, "span", {class: "legend-swatch", style: `background:${g.color}`}), g.name]),
      td(String(g.curve.n), {class: "num"}),
      td(String(g.curve.events), {class: "num"}),
      td(String(g.curve.n - g.curve.events), {class: "num"}),
      td(`${formatMonths(g.curve.median.estimate)}${formatMedianInterval(g.curve.median)}`),
      ...times.map((t) => td(aliveAt(g.curve, t)))
    ])
  );
  return element(document, "table", {class: "plain-table"}, [
    element(document, "caption", {}, [
      "Kaplan–Meier estimates for the patients in view. Survival in months from the liver resection; 95% confidence intervals (log-log)."
    ]),
    element(document, "thead", {}, [
      element(document, "tr", {}, [
        th("Group"),
        th("Patients", {class: "num"}),
        th("Deaths", {class: "num"}),
        th("Censored", {class: "num"}),
        th("Median survival"),
        ...times.map((t) => th(`Alive at ${formatNumber(t)} months`))
      ])
    ]),
    element(document, "tbody", {}, rows)
  ]);
}
