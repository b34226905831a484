import {describe, expect, it} from "vitest";
import {buildCohort, sourceFiles, type SourceTexts} from "../../../data-loaders/cohort.js";
import {bundledText, withCell} from "../../helpers.js";

const texts = Object.fromEntries(Object.entries(sourceFiles).map(([role, file]) => [role, bundledText(file)])) as SourceTexts;
const {claims} = buildCohort(texts);
const claim = (id: string, cohort = claims) => cohort.find((c) => c.id === id)!;
const sourceClaims = JSON.parse(texts.claims) as {id: string; check: {field?: string; kind: string}}[];
/** The field each summary claim is about (mean, median, range), from claims.json. */
const byId = new Map(sourceClaims.filter((c) => c.check.field).map((c) => [c.id, c.check.field!]));

// Every statement and cross-check, with the verdict, the recomputed figure and the patients it concerns, as
// worked out from the printed tables (see the Audit page). A change to the transcription or to any computation
// that moves one of them fails here, by name.
const expected: [string, string, string, number[]][] = [
  ["abstract-registry", "not-checkable", "cannot be recomputed from the tables", []],
  ["abstract-background-standard", "not-checkable", "cannot be recomputed from the tables", []],
  ["abstract-background-no-consensus", "not-checkable", "cannot be recomputed from the tables", []],
  ["intro-incidental", "not-checkable", "cannot be recomputed from the tables", []],
  ["intro-asymptomatic", "not-checkable", "cannot be recomputed from the tables", []],
  ["intro-frequency", "not-checkable", "cannot be recomputed from the tables", []],
  ["intro-origins", "not-checkable", "cannot be recomputed from the tables", [3]],
  ["abstract-study-period", "ambiguous", "living patients' follow-ups span 162 months, more than the 153-month window; patients 9, 10 last seen before the earliest review date (every living patient followed to one review date (“remained alive at the time of review”)); living patients resected February 2003 to November 2015 and followed 8–170 months fit; patients 9, 10 last seen before the earliest review date, April 2017 (follow-up ending at each patient's last visit)", [9,10]],
  ["abstract-patients", "consistent", "10", [1,2,3,4,5,6,7,8,9,10]],
  ["abstract-short-term", "not-checkable", "cannot be recomputed from the tables", [1]],
  ["abstract-median-age", "inconsistent", "46.5", [1,2,3,4,5,6,7,8,9,10]],
  ["abstract-median-survival", "inconsistent", "Kaplan–Meier median not reached; plain median 18.5; mean 34.2", [1,2,3,4,5,6,7,8,9,10]],
  ["abstract-mean-interval", "consistent", "12.9", [1,2,3,4,5,6,7,8,9,10]],
  ["abstract-single", "ambiguous", "6 (as the tables give patient 7's number of liver lesions (1)); 5 (as the Results give patient 7's number of liver lesions (2))", [1,5,6,7,8,9]],
  ["abstract-multiple", "ambiguous", "4 (as the tables give patient 7's number of liver lesions (1)); 5 (as the Results give patient 7's number of liver lesions (2))", [2,3,4,7,10]],
  ["abstract-extrahepatic", "consistent", "1", [6]],
  ["abstract-partial", "consistent", "8 (80%)", [1,2,3,4,7,8,9,10]],
  ["abstract-others", "consistent", "2", [5,6]],
  ["abstract-deaths", "consistent", "patients 2, 3 (20%)", [2,3]],
  ["abstract-other-organs", "ambiguous", "4 (as the tables give patient 6's metastases after hepatectomy (Rectum, Peritoneum, Small bowel mesentery)); 3 (as the Results give patient 6's metastases after hepatectomy (none after it, found with the liver metastasis))", [1,2,6,9]],
  ["abstract-rare", "not-checkable", "cannot be recomputed from the tables", []],
  ["abstract-conclusion-long-term", "consistent", "1 of 10 followed past 60 months (patient 1); median follow-up 19 months; 2 deaths; after 40 months 1 patient at risk", [1]],
  ["abstract-conclusion-all-patients", "inconsistent", "no comparison group: all 10 patients were resected; 2 of 10 followed past 24 months (patients 1, 7); median follow-up 19 months; 2 deaths; after 40 months 1 patient at risk", []],
  ["methods-complete", "ambiguous", "9 (microscopically complete (R0: a negative margin)); 10 (macroscopically complete (R0 or R1: every resection has a margin recorded, none grossly positive)); 8 (every lesion resected with a negative margin (R0, and no lesion ablated instead of resected))", [1,2,3,4,5,6,7,8,9,10]],
  ["methods-synchronous", "consistent", "2", [2,3]],
  ["methods-procedure-by-location", "not-checkable", "segment 3: partial hepatectomy (3, 4, 10), left lateral sectionectomy (6); segment 7: partial hepatectomy (2), right hepatectomy (5), partial hepatectomy with ablation (7); segment 8: partial hepatectomy (3), partial hepatectomy with ablation (7)", [2,3,4,5,6,7,10]],
  ["results-age-range", "inconsistent", "38–69", [8]],
  ["results-males", "consistent", "3", [2,9,10]],
  ["results-females", "consistent", "7", [1,3,4,5,6,7,8]],
  ["results-retroperitoneum", "consistent", "5", [4,5,6,8,10]],
  ["results-other-sites", "not-checkable", "Pancreas, Small bowel, Stomach (patient 3's primary site as mapped (Small bowel)); Colon, Pancreas, Small bowel, Stomach (patient 3's primary site as Colon)", [1,2,3,7,9]],
  ["results-primary-resected", "consistent", "all 10 rows fit", [1,2,3,4,5,6,7,8,9,10]],
  ["results-ct", "not-checkable", "cannot be recomputed from the tables", []],
  ["results-chemotherapy", "consistent", "4", [1,5,6,9]],
  ["results-radiotherapy", "consistent", "2", [1,9]],
  ["results-regimens", "consistent", "all 4 rows fit", [1,5,6,9]],
  ["results-survival-range", "consistent", "8–170", [1,10]],
  ["results-interval-range", "consistent", "0–38", [2,3,7]],
  ["results-further-metastasis", "ambiguous", "patients 1, 2, 3, 6, 9 (as the tables give patient 6's metastases after hepatectomy (Rectum, Peritoneum, Small bowel mesentery)); patients 1, 2, 3, 9 (as the Results give patient 6's metastases after hepatectomy (none after it, found with the liver metastasis))", [1,2,3,6,9]],
  ["results-patient1-repeat-hepatectomy", "inconsistent", "additionalMetastasisSites = Lung, Thigh, Arm", [1]],
  ["results-patient1-thigh", "consistent", "at 54 and 85 months; follow-up 170 months; Table 1 lists Thigh", [1]],
  ["results-patient1-radiotherapy", "not-checkable", "cannot be recomputed from the tables", [1]],
  ["results-patient2-recurrence", "consistent", "at 21 months; follow-up 24 months; Table 1 lists Left kidney", [2]],
  ["results-patient2-sizes", "not-checkable", "cannot be recomputed from the tables", [2]],
  ["results-patient2-untreated", "not-checkable", "cannot be recomputed from the tables", [2]],
  ["results-patient3-recurrence", "consistent", "at 10 months; follow-up 14 months; Table 1 lists Liver", [3]],
  ["results-patient3-cancelled", "not-checkable", "cannot be recomputed from the tables", [3]],
  ["results-patient6-synchronous", "inconsistent", "Results: at 0 months; Table 1: “Rectum, peritoneum, small bowel mesentery” after hepatectomy", [6]],
  ["results-patient6-procedure", "consistent", "liverProcedure = Left lateral sectionectomy", [6]],
  ["results-patient6-chemotherapy", "not-checkable", "cannot be recomputed from the tables", [6]],
  ["results-alive", "consistent", "8 (80%)", [1,4,5,6,7,8,9,10]],
  ["results-tumour-markers", "not-checkable", "tumour marker (CEA, CA 19-9) not reported; 2 of 10 with the outcome; best possible one-sided exact p = 1/45 = 0.022", []],
  ["results-mean-size", "ambiguous", "2.39 (the mean over patients of each one's largest mass (Table 2 footnote a)); cannot be recomputed from the tables (the mean over every metastatic mass, as worded)", [1,2,3,4,5,6,7,8,9,10]],
  ["results-size-range", "ambiguous", "0.9–3 (the range of each patient's largest mass (Table 2 footnote a)); cannot be recomputed from the tables (the range over every metastatic mass, as worded)", [2,5,9,10]],
  ["results-patient3-masses", "consistent", "lesionCount = 7", [3]],
  ["results-cirrhosis", "consistent", "1", [2]],
  ["results-fatty-liver", "consistent", "0", []],
  ["results-pet", "consistent", "6", [2,3,4,5,6,8]],
  ["results-suv", "consistent", "1.7–1.8", [3,4,5,6,8]],
  ["results-other-procedures", "consistent", "Left lateral sectionectomy, Right hepatectomy", [5,6]],
  ["results-patient7", "inconsistent", "lesionCount = 1", [7]],
  ["results-patient7-reason", "not-checkable", "cannot be recomputed from the tables", [7]],
  ["results-margin", "consistent", "1", [3]],
  ["results-complications", "not-checkable", "cannot be recomputed from the tables", []],
  ["results-hospital-stay", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-rare", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-few-studies", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-resistant", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-case-reports", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-adjuvant-doubt", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-no-trials", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-faraj", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-faraj-survival", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-akwari", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-mcgrath", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-jaques", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-jaques-percent", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-adjuvant-unclear", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-optimal", "inconsistent", "no comparison group: all 10 patients were resected; 2 of 10 followed past 24 months (patients 1, 7); median follow-up 19 months; 2 deaths; after 40 months 1 patient at risk", []],
  ["discussion-no-mortality", "consistent", "0 (perioperative death as death within 30 days (a printed survival under 2 months)); 0 (perioperative death as death within 90 days (a printed survival under 4 months))", []],
  ["discussion-minor-range", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-prior-evidence", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-should-consider", "inconsistent", "no comparison group: all 10 patients were resected; 2 of 10 followed past 24 months (patients 1, 7); median follow-up 19 months; 2 deaths; after 40 months 1 patient at risk", []],
  ["discussion-no-further", "ambiguous", "5 (50%) (as the tables give patient 6's metastases after hepatectomy (Rectum, Peritoneum, Small bowel mesentery)); 6 (60%) (as the Results give patient 6's metastases after hepatectomy (none after it, found with the liver metastasis))", [4,5,6,7,8,10]],
  ["discussion-these-five", "inconsistent", "0", []],
  ["discussion-role-ctx-rtx", "inconsistent", "with adjuvant CTx: 0 of 4 died, 3 of 4 had further metastasis; without: 2 of 6 died, 2 of 6; exact log-rank p = 90/210 = 0.429", [1,5,6,9]],
  ["discussion-rct-impossible", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-no-comparison", "consistent", "all 10 rows fit", [1,2,3,4,5,6,7,8,9,10]],
  ["discussion-registry-various", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-conclusion", "consistent", "2 of 10 followed past 24 months (patients 1, 7); median follow-up 19 months; 2 deaths; after 40 months 1 patient at risk", []],
  ["discussion-registry-survival", "not-checkable", "cannot be recomputed from the tables", []],
  ["table1-footnote-a", "inconsistent", "5 of 10 rows do not fit (patients 1, 2, 3, 7, 9)", [1,2,3,7,9]],
  ["table1-footnote-b", "consistent", "all 2 rows fit", [2,3]],
  ["table2-abbreviation", "inconsistent", "SUB is not used; SUV is", []],
  ["table2-pet", "consistent", "6", [2,3,4,5,6,8]],
  ["check-further-metastasis-counts", "consistent", "1", [3]],
];

describe("the audit of the article's statements", () => {
  it("covers every claim of claims.json once, in order", () => {
    expect(claims.map((c) => c.id)).toEqual(expected.map(([id]) => id));
  });
  it.each(expected)("%s is %s: recomputed %j, patients %j", (id, verdict, recomputed, patients) => {
    const c = claim(id);
    expect([c.verdict, c.recomputed, c.patients]).toEqual([verdict, recomputed, patients]);
    expect(c.explanation.length).toBeGreaterThan(20);
  });
  it("counts 13 inconsistent, 9 ambiguous, 35 consistent and 39 not-checkable statements of 96, each once (issue 12: it was 11, 0, 38 and 12 of 61; 98 until the two cross-checks of the tables alone became data checks)", () => {
    const tally = (v: string) => claims.filter((c) => c.verdict === v).length;
    expect([tally("inconsistent"), tally("ambiguous"), tally("consistent"), tally("not-checkable")]).toEqual([13, 9, 35, 39]);
    expect(claims).toHaveLength(96);
  });
});

describe("the audit's counts with repeated statements", () => {
  const repeated = claims.filter((c) => c.places.length > 1);
  it("18 statements the article makes more than once are one entry each, 119 places in all (issue 12: it was 11 and 74; 121 with the two cross-checks of the tables, now data checks)", () => {
    expect(repeated.map((c) => [c.id, c.places.map((p) => p.section)])).toEqual([
      ["abstract-registry", ["Abstract", "Methods", "Discussion"]],
      ["abstract-background-standard", ["Abstract", "Introduction", "Discussion"]],
      ["abstract-background-no-consensus", ["Abstract", "Introduction", "Discussion"]],
      ["intro-frequency", ["Introduction", "Discussion"]],
      ["abstract-study-period", ["Abstract", "Introduction", "Methods"]],
      ["abstract-patients", ["Abstract", "Methods"]],
      ["abstract-median-age", ["Abstract", "Results"]],
      ["abstract-median-survival", ["Abstract", "Results"]],
      ["abstract-mean-interval", ["Abstract", "Results"]],
      ["abstract-single", ["Abstract", "Results"]],
      ["abstract-multiple", ["Abstract", "Results"]],
      ["abstract-partial", ["Abstract", "Results", "Discussion"]],
      ["abstract-deaths", ["Abstract", "Results"]],
      ["methods-complete", ["Methods", "Introduction"]],
      ["methods-synchronous", ["Methods", "Results"]],
      ["results-alive", ["Results", "Discussion"]],
      ["results-complications", ["Results", "Discussion"]],
      ["discussion-few-studies", ["Discussion", "Discussion"]]
    ]);
    expect(claims.reduce((n, c) => n + c.places.length, 0)).toBe(119);
  });
  it("the median age of 48 is one inconsistent statement, quoted in the Abstract and the Results", () => {
    expect(claim("abstract-median-age")).toMatchObject({
      verdict: "inconsistent",
      section: "Abstract",
      quote: "the median age was 48 years",
      places: [
        {section: "Abstract", quote: "the median age was 48 years"},
        {section: "Results", quote: "the median age was 48 years"}
      ]
    });
    expect(claims.find((c) => c.id === "results-median-age")).toBeUndefined();
    expect(claims.filter((c) => c.verdict === "inconsistent" && /median (age|survival)/.test(c.quote))).toHaveLength(2);
  });
  it("no place of the article is quoted by two entries", () => {
    const places = claims.flatMap((c) => c.places.map((p) => `${p.section}: ${p.quote}`));
    expect(new Set(places).size).toBe(places.length);
  });
  it("every place of a repeated statement states the figure the entry checks", () => {
    const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    // Statements with a figure; repeated background statements (not checkable) state none, and the Introduction's
    // "complete resection" (of every patient) repeats the Methods' definition, not its count.
    for (const c of repeated.filter((c) => /\d/.test(c.reported) && c.verdict !== "not-checkable" && c.id !== "methods-complete")) {
      const figure = c.reported.match(/\d+(\.\d+)?/)![0];
      for (const place of c.places) {
        const said = place.quote.includes(figure) || new RegExp(`\\b${words[Number(figure)]}\\b`, "i").test(place.quote);
        expect(said, `${c.id}, ${place.section}: "${place.quote}" should state ${figure}`).toBe(true);
      }
    }
  });
  it("the first place is the entry's section and quote, so readers that know one place still work", () => {
    for (const c of claims) expect(c.places[0]).toEqual({section: c.section, quote: c.quote});
  });
});

describe("every entry's figures agree with its words", () => {
  const numbers = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];
  const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  // A number in digits, or a small one in words ("one patient (6)").
  const mentions = (text: string, n: string) =>
    new RegExp(`(?<![\\d.])${n.replace(".", "\\.")}(?![\\d]|\\.\\d)`).test(text) || (words[Number(n)] !== undefined && new RegExp(`\\b${words[Number(n)]}\\b`, "i").test(text));
  it.each(claims.map((c) => [c.id, c] as const))("%s: each number of the recomputed figure is in the explanation", (_, c) => {
    for (const n of numbers(c.recomputed)) expect(mentions(c.explanation, n), `${n} of "${c.recomputed}" in "${c.explanation}"`).toBe(true);
  });
  it.each(claims.filter((c) => c.kind === "count" && !c.readings.length).map((c) => [c.id, c] as const))("%s: the recomputed count is the number of patients listed", (_, c) => {
    expect(Number(c.recomputed.match(/^\d+/)![0])).toBe(c.patients.length);
    expect(c.explanation).toMatch(new RegExp(`^The tables give ${c.patients.length}\\b`));
  });
  it.each(claims.filter((c) => c.kind === "count" && c.readings.length).map((c) => [c.id, c] as const))("%s: each reading's count is the number of its patients", (_, c) => {
    for (const r of c.readings.filter((r) => /^\d/.test(r.recomputed))) expect(Number(r.recomputed.match(/^\d+/)![0]), r.label).toBe(r.patients.length);
  });
  it.each(claims.filter((c) => c.kind === "patients").map((c) => [c.id, c] as const))("%s: the recomputed patients are among the patients listed", (_, c) => {
    const recomputed = c.recomputed.replace(/ \(.*\)$/, "").replace(/^patients /, "").split(", ").map(Number);
    expect(recomputed.every((id) => c.patients.includes(id))).toBe(true);
  });
  it("'among these five' shows 0 counted patients as worded, and the three of the matching reading under the reading", () => {
    expect(claim("discussion-these-five")).toMatchObject({recomputed: "0", patients: [], alternatives: [{matches: true, value: "3 (patients 1, 6, 9)", patients: [1, 6, 9]}]});
  });
});

describe("what the article probably computed", () => {
  it("the 'median' age of 48 is the mean age, 48.2", () => {
    expect(claim("abstract-median-age").alternatives).toEqual([
      {description: "the mean age", value: "48.2", matches: true, patients: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], conflictsWith: ["results-age-range"]}
    ]);
  });
  it("the 'median' survival of 34.2 months is impossible from the printed times ±0.5 (median between 18 and 19) and equals the mean", () => {
    const c = claim("abstract-median-survival");
    expect(c.grim).toMatchObject({statistic: "median", possible: false, informative: true, nearest: 19});
    expect(c.grim!.detail).toBe("with each of the 10 printed values anywhere within ±0.5 (half of the printed unit, 1), their median lies between 18 and 19, so it cannot be 34.2");
    expect(c.alternatives[0]).toMatchObject({value: "34.2", matches: true});
    expect(c.explanation).toContain("Kaplan–Meier median survival is not reached (95% CI from 14 months)");
  });
  it("the age range 38–60 matches the range without patient 8, who was 69", () => {
    expect(claim("results-age-range").explanation).toContain("patient 8 (69) lies outside the reported 38–60");
    expect(claim("results-age-range").alternatives[0]!.matches).toBe(true);
  });
  it("'among these five' counts the five with further metastases: patients 1, 6 and 9 alive with other organs involved", () => {
    expect(claim("discussion-these-five").alternatives[0]).toMatchObject({matches: true, patients: [1, 6, 9]});
  });
  it("a literal reading of 'eight of them' (the six scanned) gives 4, which does not match", () => {
    expect(claim("abstract-partial").alternatives[0]).toMatchObject({matches: false, value: "4 (patients 2, 3, 4, 8)"});
  });
});

describe("verdicts follow the data", () => {
  const rebuilt = (edit: Partial<SourceTexts>) => buildCohort({...texts, ...edit}).claims;
  it("with patient 8 aged 59 instead of 69, the age range 38–60 becomes consistent, the median stays 46.5 and the mean becomes 47.2", () => {
    const changed = rebuilt({table1: withCell(texts.table1, 8, 1, "59")});
    expect(claim("results-age-range", changed).verdict).toBe("consistent");
    expect(claim("abstract-median-age", changed).recomputed).toBe("46.5");
    expect(claim("abstract-median-age", changed).alternatives[0]!.value).toBe("47.2");
  });
  it("with patient 7 given two lesions, the lesions-against-segments data check passes, the Results statement becomes consistent and six single lesions become five", () => {
    const cohort = buildCohort({...texts, table2: withCell(texts.table2, 7, 2, "2")});
    const changed = cohort.claims;
    expect(cohort.checks.find((c) => c.id === "lesions-vs-segments")).toMatchObject({verdict: "pass", patients: []});
    expect(claim("results-patient7", changed).verdict).toBe("consistent");
    expect(claim("abstract-single", changed)).toMatchObject({verdict: "inconsistent", recomputed: "5", readings: [], dependsOn: []});
  });
  it("with patient 2 alive, the deaths become inconsistent and the survival median still is not reached", () => {
    const changed = rebuilt({table1: withCell(texts.table1, 2, 8, "24 (Alive)")});
    expect(claim("abstract-deaths", changed)).toMatchObject({verdict: "inconsistent", recomputed: "patients 3 (10%)"});
    expect(claim("abstract-median-survival", changed).recomputed).toContain("Kaplan–Meier median not reached");
  });
  it("with a dated event beyond follow-up, the times-on-one-axis and events-within-follow-up data checks fail for that patient, and so does the Results statement", () => {
    const cohort = buildCohort({...texts, events: withCell(texts.events, 3, 4, "200")});
    const changed = cohort.claims;
    expect(cohort.checks.find((c) => c.id === "times-on-one-axis")).toMatchObject({verdict: "fail", patients: [1, 8, 9]});
    expect(cohort.checks.find((c) => c.id === "events-within-follow-up")).toMatchObject({verdict: "fail", patients: [1]});
    expect(claim("results-patient1-thigh", changed).verdict).toBe("inconsistent");
  });
});

describe("ambiguous statements (issue 12)", () => {
  it("'All 10 patients underwent complete surgical resection' is ambiguous: R0 gives 9, R0 or R1 gives 10, R0 without the ablated lesion gives 8", () => {
    const c = claim("methods-complete");
    expect(c.verdict).toBe("ambiguous");
    expect(c.readings.map((r) => [r.recomputed, r.verdict, r.patients])).toEqual([
      ["9", "inconsistent", [1, 2, 4, 5, 6, 7, 8, 9, 10]],
      ["10", "consistent", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
      ["8", "inconsistent", [1, 2, 4, 5, 6, 8, 9, 10]]
    ]);
    expect(c.explanation).toMatch(/^The verdict depends on what the words mean/);
  });
  it("the study period 2003–2015 is ambiguous: one review date for all living patients cannot fit (162 > 153 months); last visits can, with patients 9 and 10 last seen by October and July 2016, before April 2017", () => {
    const c = claim("abstract-study-period");
    expect(c.readings.map((r) => r.verdict)).toEqual(["inconsistent", "consistent"]);
    expect(c.readings[0]!.recomputed).toContain("span 162 months, more than the 153-month window");
    expect(c.readings[1]!.explanation).toContain("patient 9 (alive at 11 months) was last seen by October 2016 and patient 10 (alive at 8 months) was last seen by July 2016, before the earliest possible review date, April 2017");
  });
  it("the mean size 2.39 cm is consistent as the mean of each patient's largest mass and not checkable as a mean over every mass", () => {
    expect(claim("results-mean-size").readings.map((r) => r.verdict)).toEqual(["consistent", "not-checkable"]);
    expect(claim("results-mean-size").verdict).toBe("ambiguous");
  });
  it("'no mortality' is consistent under a 30-day and a 90-day definition (first death at 14 months); 'no complications' is one not-checkable statement in the Results and the Discussion", () => {
    expect(claim("discussion-no-mortality")).toMatchObject({verdict: "consistent", readings: [{verdict: "consistent"}, {verdict: "consistent"}]});
    expect(claim("results-complications")).toMatchObject({verdict: "not-checkable", reported: "none"});
    expect(claim("results-complications").places.map((p) => p.section)).toEqual(["Results", "Discussion"]);
  });
});

describe("dependencies on contradicted cells, found from the data (issue 12)", () => {
  it("'six single, four multiple' rest on patient 7's lesion count, which results-patient7 finds contradicted: 6/4 as Table 2, 5/5 as the Results", () => {
    expect(claim("abstract-single")).toMatchObject({verdict: "ambiguous", dependsOn: [{entry: "results-patient7", patient: 7, field: "lesionCount", table: "1", text: "2", changes: "verdict"}]});
    expect(claim("abstract-single").readings.map((r) => [r.recomputed, r.verdict])).toEqual([["6", "consistent"], ["5", "inconsistent"]]);
    expect(claim("abstract-multiple").readings.map((r) => [r.recomputed, r.verdict])).toEqual([["4", "consistent"], ["5", "inconsistent"]]);
  });
  it("'four patients showed metastasis to other organs after surgical resection' counts patient 6, whose disease the Results place at the resection: 4 as Table 1, 3 as the Results", () => {
    const c = claim("abstract-other-organs");
    expect(c.verdict).toBe("ambiguous");
    expect(c.dependsOn).toMatchObject([{entry: "results-patient6-synchronous", patient: 6, field: "additionalMetastasisSites"}]);
    expect(c.readings.map((r) => [r.recomputed, r.patients])).toEqual([["4", [1, 2, 6, 9]], ["3", [1, 2, 9]]]);
  });
  it("'among these five' stays inconsistent, but its matching reading (patients 1, 6, 9) holds only under Table 1's account of patient 6", () => {
    expect(claim("discussion-these-five")).toMatchObject({verdict: "inconsistent", dependsOn: [{entry: "results-patient6-synchronous", changes: "reading"}]});
  });
  it("patient 1's contradicted sites (no liver in Table 1) change no summary: the cross-check of five against four holds under either account", () => {
    expect(claims.flatMap((c) => c.dependsOn).filter((d) => d.entry === "results-patient1-repeat-hepatectomy")).toEqual([]);
    expect(claim("check-further-metastasis-counts")).toMatchObject({verdict: "consistent", dependsOn: []});
  });
  it("a dependency is found from the data: with patient 6's Table 1 cell 'None', no summary depends on results-patient6-synchronous", () => {
    const changed = buildCohort({...texts, table1: withCell(texts.table1, 6, 7, "None")}).claims;
    expect(changed.flatMap((c) => c.dependsOn).filter((d) => d.entry === "results-patient6-synchronous")).toEqual([]);
  });
});

describe("circular checks (issue 12)", () => {
  it("the Results' list of other primary sites is not checkable: patient 3's ileocecal resection names small bowel and colon, and only that list chose small bowel", () => {
    const c = claim("results-other-sites");
    expect(c).toMatchObject({verdict: "not-checkable", circular: {field: "primarySite", patients: [3]}});
    expect(c.readings.map((r) => r.verdict)).toEqual(["consistent", "inconsistent"]);
    expect(c.explanation).toContain("“Ileocecal resection”, whose words name Small bowel and Colon");
  });
  it("the retroperitoneal count stays checkable: its verdict does not turn on patient 3", () => {
    expect(claim("results-retroperitoneum")).toMatchObject({verdict: "consistent", circular: null});
  });
});

describe("GRIM reports whether it could fail (issue 12)", () => {
  it("the mean interval 12.9 and the hospital stay 8.4 of 10 patients are not informative; 20% of 10 is", () => {
    expect(claim("abstract-mean-interval").grim).toMatchObject({possible: true, informative: false});
    expect(claim("results-hospital-stay").grim).toMatchObject({informative: false});
    expect(claim("results-hospital-stay").explanation).toContain("the GRIM test cannot fail here");
    expect(claim("abstract-deaths").grim).toMatchObject({possible: true, informative: true});
  });
  it("the median age of 48 is impossible from the printed ages ±0.5 (median 46–47)", () => {
    expect(claim("abstract-median-age").grim).toMatchObject({statistic: "median", possible: false, informative: true});
  });
});

describe("explanations agree with each other (issue 12)", () => {
  it("the median age as the mean (patient 8 counted) and the range without patient 8 exclude each other; no single age of patient 8 fits both", () => {
    const age = claim("abstract-median-age");
    const range = claim("results-age-range");
    expect(age.alternatives[0]!.conflictsWith).toEqual(["results-age-range"]);
    expect(range.alternatives[0]!.conflictsWith).toEqual(["abstract-median-age"]);
    for (const c of [age, range]) {
      expect(c.explanation).not.toContain("probably");
      expect(c.explanation).toContain("“the median age was 48 years” needs the patient counted with a value of 62–71; “range, 38–60 years” needs the patient counted with a value of 38–60 or left out.");
      expect(c.explanation).toContain("No single correction of patient 8's age, nor leaving the patient out, fits both");
    }
  });
  it("no two entries offer as 'probably' computed readings that disagree on whether a patient is counted", () => {
    const offered = claims.filter((c) => c.explanation.includes("the article probably reported that"));
    const fieldOfEntry = (id: string) => byId.get(id);
    for (const a of offered) {
      for (const b of offered) {
        if (a === b || fieldOfEntry(a.id) === undefined || fieldOfEntry(a.id) !== fieldOfEntry(b.id)) continue;
        const x = a.alternatives.find((alt) => alt.matches)!;
        const y = b.alternatives.find((alt) => alt.matches)!;
        const everyone = new Set([...x.patients, ...y.patients]);
        for (const id of everyone) expect(x.patients.includes(id) === y.patients.includes(id), `${a.id} and ${b.id} on patient ${id}`).toBe(true);
      }
    }
    expect(offered.map((c) => c.id)).toEqual(["abstract-median-survival", "discussion-these-five"]);
  });
});

describe("conclusions against what the data can support (issue 12)", () => {
  it("'should be considered for all patients' is inconsistent: no comparison group, 2 of 10 followed past 24 months, median follow-up 19 months, 1 patient at risk after 40 months", () => {
    expect(claim("abstract-conclusion-all-patients")).toMatchObject({
      verdict: "inconsistent",
      recomputed: "no comparison group: all 10 patients were resected; 2 of 10 followed past 24 months (patients 1, 7); median follow-up 19 months; 2 deaths; after 40 months 1 patient at risk"
    });
  });
  it("'long-term survival can be achieved' holds for one patient past 60 months (patient 1), and says it rests on that patient", () => {
    expect(claim("abstract-conclusion-long-term")).toMatchObject({verdict: "consistent", patients: [1]});
    expect(claim("abstract-conclusion-long-term").explanation).toContain("it rests on that one patient");
  });
  it("'a role for CTx and RTx' is not supported: 0 of 4 treated and 2 of 6 untreated died, 3 of 4 and 2 of 6 had further metastasis", () => {
    const c = claim("discussion-role-ctx-rtx");
    expect(c.verdict).toBe("inconsistent");
    expect(c.recomputed).toMatch(/^with adjuvant CTx: 0 of 4 died, 3 of 4 had further metastasis; without: 2 of 6 died, 2 of 6; exact log-rank p = \d+\/210 = /);
  });
  it("'no predictive value' of tumour markers is not checkable, and with 2 deaths of 10 even a perfect marker reaches only p = 1/45", () => {
    expect(claim("results-tumour-markers")).toMatchObject({verdict: "not-checkable"});
    expect(claim("results-tumour-markers").recomputed).toContain("best possible one-sided exact p = 1/45 = 0.022");
  });
});

describe("wording (issue 12)", () => {
  it("footnote entries report the footnote's words, not a count of 0 the footnote never states", () => {
    expect(claim("table1-footnote-a")).toMatchObject({reported: "the interval runs from the resection of a retroperitoneal primary in every row", verdict: "inconsistent"});
    expect(claim("table1-footnote-b")).toMatchObject({reported: "every row marked b) has an interval of 0 months", verdict: "consistent", recomputed: "all 2 rows fit"});
    expect(claims.filter((c) => c.section.startsWith("Table") && c.reported === "0")).toEqual([]);
  });
});
