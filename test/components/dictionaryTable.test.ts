import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {dictionaryTable} from "../../src/components/dictionaryTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients, study} = buildCohort(readSourceFolder(bundledSourceDir));

const table = dictionaryTable(study.dictionary, {document: doc});
const cells = (field: string) => {
  const row = table.querySelector(`tbody tr[data-field="${field}"]`);
  if (!row) throw new Error(`no row for ${field}`);
  return [...row.querySelectorAll("td")].map((td) => td.textContent);
};

describe("dictionaryTable of patients.json", () => {
  it("dictionaryTable(study.dictionary) has one row per field of a patient record, in the dictionary's order", () => {
    const fields = [...table.querySelectorAll("tbody tr")].map((tr) => tr.querySelector("td code")!.textContent);
    expect(fields).toEqual(study.dictionary.map((d) => d.field));
    expect(new Set(fields)).toEqual(new Set(Object.keys(patients[0]!)));
  });
  it("dictionaryTable gives age as an integer or empty, years, from Table 1 \"Age (yr)\", saying when it is empty", () => {
    expect(cells("age")).toEqual([
      "age",
      "integer, or empty",
      "years",
      'Table 1 "Age (yr)"',
      "As printed: the age at diagnosis of the liver metastasis. Empty when the printed cell says it was not recorded."
    ]);
  });
  it("dictionaryTable leaves the unit empty for a field without one", () => {
    expect(cells("sex").slice(0, 3)).toEqual(["sex", '"F" | "M", or empty', ""]);
  });
  it("dictionaryTable shows the field name as code, and the page's caption and headings", () => {
    expect(table.querySelector('tbody tr[data-field="survivalMonths"] td:first-child code')!.textContent).toBe("survivalMonths");
    expect(table.querySelector("caption")!.textContent).toBe(
      "Every field of patients.json. A missing value is left empty (the empty value in patients.json, an empty cell in patients.csv), never written as 0 or as blank text; an empty list means none."
    );
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Field", "Type", "Unit", "Source", "Derivation"]);
  });
});
