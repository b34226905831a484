import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {type ProcedurePatient, procedureTable, type ProcedureTableOptions} from "../../src/components/procedureTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

const extent = ["Partial hepatectomy", "Left lateral sectionectomy", "Right hepatectomy"];
const render = (rows: readonly ProcedurePatient[] = patients, options: Omit<ProcedureTableOptions, "document"> = {procedures: extent}) =>
  procedureTable(rows, {document: doc, ...options});
/** Each body row as [procedure, patients, with RFA, positive margin]. */
const rows = (table: HTMLTableElement) =>
  [...table.querySelectorAll("tbody tr")].map((tr) => [tr.querySelector("th")!.textContent, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]);

describe("procedureTable of the whole cohort", () => {
  const table = render();

  it("procedureTable(patients, {procedures}) gives partial hepatectomy 8 patients, RFA patient 7, positive margin patient 3", () => {
    expect(rows(table)[0]).toEqual(["Partial hepatectomy", "8", "patient 7 (intraoperative RFA)", "patient 3"]);
  });
  it("procedureTable(patients, {procedures}) lists the procedures by extent, one patient each for the anatomical resections", () => {
    expect(rows(table)).toEqual([
      ["Partial hepatectomy", "8", "patient 7 (intraoperative RFA)", "patient 3"],
      ["Left lateral sectionectomy", "1", "none", "none"],
      ["Right hepatectomy", "1", "none", "none"]
    ]);
  });
  it("procedureTable has the caption and headings of the liver page, procedures as row headings", () => {
    expect(table.querySelector("caption")!.textContent).toBe("Liver procedure with ablation and margin status, patients in view");
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
      "Procedure", "Patients", "With ablation", "Microscopically positive margin"
    ]);
    expect([...table.querySelectorAll("tbody th")].map((th) => th.getAttribute("scope"))).toEqual(["row", "row", "row"]);
  });
});

describe("procedureTable of a filtered view", () => {
  it("procedureTable(retroperitoneal patients, {procedures}) keeps every procedure, at 0", () => {
    const retroperitoneal = patients.filter((p) => p.primarySite === "Retroperitoneum");
    expect(rows(render(retroperitoneal))).toEqual([
      ["Partial hepatectomy", "3", "none", "none"],
      ["Left lateral sectionectomy", "1", "none", "none"],
      ["Right hepatectomy", "1", "none", "none"]
    ]);
  });
  it("procedureTable([]) shows 0 and none for every procedure", () => {
    expect(rows(render([]))).toEqual(extent.map((procedure) => [procedure, "0", "none", "none"]));
  });
  it('procedureTable lists several patients as "patient 2 and 3"', () => {
    const both = patients.map((p) => (p.id === 2 ? {...p, marginPositive: true} : p));
    expect(rows(render(both))[0]![3]).toBe("patient 2 and 3");
  });
  it("procedureTable without procedures lists those in the data by extent: minor (partial, then the sectionectomy), then major", () => {
    expect(rows(render(patients, {})).map((r) => r[0])).toEqual(["Partial hepatectomy", "Left lateral sectionectomy", "Right hepatectomy"]);
  });
  it("procedureTable names each ablation's method, grouping patients by it", () => {
    const mixed = patients.map((p) =>
      p.id === 1 ? {...p, ablation: true, ablationMethod: "RFA" as const} : p.id === 2 ? {...p, ablation: true, ablationMethod: "MWA" as const} : p
    );
    expect(rows(render(mixed))[0]![2]).toBe("patient 1 (RFA), patient 2 (microwave), patient 7 (intraoperative RFA)");
  });
});
