import {describe, expect, it} from "vitest";
import {emptyFilters} from "../../../src/lib/filters.js";
import {downloadFilename, downloadLead} from "../../../src/lib/prose/dataDownload.js";

const men = {categories: {sex: ["M"]}, age: null};

describe("downloadLead", () => {
  it("downloadLead(10, emptyFilters) names the whole series and no filter", () => {
    expect(downloadLead(10, emptyFilters)).toBe("The patients in view (10 patients; filters: none):");
  });
  it("downloadLead names the filters by their display names, and is singular for one patient", () => {
    expect(downloadLead(3, men)).toBe("The patients in view (3 patients; filters: Sex: Male):");
    expect(downloadLead(1, {categories: {primarySite: ["Stomach"]}, age: null})).toBe("The patients in view (1 patient; filters: Primary site: Stomach):");
  });
  it("downloadLead of no patient offers nothing to download", () => {
    expect(downloadLead(0, {categories: {sex: ["M"], primarySite: ["Stomach"]}, age: null})).toBe(
      "No patient is in view (filters: Primary site: Stomach; Sex: Male), so there is nothing to download."
    );
  });
});

describe("downloadFilename", () => {
  it("the whole series is lms-liver-cohort, a filtered view lms-liver-cohort-filtered", () => {
    expect(downloadFilename(emptyFilters, "csv")).toBe("lms-liver-cohort.csv");
    expect(downloadFilename(men, "json")).toBe("lms-liver-cohort-filtered.json");
  });
  it("a field left with no value selected is no filter", () => {
    expect(downloadFilename({categories: {sex: []}, age: null}, "csv")).toBe("lms-liver-cohort.csv");
  });
});
