/**
 * The Overview's verdict on the article ("How far the article's figures can be trusted") and the audit's tallies,
 * from the claims dataset (claims.json): facts in, plain strings out, no DOM. A statement the article makes more
 * than once (`places`) is one statement here, as on the Audit page.
 */
import {pluralize} from "../format.js";

export type TrustVerdict = "consistent" | "inconsistent" | "ambiguous" | "not-checkable";

/** What the paragraph needs of one audited statement (a row of claims.json). */
export interface TrustClaim {
  /** The first place the article makes the statement. */
  section: string;
  quote: string;
  /** Every place it is made, the first one first; absent means the one place above. */
  places?: readonly {section: string; quote: string}[];
  /** The check's kind: "count", "median", "mean", "range", "survival-median", … */
  kind: string;
  reported: string;
  recomputed: string;
  verdict: TrustVerdict;
  /** `conflictsWith`: other entries whose matching reading excludes this one; such a reading explains nothing. */
  alternatives?: readonly {description: string; value: string; matches: boolean; conflictsWith?: readonly string[]}[];
}

/** The audit's tallies, each statement counted once however often the article makes it. */
export interface AuditTally {
  /** Audited statements and cross-checks. */
  statements: number;
  /** Places in the article they are made (≥ statements). */
  places: number;
  /** Statements the article makes more than once. */
  repeated: number;
  consistent: number;
  inconsistent: number;
  /** Statements whose verdict depends on a definition or on which of two contradicting sources is believed. */
  ambiguous: number;
  notCheckable: number;
}

/** The kinds that check a count of patients or a list of them. */
const countKinds = new Set(["count", "patients", "categories"]);

const placesOf = (c: TrustClaim) => (c.places?.length ? c.places : [{section: c.section, quote: c.quote}]);

/**
 * Counts the audited statements by verdict, each once, and how many the article repeats.
 * @example tallyClaims(claims) // {statements: 61, places: 74, repeated: 11, consistent: 38, inconsistent: 11, notCheckable: 12}
 */
export function tallyClaims(claims: readonly TrustClaim[]): AuditTally {
  const count = (verdict: TrustVerdict) => claims.filter((c) => c.verdict === verdict).length;
  return {
    statements: claims.length,
    places: claims.reduce((n, c) => n + placesOf(c).length, 0),
    repeated: claims.filter((c) => placesOf(c).length > 1).length,
    consistent: count("consistent"),
    inconsistent: count("inconsistent"),
    ambiguous: count("ambiguous"),
    notCheckable: count("not-checkable")
  };
}

/** "a, b and c" */
function join(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "a, b, and c": the outcomes read unambiguously with the serial comma ("11 do not, and 12 cannot be checked"). */
function serial(parts: readonly string[]): string {
  return parts.length <= 2 ? parts.join(" and ") : `${parts.slice(0, -1).join(", ")}, and ${parts.at(-1)}`;
}

/** "46.5" as "a median of 46.5"; a figure that is not one statistic as it is recomputed. */
function recomputedPhrase(c: TrustClaim): string {
  if (c.kind === "median" || c.kind === "mean") return `the tables give a ${c.kind} of ${c.recomputed}`;
  if (c.kind === "range") return `the tables give a range of ${c.recomputed}`;
  if (countKinds.has(c.kind)) return `the tables give ${c.recomputed}`;
  return `recomputed from the tables: ${c.recomputed.replaceAll("; ", ", ")}`;
}

/**
 * One inconsistent statement as the paragraph quotes it: its words (the Abstract's, where it is made there), what
 * the tables give, and which other computation reproduces the printed figure, if one does.
 * @example headlinePhrase(medianAge) // "“the median age was 48 years” (the tables give a median of 46.5; 48 matches the mean age, 48.2)"
 */
export function headlinePhrase(c: TrustClaim): string {
  const quote = (placesOf(c).find((p) => p.section === "Abstract") ?? placesOf(c)[0]!).quote;
  const hit = c.alternatives?.find((a) => a.matches);
  const excludes = hit?.conflictsWith?.length ? `, but that reading cannot hold together with the one that explains another printed figure` : "";
  const reading = hit ? `; ${c.reported} ${hit.value === c.reported ? `is ${hit.description}` : `matches ${hit.description}, ${hit.value}`}${excludes}` : "";
  return `“${quote}” (${recomputedPhrase(c)}${reading})`;
}

/**
 * The Overview's paragraph on how far the article's figures can be trusted: how many statements the audit checks
 * (each once, however often the article repeats it) and how many agree, disagree or cannot be checked; whether
 * the counts hold; each inconsistent statement the Abstract makes, with what the tables give and what the printed
 * figure matches instead; and how many mismatches another computation explains. Right for any claims dataset:
 * with no claims it says the series comes without statements to audit (no tally of nothing, no "agree"), with no
 * inconsistency it claims none.
 * @example trustParagraph(claims) // "The audit checks 58 statements and 3 cross-checks against the article's own tables …"
 */
export function trustParagraph(claims: readonly TrustClaim[]): string {
  if (claims.length === 0) return "This series comes without statements of the article to audit, so this report cannot say how far the article's figures follow from its tables.";
  const t = tallyClaims(claims);
  const crossChecks = claims.filter((c) => c.section === "Cross-check").length;
  const checked = t.statements - t.notCheckable - t.ambiguous;
  const subject = join([crossChecks < t.statements ? pluralize(t.statements - crossChecks, "statement") : "", crossChecks ? pluralize(crossChecks, "cross-check") : ""].filter(Boolean));
  const repeated = t.repeated ? ` (${t.repeated === 1 ? "one statement the article makes more than once is" : `${t.repeated} statements the article makes more than once are`} counted once)` : "";
  const outcomes =
    t.consistent === t.statements
      ? t.statements === 1 ? "it agrees with them" : `all ${t.statements} agree with them`
      : t.notCheckable === t.statements
        ? `${t.statements === 1 ? "it cannot" : `none of them can`} be checked, because the tables do not hold the data`
        : serial([
            t.consistent ? `${t.consistent} ${t.consistent === 1 ? "agrees" : "agree"} with them` : "none agrees with them",
            t.inconsistent ? `${t.inconsistent} ${t.inconsistent === 1 ? "does" : "do"} not` : "",
            t.ambiguous
              ? `${t.ambiguous} ${t.ambiguous === 1 ? "is" : "are"} ambiguous, agreeing or not depending on a definition or on which of two contradicting sources is believed`
              : "",
            t.notCheckable ? `${t.notCheckable} cannot be checked because the tables do not hold the data` : ""
          ].filter(Boolean));
  const sentences = [`The audit checks ${subject} against the article's own tables${repeated}: ${outcomes}.`];

  const counts = claims.filter((c) => countKinds.has(c.kind) && c.verdict !== "not-checkable" && c.verdict !== "ambiguous");
  const countsAgreeing = counts.filter((c) => c.verdict === "consistent").length;
  // Counts beside the statistics only matter when something disagrees: they say whether the data or the sums are at fault.
  if (counts.length && t.inconsistent) {
    sentences.push(
      counts.length === 1
        ? `The one count of patients ${countsAgreeing ? "agrees" : "does not agree"}.`
        : countsAgreeing === counts.length
          ? `All ${counts.length} counts and patient lists agree.`
          : `Of the ${counts.length} counts and patient lists, ${countsAgreeing || "none"} ${countsAgreeing === 1 ? "agrees" : "agree"}.`
    );
  }

  const disagree = claims.filter((c) => c.verdict === "inconsistent");
  const inAbstract = (c: TrustClaim) => placesOf(c).some((p) => p.section === "Abstract");
  const headline = disagree.filter(inAbstract);
  const unsettled = claims.filter((c) => c.verdict === "ambiguous" && inAbstract(c));
  if (headline.length) {
    const lead = headline.length === 1 ? "One of the Abstract's figures does not agree" : `In the Abstract, ${headline.length} figures do not agree`;
    sentences.push(`${lead}: ${headline.map(headlinePhrase).join("; ")}.`);
  }
  if (unsettled.length) {
    sentences.push(
      `${unsettled.length === 1 ? "One more of the Abstract's figures holds" : `${unsettled.length} more of the Abstract's figures hold`} only under one reading: ${unsettled.map((c) => `“${(placesOf(c).find((p) => p.section === "Abstract") ?? placesOf(c)[0]!).quote}”`).join("; ")}.`
    );
  } else if (disagree.length && claims.some((c) => inAbstract(c) && c.verdict === "consistent")) {
    sentences.push("The Abstract's figures that can be checked agree; the mismatches are elsewhere in the article.");
  }

  // A matching reading that excludes another entry's matching reading explains neither (joint test of the audit).
  const explained = disagree.filter((c) => c.alternatives?.some((a) => a.matches && !a.conflictsWith?.length)).length;
  const excluding = disagree.filter((c) => c.alternatives?.some((a) => a.matches && a.conflictsWith?.length)).length;
  if (explained) {
    const share = explained === disagree.length ? (explained === 1 ? "the one mismatch" : `all ${explained} mismatches`) : `${explained} of the ${disagree.length} mismatches`;
    sentences.push(
      `For ${share} the audit finds a computation that reproduces the printed figure, which suggests ${explained === 1 ? "that figure was" : "those figures were"} computed differently from what the text says, rather than from different data.`
    );
  }
  if (excluding) {
    sentences.push(
      `For ${excluding === 1 ? "one more" : `${excluding} more`}, a computation reproduces the printed figure, but ${excluding === 1 ? "it needs" : "they need"} the same patient both counted and left out, so the audit offers none of them.`
    );
  }
  if (disagree.length) sentences.push("Read the article's summary statistics with the audit beside it, and prefer the recomputed figures on these pages.");
  else if (checked) sentences.push("No figure that the tables can check disagrees with them.");
  return sentences.join(" ");
}

/**
 * Whether the audit found a statement that does not follow from the tables, or follows only under one reading:
 * the Overview then warns that the article's summary figures need the audit beside them, and otherwise does not.
 * @example questionsSummaryFigures(claims) // true (the bundled article: 14 inconsistent, 9 ambiguous)
 * @example questionsSummaryFigures([]) // false
 */
export function questionsSummaryFigures(claims: readonly Pick<TrustClaim, "verdict">[]): boolean {
  return claims.some((c) => c.verdict === "inconsistent" || c.verdict === "ambiguous");
}
