import {describe, expect, it} from "vitest";
import {patientsSearchCount} from "../../../src/lib/prose/patientsSearchCount.js";

describe("patientsSearchCount", () => {
  it('patientsSearchCount(10) is "10 results", (1) "1 result", (0) "0 results"', () => {
    expect(patientsSearchCount(10)).toBe("10 results");
    expect(patientsSearchCount(1)).toBe("1 result");
    expect(patientsSearchCount(0)).toBe("0 results");
  });
});
