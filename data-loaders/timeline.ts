/**
 * A timeline of events per patient in months from the index liver resection (time 0).
 *
 * Why that origin: the article gives "overall survival period" without saying where it starts. It cannot start
 * at the primary resection, because some patients alive at review have a survival shorter than their interval
 * from primary resection to liver metastasis (timeOriginEvidence lists them); so survival is taken to run from
 * the liver resection, and the diagnosis of the liver metastasis is taken to coincide with it.
 *
 * Every event cites what it rests on: the printed cell (table, column header, patient row) or the Results
 * sentence, word for word, so a reader can check each event against the article.
 */
import type {EventKind, EventValues} from "./events.js";
import {indexAnchor} from "./events.js";
import type {Patient} from "./patients.js";
import {SourceError} from "./source-error.js";
import type {Table1Values} from "./table1.js";
import type {Table2Values} from "./table2.js";
import type {ValidatedRow} from "./validate-table.js";

export type TimelineKind = EventKind | "death" | "last-contact";

/**
 * One thing of the article an event rests on: a printed table cell (its table, column header as printed and
 * row, the patient "No."), or a fragment of the Results text (column and row null). `fragment` is the cell or
 * the words, verbatim.
 * @example {table: "Table 2", column: "Surgical procedure", row: 3, fragment: "Partial hepatectomy"}
 */
export type EventSource =
  | {table: "Table 1"; column: keyof Table1Values; row: number; fragment: string}
  | {table: "Table 2"; column: keyof Table2Values; row: number; fragment: string}
  | {table: "Results"; column: null; row: null; fragment: string};

export interface TimelineEvent {
  patient: number;
  event: string;
  kind: TimelineKind;
  label: string;
  /** Months from the index liver resection; null when the source gives no time. */
  monthsFromLiverResection: number | null;
  /** For an untimed event, the earliest time it can have happened (its anchor's time). */
  notBeforeMonths: number | null;
  /**
   * Everything the event rests on, the source of what happened first, then those of when (an interval cell,
   * the sentence of the event it is timed from).
   */
  sources: EventSource[];
  /** Where the first source is: the table or the section (sources[0].table), for filters such as "Results". */
  source: EventSource["table"];
  /** The words of the article the event first rests on (sources[0].fragment). */
  fragment: string;
}

/**
 * The assumed time origin and the patients whose figures rule out the primary resection as origin: a survival,
 * alive or dead, shorter than their interval to liver metastasis (counted from the primary resection, the
 * follow-up would end before the liver metastasis was found). A patient with either figure not recorded is no
 * evidence either way.
 * @example timeOriginEvidence(patients) // [{patient: 8, survivalMonths: 18, monthsToLiverMetastasis: 19}, ...]
 */
export function timeOriginEvidence(patients: readonly Pick<Patient, "id" | "dead" | "survivalMonths" | "monthsToLiverMetastasis">[]) {
  return patients.flatMap(({id, dead, survivalMonths, monthsToLiverMetastasis}) =>
    survivalMonths !== null && monthsToLiverMetastasis !== null && survivalMonths < monthsToLiverMetastasis
      ? [{patient: id, survivalMonths, monthsToLiverMetastasis, dead}]
      : []
  );
}

/** A printed cell of the patient's row, as a source. */
function table1Cell(p: Patient, column: keyof Table1Values): EventSource {
  return {table: "Table 1", column, row: p.id, fragment: printed(p, "Table 1", p.verbatim.table1, column)};
}
function table2Cell(p: Patient, column: keyof Table2Values): EventSource {
  return {table: "Table 2", column, row: p.id, fragment: printed(p, "Table 2", p.verbatim.table2, column)};
}
function printed(p: Patient, table: string, cells: Record<string, string>, column: string): string {
  const cell = cells[column];
  // Validated rows carry every printed column; a missing one is a bug in the pipeline, not in the source.
  if (cell === undefined) throw new Error(`patient ${p.id}: ${table} has no printed cell "${column}"`);
  return cell;
}

/** An event with its sources; source and fragment are read from the first. */
function cited(event: Omit<TimelineEvent, "source" | "fragment">): TimelineEvent {
  const [first] = event.sources;
  if (!first) throw new Error(`patient ${event.patient} event "${event.event}": an event must cite a source`);
  return {...event, source: first.table, fragment: first.fragment};
}

function tableEvents(p: Patient): TimelineEvent[] {
  // The primary resection's time is the interval cell; for a synchronous patient its footnote b) marker is
  // what says "in the same operation".
  const interval = table1Cell(p, "Period to liver metastasis (mo)a)");
  // Before time 0 by the interval; with the interval not recorded the primary resection is untimed.
  const primaryTime = p.monthsToLiverMetastasis === null ? null : 0 - p.monthsToLiverMetastasis;
  const primary = p.primaryProcedure ?? "Primary resection (operation not recorded)";
  const liver = p.liverProcedure ?? "Liver resection (procedure not recorded)";
  const events: TimelineEvent[] = [
    cited({
      patient: p.id,
      event: "primary-resection",
      kind: "resection",
      label: p.synchronousResection ? `${primary}, in the same operation as the liver resection` : `${primary} (primary tumour)`,
      monthsFromLiverResection: primaryTime,
      notBeforeMonths: null,
      sources: [table1Cell(p, "Surgical procedure for primary lesion"), interval]
    }),
    // Time 0 by definition (the time-origin assumption), so the operation's cell is all it rests on.
    cited({
      patient: p.id,
      event: "index-hepatectomy",
      kind: "resection",
      label: `${liver}${p.ablation ? " with intraoperative RFA" : ""} for liver metastasis (time 0)`,
      monthsFromLiverResection: 0,
      notBeforeMonths: null,
      sources: [table2Cell(p, "Surgical procedure")]
    })
  ];
  if (p.adjuvantChemotherapy || p.adjuvantRadiotherapy) {
    const treatment = table1Cell(p, "Adjuvant treatment after primary surgery");
    events.push(
      cited({
        patient: p.id,
        event: "adjuvant-after-primary",
        kind: p.adjuvantChemotherapy ? "chemotherapy" : "radiotherapy",
        label: `Adjuvant treatment after primary surgery: ${treatment.fragment}`,
        monthsFromLiverResection: null,
        notBeforeMonths: primaryTime,
        sources: [treatment, interval]
      })
    );
  }
  if (p.additionalMetastasis && p.additionalMetastasisSites) {
    events.push(
      cited({
        patient: p.id,
        event: "additional-metastasis",
        kind: "metastasis",
        label: `Additional metastasis after hepatectomy: ${p.additionalMetastasisSites.join(", ")}`,
        monthsFromLiverResection: null,
        notBeforeMonths: 0,
        sources: [table1Cell(p, "Additional metastasis after hepatectomy")]
      })
    );
  }
  // Survival not recorded: no last known time, so neither a death nor a last contact.
  if (p.survivalMonths === null || p.dead === null) return events;
  events.push(
    cited({
      patient: p.id,
      event: p.dead ? "death" : "last-contact",
      kind: p.dead ? "death" : "last-contact",
      label: p.dead ? "Died" : "Alive at last contact",
      monthsFromLiverResection: p.survivalMonths,
      notBeforeMonths: null,
      sources: [table1Cell(p, "Overall survival period (mo)")]
    })
  );
  return events;
}

/**
 * Builds every patient's timeline from the tables and from events.tsv, resolving each text event's anchor
 * (the index resection or an earlier event of the same patient) into months from the liver resection.
 */
export function buildTimeline(
  patients: readonly Patient[],
  textEvents: readonly ValidatedRow<EventValues>[],
  file = "events.tsv"
): TimelineEvent[] {
  const known = new Set(patients.map((p) => p.id));
  const times = new Map<string, number | null>();
  // The sentences each event's time rests on (its own, then its anchor's, and so on), so an event timed from
  // another also cites the other's words.
  const chains = new Map<string, EventSource[]>();
  const resolved: TimelineEvent[] = [];
  for (const {values: e, verbatim, row, line} of textEvents) {
    if (!known.has(e.Patient)) {
      throw new SourceError({file, row, line, column: "Patient", value: verbatim.Patient!}, "expected a patient listed in the tables");
    }
    let anchorTime: number | null;
    if (e.Anchor === indexAnchor) anchorTime = 0;
    else {
      const key = `${e.Patient}/${e.Anchor}`;
      if (!times.has(key)) {
        throw new SourceError(
          {file, row, line, column: "Anchor", value: e.Anchor},
          `expected "${indexAnchor}" or the id of an earlier event of patient ${e.Patient}`
        );
      }
      anchorTime = times.get(key)!;
    }
    const offset = e["Offset (mo)"];
    const months = anchorTime === null || offset === null ? null : anchorTime + offset;
    const sentence: EventSource = {table: "Results", column: null, row: null, fragment: e["Source fragment (Results)"]};
    const chain = [sentence, ...(chains.get(`${e.Patient}/${e.Anchor}`) ?? [])];
    times.set(`${e.Patient}/${e.Event}`, months);
    chains.set(`${e.Patient}/${e.Event}`, chain);
    resolved.push(
      cited({
        patient: e.Patient,
        event: e.Event,
        kind: e.Kind,
        label: e.Description,
        monthsFromLiverResection: months,
        notBeforeMonths: months === null ? anchorTime : null,
        sources: chain
      })
    );
  }
  const all = [...patients.flatMap(tableEvents), ...resolved];
  const order = (e: TimelineEvent) => e.monthsFromLiverResection ?? e.notBeforeMonths ?? 0;
  return all.sort((a, b) => a.patient - b.patient || order(a) - order(b));
}
