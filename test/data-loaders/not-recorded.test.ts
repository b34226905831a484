import {describe, expect, it} from "vitest";
import {evaluateCondition, matches, undecided} from "../../data-loaders/audit/conditions.js";
import {ageCell, recorded, sexCell} from "../../data-loaders/cells.js";
import {patientDictionary} from "../../data-loaders/dictionary.js";
import {parseLiverProcedures} from "../../data-loaders/liver-procedures.js";
import {joinPatients} from "../../data-loaders/patients.js";
import {parsePrimarySites} from "../../data-loaders/primary-sites.js";
import {parseTable1} from "../../data-loaders/table1.js";
import {parseTable2} from "../../data-loaders/table2.js";
import {buildTimeline, timeOriginEvidence} from "../../data-loaders/timeline.js";
import {bundledText, errorMessage, withCell} from "../helpers.js";

const table1 = bundledText("table1.tsv");
const table2 = bundledText("table2.tsv");
const sites = parsePrimarySites(bundledText("primary-sites.tsv"));
// The article's "Partial hepatectomy" is read through the bundled mapping, as buildCohort does.
const procedures = parseLiverProcedures(bundledText("liver-procedures.tsv"));
const spellings = ["–", "-", "—", "NA", "N/A", "na", "Unknown", "Not recorded", "", " NA "];

/** Table 1 with cells replaced, as [row, column, value] triples (rows 1-based, columns 0-based). */
const table1With = (...cells: [number, number, string][]) => cells.reduce((text, [r, c, v]) => withCell(text, r, c, v), table1);
const table2With = (...cells: [number, number, string][]) => cells.reduce((text, [r, c, v]) => withCell(text, r, c, v), table2);
const patientsFrom = (t1: string, t2 = table2) => joinPatients(parseTable1(t1), parseTable2(t2, "table2.tsv", {procedures}), sites);

describe("recorded(cell)", () => {
  it.each(spellings)("recorded(ageCell).parse(%j) is null", (text) => {
    expect(recorded(ageCell).parse(text)).toBeNull();
  });
  it('recorded(ageCell) keeps "42" and refuses "6O" with ageCell\'s own message', () => {
    expect(recorded(ageCell).parse("42")).toBe(42);
    const result = recorded(ageCell).safeParse("6O");
    expect(result.success ? "ok" : result.error.issues[0]!.message).toBe("expected a whole number of years");
  });
  it('recorded(sexCell) refuses "X" with "expected \\"F\\" or \\"M\\""', () => {
    const result = recorded(sexCell).safeParse("X");
    expect(result.success ? "ok" : result.error.issues[0]!.message).toBe('expected "F" or "M"');
  });
});

describe("not-recorded cells in the tables", () => {
  it.each(spellings)("parseTable1 reads %j in Age, Sex, Adjuvant treatment and Survival as null", (text) => {
    const row = parseTable1(table1With([3, 1, text], [3, 2, text], [3, 5, text], [3, 8, text]))[2]!.values;
    expect([row["Age (yr)"], row["Sex"], row["Adjuvant treatment after primary surgery"], row["Overall survival period (mo)"]]).toEqual([null, null, null, null]);
  });
  it.each(spellings)("parseTable2 reads %j in Location, SUV, Surgical procedure and Margin as null", (text) => {
    const row = parseTable2(table2With([5, 3, text], [5, 5, text], [5, 6, text], [5, 7, text]), "table2.tsv", {procedures})[4]!.values;
    expect([row["Location of liver metastasis"], row["Mean SUV of liver massb)"], row["Surgical procedure"], row["Microscopic resection margin"]]).toEqual([null, null, null, null]);
  });
  it('parseTable2 reads "Negative/NA" as cirrhosis false and fatty liver not recorded', () => {
    expect(parseTable2(table2With([1, 4, "Negative/NA"]), "table2.tsv", {procedures})[0]!.values["Liver cirrhosis/ fatty liver"]).toEqual({cirrhosis: false, fattyLiver: null});
  });
  it('parseTable1 still refuses "NA" as a patient number, naming the cell', () => {
    expect(errorMessage(() => parseTable1(withCell(table1, 2, 0, "NA")))).toBe(
      'table1.tsv row 2 (line 3), column "No.": expected a patient number (a positive whole number), got "NA"'
    );
  });
  it('parseTable1 still refuses a sex of "Female", naming the cell', () => {
    expect(errorMessage(() => parseTable1(withCell(table1, 4, 2, "Female")))).toBe('table1.tsv row 4 (line 5), column "Sex": expected "F" or "M", got "Female"');
  });
  it('parseTable1 still refuses "NA months" as survival, naming the cell', () => {
    expect(errorMessage(() => parseTable1(withCell(table1, 4, 8, "NA (Dead)")))).toBe(
      'table1.tsv row 4 (line 5), column "Overall survival period (mo)": expected months followed by "(Alive)" or "(Dead)" (e.g. "24 (Dead)"), got "NA (Dead)"'
    );
  });
  it('parseTable1 keeps "None" as a recorded answer: no adjuvant treatment, no further metastasis', () => {
    const row = parseTable1(table1)[1]!.values;
    expect(row["Adjuvant treatment after primary surgery"]).toEqual({chemotherapy: null, radiotherapy: null});
    expect(parseTable1(table1)[3]!.values["Additional metastasis after hepatectomy"]).toEqual([]);
  });
});

describe("joinPatients with cells not recorded", () => {
  const patients = patientsFrom(table1With([1, 5, "NA"], [1, 8, "–"], [2, 3, "Unknown"], [2, 7, ""], [4, 2, "N/A"], [4, 6, "-"]), table2With([1, 2, "NA"], [1, 3, "–"], [1, 5, "NA"], [1, 6, "Not recorded"]));
  const [p1, p2, , p4] = patients;
  it("an adjuvant treatment not recorded makes every treatment field null, not false or []", () => {
    expect([p1!.adjuvantChemotherapy, p1!.chemotherapyDrugs, p1!.chemotherapyCycles, p1!.adjuvantRadiotherapy, p1!.radiotherapyGy, p1!.radiotherapyFractions]).toEqual([null, null, null, null, null, null]);
  });
  it("a survival not recorded makes survivalMonths, dead and vitalStatus null", () => {
    expect([p1!.survivalMonths, p1!.dead, p1!.vitalStatus]).toEqual([null, null, null]);
  });
  it("a primary operation not recorded gives a null procedure and site, not a mapping error", () => {
    expect([p2!.primaryProcedure, p2!.primarySite]).toEqual([null, null]);
  });
  it("further metastasis not recorded is null, while \"None\" stays []", () => {
    expect([p2!.additionalMetastasisSites, p2!.additionalMetastasis]).toEqual([null, null]);
    expect([p4!.additionalMetastasisSites, p4!.additionalMetastasis]).toEqual([[], false]);
  });
  it("sex and interval not recorded are null, and so is the synchronous flag", () => {
    expect([p4!.sex, p4!.monthsToLiverMetastasis, p4!.synchronousResection]).toEqual([null, null, null]);
  });
  it('Table 2 cells not recorded: count, multiplicity, segments, procedure and ablation null; suvStatus "not recorded"', () => {
    expect([p1!.lesionCount, p1!.lesionMultiplicity, p1!.segments, p1!.suv, p1!.suvStatus, p1!.liverProcedure, p1!.ablation]).toEqual([null, null, null, null, "not recorded", null, null]);
  });
  it("the printed cells are kept as printed", () => {
    expect(p1!.verbatim.table1["Overall survival period (mo)"]).toBe("–");
  });
  it("an unmapped primary operation is still refused", () => {
    expect(errorMessage(() => patientsFrom(withCell(table1, 2, 3, "Whipple")))).toBe(
      'table1.tsv row 2 (line 3), column "Surgical procedure for primary lesion": expected an operation listed in primary-sites.tsv, which names its organ, got "Whipple"'
    );
  });
  it("buildTimeline gives a patient without survival no death or last-contact event, and an untimed primary resection without the interval", () => {
    const timeline = buildTimeline(patients, []);
    expect(timeline.filter((e) => e.patient === 1).map((e) => e.event)).not.toContain("last-contact");
    const primary = timeline.find((e) => e.patient === 4 && e.event === "primary-resection")!;
    expect([primary.monthsFromLiverResection, primary.notBeforeMonths]).toEqual([null, null]);
    const index = timeline.find((e) => e.patient === 1 && e.event === "index-hepatectomy")!;
    expect(index.label).toBe("Liver resection (procedure not recorded) for liver metastasis (time 0)");
  });
  it("timeOriginEvidence does not count a patient whose survival or interval was not recorded", () => {
    const evidence = timeOriginEvidence(patientsFrom(table1With([8, 6, "NA"], [9, 8, "NA"])));
    expect(evidence).toEqual([]);
  });
});

describe("audit conditions on values not recorded", () => {
  it('evaluateCondition({dead: null}, {not: {field: "dead", equals: true}}) is null: unknown is not "alive"', () => {
    expect(evaluateCondition({dead: null}, {not: {field: "dead", equals: true}})).toBeNull();
    expect(matches({dead: null}, {not: {field: "dead", equals: true}})).toBe(false);
  });
  it("an `any` with one true part is true even when another part is unknown; an `all` with a false part is false", () => {
    expect(evaluateCondition({sex: null, age: 50}, {any: [{field: "sex", equals: "M"}, {field: "age", greaterThan: 40}]})).toBe(true);
    expect(evaluateCondition({sex: null, age: 30}, {all: [{field: "sex", equals: "M"}, {field: "age", greaterThan: 40}]})).toBe(false);
  });
  it("undecided lists the records a condition cannot decide", () => {
    expect(undecided([{id: 1, sex: "M"}, {id: 2, sex: null}], {field: "sex", equals: "F"})).toEqual([{id: 2, sex: null}]);
  });
});

describe("the data dictionary on nulls", () => {
  it("every field but id, suvStatus and verbatim says it may be empty (null) and when", () => {
    const nullable = patientDictionary.filter((d) => d.type.endsWith(", or empty")).map((d) => d.field);
    expect(patientDictionary.map((d) => d.field).filter((f) => !nullable.includes(f))).toEqual(["id", "suvStatus", "verbatim"]);
    expect(patientDictionary.find((d) => d.field === "survivalMonths")!.derivation).toContain("left out of survival estimates");
  });
});
