/**
 * The Audit page's filter as its URL carries it (a contract: links to the audit are shared). `verdict` names one
 * verdict; `all`, nothing or anything not a verdict means every verdict. `section` names a section the article
 * makes statements in; nothing or anything else means all sections. Only the non-default values are written back.
 * Pure, with no runtime import but urlParam: the page's small script uses it, and the page loader.
 */
import type {ClaimVerdict} from "../components/claimCard.js";
import {readParam} from "./urlParam.js";

/** What needs the reader's attention first: figures the tables contradict, then those they cannot settle. */
export const auditVerdicts: readonly ClaimVerdict[] = ["inconsistent", "ambiguous", "not-checkable", "consistent"];

/** The section choice that filters nothing (also the select's first option). */
export const allSections = "All sections";

export interface ClaimFilter {
  /** The verdicts shown, in the order of auditVerdicts. */
  verdicts: readonly ClaimVerdict[];
  /** A section, or allSections. */
  section: string;
}

/**
 * The filter a URL asks for, given the sections the audit has.
 * @example parseClaimFilter("?verdict=inconsistent", ["Abstract"]) // {verdicts: ["inconsistent"], section: "All sections"}
 */
export function parseClaimFilter(search: string, sections: readonly string[]): ClaimFilter {
  const verdict = readParam("verdict", ["all", ...auditVerdicts] as const, "all", search);
  return {verdicts: verdict === "all" ? auditVerdicts : [verdict], section: readParam("section", [allSections, ...sections], allSections, search)};
}

/**
 * The URL's values for a filter: one verdict by name, any other choice (several, all or none) as "all"; the
 * defaults ("all", allSections) are the ones writeParam leaves out of the URL.
 * @example claimFilterParams({verdicts: ["ambiguous"], section: "Results"}) // {verdict: "ambiguous", section: "Results"}
 */
export function claimFilterParams(filter: ClaimFilter): {verdict: string; section: string} {
  return {verdict: filter.verdicts.length === 1 ? filter.verdicts[0]! : "all", section: filter.section};
}

/**
 * Whether a statement passes the filter. A statement belongs to every section it is made in, so either section's
 * filter finds it.
 * @example matchesClaimFilter({verdict: "inconsistent", sections: ["Abstract", "Results"]}, {verdicts: ["inconsistent"], section: "Results"}) // true
 */
export function matchesClaimFilter(claim: {verdict: string; sections: readonly string[]}, filter: ClaimFilter): boolean {
  return (filter.verdicts as readonly string[]).includes(claim.verdict) && (filter.section === allSections || claim.sections.includes(filter.section));
}

/**
 * The query without the audit's own parameters: what the page's links carry to other pages, which know the
 * cohort filters but not the audit's verdict or section (they would report them as ignored).
 * @example cohortQuery("?sex=F&verdict=inconsistent&section=Results") // "?sex=F"
 */
export function cohortQuery(search: string): string {
  const params = new URLSearchParams(search);
  params.delete("verdict");
  params.delete("section");
  const rest = params.toString();
  return rest ? `?${rest}` : "";
}
