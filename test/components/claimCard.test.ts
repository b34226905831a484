import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {claimCard} from "../../src/components/claimCard.js";

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
  it('claimCard(results-age-range) quotes the article and gives reported "38–60" before recomputed "38–69"', () => {
    expect(card.querySelector("blockquote")!.textContent).toBe("“range, 38–60 years”");
    expect([...card.querySelectorAll("dd")].map((dd) => dd.textContent)).toEqual(["38–60", "38–69"]);
    expect(values(card)).toEqual([["Reported", "38–60"], ["Recomputed from the tables", "38–69"]]);
  });
  it("claimCard(results-age-range) explains the verdict and links to patient 8", () => {
    expect(card.querySelector(":scope > p:not(.claim-patients)")!.textContent).toMatch(/^The age \(years\) of the 10 patients with a value runs from 38 to 69; patient 8/);
    expect(links(card)).toEqual([["./patients#patient-8", "8"]]);
    expect(card.querySelector(".claim-patients")!.textContent).toBe("Patients: 8");
  });
});

describe("claimCard of results-median-survival (GRIM impossible)", () => {
  const card = render("results-median-survival");

  it("claimCard(results-median-survival) adds the GRIM line after reported and recomputed", () => {
    expect(values(card).map(([term]) => term)).toEqual(["Reported", "Recomputed from the tables", "Arithmetic (GRIM)"]);
    expect(values(card)[2]![1]).toBe("impossible: a median of 10 whole numbers is a multiple of 0.5, so it cannot be 34.2");
  });
  it("claimCard(results-median-survival) links to all ten patients, comma separated", () => {
    expect(links(card).map(([, text]) => text)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(card.querySelector(".claim-patients")!.textContent).toBe("Patients: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10");
  });
});

describe("claimCard of other verdicts", () => {
  it("claimCard(results-mean-interval) is consistent, with a possible GRIM line", () => {
    const card = render("results-mean-interval");
    expect([card.className, card.querySelector(".badge")!.textContent]).toEqual(["claim consistent", "Consistent"]);
    expect(values(card)[2]![1]).toBe("possible: a mean of 10 whole numbers can be 12.9 (a total of 129)");
  });
  it('claimCard(discussion-faraj) is not checkable and concerns "No patient in particular"', () => {
    const card = render("discussion-faraj");
    expect([card.className, card.querySelector(".badge")!.textContent]).toEqual(["claim not-checkable", "Not checkable"]);
    expect(links(card)).toEqual([]);
    const none = card.querySelector(".claim-patients span")!;
    expect([none.textContent, none.className]).toEqual(["No patient in particular", "muted"]);
    expect(values(card)).toHaveLength(2);
  });
  it("claimCard sets the quote as text, never as HTML", () => {
    const card = claimCard({...claim("results-age-range"), quote: "<img src=x onerror=alert(1)>"}, {document: doc});
    expect(card.querySelector("img")).toBeNull();
    expect(card.querySelector("blockquote")!.textContent).toBe("“<img src=x onerror=alert(1)>”");
  });
});
