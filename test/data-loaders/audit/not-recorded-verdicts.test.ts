/**
 * Verdicts when values are not recorded: a figure is inconsistent only when no value the missing cells could hold
 * would give the reported one; otherwise it can be neither confirmed nor refuted (not checkable).
 */
import {describe, expect, it} from "vitest";
import {buildCohort, sourceFiles, type SourceTexts} from "../../../data-loaders/cohort.js";
import {bundledText, withCell} from "../../helpers.js";

const bundled = Object.fromEntries(Object.entries(sourceFiles).map(([role, file]) => [role, bundledText(file)])) as SourceTexts;
/** The bundled cohort's claims with Table 1 cells changed: [patient row, column index, text]. */
const claimsWith = (...cells: [number, number, string][]) =>
  buildCohort({...bundled, table1: cells.reduce((text, [row, column, value]) => withCell(text, row, column, value), bundled.table1)}).claims;
const claim = (claims: ReturnType<typeof claimsWith>, id: string) => claims.find((c) => c.id === id)!;
const [age, sex, survival] = [1, 2, 8];

describe("audit verdicts with values not recorded", () => {
  it("a count the missing sex could make either way (3 men: patients 9 and 10 sure, patient 2 not recorded) is not checkable, naming patient 2", () => {
    const claims = claimsWith([2, sex, "NA"]);
    const males = claim(claims, "results-males");
    expect(males.verdict).toBe("not-checkable");
    expect(males.recomputed).toBe("2 to 3");
    expect(males.explanation).toContain("Patient 2's value was not recorded");
    expect(claim(claims, "results-females").verdict).toBe("not-checkable");
  });
  it("a count the missing value cannot rescue stays inconsistent: 4 men for certain are not the reported 3", () => {
    const males = claim(claimsWith([1, sex, "M"], [4, sex, "–"]), "results-males");
    expect(males.verdict).toBe("inconsistent");
  });
  it("the bundled verdicts hold when nothing is missing (3 men, consistent)", () => {
    expect(claim(claimsWith(), "results-males").verdict).toBe("consistent");
  });
  it("a median of the recorded ages that differs from the reported one is not checkable when an age is missing", () => {
    const median = claim(claimsWith([1, age, "Unknown"]), "abstract-median-age");
    expect(median.verdict).toBe("not-checkable");
    expect(median.explanation).toMatch(/of the 9 patients with a value is .*, not 48\. Patient 1's value was not recorded/);
  });
  it("a range a recorded value already breaks stays inconsistent with an age missing (69 is outside 38–60)", () => {
    expect(claim(claimsWith([1, age, "Unknown"]), "results-age-range").verdict).toBe("inconsistent");
  });
  it("a list of patients the missing status could complete (deaths: 2 sure, 3 not recorded) is not checkable", () => {
    const deaths = claim(claimsWith([3, survival, "Not recorded"]), "abstract-deaths");
    expect(deaths.verdict).toBe("not-checkable");
    expect(deaths.explanation).toContain("the article adds 3");
  });
});
