/**
 * "What the article probably computed", tested jointly. An entry's matching alternative says which patients the
 * article's figure used (the mean age of all ten; the age range without patient 8). Two entries on the same
 * field whose matching alternatives disagree about a patient (one needs patient 8 counted, the other left out)
 * cannot both be right. For each such pair the audit then looks for one correction that fits both: every value
 * of that patient's field on a grid, and leaving the patient out; where none fits, it says so, and offers
 * neither alternative as what the article computed.
 */
import type {Patient} from "../patients.js";
import type {Check, Claim} from "./claim-schema.js";
import type {AuditData, AuditEntry} from "./evaluate.js";
import {formatNumber} from "../../src/lib/format.js";
import {type Alternative, probably, recomputeCheck, subset} from "./recompute.js";

type Summary = Extract<Check, {kind: "mean" | "median" | "range" | "survival-median"}>;
const fieldOf = (check: Summary) => (check.kind === "survival-median" ? "survivalMonths" : check.field);
const isSummary = (check: Check): check is Summary => ["mean", "median", "range", "survival-median"].includes(check.kind);
const valueOf = (p: Patient, field: string) => (p as unknown as Record<string, unknown>)[field];
const withValue = (patients: readonly Patient[], field: string) => patients.filter((p) => typeof valueOf(p, field) === "number").map((p) => p.id);

/** An explanation that holds: the check itself (when it agrees) or a matching alternative, with the patients it uses. */
interface Holding {
  description: string;
  uses: Set<number>;
}

function holdings(check: Summary, patients: readonly Patient[], data: AuditData): Holding[] {
  const outcome = recomputeCheck(check, {...data, patients});
  const field = fieldOf(check);
  const own = "among" in check ? subset(patients, check.among) : [...patients];
  const found: Holding[] = outcome.consistent ? [{description: "as worded", uses: new Set(withValue(own, field))}] : [];
  for (const a of outcome.alternatives ?? []) if (a.matches) found.push({description: a.description, uses: new Set(a.patients)});
  return found;
}

/** Two holdings disagree about patient `id` when one uses the patient and the other does not. */
const agreeOn = (a: Holding, b: Holding, id: number) => a.uses.has(id) === b.uses.has(id);

/** "62–71", "38–60 and 75", from sorted values on a grid of `step`. */
function spans(values: readonly number[], step: number): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j + 1 < values.length && Math.abs(values[j + 1]! - values[j]! - step) < step / 1000) j++;
    parts.push(i === j ? formatNumber(values[i]!, 2) : `${formatNumber(values[i]!, 2)}–${formatNumber(values[j]!, 2)}`);
    i = j + 1;
  }
  return parts.join(" and ");
}

export interface JointFinding {
  entries: [string, string];
  field: string;
  patient: number;
  /** Values of the patient's field (or "left out") that let both entries be explained at once; empty when none. */
  fits: string[];
  text: string;
}

/**
 * The pairs of entries whose matching alternatives exclude each other, and whether one correction fits both.
 * @example findConflicts(entries, claims, data) // [{entries: ["abstract-median-age", "results-age-range"], patient: 8, fits: [], ...}]
 */
export function findConflicts(entries: readonly AuditEntry[], claims: readonly Claim[], data: AuditData): JointFinding[] {
  const summaries = claims.flatMap((claim, i) => (isSummary(claim.check) ? [{claim, check: claim.check, entry: entries[i]!}] : []));
  const findings: JointFinding[] = [];
  for (let i = 0; i < summaries.length; i++) {
    for (let j = i + 1; j < summaries.length; j++) {
      const a = summaries[i]!;
      const b = summaries[j]!;
      const field = fieldOf(a.check);
      if (field !== fieldOf(b.check)) continue;
      const offeredA = holdings(a.check, data.patients, data).filter((h) => h.description !== "as worded");
      const offeredB = holdings(b.check, data.patients, data).filter((h) => h.description !== "as worded");
      const disputed = withValue(data.patients, field).filter((id) => offeredA.length && offeredB.length && offeredA.every((x) => offeredB.every((y) => !agreeOn(x, y, id))));
      for (const id of disputed) {
        const values = data.patients.map((p) => valueOf(p, field)).filter((v): v is number => typeof v === "number");
        const step = values.every(Number.isInteger) ? 1 : 0.1;
        const top = 2 * Math.max(...values);
        const grid = Array.from({length: Math.floor(top / step) + 1}, (_, k) => Number((k * step).toFixed(6)));
        const explainedA: number[] = [];
        const explainedB: number[] = [];
        const fits: string[] = [];
        const consider = (patients: readonly Patient[], value: number | null) => {
          const ha = holdings(a.check, patients, data);
          const hb = holdings(b.check, patients, data);
          if (value !== null && ha.some((h) => h.uses.has(id))) explainedA.push(value);
          if (value !== null && hb.some((h) => h.uses.has(id))) explainedB.push(value);
          if (ha.some((x) => hb.some((y) => agreeOn(x, y, id)))) fits.push(value === null ? "left out" : formatNumber(value, 2));
        };
        for (const v of grid) consider(data.patients.map((p) => (p.id === id ? ({...p, [field]: v} as Patient) : p)), v);
        const without = data.patients.filter((p) => p.id !== id);
        consider(without, null);
        const leftOutA = holdings(a.check, without, data).length > 0;
        const leftOutB = holdings(b.check, without, data).length > 0;
        const printed = formatNumber(valueOf(data.patients.find((p) => p.id === id)!, field) as number, 2);
        const needs = (x: number[], leftOut: boolean) =>
          [x.length ? `counted with a value of ${spans(x, step)}` : "", leftOut ? "left out" : ""].filter(Boolean).join(" or ") || "no value at all";
        const text =
          `The matching readings of “${a.entry.quote}” and “${b.entry.quote}” cannot both hold: one counts patient ${id} (${field} ${printed}) and the other leaves the patient out. ` +
          `Tested together over every ${field} of patient ${id}, “${a.entry.quote}” needs the patient ${needs(explainedA, leftOutA)}; “${b.entry.quote}” needs the patient ${needs(explainedB, leftOutB)}. ` +
          (fits.length
            ? `Both fit with patient ${id} ${fits.join(", ")}, a single correction that would explain both.`
            : `No single correction of patient ${id}'s ${field}, nor leaving the patient out, fits both, so the audit offers neither reading as what the article computed.`);
        findings.push({entries: [a.entry.id, b.entry.id], field, patient: id, fits, text});
      }
    }
  }
  return findings;
}

/**
 * The entries with each conflict marked: the alternatives that exclude each other carry `conflictsWith`, and the
 * explanation no longer says the article "probably reported" either; it says what the joint test found.
 */
export function jointAlternatives(entries: readonly AuditEntry[], claims: readonly Claim[], data: AuditData): AuditEntry[] {
  const findings = findConflicts(entries, claims, data);
  return entries.map((entry) => {
    const mine = findings.filter((f) => f.entries.includes(entry.id));
    if (!mine.length) return entry;
    const others = mine.map((f) => f.entries.find((id) => id !== entry.id)!);
    const alternatives: Alternative[] = entry.alternatives.map((a) => (a.matches ? {...a, conflictsWith: others} : a));
    const claimed = probably(entry.alternatives);
    return {
      ...entry,
      alternatives,
      explanation: `${claimed ? entry.explanation.replace(claimed, ` Taking ${alternatives.find((a) => a.matches)!.description} instead gives ${alternatives.find((a) => a.matches)!.value}, which matches.`) : entry.explanation} ${mine.map((f) => f.text).join(" ")}`
    };
  });
}
