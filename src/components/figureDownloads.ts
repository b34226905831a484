/**
 * Every chart of the report can be taken away as a file a reader puts on a slide (SVG or PNG). A view marks its
 * figure with `exportable` (the figure's name and the two buttons, in the HTML at build time). The buttons do
 * nothing without scripts, so CSS shows them only where scripts run (the `scripting` media feature); the page's
 * live layer calls `figureDownloads`, which on a click loads the exporter (src/components/figureExport.ts) and
 * saves the file.
 */
import {categoryFields, type FilterState, rangeField, subsetLabel} from "../lib/filters.js";
import {element} from "./dom.js";

/**
 * The figure marked with its name (`data-figure`, the start of the file name) and its download buttons; a chart
 * that is not a figure is wrapped in one.
 * @example exportable(kmChart(groups, options), "survival-km", {document})
 */
export function exportable(chart: Node, name: string, {document}: {document: Document}): HTMLElement {
  const figure =
    (chart as Element).tagName?.toLowerCase() === "figure" ? (chart as HTMLElement) : element(document, "figure", {class: "figure-plain"}, [chart]);
  figure.setAttribute("data-figure", name);
  figure.append(
    element(document, "div", {class: "figure-export", role: "group", "aria-label": "Download this figure"}, [
      element(document, "span", {"aria-hidden": "true"}, ["Download figure:"]),
      element(document, "button", {type: "button", "data-export": "svg", "aria-label": "Download this figure as SVG"}, ["SVG"]),
      element(document, "button", {type: "button", "data-export": "png", "aria-label": "Download this figure as PNG"}, ["PNG"])
    ])
  );
  return figure;
}

/** What a downloaded figure says of the view it comes from, at the moment of the click. */
export interface FigureView {
  /** The patients the page shows, as subsetLabel says it: "All 10 patients", "4 of 10 patients (Sex: Female)". */
  subset: string;
  /** The parts of the file name after the figure's own: each filter and page control, its key then its values. */
  nameParts: readonly string[];
}

/**
 * The view a page shows, for a downloaded figure: its patients in words, and its filters and controls (the URL
 * parameters a page keeps, such as "by") for the file name, in panel order.
 * @example figureView({categories: {primarySite: ["Retroperitoneum"]}, age: null}, 5, 10, "?primarySite=Retroperitoneum&by=sex", ["by"])
 * // {subset: "5 of 10 patients (Primary site: Retroperitoneum)", nameParts: ["primarySite", "Retroperitoneum", "by", "sex"]}
 */
export function figureView(filters: FilterState, inView: number, total: number, search: string, keep: readonly string[] = []): FigureView {
  const params = new URLSearchParams(search);
  const nameParts = [
    ...categoryFields.flatMap(({key}) => (filters.categories[key]?.length ? [key, ...filters.categories[key]!] : [])),
    ...(filters.age ? [rangeField.key, `${filters.age.min}-${filters.age.max}`] : []),
    ...keep.flatMap((key) => params.getAll(key).flatMap((value) => [key, value]))
  ];
  return {subset: subsetLabel(filters, inView, total), nameParts};
}

/**
 * Makes the page's download buttons work: one listener for every figure, now and after any redraw. `view` says what
 * the page shows at the click (it may wait, for the cohort to load).
 * @example figureDownloads(document, () => figureView(panel.value, panel.crossfilter.inView().length, patients.length, location.search))
 */
export function figureDownloads(document: Document, view: () => FigureView | Promise<FigureView>): void {
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>("button[data-export]");
    const figure = button?.closest<HTMLElement>("[data-figure]");
    if (!button || !figure) return;
    const format = button.dataset.export === "png" ? "png" : "svg";
    button.disabled = true;
    void Promise.all([import("./figureExport.js"), view()])
      .then(([{downloadFigure}, current]) => downloadFigure(figure, format, current))
      .catch((error: unknown) => console.error("The figure could not be exported:", error))
      .finally(() => (button.disabled = false));
  });
}
