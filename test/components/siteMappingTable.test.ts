import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {siteMappingTable} from "../../src/components/siteMappingTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {study} = buildCohort(readSourceFolder(bundledSourceDir));

const table = siteMappingTable(study.primarySiteMapping, {document: doc});
const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));

describe("siteMappingTable of primary-sites.tsv", () => {
  it("siteMappingTable(study.primarySiteMapping) maps each of the 5 printed operations to a site", () => {
    expect(rows.map(([operation, site]) => [operation, site])).toEqual([
      ["Distal pancreatectomy and splenectomy", "Pancreas"],
      ["Small bowel resection and anastomosis", "Small bowel"],
      ["Ileocecal resection", "Small bowel"],
      ["Retroperitoneal mass excision", "Retroperitoneum"],
      ["Laparoscopic wedge resection of stomach", "Stomach"]
    ]);
  });
  it("siteMappingTable gives the reason for reading the ileocecal resection as small bowel", () => {
    expect(rows[2]).toEqual(["Ileocecal resection", "Small bowel", "The ileum is small bowel, and Results names no colonic primary"]);
  });
  it("siteMappingTable keeps the quotes of a reason as text", () => {
    expect(rows[3]![2]).toBe('Results: "Five patients had primary lesions in the retroperitoneum"; five rows carry this operation');
  });
  it("siteMappingTable has the page's headings and no caption", () => {
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Primary operation (Table 1)", "Primary site", "Reason"]);
    expect(table.querySelector("caption")).toBeNull();
    expect(table.className).toBe("plain-table");
  });
});
