import {describe, expect, it} from "vitest";
import {allSections, auditVerdicts, claimFilterParams, cohortQuery, matchesClaimFilter, parseClaimFilter} from "../../src/lib/claimFilter.js";

const sections = ["Abstract", "Results", "Table 1 footnote a"];

describe("parseClaimFilter", () => {
  it('parseClaimFilter("?verdict=inconsistent") shows the inconsistent statements of every section', () => {
    expect(parseClaimFilter("?verdict=inconsistent", sections)).toEqual({verdicts: ["inconsistent"], section: allSections});
  });
  it("parseClaimFilter: no verdict, verdict=all, an empty or unknown verdict all mean every verdict, in the page's order", () => {
    for (const search of ["", "?verdict=all", "?verdict=", "?verdict=wrong", "?verdict=Inconsistent"]) {
      expect(parseClaimFilter(search, sections).verdicts, search).toEqual(["inconsistent", "ambiguous", "not-checkable", "consistent"]);
    }
    expect(auditVerdicts).toEqual(["inconsistent", "ambiguous", "not-checkable", "consistent"]);
  });
  it("parseClaimFilter reads a section the audit has (decoded), and ignores one it has not", () => {
    expect(parseClaimFilter("?section=Results&verdict=ambiguous", sections)).toEqual({verdicts: ["ambiguous"], section: "Results"});
    expect(parseClaimFilter("?section=Table+1+footnote+a", sections).section).toBe("Table 1 footnote a");
    expect(parseClaimFilter("?section=Introduction", sections).section).toBe(allSections);
    expect(parseClaimFilter("?section=All%20sections", sections).section).toBe(allSections);
  });
});

describe("claimFilterParams", () => {
  it("claimFilterParams names a single verdict and gives any other choice as the default, all", () => {
    expect(claimFilterParams({verdicts: ["ambiguous"], section: "Results"})).toEqual({verdict: "ambiguous", section: "Results"});
    expect(claimFilterParams({verdicts: ["ambiguous", "consistent"], section: allSections})).toEqual({verdict: "all", section: allSections});
    expect(claimFilterParams({verdicts: [], section: allSections}).verdict).toBe("all");
    expect(claimFilterParams({verdicts: auditVerdicts, section: allSections}).verdict).toBe("all");
  });
  it("claimFilterParams of what parseClaimFilter read gives the same URL values back", () => {
    for (const [search, verdict, section] of [["?verdict=consistent&section=Abstract", "consistent", "Abstract"], ["?verdict=junk", "all", allSections]] as const) {
      expect(claimFilterParams(parseClaimFilter(search, sections))).toEqual({verdict, section});
    }
  });
});

describe("matchesClaimFilter", () => {
  const repeated = {verdict: "inconsistent", sections: ["Abstract", "Results"]};
  it("matchesClaimFilter finds a statement under each section it is made in", () => {
    expect(matchesClaimFilter(repeated, {verdicts: ["inconsistent"], section: "Results"})).toBe(true);
    expect(matchesClaimFilter(repeated, {verdicts: ["inconsistent"], section: "Abstract"})).toBe(true);
    expect(matchesClaimFilter(repeated, {verdicts: ["inconsistent"], section: "Methods"})).toBe(false);
    expect(matchesClaimFilter(repeated, {verdicts: ["inconsistent"], section: allSections})).toBe(true);
  });
  it("matchesClaimFilter needs the statement's verdict among those chosen; none chosen shows none", () => {
    expect(matchesClaimFilter(repeated, {verdicts: ["consistent", "ambiguous"], section: allSections})).toBe(false);
    expect(matchesClaimFilter(repeated, {verdicts: [], section: allSections})).toBe(false);
  });
});

describe("cohortQuery", () => {
  it("cohortQuery keeps the cohort filters, in order, and drops the audit's verdict and section", () => {
    expect(cohortQuery("?sex=F&verdict=inconsistent&primarySite=Stomach&section=Results")).toBe("?sex=F&primarySite=Stomach");
    expect(cohortQuery("?age=40-60")).toBe("?age=40-60");
  });
  it("cohortQuery of the audit's parameters only, or of nothing, is empty", () => {
    expect(cohortQuery("?verdict=ambiguous&section=Abstract")).toBe("");
    expect(cohortQuery("")).toBe("");
  });
});
