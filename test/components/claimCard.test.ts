import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {claimCard, claimSectionList, claimTable} from "../../src/components/claimCard.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {claims} = buildCohort(readSourceFolder(bundledSourceDir));

const claim = (id: string) => {
  const found = claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const render = (id: string) => claimCard(claim(id), {document: doc});
/** The definition list as [term, description] pairs, in order. */
const values = (card: HTMLElement) => [...card.querySelectorAll("dl.claim-values > div")].map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent]);
const links = (card: HTMLElement) => [...card.querySelectorAll(".claim-patients a")].map((a) => [a.getAttribute("href"), a.textContent]);

describe("claimCard of results-age-range (inconsistent)", () => {
  const card = render("results-age-range");

  it('claimCard(results-age-range) is <article class="claim inconsistent" id="claim-results-age-range">', () => {
    expect(card.tagName.toLowerCase()).toBe("article");
    expect(card.className).toBe("claim inconsistent");
    expect(card.id).toBe("claim-results-age-range");
  });
  it('claimCard(results-age-range) shows the badge "Inconsistent" and the section', () => {
    const badge = card.querySelector(".badge")!;
    expect([badge.textContent, badge.className]).toEqual(["Inconsistent", "badge inconsistent"]);
    expect(card.querySelector("header")!.textContent).toBe("Inconsistent Results");
  });
  it('claimCard(results-age-range) quotes the article and gives reported "38–60" before recomputed "38–69", then the reading that matches', () => {
    expect(card.querySelector("blockquote")!.textContent).toBe("“range, 38–60 years”");
    expect(card.querySelectorAll("blockquote")).toHaveLength(1);
    expect(card.querySelector(".claim-repeated")).toBeNull();
    expect([...card.querySelectorAll("dd")].map((dd) => dd.textContent).slice(0, 2)).toEqual(["38–60", "38–69"]);
    expect(values(card)).toEqual([
      ["Reported", "38–60"],
      ["Recomputed from the tables", "38–69"],
      ["Another reading", "the range without patient 8: 38–60, which matches the reported figure, but cannot hold together with the matching reading of abstract-median-age"]
    ]);
  });
  it("claimCard(results-age-range) explains the verdict and links to patient 8", () => {
    expect(card.querySelector(":scope > p:not(.claim-patients)")!.textContent).toMatch(/^The age \(years\) of the 10 patients with a value runs from 38 to 69; patient 8/);
    expect(links(card)).toEqual([["./patients#patient-8", "8"]]);
    expect(card.querySelector(".claim-patients")!.textContent).toBe("Patients: 8");
  });
});

describe("claimCard of abstract-median-survival (GRIM impossible)", () => {
  const card = render("abstract-median-survival");

  it("claimCard(abstract-median-survival) adds the printed-precision line after reported, recomputed and the matching reading", () => {
    expect(values(card).map(([term]) => term)).toEqual(["Reported", "Recomputed from the tables", "Another reading", "Arithmetic (printed precision)"]);
    expect(values(card)[2]![1]).toBe("the mean of the printed survival times: 34.2, which matches the reported figure");
    expect(values(card)[3]![1]).toBe("impossible: with each of the 10 printed values anywhere within ±0.5 (half of the printed unit, 1), their median lies between 18 and 19, so it cannot be 34.2");
  });
  it("claimCard(abstract-median-survival) links to all ten patients, comma separated", () => {
    expect(links(card).map(([, text]) => text)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(card.querySelector(".claim-patients")!.textContent).toBe("Patients: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10");
  });
});

describe("claimCard of other verdicts", () => {
  it("claimCard(abstract-mean-interval) is consistent, with a GRIM line that says the test was not informative, not that it passed", () => {
    const card = render("abstract-mean-interval");
    expect([card.className, card.querySelector(".badge")!.textContent]).toEqual(["claim consistent", "Consistent"]);
    expect(values(card)[2]![1]).toBe("not informative: a mean of 10 whole numbers moves in steps of 0.1, so printed to one decimal every value is possible, 12.9 included");
    expect(values(card)[2]![1]).not.toMatch(/^possible/);
  });
  it("claimCard(methods-complete) is ambiguous and shows its three readings side by side, each with its figure and verdict", () => {
    const card = render("methods-complete");
    expect([card.className, card.querySelector(".badge")!.textContent]).toEqual(["claim ambiguous", "Ambiguous"]);
    const readings = [...card.querySelectorAll(".claim-readings > section.reading")];
    expect(readings.map((r) => [r.className, r.querySelector("h3")!.textContent, r.querySelector(".reading-figure")!.textContent, r.querySelector(".badge")!.textContent])).toEqual([
      ["reading inconsistent", "microscopically complete (R0: a negative margin)", "9", "Inconsistent"],
      ["reading consistent", "macroscopically complete (R0 or R1: every resection has a margin recorded, none grossly positive)", "10", "Consistent"],
      ["reading inconsistent", "every lesion resected with a negative margin (R0, and no lesion ablated instead of resected)", "8", "Inconsistent"]
    ]);
  });
  it("claimCard(abstract-single) shows Table 2's and the Results' accounts of patient 7 side by side", () => {
    const readings = [...render("abstract-single").querySelectorAll(".claim-readings .reading-figure")].map((r) => r.textContent);
    expect(readings).toEqual(["6", "5"]);
  });
  it('claimCard(discussion-faraj) is not checkable and concerns "No patient in particular"', () => {
    const card = render("discussion-faraj");
    expect([card.className, card.querySelector(".badge")!.textContent]).toEqual(["claim not-checkable", "Not checkable"]);
    expect(links(card)).toEqual([]);
    const none = card.querySelector(".claim-patients span")!;
    expect([none.textContent, none.className]).toEqual(["No patient in particular", "muted"]);
    expect(values(card)).toHaveLength(2);
  });
  it("claimCard sets the quotes and sections as text, never as HTML", () => {
    const bad = "<img src=x onerror=alert(1)>";
    const card = claimCard({...claim("results-age-range"), quote: bad, places: [{section: "Results", quote: bad}]}, {document: doc});
    expect(card.querySelector("img")).toBeNull();
    expect(card.querySelector("blockquote")!.textContent).toBe("“<img src=x onerror=alert(1)>”");
    const twice = claimCard({...claim("results-age-range"), places: [{section: bad, quote: bad}, {section: "Results", quote: bad}]}, {document: doc});
    expect(twice.querySelector("img")).toBeNull();
    expect(twice.querySelector("blockquote cite")!.textContent).toBe(bad);
  });
});

describe("claimCard of a statement the article repeats", () => {
  const card = render("abstract-median-age");

  it("claimCard(abstract-median-age) names both sections and quotes each place under its section", () => {
    expect(card.querySelector("header")!.textContent).toBe("Inconsistent Abstract and Results");
    expect([...card.querySelectorAll("blockquote")].map((q) => [q.getAttribute("data-section"), q.querySelector("cite")!.textContent, q.textContent])).toEqual([
      ["Abstract", "Abstract", "Abstract “the median age was 48 years”"],
      ["Results", "Results", "Results “the median age was 48 years”"]
    ]);
    expect(card.querySelector(".claim-repeated")!.textContent).toBe("The article makes this statement twice; the audit counts it once.");
  });
  it("claimCard(abstract-median-age) shows 46.5 recomputed and 48.2 as the mean that matches", () => {
    expect(values(card)).toEqual([
      ["Reported", "48"],
      ["Recomputed from the tables", "46.5"],
      ["Another reading", "the mean age: 48.2, which matches the reported figure, but cannot hold together with the matching reading of results-age-range"],
      ["Arithmetic (printed precision)", "impossible: with each of the 10 printed values anywhere within ±0.5 (half of the printed unit, 1), their median lies between 46 and 47, so it cannot be 48"]
    ]);
  });
  it("claimCard(abstract-median-age) carries its verdict and both sections for the page's filter", () => {
    expect([card.getAttribute("data-verdict"), JSON.parse(card.getAttribute("data-sections")!)]).toEqual(["inconsistent", ["Abstract", "Results"]]);
  });
  it("claimSectionList gives each section once, in the order of the places; claimCard keeps a section with any text intact", () => {
    expect(claimSectionList(claim("abstract-median-age"))).toEqual(["Abstract", "Results"]);
    expect(claimSectionList({section: "Results", quote: "q", places: [{section: "Results", quote: "q"}, {section: "Results", quote: "r"}]})).toEqual(["Results"]);
    const odd = 'Table 1 "footnote" [a], b';
    const card = claimCard({...claim("results-age-range"), places: [{section: odd, quote: "q"}]}, {document: doc});
    expect(JSON.parse(card.getAttribute("data-sections")!)).toEqual([odd]);
  });
  it("claimCard of a claim without places (an older dataset) shows its one place", () => {
    const {places: _, ...old} = claim("abstract-median-age");
    const card = claimCard(old, {document: doc});
    expect([card.querySelectorAll("blockquote").length, card.querySelector("header")!.textContent]).toEqual([1, "Inconsistent Abstract"]);
  });
});

describe("every card's figures agree with its words", () => {
  const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  const mentions = (text: string, n: string) =>
    new RegExp(`(?<![\\d.])${n.replace(".", "\\.")}(?![\\d]|\\.\\d)`).test(text) || (words[Number(n)] !== undefined && new RegExp(`\\b${words[Number(n)]}\\b`, "i").test(text));
  const shown = (card: HTMLElement) => ({
    recomputed: values(card).find(([term]) => term === "Recomputed from the tables")![1]!,
    explanation: card.querySelector(":scope > p:not(.claim-patients):not(.claim-repeated)")!.textContent!,
    patients: links(card).map(([, text]) => Number(text))
  });
  it.each(claims.map((c) => [c.id, c] as const))("claimCard(%s): every number of the recomputed figure is in the card's explanation", (_, c) => {
    const {recomputed, explanation} = shown(claimCard(c, {document: doc}));
    for (const n of recomputed.match(/\d+(?:\.\d+)?/g) ?? []) expect(mentions(explanation, n), `${n} of "${recomputed}" in "${explanation}"`).toBe(true);
  });
  it.each(claims.filter((c) => c.kind === "count" && !c.readings.length).map((c) => [c.id, c] as const))("claimCard(%s): the recomputed count is the number of patients the card links", (_, c) => {
    const {recomputed, patients} = shown(claimCard(c, {document: doc}));
    expect(Number(recomputed.match(/^\d+/)![0])).toBe(patients.length);
  });
  it("claimCard(discussion-these-five) shows 0 as worded, links no patient, and gives the reading that finds patients 1, 6 and 9", () => {
    const card = render("discussion-these-five");
    expect(shown(card).recomputed).toBe("0");
    expect(links(card)).toEqual([]);
    expect(values(card)[2]).toEqual([
      "Another reading",
      "the patients alive with metastasis to other organs among the five who did have further metastases: 3 (patients 1, 6, 9), which matches the reported figure"
    ]);
  });
});

describe("claimTable", () => {
  const ids = ["abstract-median-age", "results-age-range", "discussion-faraj"];
  const table = claimTable(ids.map(claim), {document: doc});
  const rows = [...table.querySelectorAll("tbody tr")];
  it("claimTable gives one row per statement, in the order given, with verdict, sections, quote, reported and recomputed", () => {
    expect([...table.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Verdict", "Section", "Statement", "Reported", "Recomputed"]);
    expect(rows.map((r) => [r.getAttribute("data-claim"), r.className, ...[...r.querySelectorAll("td")].map((td) => td.textContent)])).toEqual([
      ["abstract-median-age", "inconsistent", "Inconsistent", "Abstract and Results", "“the median age was 48 years” (stated twice)", "48", "46.5"],
      ["results-age-range", "inconsistent", "Inconsistent", "Results", "“range, 38–60 years”", "38–60", "38–69"],
      ["discussion-faraj", "not-checkable", "Not checkable", "Discussion", "“Faraj et al. [4] reported five cases of liver resection”", "5", "cannot be recomputed from the tables"]
    ]);
  });
  it("claimTable's rows carry each statement's verdict and sections, as its card does", () => {
    expect(rows.map((r) => [r.getAttribute("data-verdict"), JSON.parse(r.getAttribute("data-sections")!)])).toEqual([
      ["inconsistent", ["Abstract", "Results"]],
      ["inconsistent", ["Results"]],
      ["not-checkable", ["Discussion"]]
    ]);
  });
  it("claimTable links each statement to its card", () => {
    expect(rows.map((r) => r.querySelector("a")!.getAttribute("href"))).toEqual(ids.map((id) => `#claim-${id}`));
  });
  it("claimTable of no statements is a table with a header and no rows", () => {
    const empty = claimTable([], {document: doc});
    expect([empty.querySelectorAll("thead th").length, empty.querySelectorAll("tbody tr").length]).toEqual([5, 0]);
  });
});
