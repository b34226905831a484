import {describe, expect, it} from "vitest";
import {auditRepeatedLine, auditShownLine, grimLead} from "../../../src/lib/prose/audit.js";

describe("audit prose", () => {
  it('auditShownLine(14, 98) is "14 of 98 statements shown.", and counts one statement in the singular', () => {
    expect(auditShownLine(14, 98)).toBe("14 of 98 statements shown.");
    expect(auditShownLine(0, 98)).toBe("0 of 98 statements shown.");
    expect(auditShownLine(1, 1)).toBe("1 of 1 statement shown.");
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
