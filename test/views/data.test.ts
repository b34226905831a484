import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {applyFilters, emptyFilters} from "../../src/lib/filters.js";
import {renderData} from "../../src/views/data.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients} = buildCohort(readSourceFolder(bundledSourceDir));
const files = {csv: "./data/patients.csv", json: "./data/patients.json"};
const men = {categories: {sex: ["M"]}, age: null};

describe("renderData", () => {
  it("for the whole series with the built files, links to them under the cohort's file names (no script needed)", () => {
    const {download} = renderData({patients, inView: patients, filters: emptyFilters, files, document: doc});
    expect(download.textContent).toBe("The patients in view (10 patients; filters: none): Download CSV Download JSON");
    expect([...download.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.getAttribute("download")])).toEqual([
      ["./data/patients.csv", "lms-liver-cohort.csv"],
      ["./data/patients.json", "lms-liver-cohort.json"]
    ]);
    expect(download.querySelector("button")).toBeNull();
  });

  it("for a filtered view, buttons that save the patients in view under a -filtered name", () => {
    const {download} = renderData({patients, inView: applyFilters(patients, men), filters: men, files, document: doc});
    expect(download.textContent).toBe("The patients in view (3 patients; filters: Sex: Male): Download CSV Download JSON");
    expect([...download.querySelectorAll("button")].map((b) => b.getAttribute("data-download"))).toEqual(["lms-liver-cohort-filtered.csv", "lms-liver-cohort-filtered.json"]);
    expect(download.querySelector("a")).toBeNull();
  });

  it("without built files (live), even the whole series is saved by buttons", () => {
    const {download} = renderData({patients, inView: patients, filters: emptyFilters, document: doc});
    expect(download.querySelectorAll("button")).toHaveLength(2);
  });

  it("with no patient in view, says there is nothing to download and offers nothing", () => {
    const filters = {categories: {sex: ["M"], primarySite: ["Stomach"]}, age: null};
    const {download} = renderData({patients, inView: [], filters, document: doc});
    expect(download.textContent).toBe("No patient is in view (filters: Primary site: Stomach; Sex: Male), so there is nothing to download.");
    expect(download.querySelectorAll("a, button")).toHaveLength(0);
  });
});
