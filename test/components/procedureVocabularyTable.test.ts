import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {procedureVocabularyTable} from "../../src/components/procedureVocabularyTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {study} = buildCohort(readSourceFolder(bundledSourceDir));
const rows = (table: HTMLTableElement) => [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));

describe("procedureVocabularyTable", () => {
  it("procedureVocabularyTable(study.liverProcedures) lists the article's three procedures by extent with their Brisbane 2000 reading", () => {
    const table = procedureVocabularyTable(study.liverProcedures, {document: doc});
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
      "Liver procedure (Table 2)", "Brisbane 2000 term", "Kind of resection", "Extent", "Read from"
    ]);
    expect(rows(table).map((r) => r.slice(0, 4))).toEqual([
      ["Partial hepatectomy", "none (outside the terms)", "Minor resection", "minor"],
      ["Left lateral sectionectomy", "Left lateral sectionectomy", "Sectionectomy", "minor"],
      ["Right hepatectomy", "Right hemihepatectomy", "Hemihepatectomy", "major"]
    ]);
  });
  it("procedureVocabularyTable says a mapped name comes from liver-procedures.tsv, with the term and the reason", () => {
    const table = procedureVocabularyTable(study.liverProcedures, {document: doc});
    expect(rows(table)[0]![4]).toMatch(/^liver-procedures\.tsv, mapped to “Minor resection”: Not a Brisbane 2000 term/);
    expect(rows(table)[2]![4]).toBe("the name (Brisbane 2000)");
  });
});
