/**
 * The Survival page's live views, one renderer per slot: the caveat on what the curve can show, the
 * Kaplan–Meier figure (split by an attribute known at the liver resection, over the chosen time axis), the
 * summary table, the summary and comparison paragraphs, the swimmer plot and the events without a time. The
 * page loader renders them for the whole series at build time; the live layer renders them for the patients in
 * view and the page's controls.
 */
import {documentOf, element} from "../components/dom.js";
import {atWidths} from "./atWidths.js";
import {drawSlots, inViewKey, type LiveSlot, liveSlot} from "./slots.js";
import {eventTable, type TableEvent} from "../components/eventTable.js";
import {exportable} from "../components/figureDownloads.js";
import {figureFrame} from "../components/figureFrame.js";
import {kmChart} from "../components/kmChart.js";
import {kmSummaryTable} from "../components/kmSummaryTable.js";
import type {SurvivalControlsValue} from "../components/survivalControls.js";
import {swimmerAggregateAbove, type SwimmerEvent, type SwimmerPatient, swimmerPlot} from "../components/swimmerPlot.js";
import {describeFilters, fieldLabel, type FilterState, notRecordedLabel, splitFields, subsetLabel, valueNames} from "../lib/filters.js";
import {survivalWindow} from "../lib/kmDisplay.js";
import {groupColors, singleCurveColor, sitePalette} from "../lib/palette.js";
import {survivalCaveat} from "../lib/prose/survivalCaveat.js";
import {survivalSummary} from "../lib/prose/survivalSummary.js";
import {survivalTest} from "../lib/prose/survivalTest.js";
import {hasSurvival, kaplanMeier, numberAtRisk, survivalLeftOut, survivalSubjects, timeTicks} from "../lib/survival.js";
import {notShownNote, survivalLeftOutNote} from "../lib/prose/notRecorded.js";

export type SurvivalPatient = SwimmerPatient;

export interface SurvivalContext {
  patients: readonly SurvivalPatient[];
  inView: readonly SurvivalPatient[];
  filters: FilterState;
  controls: SurvivalControlsValue;
  timeline: readonly (SwimmerEvent & TableEvent)[];
  /** One width live (the slot's), or a phone and a desktop width at build time. */
  widths: readonly number[];
  /** The live panel's crossfilter: its key tells a slot whether its patients changed. Absent at build time. */
  crossfilter?: {key(): string};
  document?: Document;
}

type SurvivalSlot = "caveat" | "curve" | "table" | "summary" | "comparison" | "course" | "untimed";

/** Every slot drawn for one context. @example renderSurvival({...context, widths: [960]}).curve */
export function renderSurvival(ctx: SurvivalContext): Record<SurvivalSlot, Node> {
  return drawSlots(survivalSlots(ctx));
}

/**
 * Every slot for one context, drawn when the live layer asks, each keyed by what it shows: a new time axis
 * redraws the curve alone, a new split the curve, its table, the comparison and the caveat.
 */
export function survivalSlots(ctx: SurvivalContext): Record<SurvivalSlot, LiveSlot> {
  const document = documentOf(ctx);
  const doc = ctx.document ? {document: ctx.document} : {};
  const {controls} = ctx;
  const palette = sitePalette(ctx.patients);
  const subjects = survivalSubjects;
  // Survival estimates use the patients with a survival time and vital status; the others are named in a note.
  const inView = ctx.inView.filter(hasSurvival);
  const leftOut = survivalLeftOutNote(survivalLeftOut(ctx.inView));
  const deaths = inView.filter((p) => p.dead).length;
  const subset = subsetLabel(ctx.filters, ctx.inView.length, ctx.patients.length);
  const split = controls.by;
  const groupRows = () =>
    split === "none"
      ? [{name: describeFilters(ctx.filters) === "none" ? "All patients" : "Patients in view", rows: inView}]
      : // A group of patients whose value was not recorded is no group to compare (survfit drops NA strata too):
        // such patients are in no curve and no test, and the split note says how many.
        [...new Set(inView.map((p) => fieldLabel(p, split)))]
          .filter((label): label is string => label !== null && label !== notRecordedLabel)
          .sort()
          .map((label) => ({name: valueNames[split]?.[label] ?? label, rows: inView.filter((p) => fieldLabel(p, split) === label)}));
  const unsplit = split === "none" ? 0 : inView.filter((p) => fieldLabel(p, split) === notRecordedLabel).length;
  const splitNote = unsplit ? `${unsplit === 1 ? "1 patient" : `${unsplit} patients`} with ${splitFieldName(split)} not recorded ${unsplit === 1 ? "is" : "are"} in no curve.` : "";
  const colorOf = split === "none" ? () => singleCurveColor : groupColors(split === "primarySite" ? palette : null);
  // The curves and the test, worked out once and only for the slots that show them.
  let curves: {groups: ReturnType<typeof curveGroups>; comparison: ReturnType<typeof survivalTest>} | null = null;
  const curveGroups = () => groupRows().map((g, i) => ({...g, color: colorOf(g.name, i), curve: kaplanMeier(subjects(g.rows))}));
  const analysis = () => {
    if (curves) return curves;
    const groups = curveGroups();
    return (curves = {groups, comparison: survivalTest(groups.length > 1 ? groups.map((g) => ({name: g.name, subjects: subjects(g.rows)})) : [])});
  };
  const window = survivalWindow(subjects(inView));
  const end = controls.range === "full" ? window.fullEnd : window.end;
  const caveat = () => element(document, "div", {class: "caveat"}, [
    element(document, "strong", {}, ["What the curve can show."]),
    ` ${survivalCaveat({patients: inView.length, deaths})}`,
    leftOut ? element(document, "span", {class: "not-recorded-note"}, [` ${leftOut}`]) : null,
    splitNote ? element(document, "span", {class: "not-recorded-note"}, [` ${splitNote}`]) : null
  ]);
  const curve = () => inView.length === 0
    ? element(document, "p", {class: "caveat"}, [ctx.inView.length === 0 ? "No patient matches the filters." : `No patient in view has a survival time and vital status recorded. ${leftOut}`])
    : atWidths(ctx, (width) => {
        const {groups, comparison} = analysis();
        const ticks = timeTicks(end, {maxTicks: Math.max(4, Math.floor(width / 60))});
        return exportable(kmChart(groups, {
          width,
          ticks,
          end,
          atRisk: groups.map((g) => numberAtRisk(subjects(g.rows), ticks)),
          title: "Survival after liver resection",
          subset,
          test: comparison.plotLabel,
          ...((leftOut || splitNote) && {leftOut: [leftOut, splitNote].filter(Boolean).join(" ")}),
          truncation: controls.range === "full" || !window.truncated ? null : {...window, n: inView.length},
          ...doc
        }), "survival-km", {document});
      });
  const untimed = () => {
    const ids = new Set(ctx.inView.map((p) => p.id));
    return ctx.timeline.filter((e) => ids.has(e.patient) && e.monthsFromLiverResection === null);
  };
  const caption = inView.length > swimmerAggregateAbove
    ? "Patients still followed, alive, and patients who had died, by months from the liver resection."
    : `Lanes: faint from the primary resection to the liver resection (time 0), solid to the last follow-up, coloured by primary site;${inView.some((p) => p.dead) ? " ✕ died;" : ""}${inView.some((p) => !p.dead) ? " → alive at last contact;" : ""} events the article dates are marked on the lanes.${ctx.inView.length > inView.length ? ` ${notShownNote(ctx.inView.length - inView.length)} (no survival time or vital status).` : ""}`;
  const key = (...parts: string[]) => inViewKey(ctx.crossfilter, ...parts);
  const none = () => document.createTextNode("");
  return {
    caveat: liveSlot(key(split), caveat),
    curve: liveSlot(key(subset, split, controls.range), curve),
    table: liveSlot(key(split), () => (inView.length ? element(document, "div", {class: "table-scroll"}, [kmSummaryTable(analysis().groups, doc)]) : none())),
    summary: liveSlot(key(), () => element(document, "p", {}, [survivalSummary(ctx.inView)])),
    comparison: liveSlot(key(split), () => {
      const {paragraph} = analysis().comparison;
      return paragraph ? element(document, "p", {}, [paragraph]) : none();
    }),
    course: liveSlot(key(subset), () =>
      inView.length === 0
        ? element(document, "p", {}, [ctx.inView.length === 0 ? "No patient in view." : leftOut])
        : atWidths(ctx, (width) => figureFrame(swimmerPlot(inView, ctx.timeline, {width, palette, ...doc}), {name: "survival-course", title: "Each patient's course", subset, caption, ...doc}))
    ),
    untimed: liveSlot(key(), () => {
      const events = untimed();
      return events.length
        ? element(document, "div", {class: "table-scroll"}, [eventTable(events, {caption: "Events the article gives without a time (not drawn above)", columns: ["patient", "event", "notBefore", "source"], maxRows: 100, ...doc})])
        : element(document, "p", {class: "muted"}, ["Every event of the patients in view has a time."]);
    })
  };
}

/** A split field as a sentence names it: "primarySite" -> "primary site". */
function splitFieldName(key: string): string {
  return (splitFields.find((f) => f.key === key)?.label ?? key).toLowerCase();
}
