/**
 * Recomputes one check from the datasets: the figure, whether it agrees with the article (null when the tables
 * cannot say), a one-sentence explanation and the patients behind the figure. Pure over its data, so the audit
 * can run the same check again under another account of a contradicted cell or another definition.
 * Statistics come from the report's shared modules (src/lib/stats.ts, src/lib/survival.ts).
 */
import {formatMonth, formatNumber} from "../../src/lib/format.js";
import {exactLogRank} from "../../src/lib/exactLogRank.js";
import {describeNumeric} from "../../src/lib/stats.js";
import {hasSurvival, kaplanMeier, logRank, reverseKaplanMeierFollowUp, survivalSubjects} from "../../src/lib/survival.js";
import type {Patient} from "../patients.js";
import type {TimelineEvent} from "../timeline.js";
import type {Check} from "./claim-schema.js";
import {type Condition, matches, undecided} from "./conditions.js";
import {type GrimResult, grimMean, grimPercent, medianFromPrinted} from "./grim.js";

export interface Alternative {
  description: string;
  value: string;
  matches: boolean;
  patients: number[];
  /** Ids of other entries whose matching reading excludes this one (see joint.ts); absent when none. */
  conflictsWith?: string[];
}

export interface AuditData {
  patients: readonly Patient[];
  timeline: readonly TimelineEvent[];
}

export interface Outcome {
  recomputed: string;
  consistent: boolean | null;
  explanation: string;
  patients: number[];
  grim?: GrimResult | null;
  reported?: string;
  alternatives?: Alternative[];
}

/** How the explanations name a numeric field. */
const fieldWords: Record<string, string> = {
  age: "age (years)",
  survivalMonths: "survival (months)",
  monthsToLiverMetastasis: "interval from primary resection to liver metastasis (months)",
  lesionSizeCm: "largest liver lesion (cm)",
  primarySizeCm: "primary tumour size (cm)",
  suv: "mean SUV",
  lesionCount: "number of liver lesions"
};
export const words = (field: string) => fieldWords[field] ?? field;
export const list = (xs: readonly (number | string)[]) => (xs.length ? xs.join(", ") : "none");
// Rounded to 9 decimals first, so floating sums (47.49999…) round the way the decimal figure does.
export const same = (a: number, b: number, decimals: number) => Math.abs(Number(Number(a.toFixed(9)).toFixed(decimals)) - b) < 1e-9;
export const decimalsOf = (x: number) => (String(x).split(".")[1] ?? "").length;
const rangeText = ([a, b]: readonly [number, number]) => `${formatNumber(a, 2)}–${formatNumber(b, 2)}`;

export function subset(patients: readonly Patient[], among?: Condition): Patient[] {
  return among ? patients.filter((p) => matches(p, among)) : [...patients];
}

export function ids(patients: readonly Patient[]): number[] {
  return patients.map((p) => p.id).sort((a, b) => a - b);
}

/**
 * The clause naming patients a figure could not count because a value it needs was not recorded, or "".
 * @example notRecordedClause([{id: 4}]) // "; not recorded for patient 4"
 */
export function notRecordedClause(patients: readonly Patient[]): string {
  return patients.length ? `; not recorded for ${patients.length === 1 ? "patient" : "patients"} ${list(ids(patients))}` : "";
}

/** A field's value in words for an explanation: a list joined ("none" when empty), "not recorded" for null. */
const shownValue = (value: unknown) =>
  value === null || value === undefined ? "not recorded" : Array.isArray(value) ? (value.length ? value.join(", ") : "none") : String(value);

function values(patients: readonly Patient[], field: string): {id: number; value: number}[] {
  return patients
    .map((p) => ({id: p.id, value: (p as unknown as Record<string, unknown>)[field]}))
    .filter((d): d is {id: number; value: number} => typeof d.value === "number");
}

export type AlternativeCheck = NonNullable<Extract<Check, {kind: "mean"}>["alternatives"]>[number]["check"];

export function computeAlternative(check: AlternativeCheck, patients: readonly Patient[]): {value: number | [number, number]; text: string; patients: number[]} {
  if (check.kind === "count") {
    const hit = patients.filter((p) => matches(p, check.where));
    return {value: hit.length, text: `${hit.length}${hit.length ? ` (patients ${list(ids(hit))})` : ""}`, patients: ids(hit)};
  }
  const rows = subset(patients, check.among);
  const s = describeNumeric(rows as unknown as Record<string, number | null>[], check.field);
  if (check.kind === "range") return {value: [s.min ?? NaN, s.max ?? NaN], text: rangeText([s.min ?? NaN, s.max ?? NaN]), patients: ids(rows)};
  const v = check.kind === "mean" ? s.mean! : s.median!;
  return {value: v, text: formatNumber(v, 2), patients: ids(rows)};
}

/** Alternatives that might reproduce `reported`, each with whether it does (at the reported precision). */
function alternativesFor(
  alternatives: readonly {description: string; check: AlternativeCheck}[] | undefined,
  patients: readonly Patient[],
  reported: number | readonly [number, number],
  decimals: number
): Alternative[] {
  return (alternatives ?? []).map(({description, check}) => {
    const {value, text, patients: involved} = computeAlternative(check, patients);
    const ok = Array.isArray(value)
      ? Array.isArray(reported) && same(value[0]!, reported[0]!, decimals) && same(value[1]!, reported[1]!, decimals)
      : !Array.isArray(reported) && same(value as number, reported as number, decimals);
    return {description, value: text, matches: ok, patients: involved};
  });
}

export function probably(alternatives: Alternative[]): string {
  const hit = alternatives.find((a) => a.matches);
  return hit ? ` Taking ${hit.description} instead gives ${hit.value}, which matches: the article probably reported that.` : "";
}

function percentPart(n: number, total: number, percent: number | undefined): {text: string; ok: boolean; grim: GrimResult | null} {
  if (percent === undefined) return {text: "", ok: true, grim: null};
  const recomputed = (100 * n) / total;
  const decimals = decimalsOf(percent);
  return {
    text: ` (${formatNumber(recomputed, decimals)}%)`,
    ok: same(recomputed, percent, decimals),
    grim: grimPercent(percent, {decimals, n: total})
  };
}

const field = (p: Patient, name: string) => (p as unknown as Record<string, unknown>)[name];

/** A figure over a field no patient concerned has a value for: nothing to compare with the article. */
function noValue(fieldName: string, rows: readonly Patient[]): Outcome {
  return {
    recomputed: "no value recorded",
    consistent: null,
    patients: ids(rows),
    explanation: `No patient concerned has the ${words(fieldName)} recorded${notRecordedClause(rows).replace(/^; not recorded for/, " (")}${rows.length ? ")" : ""}, so the figure cannot be recomputed.`
  };
}

/**
 * The words for a figure the values not recorded could make agree or not: "it can be neither confirmed nor
 * refuted". A figure is inconsistent only when no assignment of the missing values could give the reported one.
 * @example unsettled([{id: 4}]) // " Patient 4's value was not recorded, and with it the figure could be either, so it can be neither confirmed nor refuted."
 */
function unsettled(missing: readonly Patient[]): string {
  const who = missing.length === 1 ? `Patient ${missing[0]!.id}'s value was` : `The values of patients ${list(ids(missing))} were`;
  return ` ${who} not recorded, and with ${missing.length === 1 ? "it" : "them"} the figure could be either, so it can be neither confirmed nor refuted.`;
}

export function recomputeCheck(check: Check, {patients, timeline}: AuditData): Outcome {
  const total = patients.length;
  switch (check.kind) {
    case "count": {
      const hit = patients.filter((p) => matches(p, check.where));
      const open = undecided(patients, check.where);
      const unknown = notRecordedClause(open);
      const pct = percentPart(hit.length, total, check.percent);
      const ok = hit.length === check.reported && pct.ok && open.length === 0;
      // With values not recorded the count lies anywhere from the sure hits to all of them together.
      const possible = open.length > 0 && check.reported >= hit.length && check.reported <= hit.length + open.length && percentPart(check.reported, total, check.percent).ok;
      const alternatives = alternativesFor(check.alternatives, patients, check.reported, 0);
      if (possible) {
        return {
          recomputed: `${hit.length} to ${hit.length + open.length}`,
          consistent: null,
          patients: ids([...hit, ...open]),
          grim: pct.grim,
          reported: `${check.reported}${check.percent === undefined ? "" : ` (${check.percent}%)`}`,
          alternatives,
          explanation: `The tables give ${hit.length} of ${total} patients${hit.length ? ` (${list(ids(hit))})` : ""} for certain${unknown}: between ${hit.length} and ${hit.length + open.length}, which includes the reported ${check.reported}.${unsettled(open)}`
        };
      }
      return {
        recomputed: `${hit.length}${pct.text}`,
        consistent: ok,
        patients: ids(hit),
        grim: pct.grim,
        reported: `${check.reported}${check.percent === undefined ? "" : ` (${check.percent}%)`}`,
        alternatives,
        explanation: ok
          ? `The tables give ${hit.length}${pct.text} of ${total} patients${hit.length ? ` (${list(ids(hit))})` : ""}${unknown}, as reported.`
          : `The tables give ${hit.length}${pct.text} of ${total} patients${hit.length ? ` (${list(ids(hit))})` : ""}${unknown}, not ${check.reported}${check.percent === undefined ? "" : ` (${check.percent}%)`}.${probably(alternatives)}`
      };
    }
    case "patients": {
      const hit = ids(patients.filter((p) => matches(p, check.where)));
      const open = undecided(patients, check.where);
      const unknown = notRecordedClause(open);
      const reported = [...check.reported].sort((a, b) => a - b);
      const pct = percentPart(hit.length, total, check.percent);
      const ok = hit.length === reported.length && hit.every((id, i) => id === reported[i]) && pct.ok;
      const missing = hit.filter((id) => !reported.includes(id));
      const extra = reported.filter((id) => !hit.includes(id));
      // The article's extra patients may be ones whose value was not recorded: then the list is unsettled.
      const openIds = ids(open);
      if (!missing.length && extra.length && extra.every((id) => openIds.includes(id)) && percentPart(reported.length, total, check.percent).ok) {
        return {
          recomputed: `patients ${list(hit)}, and possibly ${list(extra)}`,
          consistent: null,
          patients: [...new Set([...hit, ...reported])].sort((a, b) => a - b),
          grim: pct.grim,
          reported: `patients ${list(reported)}${check.percent === undefined ? "" : ` (${check.percent}%)`}`,
          explanation: `The tables give patients ${list(hit)} for certain${unknown}; the article adds ${list(extra)}.${unsettled(open.filter((p) => extra.includes(p.id)))}`
        };
      }
      return {
        recomputed: `patients ${list(hit)}${pct.text}`,
        consistent: ok,
        patients: [...new Set([...hit, ...reported])].sort((a, b) => a - b),
        grim: pct.grim,
        reported: `patients ${list(reported)}${check.percent === undefined ? "" : ` (${check.percent}%)`}`,
        explanation: ok
          ? `The tables give exactly patients ${list(hit)}${pct.text}${unknown}.`
          : `The tables give patients ${list(hit)}${pct.text}${unknown}${missing.length ? `; the article omits ${list(missing)}` : ""}${extra.length ? `; the article adds ${list(extra)}` : ""}.`
      };
    }
    case "mean":
    case "median": {
      const rows = subset(patients, check.among);
      const s = describeNumeric(rows as unknown as Record<string, number | null>[], check.field);
      if (s.n === 0) return noValue(check.field, rows);
      const value = check.kind === "mean" ? s.mean! : s.median!;
      const ok = same(value, check.reported, check.decimals);
      // A figure of the recorded values that differs may still be the figure of all of them.
      if (!ok && s.missing > 0) {
        return {
          recomputed: formatNumber(value, Math.max(2, check.decimals)),
          consistent: null,
          patients: ids(rows),
          explanation: `The ${check.kind} ${words(check.field)} of the ${s.n} patients with a value is ${formatNumber(value, 2)}, not ${check.reported}.${unsettled(rows.filter((p) => typeof field(p, check.field) !== "number"))}`
        };
      }
      const grim =
        check.kind === "mean"
          ? grimMean(check.reported, {decimals: check.decimals, n: s.n, granularity: check.granularity})
          : medianFromPrinted(check.reported, {decimals: check.decimals, granularity: check.granularity, values: values(rows, check.field).map((v) => v.value)});
      const other = check.kind === "mean" ? `median ${formatNumber(s.median, 2)}` : `mean ${formatNumber(s.mean, 2)}`;
      const alternatives = alternativesFor(check.alternatives, patients, check.reported, check.decimals);
      return {
        recomputed: formatNumber(value, Math.max(2, check.decimals)),
        consistent: ok,
        patients: ids(rows),
        grim,
        alternatives,
        explanation: ok
          ? `The ${check.kind} ${words(check.field)} of the ${s.n} patients is ${formatNumber(value, 2)}, which rounds to the reported ${check.reported}.`
          : `The ${check.kind} ${words(check.field)} of the ${s.n} patients is ${formatNumber(value, 2)} (${other}), not ${check.reported}.${grim.possible || !grim.informative ? "" : ` Arithmetically, ${grim.detail}.`}${probably(alternatives)}`
      };
    }
    case "survival-median": {
      const s = describeNumeric(patients, "survivalMonths");
      const km = kaplanMeier(survivalSubjects(patients));
      const kmText = km.median.estimate === null ? "not reached" : `${formatNumber(km.median.estimate)} months`;
      const grim = medianFromPrinted(check.reported, {decimals: check.decimals, granularity: check.granularity, values: patients.filter(hasSurvival).map((p) => p.survivalMonths)});
      const alternatives = alternativesFor(check.alternatives, patients, check.reported, check.decimals);
      const ok = km.median.estimate !== null && same(km.median.estimate, check.reported, check.decimals);
      return {
        recomputed: `Kaplan–Meier median ${kmText}; plain median ${formatNumber(s.median)}; mean ${formatNumber(s.mean)}`,
        consistent: ok,
        patients: ids(patients),
        grim,
        alternatives,
        explanation: ok
          ? `The Kaplan–Meier median, which accounts for patients still alive, is ${kmText}, as reported.`
          : `With ${km.events} deaths among ${km.n} patients, the Kaplan–Meier median survival is ${kmText}${km.median.lower === null ? "" : ` (95% CI from ${formatNumber(km.median.lower)} months)`}; even the plain median of the printed times is ${formatNumber(s.median)}, not ${check.reported}.${grim.possible ? "" : ` Arithmetically, ${grim.detail}.`}${probably(alternatives)} An average of times that are mostly censored is not a survival estimate.`
      };
    }
    case "range": {
      const rows = values(subset(patients, check.among), check.field);
      if (rows.length === 0) return noValue(check.field, subset(patients, check.among));
      const min = Math.min(...rows.map((r) => r.value));
      const max = Math.max(...rows.map((r) => r.value));
      const decimals = Math.max(...check.reported.map(decimalsOf));
      const ok = same(min, check.reported[0], decimals) && same(max, check.reported[1], decimals);
      const outside = rows.filter((r) => r.value < check.reported[0] || r.value > check.reported[1]);
      const alternatives = alternativesFor(check.alternatives, patients, check.reported, decimals);
      // Recorded values inside a wider reported range: the missing ones may reach its ends.
      const unrecorded = subset(patients, check.among).filter((p) => typeof field(p, check.field) !== "number");
      if (!ok && outside.length === 0 && unrecorded.length > 0) {
        return {
          recomputed: rangeText([min, max]),
          consistent: null,
          reported: rangeText(check.reported),
          patients: ids(unrecorded),
          alternatives,
          explanation: `The ${words(check.field)} of the ${rows.length} patients with a value runs from ${formatNumber(min, 2)} to ${formatNumber(max, 2)}, inside the reported ${rangeText(check.reported)}.${unsettled(unrecorded)}`
        };
      }
      return {
        recomputed: rangeText([min, max]),
        consistent: ok,
        reported: rangeText(check.reported),
        patients: ok ? rows.filter((r) => r.value === min || r.value === max).map((r) => r.id) : outside.map((r) => r.id),
        alternatives,
        explanation: ok
          ? `The ${words(check.field)} of the ${rows.length} patients with a value runs from ${formatNumber(min, 2)} to ${formatNumber(max, 2)}, as reported.`
          : `The ${words(check.field)} of the ${rows.length} patients with a value runs from ${formatNumber(min, 2)} to ${formatNumber(max, 2)}${outside.length ? `; ${outside.map((r) => `patient ${r.id} (${formatNumber(r.value, 2)})`).join(", ")} ${outside.length === 1 ? "lies" : "lie"} outside the reported ${rangeText(check.reported)}` : ""}.${probably(alternatives)}`
      };
    }
    case "categories": {
      const rows = subset(patients, check.among);
      // A value not recorded is no category of its own: it is named apart, never compared as "null".
      const recordedRows = rows.filter((p) => field(p, check.field) !== null);
      const found = [...new Set(recordedRows.map((p) => String(field(p, check.field))))].sort();
      const reported = [...check.reported].sort();
      const ok = found.length === reported.length && found.every((v, i) => v === reported[i]);
      return {
        recomputed: found.join(", "),
        consistent: ok,
        reported: check.reported.join(", "),
        patients: ids(rows),
        explanation: ok
          ? `The ${recordedRows.length} patients concerned (${list(ids(recordedRows))}) have exactly these: ${found.map((v) => `${v} (${recordedRows.filter((p) => String(field(p, check.field)) === v).length})`).join(", ")}${notRecordedClause(rows.filter((p) => field(p, check.field) === null))}.`
          : `The tables give ${found.join(", ")}${notRecordedClause(rows.filter((p) => field(p, check.field) === null))}, not ${check.reported.join(", ")}.`
      };
    }
    case "event-count": {
      const hit = [...new Set(timeline.filter((e) => e.source === "Results" && e.kind === check.where.kind && e.monthsFromLiverResection === check.where.at).map((e) => e.patient))].sort((a, b) => a - b);
      return {
        recomputed: String(hit.length),
        consistent: hit.length === check.reported,
        patients: hit,
        explanation: `The Results describe ${hit.length === 1 ? "one patient" : `${hit.length} patients`} (${list(hit)}) with ${check.where.kind} found at the liver resection${hit.length === check.reported ? ", as reported" : `, not ${check.reported}`}.`
      };
    }
    case "patient-value":
    case "patient-includes": {
      const p = patients.find((x) => x.id === check.patient);
      if (!p) return {recomputed: "no such patient", consistent: false, patients: [check.patient], explanation: `Patient ${check.patient} is not in the tables.`};
      const value = (p as unknown as Record<string, unknown>)[check.field];
      const ok = check.kind === "patient-value" ? value === check.reported : Array.isArray(value) && value.includes(check.reported);
      const shown = shownValue(value);
      return {
        recomputed: `${check.field} = ${shown}`,
        reported: check.kind === "patient-value" ? `${check.field} = ${check.reported}` : `${check.field} includes ${check.reported}`,
        consistent: ok,
        patients: [check.patient],
        explanation: ok
          ? `Patient ${check.patient}'s row agrees: ${check.field} is ${shown}.`
          : `Patient ${check.patient}'s row gives ${check.field} = ${shown}, which does not fit the text.`
      };
    }
    case "event-within-follow-up": {
      const p = patients.find((x) => x.id === check.patient)!;
      const events = check.events.map((id) => timeline.find((e) => e.patient === check.patient && e.event === id));
      const missing = check.events.filter((_, i) => !events[i]);
      const times = events.map((e) => e?.monthsFromLiverResection ?? null);
      const followUp = p.survivalMonths;
      const inside = followUp !== null && times.every((t) => t !== null && t >= 0 && t <= followUp);
      const also = check.also ? ((p as unknown as Record<string, unknown[]>)[check.also.field] ?? []).includes(check.also.includes) : true;
      const ok = missing.length === 0 && inside && also;
      return {
        recomputed: `at ${times.map((t) => (t === null ? "?" : formatNumber(t))).join(" and ")} months; follow-up ${followUp === null ? "not recorded" : `${followUp} months`}${check.also ? `; Table 1 ${also ? "lists" : "does not list"} ${check.also.includes}` : ""}`,
        reported: events.map((e) => e?.label ?? "?").join("; "),
        consistent: ok,
        patients: [p.id],
        explanation: ok
          ? `On the time axis from the liver resection these fall at ${times.map((t) => formatNumber(t)).join(" and ")} months, within patient ${p.id}'s ${p.survivalMonths} months of follow-up${check.also ? `, and Table 1 lists ${check.also.includes} among the further metastases` : ""}.`
          : `For patient ${p.id}, ${missing.length ? `events ${list(missing)} are missing` : !inside ? followUp === null ? "the follow-up was not recorded" : `an event falls outside the ${followUp} months of follow-up` : `Table 1 does not list ${check.also?.includes}`}.`
      };
    }
    case "event-after-hepatectomy": {
      const p = patients.find((x) => x.id === check.patient)!;
      const event = timeline.find((e) => e.patient === check.patient && e.event === check.event);
      const atResection = event?.monthsFromLiverResection === 0;
      return {
        recomputed: `Results: at ${formatNumber(event?.monthsFromLiverResection)} months; Table 1: “${p.verbatim.table1["Additional metastasis after hepatectomy"]}” after hepatectomy`,
        reported: "found together with the liver metastasis",
        consistent: !(atResection && p.additionalMetastasis),
        patients: [p.id],
        explanation: atResection && p.additionalMetastasis
          ? `The Results place patient ${p.id}'s ${(p.additionalMetastasisSites ?? []).join(", ").toLowerCase()} metastases at the liver resection (time 0), while Table 1 lists them as metastasis after hepatectomy; the two cannot both be right.`
          : `The Results and Table 1 agree on when patient ${p.id}'s metastases appeared.`
      };
    }
    case "abbreviation": {
      const cells = patients.flatMap((p) => Object.entries(p.verbatim[check.table]).flat());
      const used = cells.some((c) => c.includes(check.abbreviation));
      const expected = cells.some((c) => c.includes(check.expected));
      return {
        recomputed: used ? `${check.abbreviation} is used in the table` : `${check.abbreviation} is not used; ${check.expected} is${expected ? "" : " not"}`,
        reported: check.abbreviation,
        consistent: used,
        patients: [],
        explanation: used
          ? `The table uses ${check.abbreviation}, which the footnote defines.`
          : `The footnote defines “${check.abbreviation}”, which the table never uses; the column header says ${check.expected}, so the footnote is a misprint of ${check.expected}.`
      };
    }
    case "not-checkable": {
      const grim =
        typeof check.reported === "number" && check.decimals !== undefined && check.granularity !== undefined && check.grimN !== undefined
          ? grimMean(check.reported, {decimals: check.decimals, n: check.grimN, granularity: check.granularity})
          : null;
      return {
        recomputed: "cannot be recomputed from the tables",
        consistent: null,
        patients: check.patients ?? [],
        grim,
        explanation: `${check.reason}${grim ? ` Arithmetically, ${grim.informative ? grim.detail : `the GRIM test cannot fail here (${grim.detail.replace(/^not informative: /, "")})`}.` : ""}`
      };
    }
    case "every":
      return recomputeEvery(check, patients);
    case "conclusion":
      return recomputeConclusion(check, patients);
    case "study-window":
      return recomputeStudyWindow(check, patients);
    case "no-association":
      return recomputeNoAssociation(check, patients);
    case "procedure-by-location":
      return recomputeProcedureByLocation(patients);
  }
}



/** A footnote's or a sentence's "every patient …": how many rows do not fit, without inventing a reported count. */
function recomputeEvery(check: Extract<Check, {kind: "every"}>, patients: readonly Patient[]): Outcome {
  const rows = subset(patients, check.among);
  const misfits = ids(rows.filter((p) => !matches(p, check.where)));
  const ok = misfits.length === 0;
  return {
    recomputed: ok ? `all ${rows.length} rows fit` : `${misfits.length} of ${rows.length} rows do not fit (patients ${list(misfits)})`,
    reported: check.statement,
    consistent: ok,
    patients: ok ? ids(rows) : misfits,
    explanation: ok
      ? `All ${rows.length} rows concerned fit: ${check.statement}.`
      : `${misfits.length} of the ${rows.length} rows concerned do not fit “${check.statement}”: patients ${list(misfits)}.`
  };
}

/** Follow-up facts a conclusion about survival must rest on. */
export function followUpFacts(patients: readonly Patient[], horizonMonths: number) {
  // Only patients with a survival time and status are followed; the others are left out as in every estimate.
  const followed = patients.filter(hasSurvival);
  const subjects = survivalSubjects(followed);
  const followUp = reverseKaplanMeierFollowUp(subjects).median;
  const beyond = ids(followed.filter((p) => p.survivalMonths > horizonMonths));
  const longest = [...followed].sort((a, b) => b.survivalMonths - a.survivalMonths);
  // The last stretch of the curve: after the second-longest time only the longest-followed patient is at risk.
  const tail = longest.length > 1 ? longest[1]!.survivalMonths : null;
  return {n: followed.length, deaths: followed.filter((p) => p.dead).length, followUp, beyond, tail, longest: longest[0] ?? null};
}

function recomputeConclusion(check: Extract<Check, {kind: "conclusion"}>, patients: readonly Patient[]): Outcome {
  const f = followUpFacts(patients, check.horizonMonths);
  const facts = `${f.beyond.length} of ${f.n} followed past ${check.horizonMonths} months${f.beyond.length ? ` (${f.beyond.length === 1 ? "patient" : "patients"} ${list(f.beyond)})` : ""}; median follow-up ${formatNumber(f.followUp)} months; ${f.deaths} deaths${f.tail === null ? "" : `; after ${formatNumber(f.tail)} months 1 patient at risk`}`;
  if (check.claim === "achievable") {
    const ok = f.beyond.length > 0;
    return {
      recomputed: facts,
      reported: check.statement,
      consistent: ok,
      patients: f.beyond,
      explanation: ok
        ? `The statement is one of possibility, and ${f.beyond.length === 1 ? "one patient was" : `${f.beyond.length} patients were`} followed past ${check.horizonMonths} months (patients ${list(f.beyond)}), so it holds; but it rests on ${f.beyond.length === 1 ? "that one patient" : "those patients"}: ${facts}.`
        : `No patient was followed past ${check.horizonMonths} months (${facts}), so the series cannot show it.`
    };
  }
  if (check.claim === "hedged") {
    return {
      recomputed: facts,
      reported: check.statement,
      consistent: true,
      patients: [],
      explanation: `The article offers resection as a possibility still to be confirmed, which is what a series of ${f.n} resected patients without a comparison group can say (${facts}).`
    };
  }
  if (!check.comparison) {
    return {
      recomputed: `no comparison group: all ${f.n} patients were resected; ${facts}`,
      reported: check.statement,
      consistent: false,
      patients: [],
      explanation: `A benefit, and so a recommendation, needs patients who were not treated this way, and the series has none: all ${f.n} patients were resected. What the series shows is short: ${facts}. The data do not support the statement.`
    };
  }
  const {field: by, label} = check.comparison;
  const treated = patients.filter((p) => field(p, by) === true);
  // Treatment not recorded is neither group.
  const untreated = patients.filter((p) => field(p, by) === false);
  const groups = [
    {name: label, subjects: survivalSubjects(treated)},
    {name: `no ${label}`, subjects: survivalSubjects(untreated)}
  ];
  const exact = exactLogRank(groups);
  const chi = logRank(groups);
  const deaths = (ps: readonly Patient[]) => ps.filter((p) => p.dead).length;
  const spread = (ps: readonly Patient[]) => ps.filter((p) => p.additionalMetastasis).length;
  const pText = exact.p === null ? "no test possible" : `exact log-rank p = ${exact.extreme}/${exact.assignments} = ${formatNumber(exact.p, 3)}`;
  return {
    recomputed: `with ${label}: ${deaths(treated)} of ${treated.length} died, ${spread(treated)} of ${treated.length} had further metastasis; without: ${deaths(untreated)} of ${untreated.length} died, ${spread(untreated)} of ${untreated.length}; ${pText}`,
    reported: check.statement,
    consistent: false,
    patients: ids(treated),
    explanation:
      `The tables do allow a comparison, by ${label} after the primary surgery: ${deaths(treated)} of ${treated.length} treated patients died against ${deaths(untreated)} of ${untreated.length} untreated, ` +
      `and ${spread(treated)} of ${treated.length} treated had further metastasis against ${spread(untreated)} of ${untreated.length}; ${pText}` +
      `${chi.p === null ? "" : ` (the chi-square approximation would give ${formatNumber(chi.p, 3)}, too optimistic with ${f.deaths} deaths)`}. ` +
      `The treatment was given before the liver metastasis, to patients not chosen at random, and patients alive while receiving it do not show that it helps: the data do not support the statement.`
  };
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const monthName = (index: number) => formatMonth(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);

/**
 * The study window against the follow-up of the living patients. Read literally, "remained alive at the time of
 * review" puts every living patient's last follow-up at one review date; then the follow-ups of the living
 * (longest minus shortest) cannot span more than the window. Read as each patient's last visit, they may.
 */
function recomputeStudyWindow(check: Extract<Check, {kind: "study-window"}>, patients: readonly Patient[]): Outcome {
  const start = monthIndex(check.start);
  const end = monthIndex(check.end);
  const width = end - start;
  const alive = patients.filter(hasSurvival).filter((p) => !p.dead).sort((a, b) => b.survivalMonths - a.survivalMonths);
  const reported = `${monthName(start)} to ${monthName(end)}`;
  if (alive.length === 0) return {recomputed: "no living patient", reported, consistent: true, patients: [], explanation: "No patient was alive at the end of follow-up, so the window bounds nothing."};
  const longest = alive[0]!;
  const review = start + longest.survivalMonths;
  const early = alive.filter((p) => end + p.survivalMonths < review);
  const span = longest.survivalMonths - alive.at(-1)!.survivalMonths;
  if (check.followedTo === "last visit") {
    return {
      recomputed: `living patients resected ${monthName(start)} to ${monthName(end)} and followed ${alive.at(-1)!.survivalMonths}–${longest.survivalMonths} months fit${early.length ? `; patients ${list(ids(early))} last seen before the earliest review date, ${monthName(review)}` : ""}`,
      reported,
      consistent: true,
      patients: ids(early),
      explanation:
        `If each living patient's follow-up ended at their last visit, the window fits every follow-up from ${alive.at(-1)!.survivalMonths} to ${longest.survivalMonths} months.` +
        (early.length
          ? ` But then ${early.map((p) => `patient ${p.id} (alive at ${p.survivalMonths} months) was last seen by ${monthName(end + p.survivalMonths)}`).join(" and ")}, before the earliest possible review date, ${monthName(review)}.`
          : "")
    };
  }
  const ok = early.length === 0;
  return {
    recomputed: ok
      ? `living patients' follow-ups span ${span} months, within the ${width}-month window`
      : `living patients' follow-ups span ${span} months, more than the ${width}-month window; patients ${list(ids(early))} last seen before the earliest review date`,
    reported,
    consistent: ok,
    patients: ok ? [] : ids(early),
    explanation: ok
      ? `The living patients' follow-ups (${span} months from shortest to longest) fit in the ${width} months from ${monthName(start)} to ${monthName(end)}, so all may have been followed to one review date.`
      : `Patient ${longest.id}, resected no earlier than ${monthName(start)} and alive at ${longest.survivalMonths} months, puts the review no earlier than ${monthName(review)}; ` +
        `${early.map((p) => `patient ${p.id}, resected by ${monthName(end)} and alive at ${p.survivalMonths} months, was last seen by ${monthName(end + p.survivalMonths)}`).join("; ")}. ` +
        `The living patients' follow-ups span ${span} months, more than the ${width}-month window, so they did not all end at the review.`
  };
}

const choose = (n: number, k: number) => {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
};

/** "No predictive value" of a variable the tables do not hold: the strongest evidence the series could give. */
function recomputeNoAssociation(check: Extract<Check, {kind: "no-association"}>, patients: readonly Patient[]): Outcome {
  // A patient whose outcome was not recorded is neither with nor without it.
  const n = patients.filter((p) => field(p, check.outcome) !== null).length;
  const events = patients.filter((p) => field(p, check.outcome) === true).length;
  const ways = choose(n, Math.min(events, n - events));
  const best = ways ? 1 / ways : 1;
  return {
    recomputed: `${check.variable} not reported; ${events} of ${n} with the outcome; best possible one-sided exact p = 1/${ways} = ${formatNumber(best, 3)}`,
    reported: check.statement,
    consistent: null,
    patients: [],
    explanation:
      `The article gives no ${check.variable} values, so the tables cannot check this. And the series could hardly show it either way: with ${events} of ${n} patients with the outcome, ` +
      `even a marker that separated them perfectly would reach a one-sided exact p of only 1/${ways} = ${formatNumber(best, 3)}, and any weaker one nothing; finding no predictive value is what ${n} patients would show whatever the markers did.`
  };
}

/** Which procedures patients with a lesion in the same segment received. */
function recomputeProcedureByLocation(patients: readonly Patient[]): Outcome {
  // Patients with the procedure or the segments not recorded say nothing about the choice.
  const known = patients.flatMap((p) => (p.liverProcedure !== null && p.segments !== null ? [{...p, liverProcedure: p.liverProcedure, segments: p.segments}] : []));
  const name = (p: (typeof known)[number]) => (p.ablation ? `${p.liverProcedure.toLowerCase()} with ablation` : p.liverProcedure.toLowerCase());
  const segments = [...new Set(known.flatMap((p) => p.segments))].sort((a, b) => a - b);
  const mixed = segments
    .map((segment) => {
      const here = known.filter((p) => p.segments.includes(segment));
      const procedures = [...new Set(here.map(name))];
      return {segment, here, procedures};
    })
    .filter((s) => s.procedures.length > 1);
  const text = mixed
    .map((s) => `segment ${s.segment}: ${s.procedures.map((proc) => `${proc} (${list(ids(s.here.filter((p) => name(p) === proc)))})`).join(", ")}`)
    .join("; ");
  return {
    recomputed: mixed.length ? text : "each segment received one procedure",
    reported: "procedure chosen by location",
    consistent: null,
    patients: [...new Set(mixed.flatMap((s) => ids(s.here)))].sort((a, b) => a - b),
    explanation: mixed.length
      ? `Lesions in the same segment were treated differently (${text}), so the segment alone did not decide the procedure; the tables do not record what else about the location (depth, vessels, the number of lesions) did, so the statement cannot be checked.`
      : "Each segment received one procedure, as the statement implies, but the tables cannot show the choice was made for that reason."
  };
}
