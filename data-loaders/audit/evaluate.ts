/**
 * Recomputes each claim from the datasets and gives a verdict with a one-sentence explanation. Statistics come
 * from the report's shared modules (src/lib/stats.ts, src/lib/survival.ts), so the audit and the pages compute
 * every figure the same way.
 */
import {formatNumber} from "../../src/lib/format.js";
import {describeNumeric} from "../../src/lib/stats.js";
import {kaplanMeier, survivalSubjects} from "../../src/lib/survival.js";
import type {Patient} from "../patients.js";
import type {TimelineEvent} from "../timeline.js";
import {timeOriginEvidence} from "../timeline.js";
import {type Check, type Claim, type Place, placesOf} from "./claim-schema.js";
import {type Condition, matches} from "./conditions.js";
import {type GrimResult, grimMean, grimMedian, grimPercent} from "./grim.js";

export type Verdict = "consistent" | "inconsistent" | "not-checkable";

export interface AuditEntry {
  id: string;
  /** The first place the article makes the statement (kept for readers that know one place only). */
  section: string;
  quote: string;
  /** Every place the article makes the statement, the first one first; one statement, however often repeated. */
  places: Place[];
  kind: Check["kind"];
  reported: string;
  recomputed: string;
  verdict: Verdict;
  explanation: string;
  /**
   * Patient numbers behind the recomputed figure, ascending: for a count, exactly the patients counted, so the
   * card's figure and its patient list agree. Patients of another reading are under `alternatives`.
   */
  patients: number[];
  grim: GrimResult | null;
  /** Other computations that might explain a reported figure, each with whether it reproduces it. */
  alternatives: {description: string; value: string; matches: boolean; patients: number[]}[];
}

export interface AuditData {
  patients: readonly Patient[];
  timeline: readonly TimelineEvent[];
}

interface Outcome {
  recomputed: string;
  consistent: boolean | null;
  explanation: string;
  patients: number[];
  grim?: GrimResult | null;
  reported?: string;
  alternatives?: AuditEntry["alternatives"];
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
const words = (field: string) => fieldWords[field] ?? field;
const list = (xs: readonly (number | string)[]) => (xs.length ? xs.join(", ") : "none");
const same = (a: number, b: number, decimals: number) => Math.abs(Number(a.toFixed(decimals)) - b) < 1e-9;
const decimalsOf = (x: number) => (String(x).split(".")[1] ?? "").length;
const rangeText = ([a, b]: readonly [number, number]) => `${formatNumber(a, 2)}–${formatNumber(b, 2)}`;

function subset(patients: readonly Patient[], among?: Condition): Patient[] {
  return among ? patients.filter((p) => matches(p, among)) : [...patients];
}

function ids(patients: readonly Patient[]): number[] {
  return patients.map((p) => p.id).sort((a, b) => a - b);
}

function values(patients: readonly Patient[], field: string): {id: number; value: number}[] {
  return patients
    .map((p) => ({id: p.id, value: (p as unknown as Record<string, unknown>)[field]}))
    .filter((d): d is {id: number; value: number} => typeof d.value === "number");
}

type AlternativeCheck = NonNullable<Extract<Check, {kind: "mean"}>["alternatives"]>[number]["check"];

function computeAlternative(check: AlternativeCheck, patients: readonly Patient[]): {value: number | [number, number]; text: string; patients: number[]} {
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
): AuditEntry["alternatives"] {
  return (alternatives ?? []).map(({description, check}) => {
    const {value, text, patients: involved} = computeAlternative(check, patients);
    const ok = Array.isArray(value)
      ? Array.isArray(reported) && same(value[0]!, reported[0]!, decimals) && same(value[1]!, reported[1]!, decimals)
      : !Array.isArray(reported) && same(value as number, reported as number, decimals);
    return {description, value: text, matches: ok, patients: involved};
  });
}

function probably(alternatives: AuditEntry["alternatives"]): string {
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

function evaluateCheck(check: Check, {patients, timeline}: AuditData): Outcome {
  const total = patients.length;
  switch (check.kind) {
    case "count": {
      const hit = patients.filter((p) => matches(p, check.where));
      const pct = percentPart(hit.length, total, check.percent);
      const ok = hit.length === check.reported && pct.ok;
      const alternatives = alternativesFor(check.alternatives, patients, check.reported, 0);
      return {
        recomputed: `${hit.length}${pct.text}`,
        consistent: ok,
        patients: ids(hit),
        grim: pct.grim,
        reported: `${check.reported}${check.percent === undefined ? "" : ` (${check.percent}%)`}`,
        alternatives,
        explanation: ok
          ? `The tables give ${hit.length}${pct.text} of ${total} patients${hit.length ? ` (${list(ids(hit))})` : ""}, as reported.`
          : `The tables give ${hit.length}${pct.text} of ${total} patients${hit.length ? ` (${list(ids(hit))})` : ""}, not ${check.reported}${check.percent === undefined ? "" : ` (${check.percent}%)`}.${probably(alternatives)}`
      };
    }
    case "patients": {
      const hit = ids(patients.filter((p) => matches(p, check.where)));
      const reported = [...check.reported].sort((a, b) => a - b);
      const pct = percentPart(hit.length, total, check.percent);
      const ok = hit.length === reported.length && hit.every((id, i) => id === reported[i]) && pct.ok;
      const missing = hit.filter((id) => !reported.includes(id));
      const extra = reported.filter((id) => !hit.includes(id));
      return {
        recomputed: `patients ${list(hit)}${pct.text}`,
        consistent: ok,
        patients: [...new Set([...hit, ...reported])].sort((a, b) => a - b),
        grim: pct.grim,
        reported: `patients ${list(reported)}${check.percent === undefined ? "" : ` (${check.percent}%)`}`,
        explanation: ok
          ? `The tables give exactly patients ${list(hit)}${pct.text}.`
          : `The tables give patients ${list(hit)}${pct.text}${missing.length ? `; the article omits ${list(missing)}` : ""}${extra.length ? `; the article adds ${list(extra)}` : ""}.`
      };
    }
    case "mean":
    case "median": {
      const rows = subset(patients, check.among);
      const s = describeNumeric(rows as unknown as Record<string, number | null>[], check.field);
      const value = check.kind === "mean" ? s.mean! : s.median!;
      const ok = same(value, check.reported, check.decimals);
      const grim = (check.kind === "mean" ? grimMean : grimMedian)(check.reported, {decimals: check.decimals, n: s.n, granularity: check.granularity});
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
          : `The ${check.kind} ${words(check.field)} of the ${s.n} patients is ${formatNumber(value, 2)} (${other}), not ${check.reported}.${grim.possible ? "" : ` Arithmetically, ${grim.detail}.`}${probably(alternatives)}`
      };
    }
    case "survival-median": {
      const s = describeNumeric(patients, "survivalMonths");
      const km = kaplanMeier(survivalSubjects(patients));
      const kmText = km.median.estimate === null ? "not reached" : `${formatNumber(km.median.estimate)} months`;
      const grim = grimMedian(check.reported, {decimals: check.decimals, n: s.n, granularity: check.granularity});
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
      const min = Math.min(...rows.map((r) => r.value));
      const max = Math.max(...rows.map((r) => r.value));
      const decimals = Math.max(...check.reported.map(decimalsOf));
      const ok = same(min, check.reported[0], decimals) && same(max, check.reported[1], decimals);
      const outside = rows.filter((r) => r.value < check.reported[0] || r.value > check.reported[1]);
      const alternatives = alternativesFor(check.alternatives, patients, check.reported, decimals);
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
      const found = [...new Set(rows.map((p) => String((p as unknown as Record<string, unknown>)[check.field])))].sort();
      const reported = [...check.reported].sort();
      const ok = found.length === reported.length && found.every((v, i) => v === reported[i]);
      return {
        recomputed: found.join(", "),
        consistent: ok,
        reported: check.reported.join(", "),
        patients: ids(rows),
        explanation: ok
          ? `The ${rows.length} patients concerned (${list(ids(rows))}) have exactly these: ${found.map((v) => `${v} (${rows.filter((p) => String((p as unknown as Record<string, unknown>)[check.field]) === v).length})`).join(", ")}.`
          : `The tables give ${found.join(", ")}, not ${check.reported.join(", ")}.`
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
      const shown = Array.isArray(value) ? (value.length ? value.join(", ") : "none") : String(value);
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
      const inside = times.every((t) => t !== null && t >= 0 && t <= p.survivalMonths);
      const also = check.also ? ((p as unknown as Record<string, unknown[]>)[check.also.field] ?? []).includes(check.also.includes) : true;
      const ok = missing.length === 0 && inside && also;
      return {
        recomputed: `at ${times.map((t) => (t === null ? "?" : formatNumber(t))).join(" and ")} months; follow-up ${p.survivalMonths} months${check.also ? `; Table 1 ${also ? "lists" : "does not list"} ${check.also.includes}` : ""}`,
        reported: events.map((e) => e?.label ?? "?").join("; "),
        consistent: ok,
        patients: [p.id],
        explanation: ok
          ? `On the time axis from the liver resection these fall at ${times.map((t) => formatNumber(t)).join(" and ")} months, within patient ${p.id}'s ${p.survivalMonths} months of follow-up${check.also ? `, and Table 1 lists ${check.also.includes} among the further metastases` : ""}.`
          : `For patient ${p.id}, ${missing.length ? `events ${list(missing)} are missing` : !inside ? `an event falls outside the ${p.survivalMonths} months of follow-up` : `Table 1 does not list ${check.also?.includes}`}.`
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
          ? `The Results place patient ${p.id}'s ${p.additionalMetastasisSites.join(", ").toLowerCase()} metastases at the liver resection (time 0), while Table 1 lists them as metastasis after hepatectomy; the two cannot both be right.`
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
    case "time-axis": {
      const evidence = timeOriginEvidence(patients);
      const broken = patients.filter((p) =>
        timeline.some((e) => e.patient === p.id && e.monthsFromLiverResection !== null && (e.monthsFromLiverResection > p.survivalMonths || e.monthsFromLiverResection < -p.monthsToLiverMetastasis))
      );
      const fromPrimary = evidence.length ? `; patients ${list(evidence.map((e) => e.patient))} would not fit counted from the primary resection` : "";
      return {
        recomputed: (broken.length ? `times do not fit for patients ${list(ids(broken))}` : `all ${patients.length} patients fit when counted from the liver resection`) + fromPrimary,
        reported: "survival, intervals and dated events of each patient",
        consistent: broken.length === 0,
        patients: [...new Set([...evidence.map((e) => e.patient), ...ids(broken)])].sort((a, b) => a - b),
        explanation:
          (broken.length
            ? `Some dated events fall outside the follow-up of patients ${list(ids(broken))}. `
            : `Counted from the liver resection, all ${patients.length} patients' primary resection, dated events and last follow-up fall in order. `) +
          (evidence.length
            ? `Counted from the primary resection, they would not: patients ${list(evidence.map((e) => e.patient))} were alive with a survival shorter than their interval to liver metastasis (${evidence.map((e) => `${e.survivalMonths} < ${e.monthsToLiverMetastasis} months`).join("; ")}). The article never says which origin it used.`
            : "The article never says which origin it used.")
      };
    }
    case "lesions-vs-segments": {
      const odd = patients.filter((p) => p.lesionCount < p.segments.length);
      return {
        recomputed: odd.length ? odd.map((p) => `patient ${p.id}: ${p.lesionCount} lesion in segments ${p.segments.join(" and ")}`).join("; ") : "every count covers its segments",
        reported: "number of masses and their segments",
        consistent: odd.length === 0,
        patients: ids(odd),
        explanation: odd.length
          ? `${odd.map((p) => `Patient ${p.id} has ${p.lesionCount} mass${p.lesionCount === 1 ? "" : "es"} in ${p.segments.length} segments (${p.segments.join(" and ")})`).join("; ")}: possible only for a single mass straddling the segments, which the Results contradict where they describe the lesions.`
          : "Every patient has at least as many masses as segments involved."
      };
    }
    case "not-checkable": {
      const grim =
        check.reported !== null && check.decimals !== undefined && check.granularity !== undefined && check.grimN !== undefined
          ? grimMean(check.reported, {decimals: check.decimals, n: check.grimN, granularity: check.granularity})
          : null;
      return {
        recomputed: "cannot be recomputed from the tables",
        consistent: null,
        patients: check.patients ?? [],
        grim,
        explanation: `${check.reason}${grim ? ` Arithmetically, ${grim.detail}.` : ""}`
      };
    }
  }
}

function reportedText(check: Check): string {
  if ("reported" in check) {
    const r = check.reported;
    if (r === null) return "—";
    if (Array.isArray(r)) return r.join(", ");
    return String(r);
  }
  return "—";
}

/**
 * Evaluates one claim against the datasets.
 * @example evaluateClaim(claim, {patients, timeline}).verdict // "inconsistent" for the Abstract's median age
 */
export function evaluateClaim(claim: Claim, data: AuditData): AuditEntry {
  const outcome = evaluateCheck(claim.check, data);
  const verdict: Verdict = outcome.consistent === null ? "not-checkable" : outcome.consistent ? "consistent" : "inconsistent";
  return {
    id: claim.id,
    section: claim.section,
    quote: claim.quote,
    places: placesOf(claim),
    kind: claim.check.kind,
    reported: outcome.reported ?? reportedText(claim.check),
    recomputed: outcome.recomputed,
    verdict,
    explanation: claim.note ? `${outcome.explanation} ${claim.note}` : outcome.explanation,
    patients: outcome.patients,
    grim: outcome.grim ?? null,
    alternatives: outcome.alternatives ?? []
  };
}

/** Evaluates every claim, in the order of the source. */
export function auditClaims(claims: readonly Claim[], data: AuditData): AuditEntry[] {
  return claims.map((claim) => evaluateClaim(claim, data));
}
