import {spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import {afterEach, describe, expect, it} from "vitest";
import {parseArticle} from "../../data-loaders/article.js";
import {buildCohort, sourceFiles, type SourceTexts} from "../../data-loaders/cohort.js";
import type {Patient} from "../../data-loaders/patients.js";
import {readSourceFolder} from "../../data-loaders/read-source.js";
import {table1Columns} from "../../data-loaders/table1.js";
import {table2Columns} from "../../data-loaders/table2.js";
import {
  formatSegments,
  formatSites,
  mulberry32,
  parseArguments,
  syntheticSource,
  withThousands
} from "../../scripts/synthetic-cohort.js";
import {bundledText} from "../helpers.js";

/** The generated files as buildCohort's input, with the empty claim list a folder without claims.json gets. */
function asTexts(files: Record<string, string>): SourceTexts {
  const text = (file: string) => {
    const content = files[file];
    if (content === undefined) throw new Error(`syntheticSource gave no ${file}`);
    return content;
  };
  return {
    table1: text(sourceFiles.table1),
    table2: text(sourceFiles.table2),
    primarySites: text(sourceFiles.primarySites),
    liverProcedures: text(sourceFiles.liverProcedures),
    events: text(sourceFiles.events),
    article: text(sourceFiles.article),
    claims: "[]"
  };
}

/** A patient with every field recorded (the synthetic cohort leaves nothing out). */
// Null by design when recorded: no regimen (cycles, dose), no SUV number, no ablation (method), a name outside the
// Brisbane terms (the article's "Partial hepatectomy").
type NullWhenRecorded = "chemotherapyCycles" | "radiotherapyGy" | "radiotherapyFractions" | "suv" | "ablationMethod" | "liverProcedureBrisbane";
type Recorded = {[K in keyof Patient]: K extends NullWhenRecorded ? Patient[K] : NonNullable<Patient[K]>};
const nullWhenRecorded: readonly (keyof Patient)[] = ["chemotherapyCycles", "radiotherapyGy", "radiotherapyFractions", "suv", "ablationMethod", "liverProcedureBrisbane"];
const share = <P extends Patient | Recorded>(patients: readonly P[], keep: (p: P) => boolean) => patients.filter(keep).length / patients.length;
const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const rowsOf = (text: string) => text.split("\n").slice(1, -1);

describe("syntheticSource(n, seed)", () => {
  it("syntheticSource(50, 7) gives byte-identical files twice, and seed 8 gives other patients", () => {
    const first = syntheticSource(50, 7);
    expect(syntheticSource(50, 7)).toEqual(first);
    const other = syntheticSource(50, 8);
    expect(other["table1.tsv"]).not.toBe(first["table1.tsv"]);
    expect(other["table2.tsv"]).not.toBe(first["table2.tsv"]);
  });
  it("syntheticSource gives the six source files and no claims.json", () => {
    expect(Object.keys(syntheticSource(3, 1)).sort()).toEqual([
      "article.json", "events.tsv", "liver-procedures.tsv", "primary-sites.tsv", "table1.tsv", "table2.tsv"
    ]);
  });
  it("syntheticSource's liver-procedures.tsv is the bundled file byte for byte", () => {
    expect(syntheticSource(3, 1)["liver-procedures.tsv"]).toBe(bundledText("liver-procedures.tsv"));
  });
  it("syntheticSource writes the header line of each bundled table exactly", () => {
    const files = syntheticSource(3, 1);
    for (const file of ["table1.tsv", "table2.tsv", "events.tsv"]) {
      expect(files[file]!.split("\n")[0], file).toBe(bundledText(file).split("\n")[0]);
    }
  });
  it("syntheticSource's primary-sites.tsv is the bundled file byte for byte", () => {
    expect(syntheticSource(3, 1)["primary-sites.tsv"]).toBe(bundledText("primary-sites.tsv"));
  });
  it("syntheticSource(1000, 4)'s article.json passes validation, says it is synthetic, keeps the bundled metadata and none of the article's statements", () => {
    const article = parseArticle(syntheticSource(1000, 4)["article.json"]!);
    const bundled = parseArticle(bundledText("article.json"));
    expect(article.title).toMatch(/^Synthetic cohort of 1000 patients \(seed 4\)/);
    expect(article.design).toMatch(/^Synthetic cohort for benchmarking.*not patient data/);
    // The conclusion, complications and transcription notes are true of the article's ten patients only.
    expect(article.statements).toEqual({});
    expect(article.notes).toEqual({});
    expect({...article, title: "", design: "", statements: {}, notes: {}}).toEqual({...bundled, title: "", design: "", statements: {}, notes: {}});
  });
  it("every row of syntheticSource(2000, 3)'s table1.tsv and table2.tsv has one cell per column, numbered 1..2000", () => {
    const files = syntheticSource(2000, 3);
    for (const [file, columns] of [["table1.tsv", table1Columns], ["table2.tsv", table2Columns]] as const) {
      const text = files[file]!;
      expect(text.endsWith("\n"), file).toBe(true);
      const rows = rowsOf(text);
      expect(rows, file).toHaveLength(2000);
      expect(rows.filter((row) => row.split("\t").length !== columns.length), file).toEqual([]);
      expect(rows.every((row, i) => row.startsWith(`${i + 1}\t`)), file).toBe(true);
    }
  });
  it("syntheticSource(1, 0), with no recurrence drawn, writes one untimed stand-in event, since events.tsv must hold a row", () => {
    expect(rowsOf(syntheticSource(1, 0)["events.tsv"]!).map((row) => row.split("\t").slice(0, 5))).toEqual([
      ["1", "chemotherapy-after-hepatectomy", "chemotherapy", "index hepatectomy", "unknown"]
    ]);
    expect(rowsOf(syntheticSource(1, 5)["events.tsv"]!).map((row) => row.split("\t")[1])).toEqual(["recurrence"]);
  });
  it("syntheticSource refuses no patients, a fractional count and a seed outside 32 bits", () => {
    expect(() => syntheticSource(0, 1)).toThrow(RangeError);
    expect(() => syntheticSource(1.5, 1)).toThrow(RangeError);
    expect(() => syntheticSource(10, -1)).toThrow(RangeError);
    expect(() => syntheticSource(10, 2 ** 32)).toThrow(RangeError);
  });
});

describe("buildCohort(syntheticSource(n, seed))", () => {
  // Seed 0 with n = 1 draws no recurrence (the stand-in event is written), seed 5 draws one.
  const cases = [1, 10].flatMap((n) => [0, 1, 5, 42, 2 ** 32 - 1].map((seed) => [n, seed] as const));
  it.each(cases)("buildCohort accepts syntheticSource(%i, %i), with patients 1..n and an empty audit", (n, seed) => {
    const cohort = buildCohort(asTexts(syntheticSource(n, seed)));
    expect(cohort.patients.map((p) => p.id)).toEqual(Array.from({length: n}, (_, i) => i + 1));
    expect(cohort.claims).toEqual([]);
  });

  describe("n = 2000", () => {
    const cohort = buildCohort(asTexts(syntheticSource(2000, 2024)));
    const {timeline} = cohort;
    // The synthetic cohort writes every cell, so no field is null; the checks below read the values as recorded.
    const patients = cohort.patients as unknown as Recorded[];
    it("buildCohort gives a synthetic cohort with every field recorded (no null)", () => {
      const nullable = (Object.keys(cohort.patients[0]!) as (keyof Patient)[]).filter((k) => !nullWhenRecorded.includes(k));
      expect(cohort.patients.filter((p) => nullable.some((k) => p[k] === null))).toEqual([]);
    });
    it("buildCohort gives 2000 patients numbered 1..2000", () => {
      expect(patients).toHaveLength(2000);
      expect(patients.every((p, i) => p.id === i + 1)).toBe(true);
    });
    it("about 70% are female, 25% dead and 20% synchronous", () => {
      expect(share(patients, (p) => p.sex === "F")).toBeGreaterThanOrEqual(0.6);
      expect(share(patients, (p) => p.sex === "F")).toBeLessThanOrEqual(0.8);
      expect(share(patients, (p) => p.dead)).toBeGreaterThanOrEqual(0.15);
      expect(share(patients, (p) => p.dead)).toBeLessThanOrEqual(0.35);
      expect(share(patients, (p) => p.synchronousResection)).toBeGreaterThanOrEqual(0.1);
      expect(share(patients, (p) => p.synchronousResection)).toBeLessThanOrEqual(0.3);
    });
    it("primary sites are about half retroperitoneum, 30% small bowel, 10% pancreas and 10% stomach", () => {
      const siteShare = (site: Patient["primarySite"]) => share(patients, (p) => p.primarySite === site);
      expect(siteShare("Retroperitoneum")).toBeGreaterThan(0.4);
      expect(siteShare("Retroperitoneum")).toBeLessThan(0.6);
      expect(siteShare("Small bowel")).toBeGreaterThan(0.2);
      expect(siteShare("Small bowel")).toBeLessThan(0.4);
      for (const site of ["Pancreas", "Stomach"] as const) {
        expect(siteShare(site), site).toBeGreaterThan(0.05);
        expect(siteShare(site), site).toBeLessThan(0.15);
      }
    });
    it("ages centre on 50 within 25-85, primary sizes on 8 cm and survival on 24 months", () => {
      const ages = patients.map((p) => p.age);
      expect(Math.min(...ages)).toBeGreaterThanOrEqual(25);
      expect(Math.max(...ages)).toBeLessThanOrEqual(85);
      expect(median(ages)).toBeGreaterThanOrEqual(47);
      expect(median(ages)).toBeLessThanOrEqual(53);
      expect(median(patients.map((p) => p.primarySizeCm))).toBeGreaterThan(6.5);
      expect(median(patients.map((p) => p.primarySizeCm))).toBeLessThan(9.5);
      expect(median(patients.map((p) => p.survivalMonths))).toBeGreaterThan(18);
      expect(median(patients.map((p) => p.survivalMonths))).toBeLessThan(30);
      expect(Math.min(...patients.map((p) => p.survivalMonths))).toBeGreaterThanOrEqual(1);
    });
    it("60% have no adjuvant treatment, and about a third of those with CTx also have RTx", () => {
      const chemotherapy = patients.filter((p) => p.adjuvantChemotherapy);
      expect(share(patients, (p) => !p.adjuvantChemotherapy)).toBeGreaterThan(0.5);
      expect(share(patients, (p) => !p.adjuvantChemotherapy)).toBeLessThan(0.7);
      expect(share(chemotherapy, (p) => p.adjuvantRadiotherapy)).toBeGreaterThan(0.2);
      expect(share(chemotherapy, (p) => p.adjuvantRadiotherapy)).toBeLessThan(0.45);
      expect(patients.some((p) => p.adjuvantRadiotherapy && !p.adjuvantChemotherapy)).toBe(false);
      expect(new Set(patients.map((p) => p.radiotherapyGy))).toEqual(new Set([null, 50, 58]));
    });
    it("every printed interval of 0 carries footnote b), and every footnote b) an interval of 0", () => {
      expect(patients.filter((p) => p.synchronousResection !== (p.monthsToLiverMetastasis === 0))).toEqual([]);
    });
    it("about half have further metastasis, 60% a single liver mass, 80% a partial hepatectomy", () => {
      expect(share(patients, (p) => p.additionalMetastasis)).toBeGreaterThan(0.4);
      expect(share(patients, (p) => p.additionalMetastasis)).toBeLessThan(0.6);
      expect(share(patients, (p) => p.lesionCount === 1)).toBeGreaterThan(0.5);
      expect(share(patients, (p) => p.lesionCount === 1)).toBeLessThan(0.7);
      expect(share(patients, (p) => p.liverProcedure === "Partial hepatectomy")).toBeGreaterThan(0.7);
      expect(share(patients, (p) => p.liverProcedure === "Partial hepatectomy")).toBeLessThan(0.9);
    });
    it("no patient has more segments than liver masses, nor more than four", () => {
      expect(patients.filter((p) => p.segments.length > Math.min(p.lesionCount, 4))).toEqual([]);
    });
    it("recurrences belong to about half the patients with further metastasis and fall strictly within follow-up", () => {
      const recurrences = timeline.filter((e) => e.event === "recurrence");
      const byId = new Map(patients.map((p) => [p.id, p]));
      const outside = recurrences.filter((e) => {
        const p = byId.get(e.patient)!;
        const t = e.monthsFromLiverResection;
        return !p.additionalMetastasis || t === null || t < 1 || t >= p.survivalMonths;
      });
      expect(outside).toEqual([]);
      const eligible = patients.filter((p) => p.additionalMetastasis && p.survivalMonths >= 2).length;
      expect(recurrences.length / eligible).toBeGreaterThan(0.35);
      expect(recurrences.length / eligible).toBeLessThan(0.65);
    });
  });
});

describe("cell formats", () => {
  it("formatSegments prints one, two and several segments as the article does", () => {
    expect([formatSegments([6]), formatSegments([4, 7]), formatSegments([1, 2, 3, 6, 8])]).toEqual([
      "Segment 6", "Segments 4 and 7", "Segments 1, 2, 3, 6, and 8"
    ]);
  });
  it("formatSites capitalises only the first site, and prints None for no site", () => {
    expect([formatSites(["Lung", "Thigh", "Left kidney"]), formatSites([])]).toEqual(["Lung, thigh, left kidney", "None"]);
  });
  it("withThousands groups digits by three with commas, as in 5,000 cGy", () => {
    expect([5, 999, 5000, 58000, 1234567].map(withThousands)).toEqual(["5", "999", "5,000", "58,000", "1,234,567"]);
  });
  it("mulberry32(1) gives the same numbers in [0, 1) each time it is seeded", () => {
    const draws = (seed: number) => Array.from({length: 5}, mulberry32(seed));
    expect(draws(1)).toEqual(draws(1));
    expect(draws(1)).not.toEqual(draws(2));
    expect(draws(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("parseArguments (the CLI's arguments)", () => {
  it("parseArguments reads n and the folder, with seed 1 by default", () => {
    expect(parseArguments(["1000", "/tmp/c"])).toEqual({n: 1000, outDir: "/tmp/c", seed: 1});
    expect(parseArguments(["5", "out", "0"])).toEqual({n: 5, outDir: "out", seed: 0});
  });
  it("parseArguments refuses a missing folder, 0 or 1e5 patients, and a seed outside 32 bits", () => {
    expect(() => parseArguments(["100"])).toThrow(/usage/);
    expect(() => parseArguments(["0", "out"])).toThrow(/whole number of patients/);
    expect(() => parseArguments(["1e5", "out"])).toThrow(/whole number of patients/);
    expect(() => parseArguments(["10", "out", "4294967296"])).toThrow(/seed/);
  });
});

describe("npx tsx scripts/synthetic-cohort.ts <n> <outDir> [seed]", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const run = (...args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/synthetic-cohort.ts", ...args], {cwd: root, encoding: "utf8"});
  let dir: string;
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it("the CLI writes syntheticSource(25, 5) into a new folder that readSourceFolder and buildCohort accept, and prints the sizes", () => {
    dir = mkdtempSync(join(tmpdir(), "lms-synthetic-"));
    const out = join(dir, "new-folder");
    const result = run("25", out, "5");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = syntheticSource(25, 5);
    for (const [file, text] of Object.entries(files)) expect(readFileSync(join(out, file), "utf8"), file).toBe(text);
    const total = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(result.stdout).toContain(`${withThousands(total)} bytes`);
    expect(buildCohort(readSourceFolder(out)).patients).toHaveLength(25);
  });
  it("the CLI refuses a folder holding a claims.json, and exits 1 without writing", () => {
    dir = mkdtempSync(join(tmpdir(), "lms-synthetic-"));
    writeFileSync(join(dir, "claims.json"), "[]");
    const result = run("5", dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("claims.json would be audited against the synthetic patients");
    expect(() => readFileSync(join(dir, "table1.tsv"))).toThrow(/ENOENT/);
  });
});
