import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {headlinePhrase, questionsSummaryFigures, tallyClaims, type TrustClaim, trustParagraph} from "../../../src/lib/prose/trust.js";

const {claims} = buildCohort(readSourceFolder(bundledSourceDir));
const byId = (id: string) => claims.find((c) => c.id === id)!;

/** A small claim for the edge cases; a count that agrees unless told otherwise. */
const make = (over: Partial<TrustClaim> = {}): TrustClaim => ({
  section: "Results",
  quote: "three males",
  kind: "count",
  reported: "3",
  recomputed: "3",
  verdict: "consistent",
  alternatives: [],
  ...over
});
const medianAge = make({
  section: "Abstract",
  quote: "the median age was 48 years",
  places: [
    {section: "Abstract", quote: "the median age was 48 years"},
    {section: "Results", quote: "the median age was 48 years"}
  ],
  kind: "median",
  reported: "48",
  recomputed: "46.5",
  verdict: "inconsistent",
  alternatives: [{description: "the mean age", value: "48.2", matches: true}]
});

describe("the audit's counts with repeated statements", () => {
  it("tallyClaims(bundled claims) counts 96 statements once each: 13 inconsistent, 9 ambiguous, 35 consistent, 39 not checkable; 18 made more than once, 119 places (issue 12: was 61: 11, 0, 38, 12; 11 and 74; 98 and 121 until the two cross-checks of the tables became data checks)", () => {
    expect(tallyClaims(claims)).toEqual({statements: 96, places: 119, repeated: 18, consistent: 35, inconsistent: 13, ambiguous: 9, notCheckable: 39});
  });
  it("tallyClaims counts ambiguous statements apart", () => {
    expect(tallyClaims([make(), make({verdict: "ambiguous"})])).toMatchObject({consistent: 1, ambiguous: 1, inconsistent: 0});
  });
  it("tallyClaims counts a claim without places as one place", () => {
    expect(tallyClaims([make(), medianAge])).toMatchObject({statements: 2, places: 3, repeated: 1, consistent: 1, inconsistent: 1});
  });
  it("tallyClaims([]) is all zeros", () => {
    expect(tallyClaims([])).toEqual({statements: 0, places: 0, repeated: 0, consistent: 0, inconsistent: 0, ambiguous: 0, notCheckable: 0});
  });
});

describe("headlinePhrase", () => {
  it("headlinePhrase(median age) gives the median the tables give and the mean that 48 matches, a reading that excludes the age range's", () => {
    expect(headlinePhrase(byId("abstract-median-age"))).toBe("“the median age was 48 years” (the tables give a median of 46.5; 48 matches the mean age, 48.2, but that reading cannot hold together with the one that explains another printed figure)");
  });
  it("headlinePhrase(median survival) gives the recomputed figures and says 34.2 is the mean of the printed times", () => {
    expect(headlinePhrase(byId("abstract-median-survival"))).toBe(
      "“the median survival period was 34.2 months” (recomputed from the tables: Kaplan–Meier median not reached, plain median 18.5, mean 34.2; 34.2 is the mean of the printed survival times)"
    );
  });
  it("headlinePhrase never puts an alternative's description on the recomputed value (issue 13, item 2)", () => {
    const phrase = headlinePhrase(byId("abstract-median-age"));
    expect(phrase).not.toMatch(/46\.5, which is the mean/);
    expect(phrase).not.toContain("the tables give 46.5");
  });
  it("headlinePhrase without a matching reading says only what the tables give", () => {
    expect(headlinePhrase(make({recomputed: "9", reported: "10", verdict: "inconsistent", quote: "All 10 patients"}))).toBe("“All 10 patients” (the tables give 9)");
    expect(headlinePhrase({...medianAge, alternatives: [{description: "the mean age", value: "47.2", matches: false}]})).toBe("“the median age was 48 years” (the tables give a median of 46.5)");
  });
  it("headlinePhrase quotes the Abstract's words where the statement is also made elsewhere first", () => {
    const later = {...medianAge, section: "Results", quote: "Results words", places: [{section: "Results", quote: "Results words"}, {section: "Abstract", quote: "Abstract words"}]};
    expect(headlinePhrase(later)).toMatch(/^“Abstract words”/);
  });
});

describe("trustParagraph", () => {
  it("trustParagraph(bundled claims) counts each statement once, ambiguous ones apart, and offers no reading that excludes another", () => {
    expect(trustParagraph(claims)).toBe(
      "The audit checks 95 statements and 1 cross-check against the article's own tables (18 statements the article makes more than once are counted once): 35 agree with them, 13 do not, 9 are ambiguous, agreeing or not depending on a definition or on which of two contradicting sources is believed, and 39 cannot be checked because the tables do not hold the data. Of the 20 counts and patient lists, 19 agree. In the Abstract, 3 figures do not agree: “the median age was 48 years” (the tables give a median of 46.5; 48 matches the mean age, 48.2, but that reading cannot hold together with the one that explains another printed figure); “the median survival period was 34.2 months” (recomputed from the tables: Kaplan–Meier median not reached, plain median 18.5, mean 34.2; 34.2 is the mean of the printed survival times); “should be considered for all patients” (recomputed from the tables: no comparison group: all 10 patients were resected, 2 of 10 followed past 24 months (patients 1, 7), median follow-up 19 months, 2 deaths, after 40 months 1 patient at risk). 4 more of the Abstract's figures hold only under one reading: “from 2003 to 2015”; “Six patients had a single metastatic mass”; “four had multiple nodules”; “Four patients showed metastasis to other organs after surgical resection of the liver”. For 2 of the 13 mismatches the audit finds a computation that reproduces the printed figure, which suggests those figures were computed differently from what the text says, rather than from different data. For 2 more, a computation reproduces the printed figure, but they need the same patient both counted and left out, so the audit offers none of them. Read the article's summary statistics with the audit beside it, and prefer the recomputed figures on these pages."
    );
  });
  it("trustParagraph with an ambiguous Abstract statement names it apart from the mismatches", () => {
    const text = trustParagraph([make({section: "Abstract"}), make({section: "Abstract", quote: "Six patients had a single metastatic mass", verdict: "ambiguous"})]);
    expect(text).toContain("1 agrees with them and 1 is ambiguous, agreeing or not depending on a definition or on which of two contradicting sources is believed.");
    expect(text).toContain("One more of the Abstract's figures holds only under one reading: “Six patients had a single metastatic mass”.");
  });
  it("trustParagraph([]) says the series comes without statements to audit, not '0 of 0 agree'", () => {
    const text = trustParagraph([]);
    expect(text).toBe("This series comes without statements of the article to audit, so this report cannot say how far the article's figures follow from its tables.");
    expect(text).not.toMatch(/\b0\b|agree/);
  });
  it("questionsSummaryFigures is true when the audit finds an inconsistent or an ambiguous statement, and only then", () => {
    expect(questionsSummaryFigures(claims)).toBe(true);
    expect(questionsSummaryFigures([make({verdict: "ambiguous"})])).toBe(true);
    expect(questionsSummaryFigures([make({verdict: "inconsistent"})])).toBe(true);
    expect(questionsSummaryFigures([make(), make({verdict: "not-checkable"})])).toBe(false);
    expect(questionsSummaryFigures([])).toBe(false);
  });
  it("trustParagraph with no inconsistency claims no disagreement", () => {
    const text = trustParagraph([make(), make({quote: "seven females", reported: "7", recomputed: "7", section: "Abstract"}), make({quote: "476", verdict: "not-checkable", kind: "not-checkable"})]);
    expect(text).toBe(
      "The audit checks 3 statements against the article's own tables: 2 agree with them and 1 cannot be checked because the tables do not hold the data. No figure that the tables can check disagrees with them."
    );
    expect(text).not.toMatch(/do not agree|mismatch|headline/);
  });
  it("trustParagraph of one consistent statement reads in the singular", () => {
    expect(trustParagraph([make()])).toBe("The audit checks 1 statement against the article's own tables: it agrees with them. No figure that the tables can check disagrees with them.");
  });
  it("trustParagraph when nothing can be checked says so and draws no conclusion", () => {
    expect(trustParagraph([make({verdict: "not-checkable", kind: "not-checkable"}), make({quote: "other", verdict: "not-checkable", kind: "not-checkable"})])).toBe(
      "The audit checks 2 statements against the article's own tables: none of them can be checked, because the tables do not hold the data."
    );
  });
  it("trustParagraph with mismatches outside the Abstract says the Abstract's checked figures agree", () => {
    const text = trustParagraph([make({section: "Abstract"}), make({quote: "All 10 patients", reported: "10", recomputed: "9", verdict: "inconsistent"})]);
    expect(text).toContain("1 agrees with them and 1 does not.");
    expect(text).toContain("Of the 2 counts and patient lists, 1 agrees.");
    expect(text).toContain("The Abstract's figures that can be checked agree; the mismatches are elsewhere in the article.");
    expect(text).not.toContain("For ");
  });
  it("trustParagraph with one explained headline mismatch names it and counts the repeat once", () => {
    const text = trustParagraph([medianAge, make()]);
    expect(text).toContain("(one statement the article makes more than once is counted once)");
    expect(text).toContain("One of the Abstract's figures does not agree: “the median age was 48 years” (the tables give a median of 46.5; 48 matches the mean age, 48.2).");
    expect(text).toContain("For the one mismatch the audit finds a computation that reproduces the printed figure, which suggests that figure was computed differently");
  });
  it("trustParagraph reads claims from an older dataset without places", () => {
    const {places: _, ...old} = medianAge;
    expect(trustParagraph([old])).toContain("One of the Abstract's figures does not agree");
    expect(trustParagraph([old])).not.toContain("counted once");
  });
});
