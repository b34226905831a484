import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {liverMismatch} from "../../../src/lib/prose/liverMismatch.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

describe("liverMismatch", () => {
  it("liverMismatch(all 10) finds patient 7: one lesion in segments 7 and 8, with the ablation Table 2 adds", () => {
    expect(liverMismatch(patients)).toEqual({
      lead: "The table does not add up for patient 7:",
      detail:
        "Table 2 gives 1 lesion but segments 7 and 8 (“Segments 7 and 8”). Table 2 adds ablation to the resection, so a lesion may have been ablated rather than resected and left out of the count. The report keeps the printed count."
    });
  });
  it("liverMismatch(men) is null: their counts add up", () => {
    expect(liverMismatch(patients.filter((p) => p.sex === "M"))).toBeNull();
    expect(liverMismatch([])).toBeNull();
  });
  it("liverMismatch of two patients without ablation names both and does not blame the table", () => {
    const row = (id: number, segments: number[]) => ({id, lesionCount: 1, segments, ablation: false, verbatim: {table2: {"Location of liver metastasis": `Segments ${segments.join(" and ")}`}}});
    const caveat = liverMismatch([row(3, [2, 3]), row(5, [4, 6])])!;
    expect(caveat.lead).toBe("The table does not add up for patients 3 and 5:");
    expect(caveat.detail).toBe("Table 2 gives 1 lesion but segments 2 and 3 (“Segments 2 and 3”). Table 2 gives 1 lesion but segments 4 and 6 (“Segments 4 and 6”). The report keeps the printed count.");
  });
  it("liverMismatch of a patient whose lesion count is not recorded is null: an unknown count cannot disagree", () => {
    expect(liverMismatch([{id: 4, lesionCount: null, segments: [2, 3], ablation: false, verbatim: {table2: {"Location of liver metastasis": "S2, S3"}}}])).toBeNull();
  });
  it("liverMismatch without a printed location cell leaves the quote out rather than printing empty quotation marks", () => {
    const caveat = liverMismatch([{id: 6, lesionCount: 1, segments: [5, 6], ablation: false, verbatim: {table2: {}}}])!;
    expect(caveat.detail).toBe("Table 2 gives 1 lesion but segments 5 and 6. The report keeps the printed count.");
    expect(caveat.detail).not.toMatch(/“”|""/);
  });
});
