import {describe, expect, it} from "vitest";
import {categoryOptions, fieldLabel, fieldLabels, formatFilters, matchesFilters, notRecordedLabel, parseFilters} from "../../src/lib/filters.js";
import {notRecordedClause, notShownNote, survivalLeftOutNote} from "../../src/lib/prose/notRecorded.js";
import {survivalSummary} from "../../src/lib/prose/survivalSummary.js";
import {countCategories, countNotRecorded, describeNumeric, proportionRecorded} from "../../src/lib/stats.js";
import {hasSurvival, survivalLeftOut, survivalSubjects} from "../../src/lib/survival.js";

const rows = [
  {id: 1, sex: "F", age: 40, dead: true, survivalMonths: 12, segments: [6]},
  {id: 2, sex: "M", age: null, dead: false, survivalMonths: 30, segments: []},
  {id: 3, sex: null, age: 60, dead: null, survivalMonths: null, segments: null},
  {id: 4, sex: "F", age: 50, dead: false, survivalMonths: null, segments: [4, 7]}
];

describe("stats on values not recorded", () => {
  it("describeNumeric(rows, \"age\") summarises the 3 recorded and counts 1 missing", () => {
    expect(describeNumeric(rows, "age")).toMatchObject({n: 3, missing: 1, median: 50});
  });
  it("countCategories(rows, \"sex\") gives percentages of the 3 recorded and no null category", () => {
    expect(countCategories(rows, "sex")).toEqual([
      {value: "F", n: 2, total: 3, percent: (100 * 2) / 3},
      {value: "M", n: 1, total: 3, percent: 100 / 3}
    ]);
  });
  it("countNotRecorded(rows, \"sex\") is 1 and countNotRecorded(rows, \"segments\") counts null, not []", () => {
    expect(countNotRecorded(rows, "sex")).toBe(1);
    expect(countNotRecorded(rows, "segments")).toBe(1);
  });
  it("proportionRecorded(rows, \"dead\", dead) is 1 of 3 recorded, with 1 not recorded, never counted as alive", () => {
    expect(proportionRecorded(rows, "dead", (d) => d === true)).toEqual({n: 1, total: 3, percent: 100 / 3, notRecorded: 1});
  });
});

describe("filters on values not recorded", () => {
  it('fieldLabel({sex: null}, "sex") is "Not recorded"; a field the record lacks is null', () => {
    expect(fieldLabel({sex: null}, "sex")).toBe(notRecordedLabel);
    expect(fieldLabel({}, "sex")).toBeNull();
  });
  it("fieldLabels gives [] for an empty list (None) and [\"Not recorded\"] for a list not recorded", () => {
    expect(fieldLabels({segments: []}, "segments")).toEqual([]);
    expect(fieldLabels({segments: null}, "segments")).toEqual(["Not recorded"]);
  });
  it("categoryOptions lists Not recorded last, only for fields some patient has null", () => {
    const options = categoryOptions(rows);
    expect(options.get("sex")).toEqual(["F", "M", "Not recorded"]);
    expect(options.get("segments")).toEqual(["4", "6", "7", "Not recorded"]);
    expect(categoryOptions([{sex: "F"}]).get("sex")).toEqual(["F"]);
    expect(categoryOptions([{adjuvantChemotherapy: null}, {adjuvantChemotherapy: true}]).get("adjuvantChemotherapy")).toEqual(["Yes", "Not recorded"]);
  });
  it('parseFilters("?sex=Not%20recorded") selects the patients whose sex was not recorded, and formatFilters writes it back', () => {
    const options = categoryOptions(rows);
    const {state, ignored} = parseFilters("?sex=Not%20recorded", options);
    expect(ignored).toEqual([]);
    expect(rows.filter((p) => matchesFilters(p, state)).map((p) => p.id)).toEqual([3]);
    expect(formatFilters(state, options)).toBe("?sex=Not+recorded");
  });
  it("an age range leaves out a patient whose age was not recorded", () => {
    expect(rows.filter((p) => matchesFilters(p, {categories: {}, age: {min: 0, max: 120}})).map((p) => p.id)).toEqual([1, 3, 4]);
  });
});

describe("survival on values not recorded", () => {
  it("survivalSubjects leaves out patients without a survival time or vital status", () => {
    expect(survivalSubjects(rows)).toEqual([{time: 12, event: true}, {time: 30, event: false}]);
    expect(rows.filter(hasSurvival).map((p) => p.id)).toEqual([1, 2]);
  });
  it("survivalLeftOut names them: patients 3 and 4", () => {
    expect(survivalLeftOut(rows)).toEqual([3, 4]);
  });
  it("survivalSummary says of how many it speaks and names the patients left out", () => {
    const text = survivalSummary(rows);
    expect(text).toMatch(/^Of the 2 patients in view with a survival recorded, 1 patient died \(patient 1, at 12 months\)\./);
    expect(text).toMatch(/Patients 3 and 4 are left out of the survival estimates: survival time or vital status not recorded\.$/);
    expect(text).not.toMatch(/null|NaN|undefined/);
  });
  it("survivalSummary with no patient followed says so instead of printing empty figures", () => {
    expect(survivalSummary([rows[2]!])).toBe(
      "No patient in view has a survival time and vital status recorded. Patient 3 is left out of the survival estimates: survival time or vital status not recorded."
    );
  });
});

describe("notes on values not recorded", () => {
  it('notShownNote(2) is "2 not recorded, not shown" and notShownNote(0) is ""', () => {
    expect(notShownNote(2)).toBe("2 not recorded, not shown");
    expect(notShownNote(0)).toBe("");
  });
  it("survivalLeftOutNote names one patient or several, and says nothing for none", () => {
    expect(survivalLeftOutNote([4])).toBe("Patient 4 is left out of the survival estimates: survival time or vital status not recorded.");
    expect(survivalLeftOutNote([2, 5, 9])).toBe("Patients 2, 5 and 9 are left out of the survival estimates: survival time or vital status not recorded.");
    expect(survivalLeftOutNote([])).toBe("");
  });
  it('notRecordedClause(1) is " (1 not recorded)"', () => {
    expect(notRecordedClause(1)).toBe(" (1 not recorded)");
    expect(notRecordedClause(0)).toBe("");
  });
});
