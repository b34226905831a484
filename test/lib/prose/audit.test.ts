import {describe, expect, it} from "vitest";
import type {ChecksSummary} from "../../../src/lib/checks.js";
import {auditRepeatedLine, auditShownLine, checksLine, grimLead} from "../../../src/lib/prose/audit.js";

describe("audit prose", () => {
  it('auditShownLine(14, 98) is "14 of 98 statements shown.", and counts one statement in the singular', () => {
    expect(auditShownLine(14, 98)).toBe("14 of 98 statements shown.");
    expect(auditShownLine(0, 98)).toBe("0 of 98 statements shown.");
    expect(auditShownLine(1, 1)).toBe("1 of 1 statement shown.");
    expect(auditShownLine(13, 96, ["Verdict: Inconsistent", "Section: Results"])).toBe("13 of 96 statements shown (Verdict: Inconsistent; Section: Results).");
  });
  it("auditRepeatedLine says how many statements are made more than once, and in how many places, or that none is", () => {
    expect(auditRepeatedLine({repeated: 18, places: 121})).toBe("18 statements the article makes more than once, each counted once (121 places in all)");
    expect(auditRepeatedLine({repeated: 1, places: 4})).toBe("1 statement the article makes more than once, each counted once (4 places in all)");
    expect(auditRepeatedLine({repeated: 0, places: 3})).toBe("each made once in the article");
  });
  it('grimLead(2) is "2 reported figures cannot be arithmetically right as stated"', () => {
    expect(grimLead(2)).toBe("2 reported figures cannot be arithmetically right as stated");
    expect(grimLead(1)).toBe("1 reported figure cannot be arithmetically right as stated");
  });
});

describe("checksLine", () => {
  const summary = (change: Partial<ChecksSummary>): ChecksSummary => ({checks: 5, pass: 5, fail: 0, noted: 0, notApplicable: 0, failed: [], failedPatients: [], ...change});
  it('checksLine of the bundled article\'s checks is "Of the 5 checks, 1 fails (Lesions against segments) and 4 pass."', () => {
    expect(checksLine(summary({pass: 4, fail: 1, failed: ["Lesions against segments"], failedPatients: [7]}))).toBe("Of the 5 checks, 1 fails (Lesions against segments) and 4 pass.");
  });
  it("checksLine says when every check passes, without counting them twice", () => {
    expect(checksLine(summary({}))).toBe("All 5 checks pass.");
    expect(checksLine(summary({checks: 1, pass: 1}))).toBe("The one check passes.");
  });
  it("checksLine names failing checks first, then gaps noted, passes and checks that do not apply; never calls a gap a failure", () => {
    expect(checksLine(summary({pass: 1, fail: 2, noted: 1, notApplicable: 1, failed: ["A", "B"]}))).toBe(
      "Of the 5 checks, 2 fail (A and B), 1 notes gaps in what was recorded, 1 passes and 1 does not apply."
    );
    expect(checksLine(summary({pass: 3, noted: 1, notApplicable: 1}))).toBe("Of the 5 checks, 1 notes gaps in what was recorded, 3 pass and 1 does not apply.");
  });
  it('checksLine(summary, " of the tables") names what was checked, for a sentence without a heading above it', () => {
    expect(checksLine(summary({}), " of the tables")).toBe("All 5 checks of the tables pass.");
    expect(checksLine(summary({checks: 1, pass: 1}), " of the tables")).toBe("The one check of the tables passes.");
    expect(checksLine(summary({pass: 4, fail: 1, failed: ["Lesions against segments"]}), " of the tables")).toBe("Of the 5 checks of the tables, 1 fails (Lesions against segments) and 4 pass.");
    expect(checksLine(summary({checks: 0, pass: 0}), " of the tables")).toBe("No check of the tables ran on this series.");
  });
  it("checksLine with no check says none ran", () => {
    expect(checksLine(summary({checks: 0, pass: 0}))).toBe("No check ran on this series.");
  });
});
