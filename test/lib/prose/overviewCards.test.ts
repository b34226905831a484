import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {overviewCards} from "../../../src/lib/prose/overviewCards.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));
const period = {total: 10, from: "2003-02", to: "2015-11"};
const byTitle = (cards: ReturnType<typeof overviewCards>) => Object.fromEntries(cards.map((c) => [c.title, `${c.value}${c.unit ? ` ${c.unit}` : ""} | ${c.note}`]));
const meaningless = /NaN|undefined|Infinity|––|100%–100%|\(\)|null/;

describe("overviewCards", () => {
  it("overviewCards(all 10) gives the median age 46.5 with range and mean 48.2, 2 deaths, 58% at two years with its CI", () => {
    expect(byTitle(overviewCards(patients, period))).toEqual({
      "Patients in view": "10 | of 10 resected, February 2003 to November 2015",
      "Age at liver metastasis": "46.5 years | median (range 38–69); mean 48.2",
      "Died during follow-up": "2 | 2 (20%); median survival not reached (Kaplan–Meier)",
      "Alive 2 years after resection": "58% | 95% CI 8%–89%; 3 patients still followed at 24 months",
      "Median follow-up": "19 months | reverse Kaplan–Meier",
      "Single liver lesion": "6 | 60% of patients in view",
      "Partial hepatectomy": "8 | 80% of patients in view; the article's term, extent not given",
      "Further metastasis after resection": "5 | 50% of patients in view"
    });
  });
  it("overviewCards([]) keeps only the count: no card shows a figure of nobody", () => {
    expect(overviewCards([], period)).toEqual([{title: "Patients in view", value: "0", unit: "", note: "of 10 resected, February 2003 to November 2015"}]);
  });
  it("overviewCards(one patient followed 11 months) withholds the two-year figure instead of carrying 100% forward", () => {
    const cards = byTitle(overviewCards(patients.filter((p) => p.id === 9), period));
    expect(cards["Alive 2 years after resection"]).toBe("– | no patient in view was followed 24 months");
    expect(cards["Age at liver metastasis"]).toBe("38 years | one patient");
    expect(cards["Died during follow-up"]).toBe("0 | of 1 patient");
  });
  it("overviewCards(one patient followed 40 months) says no death by then rather than a 100%–100% interval", () => {
    const cards = byTitle(overviewCards(patients.filter((p) => p.id === 7), period));
    expect(cards["Alive 2 years after resection"]).toBe("100% | no death by then; 1 patient still followed at 24 months");
  });
  it("overviewCards of every single patient and of every pair shows no meaningless figure", () => {
    for (const a of patients) {
      for (const b of patients) {
        const view = a.id === b.id ? [a] : [a, b];
        for (const card of overviewCards(view, period)) expect(`${card.value} ${card.note}`, `patients ${a.id}, ${b.id}: ${card.title}`).not.toMatch(meaningless);
      }
    }
  });
  it("overviewCards keeps the partial-hepatectomy card under a filter that leaves none, when the whole series has some", () => {
    const others = patients.filter((p) => p.liverProcedure !== "Partial hepatectomy");
    expect(byTitle(overviewCards(others, {...period, series: patients}))["Partial hepatectomy"]).toBe("0 | 0% of patients in view; the article's term, extent not given");
  });
  it("overviewCards of a series whose Table 2 never says “Partial hepatectomy” shows no card for it", () => {
    const others = patients.filter((p) => p.liverProcedure !== "Partial hepatectomy");
    const cards = overviewCards(others, {...period, total: others.length, series: others});
    expect(cards.map((c) => c.title)).not.toContain("Partial hepatectomy");
    expect(cards.map((c) => c.note).join(" ")).not.toContain("the article's term");
  });
});
