import {describe, expect, it} from "vitest";
import {buildCohort, sourceFiles, type SourceTexts} from "../../../data-loaders/cohort.js";
import {bundledText, withCell} from "../../helpers.js";

const texts = Object.fromEntries(Object.entries(sourceFiles).map(([role, file]) => [role, bundledText(file)])) as SourceTexts;
const {claims} = buildCohort(texts);
const claim = (id: string, cohort = claims) => cohort.find((c) => c.id === id)!;

// Every statement and cross-check, with the verdict, the recomputed figure and the patients it concerns, as
// worked out from the printed tables (see the Audit page). A change to the transcription or to any computation
// that moves one of them fails here, by name.
const expected: [string, string, string, number[]][] = [
  ["abstract-registry", "not-checkable", "cannot be recomputed from the tables", []],
  ["abstract-patients", "consistent", "10", [1,2,3,4,5,6,7,8,9,10]],
  ["abstract-median-age", "inconsistent", "46.5", [1,2,3,4,5,6,7,8,9,10]],
  ["abstract-median-survival", "inconsistent", "Kaplan–Meier median not reached; plain median 18.5; mean 34.2", [1,2,3,4,5,6,7,8,9,10]],
  ["abstract-mean-interval", "consistent", "12.9", [1,2,3,4,5,6,7,8,9,10]],
  ["abstract-single", "consistent", "6", [1,5,6,7,8,9]],
  ["abstract-multiple", "consistent", "4", [2,3,4,10]],
  ["abstract-extrahepatic", "consistent", "1", [6]],
  ["abstract-partial", "consistent", "8 (80%)", [1,2,3,4,7,8,9,10]],
  ["abstract-others", "consistent", "2", [5,6]],
  ["abstract-deaths", "consistent", "patients 2, 3 (20%)", [2,3]],
  ["abstract-other-organs", "consistent", "4", [1,2,6,9]],
  ["methods-complete", "inconsistent", "9", [1,2,4,5,6,7,8,9,10]],
  ["methods-synchronous", "consistent", "2", [2,3]],
  ["results-age-range", "inconsistent", "38–69", [8]],
  ["results-males", "consistent", "3", [2,9,10]],
  ["results-females", "consistent", "7", [1,3,4,5,6,7,8]],
  ["results-retroperitoneum", "consistent", "5", [4,5,6,8,10]],
  ["results-other-sites", "consistent", "Pancreas, Small bowel, Stomach", [1,2,3,7,9]],
  ["results-chemotherapy", "consistent", "4", [1,5,6,9]],
  ["results-radiotherapy", "consistent", "2", [1,9]],
  ["results-survival-range", "consistent", "8–170", [1,10]],
  ["results-interval-range", "consistent", "0–38", [2,3,7]],
  ["results-further-metastasis", "consistent", "patients 1, 2, 3, 6, 9", [1,2,3,6,9]],
  ["results-patient1-repeat-hepatectomy", "inconsistent", "additionalMetastasisSites = Lung, Thigh, Arm", [1]],
  ["results-patient1-thigh", "consistent", "at 54 and 85 months; follow-up 170 months; Table 1 lists Thigh", [1]],
  ["results-patient2-recurrence", "consistent", "at 21 months; follow-up 24 months; Table 1 lists Left kidney", [2]],
  ["results-patient3-recurrence", "consistent", "at 10 months; follow-up 14 months; Table 1 lists Liver", [3]],
  ["results-patient6-synchronous", "inconsistent", "Results: at 0 months; Table 1: “Rectum, peritoneum, small bowel mesentery” after hepatectomy", [6]],
  ["results-patient6-chemotherapy", "not-checkable", "cannot be recomputed from the tables", [6]],
  ["results-alive", "consistent", "8 (80%)", [1,4,5,6,7,8,9,10]],
  ["results-tumour-markers", "not-checkable", "cannot be recomputed from the tables", []],
  ["results-mean-size", "consistent", "2.39", [1,2,3,4,5,6,7,8,9,10]],
  ["results-size-range", "consistent", "0.9–3", [2,5,9,10]],
  ["results-patient3-masses", "consistent", "lesionCount = 7", [3]],
  ["results-cirrhosis", "consistent", "1", [2]],
  ["results-fatty-liver", "consistent", "0", []],
  ["results-pet", "consistent", "6", [2,3,4,5,6,8]],
  ["results-suv", "consistent", "1.7–1.8", [3,4,5,6,8]],
  ["results-other-procedures", "consistent", "Left lateral sectionectomy, Right hepatectomy", [5,6]],
  ["results-patient7", "inconsistent", "lesionCount = 1", [7]],
  ["results-margin", "consistent", "1", [3]],
  ["results-complications", "not-checkable", "cannot be recomputed from the tables", []],
  ["results-hospital-stay", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-faraj", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-faraj-survival", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-akwari", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-mcgrath", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-jaques", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-jaques-percent", "not-checkable", "cannot be recomputed from the tables", []],
  ["discussion-no-mortality", "consistent", "0", []],
  ["discussion-no-further", "consistent", "5 (50%)", [4,5,7,8,10]],
  ["discussion-these-five", "inconsistent", "0", []],
  ["discussion-registry-survival", "not-checkable", "cannot be recomputed from the tables", []],
  ["table1-footnote-a", "inconsistent", "5", [1,2,3,7,9]],
  ["table1-footnote-b", "consistent", "0", []],
  ["table2-abbreviation", "inconsistent", "SUB is not used; SUV is", []],
  ["table2-pet", "consistent", "6", [2,3,4,5,6,8]],
  ["check-time-axis", "consistent", "all 10 patients fit when counted from the liver resection; patients 8, 9 would not fit counted from the primary resection", [8,9]],
  ["check-lesions-vs-segments", "inconsistent", "patient 7: 1 lesion in segments 7 and 8", [7]],
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
  it("counts 11 inconsistent, 38 consistent and 12 not-checkable statements, each once (it was 13, 46 and 13 when repeats counted twice)", () => {
    const tally = (v: string) => claims.filter((c) => c.verdict === v).length;
    expect([tally("inconsistent"), tally("consistent"), tally("not-checkable")]).toEqual([11, 38, 12]);
    expect(claims).toHaveLength(61);
  });
});

describe("the audit's counts with repeated statements", () => {
  const repeated = claims.filter((c) => c.places.length > 1);
  it("11 statements the article makes more than once are one entry each, 74 places in all", () => {
    expect(repeated.map((c) => [c.id, c.places.map((p) => p.section)])).toEqual([
      ["abstract-registry", ["Abstract", "Methods", "Discussion"]],
      ["abstract-patients", ["Abstract", "Methods"]],
      ["abstract-median-age", ["Abstract", "Results"]],
      ["abstract-median-survival", ["Abstract", "Results"]],
      ["abstract-mean-interval", ["Abstract", "Results"]],
      ["abstract-single", ["Abstract", "Results"]],
      ["abstract-multiple", ["Abstract", "Results"]],
      ["abstract-partial", ["Abstract", "Results", "Discussion"]],
      ["abstract-deaths", ["Abstract", "Results"]],
      ["methods-synchronous", ["Methods", "Results"]],
      ["results-alive", ["Results", "Discussion"]]
    ]);
    expect(claims.reduce((n, c) => n + c.places.length, 0)).toBe(74);
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
    for (const c of repeated) {
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
  it.each(claims.filter((c) => c.kind === "count").map((c) => [c.id, c] as const))("%s: the recomputed count is the number of patients listed", (_, c) => {
    expect(Number(c.recomputed.match(/^\d+/)![0])).toBe(c.patients.length);
    expect(c.explanation).toMatch(new RegExp(`^The tables give ${c.patients.length}\\b`));
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
      {description: "the mean age", value: "48.2", matches: true, patients: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}
    ]);
  });
  it("the 'median' survival of 34.2 months is impossible as a median of ten whole numbers and equals the mean", () => {
    const c = claim("abstract-median-survival");
    expect(c.grim).toMatchObject({statistic: "median", possible: false, nearest: 34});
    expect(c.alternatives[0]).toMatchObject({value: "34.2", matches: true});
    expect(c.explanation).toContain("Kaplan–Meier median survival is not reached (95% CI from 14 months)");
  });
  it("the age range 38–60 is the range without patient 8, who was 69", () => {
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
  it("with patient 7 given two lesions, the lesion cross-check and the Results statement become consistent and six single lesions become five", () => {
    const changed = rebuilt({table2: withCell(texts.table2, 7, 2, "2")});
    expect(claim("check-lesions-vs-segments", changed).verdict).toBe("consistent");
    expect(claim("results-patient7", changed).verdict).toBe("consistent");
    expect(claim("abstract-single", changed)).toMatchObject({verdict: "inconsistent", recomputed: "5"});
  });
  it("with patient 2 alive, the deaths become inconsistent and the survival median still is not reached", () => {
    const changed = rebuilt({table1: withCell(texts.table1, 2, 8, "24 (Alive)")});
    expect(claim("abstract-deaths", changed)).toMatchObject({verdict: "inconsistent", recomputed: "patients 3 (10%)"});
    expect(claim("abstract-median-survival", changed).recomputed).toContain("Kaplan–Meier median not reached");
  });
  it("with a dated event beyond follow-up, the time-axis check fails for that patient", () => {
    const changed = rebuilt({events: withCell(texts.events, 3, 4, "200")});
    expect(claim("check-time-axis", changed)).toMatchObject({verdict: "inconsistent", patients: [1, 8, 9]});
    expect(claim("results-patient1-thigh", changed).verdict).toBe("inconsistent");
  });
});
