/**
 * The audit: recomputes each claim from the datasets (recompute.ts) and gives a verdict with an explanation,
 * then carries the audit's own findings across entries:
 * - readings: a statement whose words admit several definitions is checked under each (claims.json `readings`);
 * - accounts: a summary resting on a cell another entry finds contradicted is recomputed under the text's
 *   account too (accounts.ts), found from the verdicts, not listed by hand;
 * - derivations: a check of a derived field whose derivation could only come from the statement under test is
 *   not checkable (derivations.ts);
 * - joint readings: "what the article probably computed" is tested across entries sharing a field, so two
 *   explanations that exclude each other are never both offered (joint.ts).
 * A statement whose verdict differs between readings or accounts is `ambiguous`, and lists each reading.
 */
import type {Patient} from "../patients.js";
import type {TimelineEvent} from "../timeline.js";
import {type Account, accountsOf} from "./accounts.js";
import {type Check, type Claim, type Place, placesOf} from "./claim-schema.js";
import {undecidedSites} from "./derivations.js";
import type {GrimResult} from "./grim.js";
import {jointAlternatives} from "./joint.js";
import {type Alternative, type Outcome, recomputeCheck} from "./recompute.js";

export type Verdict = "consistent" | "inconsistent" | "ambiguous" | "not-checkable";
/** The verdict of one reading: a reading is never itself ambiguous. */
export type ReadingVerdict = Exclude<Verdict, "ambiguous">;

export interface AuditData {
  patients: readonly Patient[];
  timeline: readonly TimelineEvent[];
  /** primary-sites.tsv's reason for each operation's site, when the caller has it (the explanation quotes it). */
  primarySiteReasons?: Readonly<Record<string, string>>;
}

/** One definition of the statement's words, or one account of a contradicted cell, with what it gives. */
export interface Reading {
  label: string;
  recomputed: string;
  verdict: ReadingVerdict;
  explanation: string;
  patients: number[];
}

/** A contradicted cell the entry's figure rests on, found by recomputing the entry under the text's account. */
export interface Dependency {
  /** The entry that found the contradiction. */
  entry: string;
  patient: number;
  field: string;
  table: string;
  text: string;
  /** What the other account changes: the verdict, the figure only, or only whether a reading matches. */
  changes: "verdict" | "figure" | "reading";
}

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
   * card's figure and its patient list agree. Patients of another reading are under `alternatives` or `readings`.
   */
  patients: number[];
  grim: GrimResult | null;
  /** Other computations that might explain a reported figure, each with whether it reproduces it. */
  alternatives: Alternative[];
  /** Each definition or account the verdict was checked under; empty when there is only one. */
  readings: Reading[];
  /** Contradicted cells the figure rests on. */
  dependsOn: Dependency[];
  /** Set when the check used a derived field whose derivation came from the statement under test. */
  circular: {field: string; patients: number[]; reason: string} | null;
}

/** How readings name a contradicted cell. */
const fieldWords: Record<string, string> = {lesionCount: "number of liver lesions", additionalMetastasisSites: "metastases after hepatectomy"};

const verdictOf = (o: Outcome): ReadingVerdict => (o.consistent === null ? "not-checkable" : o.consistent ? "consistent" : "inconsistent");

function reportedText(check: Check): string {
  if ("reported" in check) {
    const r = check.reported;
    if (r === null) return "—";
    if (Array.isArray(r)) return r.join(", ");
    return String(r);
  }
  return "—";
}

const reading = (label: string, o: Outcome): Reading => ({label, recomputed: o.recomputed, verdict: verdictOf(o), explanation: o.explanation, patients: o.patients});
const union = (lists: readonly (readonly number[])[]) => [...new Set(lists.flat())].sort((a, b) => a - b);
const sameVerdict = (readings: readonly Reading[]) => readings.every((r) => r.verdict === readings[0]!.verdict);

/**
 * Evaluates one claim against the datasets, under each of its readings if it has several.
 * @example evaluateClaim(claim, {patients, timeline}).verdict // "inconsistent" for the Abstract's median age
 */
export function evaluateClaim(claim: Claim, data: AuditData): AuditEntry {
  const outcome = recomputeCheck(claim.check, data);
  const base = {
    id: claim.id,
    section: claim.section,
    quote: claim.quote,
    places: placesOf(claim),
    kind: claim.check.kind,
    reported: outcome.reported ?? reportedText(claim.check),
    grim: outcome.grim ?? null,
    alternatives: outcome.alternatives ?? [],
    dependsOn: [],
    circular: null
  };
  const note = claim.note ? ` ${claim.note}` : "";
  if (!claim.readings) {
    return {...base, recomputed: outcome.recomputed, verdict: verdictOf(outcome), explanation: outcome.explanation + note, patients: outcome.patients, readings: []};
  }
  const readings = [reading(claim.label ?? "as worded", outcome), ...claim.readings.map((r) => reading(r.label, recomputeCheck(r.check, data)))];
  const agree = sameVerdict(readings);
  return {
    ...base,
    recomputed: readings.map((r) => `${r.recomputed} (${r.label})`).join("; "),
    verdict: agree ? readings[0]!.verdict : "ambiguous",
    explanation:
      (agree
        ? `Every reading of the words gives the same verdict. `
        : `The verdict depends on what the words mean: ${readings.map((r) => `${r.label}, ${r.verdict === "not-checkable" ? "not checkable" : r.verdict}`).join("; ")}. `) +
      readings.map((r) => `Read as ${r.label}: ${r.explanation}`).join(" ") +
      note,
    patients: union(readings.map((r) => r.patients)),
    readings
  };
}

/** Kinds that summarise many patients' cells, and so rest on every cell they count. */
const summaryKinds = new Set<Check["kind"]>(["count", "patients", "mean", "median", "range", "categories", "survival-median", "every"]);

/** Every field a check names, in its conditions, alternatives or itself. */
function fieldsOf(check: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(check)) check.forEach((c) => fieldsOf(c, into));
  else if (check && typeof check === "object") {
    for (const [key, value] of Object.entries(check)) {
      if (key === "field" && typeof value === "string") into.add(value);
      else fieldsOf(value, into);
    }
  }
  return into;
}

/** "the Results' account", "the Discussion's account". */
const possessive = (section: string) => (section.endsWith("s") ? `${section}'` : `${section}'s`);

const matchingReadings = (o: {alternatives?: readonly Alternative[]}) => (o.alternatives ?? []).filter((a) => a.matches).map((a) => a.description).join("|");

/** Recomputes a summary under each text account of a contradicted cell it counts. */
function underAccounts(entry: AuditEntry, claim: Claim, accounts: readonly Account[], sections: ReadonlyMap<string, string>, data: AuditData): AuditEntry {
  if (!summaryKinds.has(claim.check.kind) || claim.readings || entry.verdict === "not-checkable") return entry;
  const table = recomputeCheck(claim.check, data);
  const others: {account: Account; outcome: Outcome; changes: Dependency["changes"]}[] = [];
  for (const account of accounts) {
    if (account.source === claim.id) continue;
    const outcome = recomputeCheck(claim.check, {...data, patients: account.patients});
    const changes =
      verdictOf(outcome) !== verdictOf(table) ? "verdict" : outcome.recomputed !== table.recomputed ? "figure" : matchingReadings(outcome) !== matchingReadings(table) ? "reading" : null;
    if (changes) others.push({account, outcome, changes});
  }
  if (!others.length) return entry;
  const cell = (a: Account) => `patient ${a.patient}'s ${fieldWords[a.field] ?? a.field}`;
  const tableLabel = `as the tables give ${others.map((o) => `${cell(o.account)} (${o.account.table})`).join(" and ")}`;
  const readings = [
    reading(tableLabel, table),
    ...others.map(({account, outcome}) => reading(`as the ${sections.get(account.source) ?? "text"} give${/s$/.test(sections.get(account.source) ?? "") ? "" : "s"} ${cell(account)} (${account.text})`, outcome))
  ];
  const ambiguous = !sameVerdict(readings);
  const told = others
    .map(({account, outcome, changes}) => {
      const source = sections.get(account.source) ?? "text";
      const head = `This rests on ${cell(account)}, which the audit finds contradicted (entry “${account.source}”): the tables give ${account.table}, the ${source} ${account.text}.`;
      if (changes === "reading") return `${head} Under the ${possessive(source)} account the figure is the same, but the reading that reproduces it no longer does: ${outcome.explanation}`;
      return `${head} Under the ${possessive(source)} account: ${outcome.explanation}`;
    })
    .join(" ");
  return {
    ...entry,
    verdict: ambiguous ? "ambiguous" : entry.verdict,
    recomputed: ambiguous ? readings.map((r) => `${r.recomputed} (${r.label})`).join("; ") : entry.recomputed,
    patients: ambiguous ? union(readings.map((r) => r.patients)) : entry.patients,
    explanation: `${entry.explanation} ${told}${ambiguous ? " Which account is right decides the verdict." : " The verdict holds under either account."}`,
    readings,
    dependsOn: others.map(({account, changes}) => ({entry: account.source, patient: account.patient, field: account.field, table: account.table, text: account.text, changes}))
  };
}

/** A check on primarySite whose verdict turns on a site the operation alone does not decide is circular. */
function circularSites(entry: AuditEntry, claim: Claim, data: AuditData): AuditEntry {
  if (entry.verdict === "not-checkable" || !fieldsOf(claim.check).has("primarySite")) return entry;
  const table = recomputeCheck(claim.check, data);
  const readings: Reading[] = [];
  const involved: number[] = [];
  const reasons: string[] = [];
  for (const choice of undecidedSites(data.patients)) {
    for (const site of choice.admissible.filter((s) => s !== choice.mapped)) {
      const patients = data.patients.map((p) => (p.id === choice.patient ? ({...p, primarySite: site} as unknown as Patient) : p));
      const outcome = recomputeCheck(claim.check, {...data, patients});
      if (verdictOf(outcome) === verdictOf(table)) continue;
      if (!readings.length) readings.push(reading(`patient ${choice.patient}'s primary site as mapped (${choice.mapped})`, table));
      readings.push(reading(`patient ${choice.patient}'s primary site as ${site}`, outcome));
      involved.push(choice.patient);
      const why = data.primarySiteReasons?.[choice.operation];
      reasons.push(
        `Patient ${choice.patient}'s primary site comes from the operation “${choice.operation}”, whose words name ${choice.admissible.join(" and ")}; ` +
          `the pipeline maps it to ${choice.mapped}${why ? ` (primary-sites.tsv: “${why}”)` : ""}, a choice only the article's own list of sites could make. ` +
          `Read as ${site}, the check gives ${outcome.recomputed}, ${verdictOf(outcome)}.`
      );
    }
  }
  if (!readings.length) return entry;
  return {
    ...entry,
    verdict: "not-checkable",
    recomputed: readings.map((r) => `${r.recomputed} (${r.label})`).join("; "),
    patients: union(readings.map((r) => r.patients)),
    explanation: `${reasons.join(" ")} The mapped site cannot confirm the statement it was derived from, and the tables give no independent evidence, so this is not checkable. As mapped: ${entry.explanation}`,
    readings,
    circular: {field: "primarySite", patients: [...new Set(involved)].sort((a, b) => a - b), reason: reasons.join(" ")}
  };
}

/** Evaluates every claim, in the order of the source, and carries the audit's findings across entries. */
export function auditClaims(claims: readonly Claim[], data: AuditData): AuditEntry[] {
  const first = claims.map((claim) => evaluateClaim(claim, data));
  const accounts = accountsOf(claims.map((c, i) => ({id: c.id, check: c.check, verdict: first[i]!.verdict})), data.patients);
  const sections = new Map(claims.map((c) => [c.id, c.section]));
  const carried = first.map((entry, i) => circularSites(underAccounts(entry, claims[i]!, accounts, sections, data), claims[i]!, data));
  return jointAlternatives(carried, claims, data);
}
