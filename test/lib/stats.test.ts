import {describe, expect, it} from "vitest";
import {buildCohort, sourceFiles, type SourceTexts} from "../../data-loaders/cohort.js";
import {countCategories, describeNumeric, proportion} from "../../src/lib/stats.js";
import {bundledText} from "../helpers.js";
import {op, table} from "../../src/lib/arquero.js";
import {mulberry32} from "../../scripts/synthetic-cohort.js";

const {patients} = buildCohort(
  Object.fromEntries(Object.entries(sourceFiles).map(([role, file]) => [role, bundledText(file)])) as SourceTexts
);
const round = (x: number | null, digits = 3) => (x === null ? null : Number(x.toFixed(digits)));

// Expected values are worked out by hand from the printed tables:
// ages 38 38 41 42 43 50 50 51 60 69 (sum 482); survival 8 11 14 18 18 19 20 24 40 170 (sum 342);
// interval to liver metastasis 0 0 5 6 12 14 16 19 19 38 (sum 129); lesion sizes sum 23.9.
describe("describeNumeric", () => {
  it("gives exactly Arquero's count, mean, SD, quartiles, median and range, to the last bit, on random data with gaps", () => {
    const random = mulberry32(11);
    for (const size of [1, 2, 3, 7, 100, 5000]) {
      const rows = Array.from({length: size}, () => ({x: random() < 0.1 ? null : Math.round(random() * 1e4) / 100 - 20}));
      const valid = rows.map((r) => r.x).filter((x): x is number => x !== null);
      const s = describeNumeric(rows, "x");
      if (valid.length === 0) {
        expect(s.n).toBe(0);
        continue;
      }
      const a = table({x: valid})
        .rollup({n: op.count(), mean: op.mean("x"), sd: op.stdev("x"), median: op.median("x"), q1: op.quantile("x", 0.25), q3: op.quantile("x", 0.75), min: op.min("x"), max: op.max("x")})
        .object() as Record<string, number>;
      expect(s).toEqual({...a, sd: valid.length > 1 ? a.sd : null, missing: size - valid.length});
    }
  });

  it('describeNumeric(patients, "age") gives mean 48.2, median 46.5, SD 10.064, IQR 41.25-50.75, range 38-69', () => {
    const s = describeNumeric(patients, "age");
    expect({...s, mean: round(s.mean), sd: round(s.sd)}).toEqual({
      n: 10, missing: 0, mean: 48.2, sd: 10.064, median: 46.5, q1: 41.25, q3: 50.75, min: 38, max: 69
    });
  });
  it('describeNumeric(patients, "survivalMonths") gives mean 34.2 and median 18.5 over 8-170', () => {
    const s = describeNumeric(patients, "survivalMonths");
    expect([round(s.mean), s.median, s.q1, s.q3, s.min, s.max]).toEqual([34.2, 18.5, 15, 23, 8, 170]);
  });
  it('describeNumeric(patients, "monthsToLiverMetastasis") gives mean 12.9 and median 13', () => {
    const s = describeNumeric(patients, "monthsToLiverMetastasis");
    expect([round(s.mean), s.median, s.min, s.max]).toEqual([12.9, 13, 0, 38]);
  });
  it('describeNumeric(patients, "lesionSizeCm") gives mean 2.39 over 0.9-3', () => {
    const s = describeNumeric(patients, "lesionSizeCm");
    expect([round(s.mean), s.median, s.min, s.max]).toEqual([2.39, 2.55, 0.9, 3]);
  });
  it('describeNumeric(patients, "suv") counts 5 values and 5 missing, mean 1.78', () => {
    const s = describeNumeric(patients, "suv");
    expect([s.n, s.missing, round(s.mean), s.median, s.min, s.max]).toEqual([5, 5, 1.78, 1.8, 1.7, 1.8]);
  });
  it("describeNumeric of no records is all null, and of one record has no SD", () => {
    expect(describeNumeric([] as {x: number}[], "x")).toMatchObject({n: 0, mean: null, sd: null, median: null});
    expect(describeNumeric([{x: 4}], "x")).toMatchObject({n: 1, mean: 4, sd: null, median: 4, min: 4, max: 4});
  });
});

describe("proportion and countCategories", () => {
  it("proportion(patients, dead) is 2 of 10, 20%", () => {
    expect(proportion(patients, (p) => p.dead === true)).toEqual({n: 2, total: 10, percent: 20});
    expect(proportion([], () => true)).toEqual({n: 0, total: 0, percent: null});
  });
  it('countCategories(patients, "primarySite") gives 5 / 3 / 1 / 1', () => {
    expect(countCategories(patients, "primarySite").map((c) => [c.value, c.n, c.percent])).toEqual([
      ["Retroperitoneum", 5, 50],
      ["Small bowel", 3, 30],
      ["Pancreas", 1, 10],
      ["Stomach", 1, 10]
    ]);
  });
  it('countCategories(patients, "segments") counts patients per segment: segment 6 in 5, segment 3 in 4', () => {
    expect(countCategories(patients, "segments").map((c) => [c.value, c.n])).toEqual([
      [6, 5], [3, 4], [7, 3], [4, 2], [8, 2], [1, 1], [2, 1]
    ]);
  });
  it('countCategories(patients, "liverProcedure") gives 8 partial hepatectomies', () => {
    expect(countCategories(patients, "liverProcedure")[0]).toEqual({value: "Partial hepatectomy", n: 8, total: 10, percent: 80});
  });
});
