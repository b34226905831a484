import type {CheckEvent, CheckPatient} from "../../../data-loaders/checks/check.js";

/** A patient who fits every check (one lesion in one segment, 12 months to the liver metastasis, alive at 24), changed by `change`. */
export function patient(id: number, change: Partial<CheckPatient> = {}): CheckPatient {
  return {
    id,
    lesionCount: 1,
    segments: [6],
    ablation: false,
    monthsToLiverMetastasis: 12,
    synchronousResection: false,
    survivalMonths: 24,
    dead: false,
    verbatim: {table1: {"No.": String(id), "Sex": "F", "Age (yr)": "50"}, table2: {"No.": String(id), "Number of liver mass": "1"}},
    ...change
  };
}

/** A follow-up event (a row of events.tsv, so its source is the Results) at `months`, or undated from `notBefore`. */
export function followUp(patient: number, months: number | null, notBefore: number | null = null, label = "Repeat hepatectomy"): CheckEvent {
  return {patient, event: `event-${patient}-${months}`, kind: "resection", label, monthsFromLiverResection: months, notBeforeMonths: notBefore, source: "Results"};
}

/** The events timeline.ts draws from the tables for a patient: primary resection, index hepatectomy, last contact. */
export function tableEvents(p: CheckPatient): CheckEvent[] {
  const at = (event: string, months: number | null, source = "Table 1"): CheckEvent => ({patient: p.id, event, kind: "resection", label: event, monthsFromLiverResection: months, notBeforeMonths: null, source});
  return [
    at("primary-resection", p.monthsToLiverMetastasis === null ? null : -p.monthsToLiverMetastasis),
    at("index-hepatectomy", 0, "Table 2"),
    {...at(p.dead ? "death" : "last-contact", p.survivalMonths), kind: p.dead ? "death" : "last-contact"}
  ];
}
