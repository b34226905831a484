import {describe, expect, it} from "vitest";
import {ablationWords, brisbaneClass, describeBrisbaneClass, orderByExtent, procedureOrder} from "../../src/lib/brisbane.js";

describe("brisbaneClass", () => {
  it('brisbaneClass("Right hepatectomy") is a right hemihepatectomy of segments 5-8, major', () => {
    expect(brisbaneClass("Right hepatectomy")).toEqual({
      name: "Right hepatectomy", brisbane: "Right hemihepatectomy", class: "Hemihepatectomy", extent: "major", segmentsResected: [5, 6, 7, 8]
    });
  });
  it('brisbaneClass("Left lateral sectionectomy") removes segments 2 and 3, minor, as "Bisegmentectomy 2,3" does', () => {
    expect(brisbaneClass("Left lateral sectionectomy")).toEqual({
      name: "Left lateral sectionectomy", brisbane: "Left lateral sectionectomy", class: "Sectionectomy", extent: "minor", segmentsResected: [2, 3], alsoCalled: ["Bisegmentectomy 2,3"]
    });
    expect(brisbaneClass("bisegmentectomy 2, 3")).toEqual({
      name: "bisegmentectomy 2, 3", brisbane: "Left lateral sectionectomy", class: "Sectionectomy", extent: "minor", segmentsResected: [2, 3]
    });
  });
  it("brisbaneClass counts three or more segments as major: a left hemihepatectomy (2-4) is major, a section is not", () => {
    expect(brisbaneClass("Left hepatectomy")).toMatchObject({brisbane: "Left hemihepatectomy", extent: "major", segmentsResected: [2, 3, 4]});
    expect(brisbaneClass("Right posterior sectionectomy")).toMatchObject({extent: "minor", segmentsResected: [6, 7]});
    expect(brisbaneClass("Left medial sectionectomy")).toMatchObject({extent: "minor", segmentsResected: [4]});
    expect(brisbaneClass("Extended right hepatectomy")).toMatchObject({brisbane: "Right trisectionectomy", extent: "major", segmentsResected: [4, 5, 6, 7, 8]});
    expect(brisbaneClass("Left trisectionectomy")).toMatchObject({extent: "major", segmentsResected: [2, 3, 4, 5, 8]});
  });
  it("brisbaneClass ignores case and spacing", () => {
    expect(brisbaneClass("  RIGHT   Hepatectomy ")).toEqual({name: "  RIGHT   Hepatectomy ", brisbane: "Right hemihepatectomy", class: "Hemihepatectomy", extent: "major", segmentsResected: [5, 6, 7, 8]});
    expect(brisbaneClass("Right hemihepatectomy").alsoCalled).toEqual(["Right hepatectomy"]);
  });
  it('brisbaneClass reads the segments of "Segmentectomy 6" and "Bisegmentectomy 5 and 6"; without numbers it lists none', () => {
    expect(brisbaneClass("Segmentectomy 6")).toEqual({name: "Segmentectomy 6", brisbane: "Segmentectomy", class: "Segmentectomy", extent: "minor", segmentsResected: [6]});
    expect(brisbaneClass("Bisegmentectomy 6 and 5")).toMatchObject({brisbane: "Bisegmentectomy", extent: "minor", segmentsResected: [5, 6]});
    expect(brisbaneClass("segmentectomy")).toEqual({name: "segmentectomy", brisbane: "Segmentectomy", class: "Segmentectomy", extent: "minor"});
  });
  it("brisbaneClass refuses segment numbers that do not fit the name, giving extent unknown", () => {
    for (const name of ["Segmentectomy 6 and 7", "Segmentectomy 10", "Bisegmentectomy 6", "Bisegmentectomy 6,6"]) {
      expect(brisbaneClass(name), name).toEqual({name, brisbane: null, class: null, extent: "unknown"});
    }
  });
  it('brisbaneClass("Partial hepatectomy") has no Brisbane term and extent unknown, with a note, never a guess', () => {
    const c = brisbaneClass("Partial hepatectomy");
    expect([c.brisbane, c.extent, c.segmentsResected]).toEqual([null, "unknown", undefined]);
    expect(c.note).toMatch(/^not a Brisbane 2000 term/);
  });
  it("brisbaneClass gives the Abstract's lobectomy and unknown names extent unknown", () => {
    expect(brisbaneClass("Lobectomy")).toMatchObject({brisbane: null, extent: "unknown"});
    expect(brisbaneClass("Left lobectomy").note).toMatch(/left lateral sectionectomy and .* left hemihepatectomy/);
    expect(brisbaneClass("Hepatic artery ligation")).toEqual({name: "Hepatic artery ligation", brisbane: null, class: null, extent: "unknown"});
    expect(brisbaneClass("")).toEqual({name: "", brisbane: null, class: null, extent: "unknown"});
    expect(brisbaneClass("constructor")).toEqual({name: "constructor", brisbane: null, class: null, extent: "unknown"});
  });
});

describe("brisbaneClass: classes outside the Brisbane terms", () => {
  it('brisbaneClass("Wedge resection") is a non-anatomical resection, minor by definition, with no Brisbane term', () => {
    expect(brisbaneClass("Wedge resection")).toMatchObject({brisbane: null, class: "Non-anatomical resection", extent: "minor"});
  });
  it('brisbaneClass("Non-anatomical resection") is non-anatomical of unknown extent: the name does not say how much', () => {
    expect(brisbaneClass("Non-anatomical resection")).toMatchObject({brisbane: null, class: "Non-anatomical resection", extent: "unknown"});
  });
  it('brisbaneClass("Minor resection") and ("Major resection") give an extent alone', () => {
    expect(brisbaneClass("Minor resection")).toMatchObject({class: "Minor resection", extent: "minor"});
    expect(brisbaneClass("major resection")).toMatchObject({class: "Major resection", extent: "major"});
  });
  it("brisbaneClass reads Brisbane's synonyms: hepatectomy, bisegmentectomy 5,8 and 6,7, extended hepatectomy", () => {
    expect(brisbaneClass("Left hepatectomy")).toMatchObject({brisbane: "Left hemihepatectomy", class: "Hemihepatectomy"});
    expect(brisbaneClass("Bisegmentectomy 5,8")).toMatchObject({brisbane: "Right anterior sectionectomy", class: "Sectionectomy", segmentsResected: [5, 8]});
    expect(brisbaneClass("Bisegmentectomy 6, 7")).toMatchObject({brisbane: "Right posterior sectionectomy", class: "Sectionectomy"});
    expect(brisbaneClass("Extended left hepatectomy")).toMatchObject({brisbane: "Left trisectionectomy", class: "Trisectionectomy", extent: "major"});
  });
  it('brisbaneClass("Partial hepatectomy") is an unclassified resection of unknown extent; an unknown name has no class', () => {
    expect(brisbaneClass("Partial hepatectomy")).toMatchObject({brisbane: null, class: "Unclassified resection", extent: "unknown"});
    expect(brisbaneClass("Hepatic debulking").class).toBeNull();
  });
});

describe("orderByExtent", () => {
  it("orderByExtent lists minor, then unknown, then major, each from the smallest class, then by name", () => {
    const p = (name: string) => ({...brisbaneClass(name)});
    const names = ["Right hepatectomy", "Non-anatomical resection", "Left lateral sectionectomy", "Segmentectomy 6", "Wedge resection", "Right trisectionectomy", "Minor resection", "Right posterior sectionectomy"];
    expect(orderByExtent(names.map(p)).map((c) => c.name)).toEqual([
      "Wedge resection", "Minor resection", "Segmentectomy 6", "Left lateral sectionectomy", "Right posterior sectionectomy",
      "Non-anatomical resection", "Right hepatectomy", "Right trisectionectomy"
    ]);
  });
  it("orderByExtent puts a name without a class first within its extent and leaves its input as it was", () => {
    const input = [{name: "B", extent: "unknown" as const, class: "Non-anatomical resection" as const}, {name: "A", extent: "unknown" as const, class: null}];
    expect(orderByExtent(input).map((c) => c.name)).toEqual(["A", "B"]);
    expect(input.map((c) => c.name)).toEqual(["B", "A"]);
  });
});

describe("describeBrisbaneClass", () => {
  it("describeBrisbaneClass names the Brisbane term, the segments and the extent", () => {
    expect(describeBrisbaneClass(brisbaneClass("Right hepatectomy"))).toBe("“Right hepatectomy” is a right hemihepatectomy in Brisbane 2000 terms (segments 5–8; major)");
    expect(describeBrisbaneClass(brisbaneClass("Left lateral sectionectomy"))).toBe(
      "“Left lateral sectionectomy” is a Brisbane 2000 term (segments 2 and 3; also “bisegmentectomy 2,3”; minor)"
    );
    expect(describeBrisbaneClass(brisbaneClass("Left trisectionectomy"))).toBe(
      "“Left trisectionectomy” is a Brisbane 2000 term (segments 2, 3, 4, 5, 8; also “extended left hepatectomy” or “extended left hemihepatectomy”; major)"
    );
    expect(describeBrisbaneClass(brisbaneClass("Segmentectomy"))).toBe("“Segmentectomy” is a Brisbane 2000 term (minor)");
  });
  it("describeBrisbaneClass says why a name outside the terminology has no extent", () => {
    expect(describeBrisbaneClass(brisbaneClass("Partial hepatectomy"))).toBe(
      "“Partial hepatectomy” is not a Brisbane 2000 term: any resection short of the whole liver; the name gives neither technique nor extent"
    );
    expect(describeBrisbaneClass(brisbaneClass("Caudate lobe coring"))).toBe("“Caudate lobe coring” is not a Brisbane 2000 term; the name gives no extent");
  });
});

describe("procedureOrder", () => {
  it("procedureOrder(patients) lists each procedure once, by extent, from the fields the records carry", () => {
    const patients = [
      {liverProcedure: "Right hepatectomy", resectionExtent: "major", liverProcedureClass: "Hemihepatectomy"},
      {liverProcedure: "Partial hepatectomy", resectionExtent: "minor", liverProcedureClass: "Minor resection"},
      {liverProcedure: "Left lateral sectionectomy", resectionExtent: "minor", liverProcedureClass: "Sectionectomy"},
      {liverProcedure: "Partial hepatectomy", resectionExtent: "minor", liverProcedureClass: "Minor resection"}
    ];
    expect(procedureOrder(patients)).toEqual(["Partial hepatectomy", "Left lateral sectionectomy", "Right hepatectomy"]);
  });
  it("procedureOrder reads a record without extent or class as unknown, and skips one without a procedure", () => {
    expect(procedureOrder([{liverProcedure: "B", resectionExtent: "major", liverProcedureClass: "Hemihepatectomy"}, {liverProcedure: "A"}, {liverProcedure: null}])).toEqual(["A", "B"]);
  });
});

describe("ablationWords", () => {
  it("ablationWords spells out IORFA, RFA and MWA, keeps another method as given, and says ablation for none", () => {
    expect(["IORFA", "RFA", "MWA", "Cryoablation", null].map(ablationWords)).toEqual([
      "intraoperative radiofrequency ablation", "radiofrequency ablation", "microwave ablation", "Cryoablation", "ablation"
    ]);
  });
});
