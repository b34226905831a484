/**
 * The Overview's live views, one renderer per slot of the page: the headline cards, the survival figure and the
 * note on what the figures cover. The page loader renders them for the whole series at build time (they land in
 * the HTML); the live layer renders them again for the patients in view once the reader filters. One code path.
 */
import {kmChart} from "../components/kmChart.js";
import {documentOf, element} from "../components/dom.js";
import {atWidths} from "./atWidths.js";
import {exportable} from "../components/figureDownloads.js";
import {drawSlots, inViewKey, type LiveSlot, liveSlot} from "./slots.js";
import {describeFilters, type FilterState, subsetLabel} from "../lib/filters.js";
import {formatInteger, formatNumber} from "../lib/format.js";
import {survivalWindow} from "../lib/kmDisplay.js";
import {singleCurveColor} from "../lib/palette.js";
import {type OverviewPatient, overviewCards} from "../lib/prose/overviewCards.js";
import {kaplanMeier, numberAtRisk, survivalLeftOut, survivalSubjects, timeTicks} from "../lib/survival.js";
import {survivalLeftOutNote} from "../lib/prose/notRecorded.js";

export interface OverviewContext {
  patients: readonly OverviewPatient[];
  inView: readonly OverviewPatient[];
  filters: FilterState;
  studyPeriod: {from: string; to: string};
  /** Widths to draw the survival figure at: one live (the slot's width), two at build time (phone and desktop). */
  widths: readonly number[];
  /** The live panel's crossfilter: its key tells a slot whether its patients changed. Absent at build time. */
  crossfilter?: {key(): string};
  document?: Document;
}

/** The cards as a grid; a card with nothing meaningful to show is left out (see overviewCards). */
function cards(ctx: OverviewContext): HTMLElement {
  const document = documentOf(ctx);
  return element(document, "div", {class: "grid grid-cols-4 grid-auto"}, overviewCards(ctx.inView, {total: ctx.patients.length, ...ctx.studyPeriod, series: ctx.patients}).map((card) =>
    element(document, "div", {class: "card"}, [
      element(document, "h2", {}, [card.title]),
      element(document, "span", {class: "big"}, [card.value]),
      card.unit ? ` ${card.unit}` : null,
      element(document, "br"),
      element(document, "span", {class: "muted"}, [card.note])
    ])
  ));
}

/** The survival figure at each width asked for (a phone gets its own drawing, legible at 375 px), and its note. */
function survival(ctx: OverviewContext): HTMLElement {
  const document = documentOf(ctx);
  if (ctx.inView.length === 0) return element(document, "p", {class: "caveat"}, ["No patient matches the filters."]);
  const subjects = survivalSubjects(ctx.inView);
  const leftOut = survivalLeftOutNote(survivalLeftOut(ctx.inView));
  if (subjects.length === 0) return element(document, "p", {class: "caveat"}, [leftOut]);
  const curve = kaplanMeier(subjects);
  const window = survivalWindow(subjects);
  const filtered = describeFilters(ctx.filters) !== "none";
  const draw = (width: number) => {
    const ticks = timeTicks(window.end, {maxTicks: Math.max(4, Math.floor(width / 60))});
    return exportable(kmChart([{name: filtered ? "Patients in view" : "All patients", color: singleCurveColor, curve}], {
      width,
      ticks,
      end: window.end,
      atRisk: [numberAtRisk(subjects, ticks)],
      title: "Survival after liver resection",
      subset: subsetLabel(ctx.filters, ctx.inView.length, ctx.patients.length),
      truncation: window.truncated ? {...window, n: subjects.length} : null,
      ...(leftOut && {leftOut}),
      ...(ctx.document && {document: ctx.document})
    }), "overview-survival", {document});
  };
  return element(document, "div", {}, [
    atWidths(ctx, draw),
    window.truncated
      ? element(document, "p", {class: "muted"}, [
          `The whole follow-up, to ${formatNumber(window.fullEnd)} months, is drawn on the `,
          element(document, "a", {href: "./survival"}, ["Survival"]),
          " page (Time axis: whole follow-up)."
        ])
      : null
  ]);
}

/** Says plainly that the figures are a subset, with a way back to the whole series. */
function scope(ctx: OverviewContext): HTMLElement | Text {
  const document = documentOf(ctx);
  const described = describeFilters(ctx.filters);
  if (described === "none") return document.createTextNode("");
  return element(document, "p", {class: "caveat"}, [
    `These figures are for the patients matching the filters (${described}), not the whole series. `,
    element(document, "a", {href: "./"}, [`Show all ${formatInteger(ctx.patients.length)} patients.`])
  ]);
}

/** Every slot of the page, by the name the template gives it. */
export type OverviewSlot = "cards" | "survival" | "scope";

/** Every slot rendered for one context. @example renderOverview({...context, widths: [720]}).cards */
export function renderOverview(ctx: OverviewContext): Record<OverviewSlot, Node> {
  return drawSlots(overviewSlots(ctx));
}

/** Every slot for one context, drawn when the live layer asks; the figure and the scope also name the filters. */
export function overviewSlots(ctx: OverviewContext): Record<OverviewSlot, LiveSlot> {
  const described = describeFilters(ctx.filters);
  return {
    cards: liveSlot(inViewKey(ctx.crossfilter), () => cards(ctx)),
    survival: liveSlot(inViewKey(ctx.crossfilter, described), () => survival(ctx)),
    scope: liveSlot(inViewKey(ctx.crossfilter, described), () => scope(ctx))
  };
}
