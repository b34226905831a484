import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {readLiverProcedure} from "../../../data-loaders/liver-procedures.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {liverProcedures, type ProcedureProsePatient} from "../../../src/lib/prose/liverProcedures.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));
/** A patient with a procedure printed as `cell` (a Brisbane 2000 name, optionally with an ablation suffix). */
const patient = (id: number, cell: string): ProcedureProsePatient => ({id, ...readLiverProcedure(cell, new Map())!});

describe("liverProcedures of the article's series", () => {
  const {text, partialHepatectomy} = liverProcedures(patients);
  it("liverProcedures(patients) orders minor before major and gives the two Brisbane names their segments", () => {
    expect(text).toContain("Procedures are listed by extent: minor resections (fewer than three Couinaud segments) first, then major resections (three or more segments).");
    expect(text).toContain(
      "In Brisbane 2000 terms, a left lateral sectionectomy removes segments 2 and 3 (minor), and a right hepatectomy is a right hemihepatectomy, removing segments 5 to 8 (major)."
    );
  });
  it("liverProcedures(patients) explains the partial hepatectomy and asks for the assumption's link", () => {
    expect(text).toContain("“Partial hepatectomy” is Table 2's term, not a Brisbane 2000 one, and the extent is not given");
    expect(text).toMatch(/the report reads them as minor resections\.$/);
    expect(partialHepatectomy).toBe(true);
  });
  it("liverProcedures(patients) names patient 7's intraoperative radiofrequency ablation as an addition", () => {
    expect(text).toContain("An ablation is an addition to the resection, not a procedure of its own: patient 7 also had intraoperative radiofrequency ablation.");
  });
});

describe("liverProcedures of other views and series", () => {
  it("liverProcedures of the right hepatectomy alone says nothing of partial hepatectomy", () => {
    const alone = liverProcedures(patients.filter((p) => p.id === 5));
    expect(alone).toEqual({
      text: "Every procedure in view is a major resection (three or more Couinaud segments). In Brisbane 2000 terms, a right hepatectomy is a right hemihepatectomy, removing segments 5 to 8 (major).",
      partialHepatectomy: false
    });
  });
  it("liverProcedures([]) is empty", () => {
    expect(liverProcedures([])).toEqual({text: "", partialHepatectomy: false});
  });
  it("liverProcedures of a series B-like mix lists minor, unknown and major in Brisbane words, with each ablation method", () => {
    const mix = [
      patient(1, "Left hepatectomy+IORFA"),
      patient(2, "Segmentectomy 6"),
      patient(3, "Extended right hepatectomy"),
      patient(4, "Right posterior sectionectomy"),
      patient(5, "Wedge resection+RFA"),
      patient(6, "Non-anatomical resection"),
      patient(10, "Segmentectomy 5+MWA")
    ];
    const {text, partialHepatectomy} = liverProcedures(mix);
    expect(partialHepatectomy).toBe(false);
    expect(text).toBe(
      "Procedures are listed by extent: minor resections (fewer than three Couinaud segments) first, then those whose extent the name does not give, then major resections (three or more segments). " +
        "In Brisbane 2000 terms, a wedge resection removes liver around the lesion without following segment boundaries (minor); a segmentectomy 5 removes segment 5 (minor); " +
        "a segmentectomy 6 removes segment 6 (minor); a right posterior sectionectomy removes segments 6 and 7 (minor); " +
        "a non-anatomical resection removes liver around the lesion without following segment boundaries (extent not given); " +
        "a left hepatectomy is a left hemihepatectomy, removing segments 2 to 4 (major); and an extended right hepatectomy is a right trisectionectomy, removing segments 4 to 8 (major). " +
        "An ablation is an addition to the resection, not a procedure of its own: 3 patients also had an ablation: intraoperative radiofrequency ablation (patient 1), radiofrequency ablation (patient 5) and microwave ablation (patient 10)."
    );
  });
  it("liverProcedures says what a series' own name is read as", () => {
    const own = {id: 6, liverProcedure: "Laparoscopic segment 8 resection", liverProcedureBrisbane: "Segmentectomy", liverProcedureClass: "Segmentectomy" as const, resectionExtent: "minor" as const, ablation: false, ablationMethod: null};
    expect(liverProcedures([own]).text).toBe(
      "Every procedure in view is a minor resection (fewer than three Couinaud segments). In Brisbane 2000 terms, “Laparoscopic segment 8 resection” is the series' own name, read as a segmentectomy (minor)."
    );
  });
  it("liverProcedures skips a patient whose procedure was not recorded", () => {
    const unrecorded = {id: 9, liverProcedure: null, liverProcedureBrisbane: null, liverProcedureClass: null, resectionExtent: null, ablation: null, ablationMethod: null};
    expect(liverProcedures([unrecorded])).toEqual({text: "", partialHepatectomy: false});
    expect(liverProcedures([unrecorded, patient(2, "Segmentectomy 6")]).text).toBe(
      "Every procedure in view is a minor resection (fewer than three Couinaud segments). In Brisbane 2000 terms, a segmentectomy 6 removes segment 6 (minor)."
    );
  });
});
