import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {checkCard, shownFindings, verdictClass} from "../../src/components/checkCard.js";
import type {CheckEntry} from "../../src/lib/checks.js";
import {pageDocument} from "../../src/pages/compose.js";

const document = pageDocument();
const {checks} = buildCohort(readSourceFolder(bundledSourceDir));
const check = (id: string) => checks.find((c) => c.id === id)!;
const links = (card: HTMLElement, selector = "a") => [...card.querySelectorAll(selector)].map((a) => [a.getAttribute("href"), a.textContent]);

describe("checkCard", () => {
  it('checkCard(lesions-vs-segments) is <article class="data-check fail" id="check-lesions-vs-segments"> with its title, verdict, rule and summary', () => {
    const card = checkCard(check("lesions-vs-segments"), {document});
    expect([card.tagName.toLowerCase(), card.className, card.id]).toEqual(["article", "data-check fail", "check-lesions-vs-segments"]);
    expect(card.querySelector("h3")!.textContent).toBe("Lesions against segments");
    expect(card.querySelector(".badge")!.className).toBe("badge check-fail");
    expect(card.querySelector(".badge")!.textContent).toBe("Fail");
    expect(card.querySelector(".check-rule")!.textContent).toBe("Rule: Each patient's number of liver lesions is at least the number of liver segments listed for them.");
    expect(card.querySelector(".check-summary")!.textContent).toBe("1 of 10 patients has fewer lesions counted than segments listed (patient 7).");
  });
  it("checkCard lists each finding, a patient's linking to their summary on the Patients page", () => {
    const card = checkCard(check("lesions-vs-segments"), {document});
    expect([...card.querySelectorAll(".check-findings li")].map((li) => li.textContent)).toEqual([`Patient 7: ${check("lesions-vs-segments").findings[0]!.text}`]);
    expect(links(card)).toEqual([["./patients#patient-7", "Patient 7"]]);
    expect(card.querySelector(".check-patients")).toBeNull();
  });
  it("checkCard of a passing check with nothing found has no findings list and no patient links", () => {
    const card = checkCard(check("synchronous-footnote"), {document});
    expect(card.className).toBe("data-check pass");
    expect(card.querySelector(".check-findings")).toBeNull();
    expect(links(card)).toEqual([]);
  });
  it("checkCard of findings about the series (missing cells per column) links the patients they concern apart", () => {
    const noted: CheckEntry = {
      id: "missing-cells",
      title: "Missing cells",
      rule: "r",
      verdict: "noted",
      summary: "s",
      patients: [2, 5],
      findings: [{patient: null, text: "Table 2, “Mean SUV”: 2 of 10 cells not recorded (patients 2 and 5)."}]
    };
    const card = checkCard(noted, {document});
    expect(card.className).toBe("data-check noted");
    expect(card.querySelector(".check-findings li")!.textContent).toBe("Table 2, “Mean SUV”: 2 of 10 cells not recorded (patients 2 and 5).");
    expect(card.querySelector(".check-patients")!.textContent).toBe("Patients: 2, 5");
    expect(links(card, ".check-patients a")).toEqual([["./patients#patient-2", "2"], ["./patients#patient-5", "5"]]);
  });
  it(`checkCard lists the first ${shownFindings} findings and counts the rest`, () => {
    const findings = Array.from({length: shownFindings + 3}, (_, i) => ({patient: i + 1, text: "t"}));
    const card = checkCard({id: "x", title: "X", rule: "r", verdict: "fail", summary: "s", patients: findings.map((f) => f.patient), findings}, {document});
    expect(card.querySelectorAll(".check-findings li")).toHaveLength(shownFindings);
    expect([...card.querySelectorAll("p.muted")].map((p) => p.textContent)).toContain("And 3 more findings, all listed in checks.json.");
  });
  it('verdictClass("not applicable") is "not-applicable", a class name', () => {
    expect(verdictClass("not applicable")).toBe("not-applicable");
    expect(verdictClass("pass")).toBe("pass");
  });
});
