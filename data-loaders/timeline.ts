/**
 * A timeline of events per patient in months from the index liver resection (time 0).
 *
 * Why that origin: the article gives "overall survival period" without saying where it starts. It cannot start
 * at the primary resection, because some patients alive at review have a survival shorter than their interval
 * from primary resection to liver metastasis (timeOriginEvidence lists them); so survival is taken to run from
 * the liver resection, and the diagnosis of the liver metastasis is taken to coincide with it.
 */
import type {EventKind, EventValues} from "./events.js";
import {indexAnchor} from "./events.js";
import type {Patient} from "./patients.js";
import {SourceError} from "./source-error.js";
import type {ValidatedRow} from "./validate-table.js";

export type TimelineKind = EventKind | "death" | "last-contact";

export interface TimelineEvent {
  patient: number;
  event: string;
  kind: TimelineKind;
  label: string;
  /** Months from the index liver resection; null when the source gives no time. */
  monthsFromLiverResection: number | null;
  /** For an untimed event, the earliest time it can have happened (its anchor's time). */
  notBeforeMonths: number | null;
  source: "Table 1" | "Results";
  /** The words of the article the event rests on. */
  fragment: string | null;
}

/** The assumed time origin and the patients whose figures rule out the primary resection as origin. */
export function timeOriginEvidence(patients: readonly Patient[]) {
  return patients
    .filter((p) => !p.dead && p.survivalMonths < p.monthsToLiverMetastasis)
    .map((p) => ({patient: p.id, survivalMonths: p.survivalMonths, monthsToLiverMetastasis: p.monthsToLiverMetastasis}));
}

function tableEvents(p: Patient): TimelineEvent[] {
  const t1 = p.verbatim.table1;
  const events: TimelineEvent[] = [
    {
      patient: p.id,
      event: "primary-resection",
      kind: "resection",
      label: p.synchronousResection
        ? `${p.primaryProcedure}, in the same operation as the liver resection`
        : `${p.primaryProcedure} (primary tumour)`,
      monthsFromLiverResection: 0 - p.monthsToLiverMetastasis,
      notBeforeMonths: null,
      source: "Table 1",
      fragment: t1["Period to liver metastasis (mo)a)"] ?? null
    },
    {
      patient: p.id,
      event: "index-hepatectomy",
      kind: "resection",
      label: `${p.liverProcedure}${p.ablation ? " with intraoperative RFA" : ""} for liver metastasis (time 0)`,
      monthsFromLiverResection: 0,
      notBeforeMonths: null,
      source: "Table 1",
      fragment: p.verbatim.table2["Surgical procedure"] ?? null
    }
  ];
  if (p.adjuvantChemotherapy || p.adjuvantRadiotherapy) {
    events.push({
      patient: p.id,
      event: "adjuvant-after-primary",
      kind: p.adjuvantChemotherapy ? "chemotherapy" : "radiotherapy",
      label: `Adjuvant treatment after primary surgery: ${t1["Adjuvant treatment after primary surgery"]}`,
      monthsFromLiverResection: null,
      notBeforeMonths: 0 - p.monthsToLiverMetastasis,
      source: "Table 1",
      fragment: t1["Adjuvant treatment after primary surgery"] ?? null
    });
  }
  if (p.additionalMetastasis) {
    events.push({
      patient: p.id,
      event: "additional-metastasis",
      kind: "metastasis",
      label: `Additional metastasis after hepatectomy: ${p.additionalMetastasisSites.join(", ")}`,
      monthsFromLiverResection: null,
      notBeforeMonths: 0,
      source: "Table 1",
      fragment: t1["Additional metastasis after hepatectomy"] ?? null
    });
  }
  events.push({
    patient: p.id,
    event: p.dead ? "death" : "last-contact",
    kind: p.dead ? "death" : "last-contact",
    label: p.dead ? "Died" : "Alive at last contact",
    monthsFromLiverResection: p.survivalMonths,
    notBeforeMonths: null,
    source: "Table 1",
    fragment: t1["Overall survival period (mo)"] ?? null
  });
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
    times.set(`${e.Patient}/${e.Event}`, months);
    resolved.push({
      patient: e.Patient,
      event: e.Event,
      kind: e.Kind,
      label: e.Description,
      monthsFromLiverResection: months,
      notBeforeMonths: months === null ? anchorTime : null,
      source: "Results",
      fragment: e["Source fragment (Results)"]
    });
  }
  const all = [...patients.flatMap(tableEvents), ...resolved];
  const order = (e: TimelineEvent) => e.monthsFromLiverResection ?? e.notBeforeMonths ?? 0;
  return all.sort((a, b) => a.patient - b.patient || order(a) - order(b));
}
