import {describe, expect, it} from "vitest";
import {patientsListed} from "../../../src/lib/prose/patientsListed.js";

const cohort = (n: number) => Array.from({length: n}, (_, i) => ({id: i + 1}));

describe("patientsListed", () => {
  it("patientsListed(10 patients) lists all ten, with no note", () => {
    const {listed, note} = patientsListed(cohort(10));
    expect(listed.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(note).toBeNull();
  });
  it("patientsListed(exactly max patients) lists them all, with no note", () => {
    expect(patientsListed(cohort(50), {max: 50})).toEqual({listed: cohort(50), note: null});
  });
  it("patientsListed(400 patients, {max: 50}) lists the first 50 and says so", () => {
    const {listed, note} = patientsListed(cohort(400), {max: 50});
    expect(listed.map((p) => p.id)).toEqual(cohort(50).map((p) => p.id));
    expect(note).toBe("Showing 50 of 400 patients; narrow the filters to see others.");
  });
  it("patientsListed(400 patients, {max: 50, openId: 300}) adds the linked patient after the first 50", () => {
    const {listed, note} = patientsListed(cohort(400), {max: 50, openId: 300});
    expect(listed).toHaveLength(51);
    expect(listed.at(-1)).toEqual({id: 300});
    expect(note).toBe("Showing 51 of 400 patients; narrow the filters to see others.");
  });
  it("patientsListed(400 patients, {openId: 7}) does not list a linked patient twice", () => {
    expect(patientsListed(cohort(400), {max: 50, openId: 7}).listed).toHaveLength(50);
  });
  it("patientsListed([]) lists nobody and says no patient matches", () => {
    expect(patientsListed([])).toEqual({listed: [], note: "No patient matches the filters."});
  });
});
