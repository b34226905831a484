import {describe, expect, it} from "vitest";
import {
  liverProcedureCell,
  liverProcedureEntries,
  parseLiverProcedures,
  readLiverProcedure
} from "../../data-loaders/liver-procedures.js";
import {errorMessage} from "../helpers.js";

const header = "Surgical procedure\tBrisbane 2000 term\tReason\n";
const mapping = (...rows: string[]) => parseLiverProcedures(header + rows.map((r) => `${r}\n`).join(""));
const none = new Map();

describe("readLiverProcedure", () => {
  it('readLiverProcedure("Wedge resection+RFA") is a minor non-anatomical resection with radiofrequency ablation', () => {
    expect(readLiverProcedure("Wedge resection+RFA", none)).toEqual({
      liverProcedure: "Wedge resection",
      liverProcedureBrisbane: null,
      liverProcedureClass: "Non-anatomical resection",
      resectionExtent: "minor",
      ablation: true,
      ablationMethod: "RFA"
    });
  });
  it('readLiverProcedure("Segmentectomy 5+MWA") is a segmentectomy with microwave ablation', () => {
    expect(readLiverProcedure("Segmentectomy 5+MWA", none)).toMatchObject({
      liverProcedure: "Segmentectomy 5", liverProcedureBrisbane: "Segmentectomy", liverProcedureClass: "Segmentectomy", ablationMethod: "MWA"
    });
  });
  it('readLiverProcedure("Left hepatectomy + IORFA") allows spaces around "+" and keeps the printed name', () => {
    expect(readLiverProcedure("Left hepatectomy + IORFA", none)).toMatchObject({
      liverProcedure: "Left hepatectomy", liverProcedureBrisbane: "Left hemihepatectomy", liverProcedureClass: "Hemihepatectomy", resectionExtent: "major", ablationMethod: "IORFA"
    });
  });
  it("readLiverProcedure reads the Brisbane classes of every order", () => {
    const read = (name: string) => readLiverProcedure(name, none);
    expect(read("Bisegmentectomy 5 and 6")?.liverProcedureClass).toBe("Bisegmentectomy");
    expect(read("Right posterior sectionectomy")?.liverProcedureClass).toBe("Sectionectomy");
    expect(read("Extended right hepatectomy")).toMatchObject({liverProcedureBrisbane: "Right trisectionectomy", resectionExtent: "major"});
    expect(read("Right hepatectomy")).toMatchObject({ablation: false, ablationMethod: null});
  });
  it("readLiverProcedure refuses an unmapped name, a bare suffix, and an unknown suffix", () => {
    for (const text of ["Hepatic debulking", "+RFA", "", "Wedge resection+PEI"]) {
      expect(readLiverProcedure(text, none), text).toBeUndefined();
    }
  });
  it("readLiverProcedure reads a name in use outside the terms (\"Partial hepatectomy\") as unclassified, of unknown extent, unless the series maps it", () => {
    expect(readLiverProcedure("Partial hepatectomy+IORFA", none)).toMatchObject({liverProcedureClass: "Unclassified resection", resectionExtent: "unknown", ablationMethod: "IORFA"});
    const own = mapping("Partial hepatectomy\tMinor resection\tDiscussion: a relatively minor range");
    expect(readLiverProcedure("Partial hepatectomy", own)).toMatchObject({liverProcedureClass: "Minor resection", resectionExtent: "minor"});
  });
  it("readLiverProcedure reads a series' own name through its mapping, with a suffix too", () => {
    const own = mapping("Laparoscopic segment 8 resection\tSegmentectomy 8\tOperative note");
    expect(readLiverProcedure("Laparoscopic segment 8 resection+RFA", own)).toEqual({
      liverProcedure: "Laparoscopic segment 8 resection",
      liverProcedureBrisbane: "Segmentectomy",
      liverProcedureClass: "Segmentectomy",
      resectionExtent: "minor",
      ablation: true,
      ablationMethod: "RFA"
    });
  });
});

describe("liverProcedureCell", () => {
  it("liverProcedureCell refuses an unknown name, saying how to name or map it", () => {
    const result = liverProcedureCell().safeParse("Hepatic debulking");
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(
      'expected a liver resection named in Brisbane 2000 terms (e.g. "Wedge resection", "Segmentectomy 6", "Right posterior sectionectomy", "Left hepatectomy", "Right trisectionectomy") optionally followed by "+IORFA", "+RFA" or "+MWA", or a name mapped in liver-procedures.tsv'
    );
  });
});

describe("parseLiverProcedures", () => {
  it("parseLiverProcedures maps the article's partial hepatectomy to a minor resection", () => {
    const own = mapping("Partial hepatectomy\tMinor resection\tThe article's term");
    expect(own.get("Partial hepatectomy")).toMatchObject({term: {class: "Minor resection", extent: "minor"}, reason: "The article's term"});
  });
  it("parseLiverProcedures(header only) maps nothing", () => {
    expect(mapping().size).toBe(0);
  });
  it("parseLiverProcedures refuses a target that is neither a Brisbane term nor a class", () => {
    expect(errorMessage(() => mapping("Hepatic debulking\tDebulking\tOperative note"))).toBe(
      'liver-procedures.tsv row 1 (line 2), column "Brisbane 2000 term": expected a Brisbane 2000 term (e.g. "Segmentectomy 6", "Right posterior sectionectomy", "Left hepatectomy", "Right trisectionectomy") or a class: "Non-anatomical resection", "Minor resection", "Major resection", got "Debulking"'
    );
  });
  it("parseLiverProcedures refuses to remap a Brisbane 2000 name", () => {
    expect(errorMessage(() => mapping("Right hepatectomy\tLeft hemihepatectomy\tTypo"))).toBe(
      'liver-procedures.tsv row 1 (line 2), column "Surgical procedure": expected a name of the series\' own, without an ablation suffix (a Brisbane 2000 term needs no mapping), got "Right hepatectomy"'
    );
  });
  it("parseLiverProcedures refuses a mapped name carrying an ablation suffix", () => {
    expect(errorMessage(() => mapping("Partial hepatectomy+IORFA\tMinor resection\tThe article's term"))).toMatch(
      /^liver-procedures\.tsv row 1 \(line 2\), column "Surgical procedure": expected a name of the series' own, without an ablation suffix/
    );
  });
  it("parseLiverProcedures refuses a name mapped twice, pointing at the second row", () => {
    expect(errorMessage(() => mapping("Debulking\tMinor resection\tA", "Debulking\tMajor resection\tB"))).toBe(
      'liver-procedures.tsv row 2 (line 3), column "Surgical procedure": expected each procedure once, but "Debulking" is also in row 1, got "Debulking"'
    );
  });
  it("parseLiverProcedures refuses an empty reason", () => {
    expect(errorMessage(() => mapping("Debulking\tMinor resection\t"))).toBe(
      'liver-procedures.tsv row 1 (line 2), column "Reason": expected a non-empty name without leading or trailing spaces, got ""'
    );
  });
});

describe("liverProcedureEntries", () => {
  it("liverProcedureEntries says where each procedure's reading comes from, once per name, in order of first appearance", () => {
    const own = mapping("Partial hepatectomy\tMinor resection\tThe article's term");
    const patients = ["Partial hepatectomy", "Right hepatectomy", "Partial hepatectomy"].map((liverProcedure) => ({liverProcedure}));
    expect(liverProcedureEntries(patients, own)).toEqual([
      {liverProcedure: "Partial hepatectomy", brisbane: null, class: "Minor resection", extent: "minor", source: "liver-procedures.tsv", mappedTo: "Minor resection", reason: "The article's term"},
      {liverProcedure: "Right hepatectomy", brisbane: "Right hemihepatectomy", class: "Hemihepatectomy", extent: "major", source: "Brisbane 2000"}
    ]);
  });
});
