/**
 * What every data check is: an id, a title, its rule in words, and `run`, a pure function from the cohort's parts
 * to a verdict with findings (src/lib/checks.ts holds the dataset's types and explains the verdicts). A check
 * reads only the fields it names in `CheckPatient`, each of which may be null (a cell the series did not
 * record): a patient whose cells a rule needs are not recorded is left out of that rule, never counted against it.
 */
import type {CheckFinding, CheckResult, CheckVerdict} from "../../src/lib/checks.js";
import {listPatients} from "../../src/lib/format.js";

/** The fields of a patient the checks read; the pipeline's `Patient` fits it (a missing value may be null). */
export interface CheckPatient {
  id: number;
  lesionCount: number | null;
  /** Couinaud segments listed for the liver lesions; null when not recorded. */
  segments: readonly number[] | null;
  ablation: boolean | null;
  monthsToLiverMetastasis: number | null;
  synchronousResection: boolean | null;
  survivalMonths: number | null;
  dead: boolean | null;
  /** The printed cells of both tables, keyed by printed header. */
  verbatim: {table1: Readonly<Record<string, string>>; table2: Readonly<Record<string, string>>};
}

/** The fields of a timeline event the checks read (data-loaders/timeline.ts). */
export interface CheckEvent {
  patient: number;
  event: string;
  kind: string;
  label: string;
  monthsFromLiverResection: number | null;
  notBeforeMonths: number | null;
  /** Where the event's first source is: "Results" for a row of events.tsv, a table for one drawn from a table. */
  source: string;
}

/** The parts of the cohort a check runs on. */
export interface CheckData {
  patients: readonly CheckPatient[];
  timeline: readonly CheckEvent[];
}

/** One data check. */
export interface DataCheck {
  title: string;
  /** What the check requires, in words a reader can hold the findings against. */
  rule: string;
  run: (data: CheckData) => CheckResult;
}

/**
 * A result whose `patients` are those the findings name (or, for findings about the series, those given),
 * ascending and each once.
 * @example checkResult("fail", "1 of 10 patients …", [{patient: 7, text: "…"}]) // {verdict: "fail", summary: "1 of 10 patients …", patients: [7], findings: [...]}
 */
export function checkResult(verdict: CheckVerdict, summary: string, findings: CheckFinding[], concerned: readonly number[] = []): CheckResult {
  const named = findings.flatMap((f) => (f.patient === null ? [] : [f.patient]));
  const patients = [...new Set([...named, ...concerned])].sort((a, b) => a - b);
  return {verdict, summary, patients, findings};
}

/**
 * Whether a timeline event is a row of the series' events file (follow-up events the text gives), rather than one
 * drawn from the tables: timeline.ts cites every such row's Results fragment first.
 * @example isFollowUpEvent({source: "Results", …}) // true
 */
export function isFollowUpEvent(event: Pick<CheckEvent, "source">): boolean {
  return event.source === "Results";
}

/**
 * Patients named for a summary sentence, the first few by number and the rest counted, so a sentence stays one
 * line on a series of thousands.
 * @example namedPatients([7]) // "patient 7"
 * @example namedPatients([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 10) // "patients 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more"
 */
export function namedPatients(ids: readonly number[], shown = 10): string {
  if (ids.length === 1) return `patient ${ids[0]}`;
  if (ids.length <= shown) return `patients ${listPatients(ids)}`;
  return `patients ${ids.slice(0, shown).join(", ")} and ${ids.length - shown} more`;
}

/**
 * The timeline's events grouped by patient, so a check reads each patient's events without scanning the whole
 * timeline once per patient.
 * @example eventsByPatient(timeline).get(1) // patient 1's events, in the timeline's order
 */
export function eventsByPatient<E extends Pick<CheckEvent, "patient">>(timeline: readonly E[]): Map<number, E[]> {
  const byPatient = new Map<number, E[]>();
  for (const e of timeline) {
    const events = byPatient.get(e.patient);
    if (events) events.push(e);
    else byPatient.set(e.patient, [e]);
  }
  return byPatient;
}
