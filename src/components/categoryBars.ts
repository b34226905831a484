/**
 * A horizontal bar chart of how many patients in view fall in each category of one field. Clicking a bar (or
 * pressing Enter or Space on it) calls onSelect with its label, which the pages use to toggle that filter.
 */
import * as Plot from "@observablehq/plot";
import {accessiblePlot, plotClass} from "./plotA11y.js";
import {formatInteger, formatPercent} from "../lib/format.js";

export interface CategoryBar {
  label: string;
  n: number;
  total: number;
}

export interface CategoryBarsOptions {
  width: number;
  title: string;
  /** Display names for labels (e.g. F -> Female). */
  names?: Record<string, string>;
  color?: (label: string) => string;
  /** Labels currently selected in this field's filter; the others are drawn faded when any is selected. */
  selected?: readonly string[];
  onSelect?: (label: string) => void;
  /** A line under the chart, saying what it counts where that is not plain (Explore's faceted counts). */
  caption?: string;
  /**
   * Drawn without a handler (at build time), each bar names the filter it would toggle, `data-toggle-field` and
   * `data-toggle`, so the live layer can make the whole-series drawing clickable before, and without, a redraw.
   */
  toggleField?: string;
  document?: Document;
}

/** @example categoryBars([{label: "F", n: 7, total: 10}, {label: "M", n: 3, total: 10}], {width: 320, title: "Sex"}) */
export function categoryBars(bars: readonly CategoryBar[], options: CategoryBarsOptions): SVGSVGElement | HTMLElement {
  const {width, title, names = {}, color = () => "var(--theme-foreground-focus, #3b5fc0)", selected = [], onSelect} = options;
  const name = (label: string) => names[label] ?? label;
  const faded = (label: string) => selected.length > 0 && !selected.includes(label);
  const describe = (d: CategoryBar) => `${name(d.label)}: ${formatInteger(d.n)} of ${formatInteger(d.total)} patients (${formatPercent(d.total ? (100 * d.n) / d.total : null)})`;
  const max = Math.max(1, ...bars.map((d) => d.total));
  // Category names take at most 40% of the width; longer ones are shortened (the tooltip keeps them whole).
  const maxChars = Math.max(8, Math.floor((width * 0.4 - 12) / 6.5));
  const marginLeft = 12 + 6.5 * Math.min(maxChars, Math.max(4, ...bars.map((d) => name(d.label).length)));
  const chart = accessiblePlot(Plot.plot({
    className: plotClass,
    ...(options.document && {document: options.document}),
    title,
    ...(options.caption && {caption: options.caption}),
    width,
    height: 34 + 24 * Math.max(1, bars.length),
    marginLeft,
    marginRight: 28,
    x: {domain: [0, max], label: "Patients →", grid: true, ticks: Math.min(max, 5), tickFormat: "d"},
    y: {domain: bars.map((d) => d.label), label: null, tickFormat: (label: string) => shorten(name(label), maxChars)},
    ariaLabel: `${title}: bar chart of patients per category`,
    ariaDescription: bars.map(describe).join("; "),
    marks: [
      Plot.barX(bars, {
        x: "n",
        y: "label",
        fill: (d: CategoryBar) => color(d.label),
        fillOpacity: (d: CategoryBar) => (faded(d.label) ? 0.3 : 1),
        title: describe,
        tip: true,
        ariaLabel: describe
      }),
      Plot.text(bars, {x: "n", y: "label", text: (d: CategoryBar) => String(d.n), dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  }));
  if (onSelect) {
    // One click handler on the whole chart: a click that starts on a bar can end on the tooltip Plot draws over
    // it, so the bar itself may never receive the click; Plot's pointer then holds the bar as the chart's value.
    chart.addEventListener("click", (event) => {
      const target = (event.target as Element | null)?.closest?.("[data-label]");
      const label = target?.getAttribute("data-label") ?? (chart as unknown as {value?: CategoryBar}).value?.label;
      if (label !== undefined) onSelect(label);
    });
    const rects = chart.querySelectorAll('g[data-mark="bar"] rect');
    rects.forEach((rect, i) => {
      const bar = bars[i];
      if (!bar) return;
      rect.setAttribute("tabindex", "0");
      rect.setAttribute("role", "button");
      rect.setAttribute("aria-pressed", String(selected.includes(bar.label)));
      rect.setAttribute("data-label", bar.label);
      rect.setAttribute("style", "cursor: pointer");
      rect.addEventListener("keydown", (event) => {
        const key = (event as KeyboardEvent).key;
        if (key === "Enter" || key === " ") {
          event.preventDefault();
          onSelect(bar.label);
        }
      });
    });
  }
  else if (options.toggleField) {
    chart.querySelectorAll('g[data-mark="bar"] rect').forEach((rect, i) => {
      if (!bars[i]) return;
      rect.setAttribute("data-toggle-field", options.toggleField!);
      rect.setAttribute("data-toggle", bars[i].label);
    });
  }
  return chart;
}

function shorten(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}
