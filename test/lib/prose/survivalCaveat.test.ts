import {describe, expect, it} from "vitest";
import {survivalCaveat} from "../../../src/lib/prose/survivalCaveat.js";

describe("survivalCaveat", () => {
  it("survivalCaveat({patients: 10, deaths: 2}) warns of large steps and a wide band", () => {
    expect(survivalCaveat({patients: 10, deaths: 2})).toMatch(/^With 2 deaths among 10 patients, the curve moves in large steps, its confidence band is wide/);
  });
  it("survivalCaveat with no death says the curve shows only follow-up, for one patient or several", () => {
    expect(survivalCaveat({patients: 1, deaths: 0})).toMatch(/^No death among 1 patient: the curve stays at 100% and shows only how long the patient was followed\./);
    expect(survivalCaveat({patients: 3, deaths: 0})).toMatch(/how long they were followed\./);
  });
  it("survivalCaveat of no patient makes no claim about a curve", () => {
    expect(survivalCaveat({patients: 0, deaths: 0})).toMatch(/^No patient is in view\. Survival here/);
  });
  it("survivalCaveat for a registry-sized series does not call its band wide", () => {
    expect(survivalCaveat({patients: 10000, deaths: 3000})).not.toContain("large steps");
  });
});
