import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {patientsToArrow} from "../../data-loaders/patients-arrow.js";
import type {Patient} from "../../data-loaders/patients.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {syntheticSource} from "../../scripts/synthetic-cohort.js";
import {cohortFile} from "../../src/lib/cohortFile.js";
import {printedCells} from "../../src/lib/printedCells.js";

/** The two files as a page fetches them: the Arrow bytes, and printed.json through JSON text. */
function files(patients: readonly Patient[]) {
  const bytes = patientsToArrow(patients);
  const printed = JSON.stringify(printedCells(patients));
  const fetched = {arrow: 0, printed: 0};
  return {
    fetched,
    arrow: async () => (++fetched.arrow, bytes.slice().buffer),
    printed: {json: async () => (++fetched.printed, JSON.parse(printed))}
  };
}

const series = {
  "the bundled article": () => buildCohort(readSourceFolder(bundledSourceDir)).patients,
  // Twelve patients with cells not recorded: nulls in numbers, text, booleans and lists.
  "series B": () => buildCohort(readSourceFolder("test/fixtures/series-b")).patients,
  "a synthetic cohort of 2,000": () => buildCohort(readSourceFolder(syntheticFolder(2000))).patients
};

/** scripts/synthetic-cohort.ts's files for n patients, in a folder read as the build reads LMS_SOURCE_DIR. */
function syntheticFolder(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), "lms-arrow-"));
  for (const [file, text] of Object.entries(syntheticSource(n, 7))) writeFileSync(join(dir, file), text);
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  return dir;
}

describe("cohortFile(patients.arrow, {printed}).json()", () => {
  for (const [name, patients] of Object.entries(series)) {
    it(`gives patients.json's objects for ${name}: same fields in the same order, same values, same patients in the same order`, async () => {
      const cohort = patients();
      const {arrow, printed} = files(cohort);
      const decoded = await cohortFile(arrow, {printed}).json();
      // Text equality: key order and every value (null, [], booleans, numbers) exactly as patients.json writes them.
      expect(JSON.stringify(decoded)).toBe(JSON.stringify(cohort));
    });

    it(`without the printed cells, gives every other field for ${name}, with plain arrays`, async () => {
      const cohort = patients();
      const decoded = await cohortFile(files(cohort).arrow).json();
      expect(decoded).toEqual(cohort.map(({verbatim, ...fields}) => fields));
      for (const p of decoded as Record<string, unknown>[]) {
        for (const list of [p.segments, p.chemotherapyDrugs, p.additionalMetastasisSites]) expect(list === null || Array.isArray(list)).toBe(true);
      }
    });
  }

  it("equal lists are one frozen array, shared by the patients that have them", async () => {
    const cohort = series["the bundled article"]();
    const decoded = (await cohortFile(files(cohort).arrow).json()) as {id: number; segments: number[]; chemotherapyDrugs: string[] | null}[];
    const withSix = decoded.filter((p) => p.segments.length === 1 && p.segments[0] === 6);
    expect(withSix.length).toBeGreaterThan(1);
    for (const p of withSix) expect(p.segments).toBe(withSix[0]!.segments);
    expect(Object.isFrozen(withSix[0]!.segments)).toBe(true);
    expect(() => (withSix[0]!.segments as number[]).push(7)).toThrow(TypeError);
    const different = decoded.find((p) => p.segments.length !== 1 || p.segments[0] !== 6)!;
    expect(different.segments).not.toBe(withSix[0]!.segments);
  });

  it("series B's patients keep null where a cell was not recorded (as in its README)", async () => {
    const decoded = (await cohortFile(files(series["series B"]()).arrow).json()) as Record<string, unknown>[];
    const byId = new Map(decoded.map((p) => [p.id, p]));
    expect(byId.get(5)).toMatchObject({age: null, primarySizeCm: null, adjuvantChemotherapy: null, chemotherapyDrugs: null, cirrhosis: null});
    expect(byId.get(9)).toMatchObject({sex: null, survivalMonths: null, dead: null, vitalStatus: null});
  });

  it("decodes once: later calls give the same objects, and withPrinted adds the cells to them", async () => {
    const {arrow, printed, fetched} = files(series["the bundled article"]());
    const cohort = cohortFile(arrow);
    const first = await cohort.json();
    expect(await cohort.json()).toBe(first);
    expect("verbatim" in first[0]!).toBe(false);
    const withCells = await cohort.withPrinted(printed);
    expect(withCells).toBe(first);
    expect((first[6] as {verbatim: {table2: Record<string, string>}}).verbatim.table2["Location of liver metastasis"]).toBe("Segments 7 and 8");
    await cohort.withPrinted(printed);
    expect(fetched).toEqual({arrow: 1, printed: 1});
  });

  it("fetches nothing until asked", () => {
    const {arrow, printed, fetched} = files(series["the bundled article"]());
    cohortFile(arrow, {printed});
    expect(fetched).toEqual({arrow: 0, printed: 0});
  });

  it("refuses printed cells that lack a patient of the Arrow file", async () => {
    const cohort = series["the bundled article"]();
    const {arrow} = files(cohort);
    const printed = {json: async () => printedCells(cohort.slice(0, 9))};
    await expect(cohortFile(arrow, {printed}).json()).rejects.toThrow("printed.json has no printed cells for patient 10");
  });
});
