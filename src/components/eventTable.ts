/**
 * A table of timeline events, one row per event, each linked to its patient's card. The columns are chosen by
 * the caller: when it happened (months from the liver resection), the earliest it can have happened for an
 * event the article gives without a time, what happened, and the article's words it rests on.
 */
import {documentOf, element} from "./dom.js";

/** One thing of the article an event rests on: a printed cell (table, column header, row) or Results words. */
export interface EventSourceRef {
  /** "Table 1", "Table 2" or a section of the text ("Results"). */
  table: string;
  /** The printed column header of a table cell; null for text. */
  column: string | null;
  /** The row (patient No.) of a table cell; null for text. */
  row: number | null;
  fragment: string;
}

/** A timeline event as timeline.json gives it; times in months from the liver resection. */
export interface TableEvent {
  patient: number;
  label: string;
  monthsFromLiverResection: number | null;
  /** For an event without a time, the earliest it can have happened. */
  notBeforeMonths: number | null;
  /** The table or section the event rests on. */
  source: string;
  /** The words it rests on. */
  fragment: string | null;
  /** Every cell or fragment it rests on; when given, the source column cites these instead of source and fragment. */
  sources?: readonly EventSourceRef[];
}

/**
 * Where an event comes from, in words: each source as its table and printed column with the cell, or its section
 * with the words, joined with "; ".
 * @example citeSources({source: "Table 2", fragment: "Partial hepatectomy", sources: [{table: "Table 2", column: "Surgical procedure", row: 3, fragment: "Partial hepatectomy"}]})
 * // "Table 2, “Surgical procedure”: “Partial hepatectomy”"
 */
export function citeSources(e: Pick<TableEvent, "source" | "fragment" | "sources">): string {
  if (!e.sources?.length) return `${e.source}${e.fragment ? `: “${e.fragment}”` : ""}`;
  return e.sources.map((s) => `${s.table}${s.column === null ? "" : `, “${s.column}”`}: “${s.fragment}”`).join("; ");
}

/**
 * - patient: the patient number, linked to the patient's card
 * - when: "40 months", or "time not given (after 0 months)"
 * - notBefore: "0 mo", the earliest time of an event without one
 * - event: what happened
 * - source: the table and printed column, or the section, with the article's words:
 *   "Table 2, “Surgical procedure”: “Partial hepatectomy”", "Results: “…”"
 * - words: the article's words alone, in quotes
 */
export type EventColumn = "patient" | "when" | "notBefore" | "event" | "source" | "words";

export interface EventTableOptions {
  document?: Document;
  caption: string;
  columns: readonly EventColumn[];
  /** Headings to use instead of the defaults, e.g. {event: "Treatment"}. */
  headings?: Partial<Record<EventColumn, string>>;
  /** At most this many rows (a registry can have thousands of events); the caption then says how many are shown. */
  maxRows?: number;
}

const defaultHeadings: Record<EventColumn, string> = {
  patient: "Patient",
  when: "When",
  notBefore: "Not before",
  event: "Event",
  source: "Source",
  words: "The article’s words"
};

function when(e: TableEvent): string {
  if (e.monthsFromLiverResection !== null) return `${e.monthsFromLiverResection} months`;
  return e.notBeforeMonths === null ? "time not given" : `time not given (after ${e.notBeforeMonths} months)`;
}

function cell(document: Document, e: TableEvent, column: EventColumn): HTMLTableCellElement {
  const td = (text: string | Node, attrs = {}) => element(document, "td", attrs, [text]);
  switch (column) {
    case "patient":
      return td(element(document, "a", {href: `./patients#patient-${e.patient}`}, [String(e.patient)]));
    case "when":
      return td(when(e), {class: "num"});
    case "notBefore":
      return td(e.notBeforeMonths === null ? "–" : `${e.notBeforeMonths} mo`, {class: "num"});
    case "event":
      return td(e.label);
    case "source":
      return td(citeSources(e), {class: "muted"});
    case "words":
      return td(e.fragment ? `“${e.fragment}”` : "", {class: "muted"});
  }
}

/**
 * @example eventTable(untimed, {caption: "Events the article gives without a time", columns: ["patient", "event", "notBefore", "source"]})
 */
export function eventTable(events: readonly TableEvent[], options: EventTableOptions): HTMLTableElement {
  const document = documentOf(options);
  const shown = options.maxRows !== undefined && events.length > options.maxRows ? events.slice(0, options.maxRows) : events;
  const caption = shown.length < events.length ? `${options.caption} (the first ${shown.length} of ${events.length})` : options.caption;
  return element(document, "table", {class: "plain-table"}, [
    element(document, "caption", {}, [caption]),
    element(document, "thead", {}, [
      element(document, "tr", {}, options.columns.map((c) => element(document, "th", {scope: "col"}, [options.headings?.[c] ?? defaultHeadings[c]])))
    ]),
    element(document, "tbody", {},
      shown.map((e) => element(document, "tr", {}, options.columns.map((c) => cell(document, e, c))))
    )
  ]);
}
