import {describe, expect, it} from "vitest";
import {buildCohort, sourceFiles, type SourceTexts} from "../../data-loaders/cohort.js";
import {bundledText, errorMessage, withCell} from "../helpers.js";

const texts = Object.fromEntries(
  Object.entries(sourceFiles).map(([role, file]) => [role, bundledText(file)])
) as SourceTexts;
const cohort = buildCohort(texts);
const patient = (id: number) => cohort.patients.find((p) => p.id === id)!;

describe("buildCohort(bundled transcription)", () => {
  it("buildCohort gives ten patients in number order", () => {
    expect(cohort.patients.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it("buildCohort reads the primary site from the operation: 5 retroperitoneum, 3 small bowel, 1 pancreas, 1 stomach", () => {
    expect(cohort.patients.map((p) => p.primarySite)).toEqual([
      "Pancreas", "Small bowel", "Small bowel", "Retroperitoneum", "Retroperitoneum",
      "Retroperitoneum", "Stomach", "Retroperitoneum", "Small bowel", "Retroperitoneum"
    ]);
  });
  it("buildCohort gives patient 9 three drugs, 4 cycles and 50 Gy in 25 fractions", () => {
    const p = patient(9);
    expect([p.chemotherapyDrugs, p.chemotherapyCycles, p.radiotherapyGy, p.radiotherapyFractions]).toEqual([
      ["ifosfamide", "etoposide", "cisplatin"], 4, 50, 25
    ]);
  });
  it("buildCohort writes null, not 0 or empty text, for what a patient did not have", () => {
    const p = patient(4);
    expect([p.chemotherapyCycles, p.radiotherapyGy, p.radiotherapyFractions, p.suv]).toEqual([null, null, null, 1.8]);
    expect(patient(1).suv).toBeNull();
    expect(patient(1).suvStatus).toBe("not tested");
    expect(patient(2).suvStatus).toBe("no hypermetabolism");
    expect(cohort.patients.every((p) => Object.values(p).every((v) => v !== "" && v !== undefined))).toBe(true);
  });
  it("buildCohort marks patients 2 and 3 (footnote b) as synchronous and dead", () => {
    expect(cohort.patients.filter((p) => p.synchronousResection).map((p) => p.id)).toEqual([2, 3]);
    expect(cohort.patients.filter((p) => p.dead).map((p) => p.id)).toEqual([2, 3]);
  });
  it("buildCohort keeps the printed cells of both tables", () => {
    expect(patient(7).verbatim.table2["Surgical procedure"]).toBe("Partial hepatectomy+IORFA");
    expect(patient(1).verbatim.table1["Overall survival period (mo)"]).toBe("170 (Alive)");
  });
  it("buildCohort's long tables have one row per patient and segment (18) and per patient and drug (11)", () => {
    expect(cohort.segments).toHaveLength(18);
    expect(cohort.segments.filter((s) => s.patient === 3).map((s) => s.segment)).toEqual([1, 2, 3, 6, 8]);
    expect(cohort.drugs).toHaveLength(11);
    expect(cohort.drugs.filter((d) => d.drug === "ifosfamide").map((d) => d.patient)).toEqual([1, 6, 9]);
  });
});

describe("buildCohort timeline", () => {
  const events = (id: number) => cohort.timeline.filter((e) => e.patient === id);
  const at = (id: number, event: string) => events(id).find((e) => e.event === event)?.monthsFromLiverResection;
  it("the timeline places patient 1's thigh excisions 14 and 45 months after the repeat hepatectomy at 40", () => {
    expect([at(1, "repeat-hepatectomy"), at(1, "thigh-excision-1"), at(1, "thigh-excision-2")]).toEqual([40, 54, 85]);
  });
  it("the timeline starts each patient at minus the interval to liver metastasis and ends at survival", () => {
    expect(at(7, "primary-resection")).toBe(-38);
    expect(at(2, "primary-resection")).toBe(0);
    expect(at(2, "death")).toBe(24);
    expect(at(10, "last-contact")).toBe(8);
  });
  it("an untimed event keeps no time but the earliest time it could have happened", () => {
    const cancelled = events(3).find((e) => e.event === "chemotherapy-cancelled")!;
    expect([cancelled.monthsFromLiverResection, cancelled.notBeforeMonths]).toEqual([null, 10]);
  });
  it("the time origin rests on patients 8 and 9, alive with survival shorter than their interval to liver metastasis", () => {
    expect(cohort.study.timeOrigin.evidence.map((e) => e.patient)).toEqual([8, 9]);
  });
});

describe("buildCohort refusals across files", () => {
  it("buildCohort refuses an event anchored to an event that does not exist", () => {
    const events = withCell(texts.events, 2, 3, "second-hepatectomy");
    expect(errorMessage(() => buildCohort({...texts, events}))).toBe(
      'events.tsv row 2 (line 3), column "Anchor": expected "index hepatectomy" or the id of an earlier event of patient 1, got "second-hepatectomy"'
    );
  });
  it("buildCohort refuses an event for a patient not in the tables", () => {
    expect(errorMessage(() => buildCohort({...texts, events: withCell(texts.events, 1, 0, "11")}))).toBe(
      'events.tsv row 1 (line 2), column "Patient": expected a patient listed in the tables, got "11"'
    );
  });
  it("buildCohort refuses a primary operation with no site in primary-sites.tsv", () => {
    const table1 = withCell(texts.table1, 3, 3, "Ileocaecal resection");
    expect(errorMessage(() => buildCohort({...texts, table1}))).toBe(
      'table1.tsv row 3 (line 4), column "Surgical procedure for primary lesion": expected an operation listed in primary-sites.tsv, which names its organ, got "Ileocaecal resection"'
    );
  });
  it("buildCohort refuses a Table 2 patient missing from Table 1", () => {
    const table2 = withCell(texts.table2, 10, 0, "11");
    expect(errorMessage(() => buildCohort({...texts, table2}))).toBe(
      'table2.tsv row 10 (line 11), column "No.": expected a patient also listed in table1.tsv, got "11"'
    );
  });
  it("buildCohort refuses an empty primary site in the mapping", () => {
    const primarySites = withCell(texts.primarySites, 1, 1, "");
    expect(errorMessage(() => buildCohort({...texts, primarySites}))).toBe(
      'primary-sites.tsv row 1 (line 2), column "Primary site": expected the name of an organ (e.g. "Small bowel"), without leading or trailing spaces, got ""'
    );
  });
  it("buildCohort takes any organ the mapping names: primary sites are an open vocabulary", () => {
    const primarySites = withCell(texts.primarySites, 1, 1, "Spermatic cord");
    expect(buildCohort({...texts, primarySites}).patients[0]!.primarySite).toBe("Spermatic cord");
  });
  it("buildCohort refuses article.json without a registry size, naming the JSON path", () => {
    const article = JSON.stringify({...JSON.parse(texts.article), registry: {fragment: "x"}});
    expect(errorMessage(() => buildCohort({...texts, article}))).toMatch(/^article\.json, column "registry\.patients": .*got "\(missing\)"$/);
  });
});

describe("buildCohort: files as people save them", () => {
  it("buildCohort reads CRLF tables with trailing blank lines and an events.tsv with its header only", () => {
    const crlf = (t: string) => `${t.replaceAll("\n", "\r\n")}\r\n\r\n`;
    const events = texts.events.split("\n")[0]! + "\r\n";
    const built = buildCohort({...texts, table1: crlf(texts.table1), table2: crlf(texts.table2), events});
    expect(built.patients).toEqual(cohort.patients);
    expect(built.timeline.filter((e) => e.source === "Results")).toEqual([]);
    expect(cohort.timeline.filter((e) => e.source === "Results").length).toBeGreaterThan(0);
    expect(built.study.sourceWarnings).toEqual([]);
  });
  it("buildCohort trims a space-padded cell and lists it in study.sourceWarnings as one line", () => {
    const built = buildCohort({...texts, table1: withCell(texts.table1, 12 - 2, 4, "4 ")});
    expect(built.patients.find((p) => p.id === 10)!.primarySizeCm).toBe(4);
    expect(built.study.sourceWarnings.map((w) => w.message)).toEqual([
      'table1.tsv row 10 (line 11), column "Size of primary tumor (cm)": leading or trailing spaces trimmed, read as "4", got "4 "'
    ]);
  });
  it("buildCohort gives the bundled series no warnings", () => {
    expect(cohort.study.sourceWarnings).toEqual([]);
  });
});

describe("buildCohort: liver procedures", () => {
  it("buildCohort reads the article's partial hepatectomy through the bundled liver-procedures.tsv as a minor resection", () => {
    expect(patient(1)).toMatchObject({liverProcedure: "Partial hepatectomy", liverProcedureBrisbane: null, liverProcedureClass: "Minor resection", resectionExtent: "minor", ablation: false, ablationMethod: null});
    expect(patient(7)).toMatchObject({liverProcedure: "Partial hepatectomy", ablation: true, ablationMethod: "IORFA"});
    expect(patient(5)).toMatchObject({liverProcedure: "Right hepatectomy", liverProcedureBrisbane: "Right hemihepatectomy", liverProcedureClass: "Hemihepatectomy", resectionExtent: "major"});
  });
  it("buildCohort lists each procedure of the series in study.liverProcedures with where its reading comes from", () => {
    expect(cohort.study.liverProcedures.map((e) => [e.liverProcedure, e.source])).toEqual([
      ["Partial hepatectomy", "liver-procedures.tsv"],
      ["Right hepatectomy", "Brisbane 2000"],
      ["Left lateral sectionectomy", "Brisbane 2000"]
    ]);
  });
  it("buildCohort without liver-procedures.tsv (a source laid out before the file existed) still builds: a partial hepatectomy is of unknown extent, and its assumption says none is assumed", () => {
    const {liverProcedures: _, ...withoutMapping} = texts;
    const built = buildCohort(withoutMapping);
    expect(new Set(built.patients.filter((p) => p.liverProcedure === "Partial hepatectomy").map((p) => p.resectionExtent))).toEqual(new Set(["unknown"]));
    expect(built.study.assumptions.find((a) => a.id === "partial-hepatectomy")!.title).toBe("“Partial hepatectomy” gives neither technique nor extent, and none is assumed");
  });
  it("buildCohort takes Brisbane 2000 names with any ablation suffix without a mapping", () => {
    const table2 = withCell(withCell(texts.table2, 1, 6, "Segmentectomy 6+RFA"), 2, 6, "Wedge resection+MWA");
    const built = buildCohort({...texts, table2});
    expect(built.patients.slice(0, 2).map((p) => [p.liverProcedure, p.liverProcedureClass, p.ablationMethod])).toEqual([
      ["Segmentectomy 6", "Segmentectomy", "RFA"],
      ["Wedge resection", "Non-anatomical resection", "MWA"]
    ]);
  });
});

describe("buildCohort: what is still refused", () => {
  const headerOnly = (t: string) => `${t.split("\n")[0]}\r\n\r\n`;
  it("buildCohort refuses a table1.tsv with its header only", () => {
    expect(errorMessage(() => buildCohort({...texts, table1: headerOnly(texts.table1)}))).toBe("table1.tsv line 2: expected at least one data row after the header");
  });
  it("buildCohort refuses a table2.tsv with its header only", () => {
    expect(errorMessage(() => buildCohort({...texts, table2: headerOnly(texts.table2)}))).toBe("table2.tsv line 2: expected at least one data row after the header");
  });
  it("buildCohort refuses a primary-sites.tsv with its header only", () => {
    expect(errorMessage(() => buildCohort({...texts, primarySites: headerOnly(texts.primarySites)}))).toBe(
      "primary-sites.tsv line 2: expected at least one data row after the header"
    );
  });
  it("buildCohort trims a space-padded primary site with a warning rather than making a second site", () => {
    const built = buildCohort({...texts, primarySites: withCell(texts.primarySites, 4, 1, " Retroperitoneum ")});
    expect(new Set(built.patients.map((p) => p.primarySite)).size).toBe(4);
    expect(built.study.sourceWarnings.map((w) => w.message)).toEqual([
      'primary-sites.tsv row 4 (line 5), column "Primary site": leading or trailing spaces trimmed, read as "Retroperitoneum", got " Retroperitoneum "'
    ]);
  });
});
