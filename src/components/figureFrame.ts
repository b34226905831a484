/**
 * A figure that names what it shows: a title, the patients it shows (the subset line), the chart, and a caption.
 * Every chart on a filtered page sits in one, so a screenshot or a slide made from it carries its own context.
 */
import {documentOf, element} from "./dom.js";
import {exportable} from "./figureDownloads.js";

export interface FigureFrameOptions {
  /** The figure's name, the start of a downloaded file's name ("survival-course"). */
  name: string;
  /** Omitted when the chart draws its own title. */
  title?: string;
  /** The patients shown, from subsetLabel: "All 10 patients", "3 of 10 patients (Sex: Male)". */
  subset: string;
  caption?: string;
  document?: Document;
}

/** @example figureFrame(swimmerPlot(inView, timeline, {width, palette}), {name: "survival-course", title: "Each patient's course", subset: "All 10 patients"}) */
export function figureFrame(chart: Node, options: FigureFrameOptions): HTMLElement {
  const document = documentOf(options);
  return exportable(element(document, "figure", {class: "figure-frame"}, [
    options.title ? element(document, "h3", {class: "figure-title"}, [options.title]) : null,
    element(document, "p", {class: "figure-subset"}, [options.subset]),
    chart,
    options.caption ? element(document, "figcaption", {}, [options.caption]) : null
  ]), options.name, {document});
}
