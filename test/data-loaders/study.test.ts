import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {parsePrimarySites} from "../../data-loaders/primary-sites.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {describeSource} from "../../data-loaders/study.js";

const texts = readSourceFolder(bundledSourceDir);
const {patients, study} = buildCohort(texts);
const assumption = (id: string, s: Pick<typeof study, "assumptions"> = study) => s.assumptions.find((a) => a.id === id)!;

describe("describeSource: the partial-hepatectomy assumption", () => {
  const partial = assumption("partial-hepatectomy");

  it("describeSource lists the assumption once, touching every patient with a partial hepatectomy", () => {
    expect(study.assumptions.filter((a) => a.id === "partial-hepatectomy")).toHaveLength(1);
    expect(partial.patients).toEqual(patients.filter((p) => p.liverProcedure === "Partial hepatectomy").map((p) => p.id));
    expect(partial.patients).toEqual([1, 2, 3, 4, 7, 8, 9, 10]);
  });
  it("the assumption says the article is silent on technique and reads the term as a minor resection", () => {
    expect(partial.title).toBe("“Partial hepatectomy” is read as a minor resection, not as a technique");
    expect(partial.text).toContain("the article never says whether these were non-anatomical (wedge) resections or anatomical ones");
    expect(partial.text).toContain("as a minor resection of less than a section (two Couinaud segments)");
    // Nothing in the assumption may be true only of the bundled article's wording: the audit checks the text.
    expect(partial.text).not.toMatch(/Abstract|Discussion|segmentectomy or lobectomy/);
  });
  it("the assumption gives Table 2's names in Brisbane 2000 terms", () => {
    expect(partial.text).toContain("“Right hepatectomy” is a right hemihepatectomy in Brisbane 2000 terms (segments 5–8; major).");
    expect(partial.text).toContain("“Left lateral sectionectomy” is a Brisbane 2000 term (segments 2 and 3; also “bisegmentectomy 2,3”; minor).");
    expect(partial.text).toContain("“Partial hepatectomy” is not a Brisbane 2000 term");
  });
  it("the assumption names the partial hepatectomies for lesions in several segments, patient 3's seven in five, not patient 7's ablated one", () => {
    expect(partial.text).toContain(
      "Patients 2, 3, 4, 10 had lesions in more than one segment (patient 3: 7 lesions in segments 1, 2, 3, 6, 8), so a “partial hepatectomy” may have been several resections."
    );
  });
  it("describeSource of a series without partial hepatectomies touches no patient and names none", () => {
    const others = patients.filter((p) => p.liverProcedure !== "Partial hepatectomy");
    const alone = assumption("partial-hepatectomy", describeSource(study.article, others, parsePrimarySites(texts.primarySites)));
    expect(alone.patients).toEqual([]);
    expect(alone.text).toContain("Table 2 calls the operation of 0 of 2 patients “Partial hepatectomy”");
    expect(alone.text).not.toContain("several resections");
  });
});
