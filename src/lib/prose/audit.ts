/**
 * The Audit page's computed sentences: facts in, plain strings out. The page loader writes them into the HTML for
 * the whole audit, and the page's script rewrites the shown line after each change of the filter.
 */
import type {ChecksSummary} from "../checks.js";
import {pluralize} from "../format.js";

/**
 * How many statements the filter shows, of how many, and by which choices (so a printed page says what it holds).
 * @example auditShownLine(14, 98) // "14 of 98 statements shown."
 * @example auditShownLine(13, 96, ["Verdict: Inconsistent", "Section: Results"]) // "13 of 96 statements shown (Verdict: Inconsistent; Section: Results)."
 */
export function auditShownLine(shown: number, total: number, choices: readonly string[] = []): string {
  return `${shown} of ${pluralize(total, "statement")} shown${choices.length ? ` (${choices.join("; ")})` : ""}.`;
}

/**
 * Under the count of statements: how many the article makes more than once, each counted once.
 * @example auditRepeatedLine({repeated: 18, places: 121}) // "18 statements the article makes more than once, each counted once (121 places in all)"
 */
export function auditRepeatedLine(tally: {repeated: number; places: number}): string {
  if (!tally.repeated) return "each made once in the article";
  return `${pluralize(tally.repeated, "statement")} the article makes more than once, each counted once (${tally.places} places in all)`;
}

/**
 * The start of the sentence listing the figures that fail the GRIM or printed-precision test.
 * @example grimLead(2) // "2 reported figures cannot be arithmetically right as stated"
 */
export function grimLead(failed: number): string {
  return `${pluralize(failed, "reported figure")} cannot be arithmetically right as stated`;
}

/** Items joined for reading: "a", "a and b", "a, b and c". */
const serial = (items: readonly string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/**
 * How the data checks came out on this series, in one sentence: failing checks first, by title, then those with
 * something to note, those that pass and those that do not apply. `of` qualifies "checks" where the sentence
 * stands without a heading to say which (the Overview, say: " of the tables").
 * @example checksLine({checks: 5, pass: 4, fail: 1, noted: 0, notApplicable: 0, failed: ["Lesions against segments"], failedPatients: [7]})
 * // "Of the 5 checks, 1 fails (Lesions against segments) and 4 pass."
 * @example checksLine(summary, " of the tables") // "All 5 checks of the tables pass." when all pass
 */
export function checksLine(s: ChecksSummary, of = ""): string {
  if (!s.checks) return `No check${of} ran on this series.`;
  if (s.pass === s.checks) return s.checks === 1 ? `The one check${of} passes.` : `All ${s.checks} checks${of} pass.`;
  const verb = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    s.fail ? `${verb(s.fail, "fails", "fail")} (${serial(s.failed)})` : "",
    s.noted ? verb(s.noted, "notes gaps in what was recorded", "note gaps in what was recorded") : "",
    s.pass ? verb(s.pass, "passes", "pass") : "",
    s.notApplicable ? verb(s.notApplicable, "does not apply", "do not apply") : ""
  ].filter(Boolean);
  return `Of the ${pluralize(s.checks, "check")}${of}, ${serial(parts)}.`;
}
