import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {isNotRecorded} from "../../../data-loaders/not-recorded.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {summaryLines} from "../../../src/components/patientSummary.js";
import {liverPet} from "../../../src/lib/prose/liverPet.js";
import {liverSegments} from "../../../src/lib/prose/liverSegments.js";
import {liverSize} from "../../../src/lib/prose/liverSize.js";
import {notRecordedInSeries} from "../../../src/lib/prose/notRecorded.js";
import {overviewCards} from "../../../src/lib/prose/overviewCards.js";
import {overviewStory} from "../../../src/lib/prose/overviewStory.js";
import {treatmentSummary} from "../../../src/lib/prose/treatmentSummary.js";

const {patients, drugs} = buildCohort(readSourceFolder(bundledSourceDir));
// Patient 2: sex and survival not recorded; 3: age, segments and cirrhosis; 5: procedure, count and adjuvant treatment.
const edited = patients.map((p) =>
  p.id === 2
    ? {...p, sex: null, survivalMonths: null, dead: null, vitalStatus: null, verbatim: {...p.verbatim, table1: {...p.verbatim.table1, Sex: "–"}}}
    : p.id === 3
      ? {...p, age: null, segments: null, cirrhosis: null}
      : p.id === 5
        ? {...p, liverProcedure: null, lesionCount: null, lesionMultiplicity: null, adjuvantChemotherapy: null, adjuvantRadiotherapy: null, chemotherapyDrugs: null, chemotherapyCycles: null, suv: null, suvStatus: "not recorded" as const}
        : p
);
const byId = (id: number) => edited.find((p) => p.id === id)!;
const noPlaceholder = (text: string) => expect(text).not.toMatch(/\b(null|NaN|undefined)\b/);

describe("prose with values not recorded", () => {
  it("summaryLines names what was not recorded in words, never null", () => {
    const two = summaryLines(byId(2));
    expect(two[0]).toBe("38-year-old patient (sex not recorded); primary leiomyosarcoma of the small bowel (3.5 cm), resected by small bowel resection and anastomosis.");
    expect(two.at(-1)).toBe("Survival after the liver resection not recorded (left out of survival estimates).");
    expect(summaryLines(byId(3))[0]).toMatch(/^Woman \(age not recorded\); /);
    expect(summaryLines(byId(3))[3]).toBe("7 liver lesions (largest 2.5 cm), segments not recorded; mean SUV 1.7; cirrhosis not recorded.");
    expect(summaryLines(byId(5))[1]).toBe("Adjuvant treatment after the primary resection not recorded.");
    for (const p of edited) summaryLines(p).forEach(noPlaceholder);
  });
  it("overviewCards count among the recorded and say how many were not", () => {
    const cards = overviewCards(edited, {total: 10, from: "2003-02", to: "2015-11"});
    expect(cards.find((c) => c.title === "Age at liver metastasis")!.note).toMatch(/; 1 not recorded$/);
    expect(cards.find((c) => c.title === "Died during follow-up")!.note).toBe("1 (11%); median survival not reached (Kaplan–Meier); 1 not recorded, left out");
    expect(cards.find((c) => c.title === "Partial hepatectomy")!.note).toBe("89% of the 9 in view with it recorded; 1 not recorded; the article's term, extent not given");
    for (const c of cards) noPlaceholder(`${c.value} ${c.note}`);
  });
  it("overviewStory gives shares of the recorded with the count not recorded", () => {
    const story = overviewStory(edited);
    expect(story.partial).toBe("8 (89% of 9; 1 not recorded)");
    Object.values(story).forEach(noPlaceholder);
  });
  it("treatmentSummary says of how many patients the shares are, and how many were not recorded", () => {
    expect(treatmentSummary(edited, drugs.filter((d) => d.patient !== 5))).toMatch(
      /^Of the 10 patients in view \(9 with their adjuvant treatment recorded\), 3 \(33%\) had adjuvant chemotherapy .* Adjuvant treatment was not recorded for 1 patient\.$/
    );
  });
  it("liverSegments, liverSize and liverPet name the patients whose values were not recorded", () => {
    expect(liverSegments(edited)).toMatch(/^Among the 9 patients in view with segments recorded, .* The segments of patient 3 were not recorded\.$/);
    expect(liverSize(edited)).toMatch(/ranged from 1 to 7 \(1 not recorded\)\.$/);
    expect(liverPet(edited)).toMatch(/Whether patient 5 had a PET-CT scan was not recorded\. .* Whether patient 3 had cirrhosis was not recorded\.$/);
  });
  it("notRecordedInSeries lists the printed cells that say not recorded, or that there are none", () => {
    expect(notRecordedInSeries(patients, isNotRecorded)).toBe("In this series every printed cell is recorded.");
    expect(notRecordedInSeries(edited, isNotRecorded)).toBe("In this series 1 printed cell says the value was not recorded: Table 1 “Sex” (patient 2).");
  });
});
