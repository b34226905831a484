import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {liverSize} from "../../../src/lib/prose/liverSize.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

describe("liverSize", () => {
  it("liverSize(all 10) gives a median of 2.55 cm (0.9–3), a mean of 2.39, 6 single lesions and 1 to 7 lesions", () => {
    expect(liverSize(patients)).toBe(
      "The largest lesion measured a median of 2.55 (0.9–3) cm (mean 2.39 cm); 6 (60%) patients had a single lesion, and the number of lesions ranged from 1 to 7."
    );
  });
  it("liverSize(men) says 1 patient, singular, had a single lesion", () => {
    expect(liverSize(patients.filter((p) => p.sex === "M"))).toBe(
      "The largest lesion measured a median of 3 cm (mean 3 cm); 1 (33%) patient had a single lesion, and the number of lesions ranged from 1 to 2."
    );
  });
  it("liverSize of patients with the same count gives no range from n to n", () => {
    expect(liverSize([{lesionSizeCm: 2, lesionCount: 1}, {lesionSizeCm: 3, lesionCount: 1}])).toBe(
      "The largest lesion measured a median of 2.5 (2–3) cm (mean 2.5 cm); every patient in view had 1 lesion."
    );
  });
  it("liverSize of one patient describes that patient, not a median", () => {
    expect(liverSize(patients.filter((p) => p.id === 7))).toBe("The one patient in view had a single lesion measuring 2 cm.");
    expect(liverSize([{lesionSizeCm: 4.5, lesionCount: 3}])).toBe("The one patient in view had 3 lesions measuring 4.5 cm for the largest.");
  });
  it("liverSize([]) is empty", () => {
    expect(liverSize([])).toBe("");
  });
});
