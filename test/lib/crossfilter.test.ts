import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {crossfilter} from "../../src/lib/crossfilter.js";
import {categoryFields, categoryOptions, emptyFilters, fieldLabels, type FilterState, matchesFilters, toggleCategory} from "../../src/lib/filters.js";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {mulberry32, syntheticSource, writeSource} from "../../scripts/synthetic-cohort.js";
import type {Patient} from "../../data-loaders/patients.js";

const article = buildCohort(readSourceFolder(bundledSourceDir)).patients;
const syntheticDir = join(mkdtempSync(join(tmpdir(), "lms-crossfilter-")), "source");
writeSource(syntheticDir, syntheticSource(3000, 7));
const synthetic = buildCohort(readSourceFolder(syntheticDir)).patients;
const seriesB = buildCohort(readSourceFolder(new URL("../fixtures/series-b", import.meta.url).pathname)).patients;

/** What the crossfilter must give, counted from scratch patient by patient with matchesFilters. */
function naive(patients: readonly Patient[], state: FilterState) {
  const options = categoryOptions(patients);
  const fields = categoryFields.map(({key}) => {
    const others = patients.filter((p) => matchesFilters(p, state, {except: key}));
    const labels = options.get(key) ?? [];
    return {key, labels, others: others.length, counts: labels.map((l) => others.filter((p) => fieldLabels(p, key).includes(l)).length)};
  });
  return {inView: patients.filter((p) => matchesFilters(p, state)).map((p) => p.id), fields};
}

function observed(cf: ReturnType<typeof crossfilter<Patient>>) {
  return {
    inView: cf.inView().map((p) => p.id),
    fields: categoryFields.map(({key}) => ({key, labels: [...cf.labels(key)], others: cf.others(key), counts: [...cf.counts(key)]}))
  };
}

/** A random walk of filter changes as a reader makes them: ticks and unticks, ranges, resets, whole new states. */
function randomSteps(patients: readonly Patient[], seed: number, steps: number): FilterState[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const options = categoryOptions(patients);
  const ages = patients.map((p) => p.age).filter((a): a is number => a !== null);
  const [lo, hi] = [Math.min(...ages), Math.max(...ages)];
  let state = emptyFilters;
  const states: FilterState[] = [];
  for (let s = 0; s < steps; s++) {
    const r = random();
    if (r < 0.65) {
      const {key} = pick(categoryFields);
      const labels = options.get(key) ?? [];
      if (labels.length) state = toggleCategory(state, key, pick(labels));
    } else if (r < 0.85) {
      const a = lo + Math.floor(random() * (hi - lo + 1));
      const b = lo + Math.floor(random() * (hi - lo + 1));
      state = {...state, age: random() < 0.15 ? null : {min: Math.min(a, b), max: Math.max(a, b)}};
    } else if (r < 0.9) {
      state = emptyFilters;
    } else {
      // A jump (back button, a shared link): several fields at once.
      const categories: Record<string, string[]> = {};
      for (const {key} of categoryFields) if (random() < 0.3) categories[key] = (options.get(key) ?? []).filter(() => random() < 0.5);
      state = {categories, age: null};
    }
    states.push(state);
  }
  return states;
}

describe("crossfilter against a naive recount", () => {
  for (const [name, patients, steps] of [
    ["the article's cohort", article, 400],
    ["series B (values not recorded)", seriesB, 400],
    ["a synthetic cohort of 3,000", synthetic, 150]
  ] as const) {
    it(`gives the same patients in view and the same faceted counts at every step, over ${name}`, () => {
      const cf = crossfilter(patients);
      expect(observed(cf)).toEqual(naive(patients, emptyFilters));
      const keys = new Map<string, string>();
      for (const state of randomSteps(patients, patients.length, steps)) {
        cf.apply(state);
        const truth = naive(patients, state);
        expect(observed(cf)).toEqual(truth);
        expect(cf.size).toBe(truth.inView.length);
        // One key per set of patients in view: equal sets, equal keys; different sets, different keys.
        const set = truth.inView.join(",");
        const key = cf.key();
        if (keys.has(key)) expect(keys.get(key)).toBe(set);
        keys.set(key, set);
      }
      expect(new Set(keys.values()).size).toBe(keys.size);
    });
  }

  it("changes a field's key only when the patients matching every other filter change", () => {
    const cf = crossfilter(article);
    const before = {site: cf.key("primarySite"), sex: cf.key("sex"), all: cf.key()};
    cf.apply({categories: {primarySite: ["Stomach"]}, age: null});
    // The site chart's own filter leaves its bars' patients as they were; the sex chart's change.
    expect(cf.key("primarySite")).toBe(before.site);
    expect(cf.key("sex")).not.toBe(before.sex);
    expect(cf.key()).not.toBe(before.all);
    cf.apply(emptyFilters);
    expect(cf.key()).toBe(before.all);
  });

  it("touches only the patients a change concerns", () => {
    const cf = crossfilter(synthetic);
    const sites = cf.labels("primarySite");
    const withSite = (label: string) => synthetic.filter((p) => p.primarySite === label).length;
    // Switching a field's filter on examines every patient once.
    cf.apply({categories: {primarySite: [sites[0]!]}, age: null});
    expect(cf.touched).toBe(synthetic.length);
    // A further label of a filtered field: only that label's patients.
    cf.apply({categories: {primarySite: [sites[0]!, sites[1]!]}, age: null});
    expect(cf.touched).toBe(withSite(sites[1]!));
    cf.apply({categories: {primarySite: [sites[1]!]}, age: null});
    expect(cf.touched).toBe(withSite(sites[0]!));
    // A range moved by one year at its top: only the patients of that year.
    cf.apply({categories: {primarySite: [sites[1]!]}, age: {min: 40, max: 60}});
    cf.apply({categories: {primarySite: [sites[1]!]}, age: {min: 40, max: 61}});
    expect(cf.touched).toBe(synthetic.filter((p) => p.age === 61).length);
    // The same state again: nothing.
    cf.apply(cf.state);
    expect(cf.touched).toBe(0);
  });

  it("refuses a filter on a field it does not know, rather than counting it wrong", () => {
    const cf = crossfilter(article);
    expect(() => cf.apply({categories: {colour: ["red"]}, age: null})).toThrow(/no category field "colour"/);
  });
});
