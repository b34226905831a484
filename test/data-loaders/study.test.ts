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
  it("describeSource of a series without partial hepatectomies leaves the assumption out rather than naming no patient", () => {
    const others = patients.filter((p) => p.liverProcedure !== "Partial hepatectomy");
    const alone = describeSource(study.article, others, parsePrimarySites(texts.primarySites));
    expect(alone.assumptions.map((a) => a.id)).not.toContain("partial-hepatectomy");
  });
});

const sites = parsePrimarySites(texts.primarySites);
const describe_ = (subset: typeof patients, article = study.article) => describeSource(article, subset, sites);

describe("describeSource: every assumption reads true for the series described", () => {
  it("the time-origin assumption of the bundled article names patients 8 and 9 as the evidence", () => {
    const origin = assumption("time-origin");
    expect(origin.patients).toEqual([8, 9]);
    expect(origin.text).toContain("It cannot be the primary resection: patients 8, 9 had a survival shorter than their interval from primary resection to liver metastasis, so counted from the primary resection their follow-up would end before the liver metastasis was found.");
  });
  it("the time-origin assumption with one patient as evidence speaks of that patient in the singular", () => {
    const origin = assumption("time-origin", describe_(patients.filter((p) => p.id !== 9)));
    expect(origin.text).toContain("It cannot be the primary resection: patient 8 had a survival shorter than their interval");
  });
  it("the time-origin assumption without evidence says the liver resection is the origin by convention and the data settle nothing", () => {
    const origin = assumption("time-origin", describe_(patients.filter((p) => p.id !== 8 && p.id !== 9)));
    expect(origin.patients).toEqual([]);
    expect(origin.text).toBe(
      "The article does not say where “overall survival period” starts. Survival and every timeline are measured from the index liver resection, and the diagnosis of the liver metastasis is taken to coincide with it. This is a convention, the usual origin for outcomes after resection of metastases. " +
        "The data neither confirm nor rule out another origin: no patient's survival is shorter than their interval from primary resection to liver metastasis, which would rule out the primary resection."
    );
    expect(origin.text).not.toMatch(/cannot be the primary|none/);
  });

  it("no assumption of any subset of the series prints an empty list of patients", () => {
    for (const subset of [patients, patients.filter((p) => p.id <= 2), patients.filter((p) => p.id >= 8), patients.filter((p) => !p.ablation && !p.synchronousResection)]) {
      for (const a of describe_(subset).assumptions) expect(a.text, a.id).not.toMatch(/patients? none|\bnone were\b|: \.|\(\)/);
    }
  });

  it("the interval-origin assumption touches the non-retroperitoneal patients, and is left out when every primary is retroperitoneal", () => {
    expect(assumption("interval-origin").patients).toEqual(patients.filter((p) => p.primarySite !== "Retroperitoneum").map((p) => p.id));
    const retroperitoneal = describe_(patients.filter((p) => p.primarySite === "Retroperitoneum"));
    expect(retroperitoneal.assumptions.map((a) => a.id)).not.toContain("interval-origin");
  });
  it("the interval-origin assumption is left out when Table 1's footnote defines the interval for every site", () => {
    const tables = study.article.tables.map((t) =>
      t.file === "table1.tsv" ? {...t, footnotes: t.footnotes.map((f) => (f.marker === "a)" ? {...f, text: "From resection of the primary tumour to diagnosis of the liver metastasis."} : f))} : t
    );
    expect(describe_(patients, {...study.article, tables}).assumptions.map((a) => a.id)).not.toContain("interval-origin");
  });
  it("the interval-origin assumption without a footnote says Table 1 does not say where the interval starts", () => {
    const tables = study.article.tables.map((t) => ({...t, footnotes: []}));
    expect(assumption("interval-origin", describe_(patients, {...study.article, tables})).text).toBe(
      "Table 1 does not say where the interval to liver metastasis starts; it is read as the interval from the primary resection for every patient."
    );
  });

  it("the synchronous assumption names Table 1's footnote on operating on both at once by its marker", () => {
    expect(assumption("synchronous").text).toContain("resected together (Table 1 footnote b), the primary resection and the liver resection are one operation");
    const tables = study.article.tables.map((t) => ({...t, footnotes: []}));
    expect(assumption("synchronous", describe_(patients, {...study.article, tables})).text).toContain("resected together (Table 1), the primary");
  });
  it("the synchronous assumption is left out of a series without a synchronous patient", () => {
    expect(assumption("synchronous").patients).toEqual([2, 3]);
    expect(describe_(patients.filter((p) => !p.synchronousResection)).assumptions.map((a) => a.id)).not.toContain("synchronous");
  });

  it("the ablation assumption names the printed form of each ablation in the series", () => {
    expect(assumption("ablation")).toMatchObject({
      text: "“Partial hepatectomy+IORFA” is recorded as a partial hepatectomy with intraoperative radiofrequency ablation.",
      patients: [7]
    });
  });
  it("the ablation assumption is left out of a series without ablation, so it names no procedure the series lacks", () => {
    const without = describe_(patients.filter((p) => !p.ablation));
    expect(without.assumptions.map((a) => a.id)).not.toContain("ablation");
    expect(JSON.stringify(without.assumptions)).not.toContain("IORFA");
  });

  it("the general assumptions (primary site, SUV, radiotherapy units) stay for any series, since they read true without patients", () => {
    const ids = describe_(patients.filter((p) => p.id === 5)).assumptions.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(["time-origin", "primary-site", "suv", "radiotherapy-units"]));
  });
});
