import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {liverPet} from "../../../src/lib/prose/liverPet.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

describe("liverPet", () => {
  it("liverPet(all 10) counts 6 scanned, SUV 1.7 to 1.8 in 5, 1 without hypermetabolism, and cirrhosis in patient 2", () => {
    expect(liverPet(patients)).toBe(
      "6 patients in view had a PET-CT scan; the mean SUV of the liver lesion ranged from 1.7 to 1.8 in the 5 patients with a measured value, and 1 showed no hypermetabolism. Patient 2 had a cirrhotic liver."
    );
  });
  it("liverPet(men) says none had a measured SUV", () => {
    expect(liverPet(patients.filter((p) => p.sex === "M"))).toBe(
      "1 patient in view had a PET-CT scan; none had a measured SUV, and 1 showed no hypermetabolism. Patient 2 had a cirrhotic liver."
    );
  });
  it("liverPet of unscanned patients says no one was scanned rather than '0 patients'", () => {
    expect(liverPet(patients.filter((p) => p.id === 7))).toBe("No patient in view had a PET-CT scan. No patient in view had cirrhosis.");
  });
  it("liverPet gives one SUV as a value, not a range, and names several cirrhotic patients", () => {
    const p = (id: number, suv: number | null, cirrhosis: boolean) => ({id, suv, suvStatus: suv === null ? ("not tested" as const) : ("measured" as const), cirrhosis});
    expect(liverPet([p(1, 2.4, true), p(2, null, true)])).toBe(
      "1 patient in view had a PET-CT scan; the mean SUV of the liver lesion was 2.4 in the 1 patient with a measured value. Patients 1 and 2 had a cirrhotic liver."
    );
  });
  it("liverPet([]) is empty", () => {
    expect(liverPet([])).toBe("");
  });
});
