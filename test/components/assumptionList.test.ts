import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {assumptionList} from "../../src/components/assumptionList.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {study} = buildCohort(readSourceFolder(bundledSourceDir));

describe("assumptionList", () => {
  const list = assumptionList(study.assumptions, {document: doc});
  it("assumptionList(study.assumptions) has one section per assumption, with the id other pages link to", () => {
    expect([...list.querySelectorAll("section")].map((s) => s.id)).toEqual(study.assumptions.map((a) => `assumption-${a.id}`));
    expect(list.querySelector("#assumption-partial-hepatectomy h3")!.textContent).toBe(study.assumptions.find((a) => a.id === "partial-hepatectomy")!.title);
  });
  it("assumptionList links each patient concerned to their summary on the Patients page", () => {
    const origin = list.querySelector("#assumption-time-origin")!;
    expect([...origin.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["./patients#patient-8", "./patients#patient-9"]);
    expect(origin.querySelector("p.muted")!.textContent).toBe("Patients concerned: 8, 9");
  });
  it("assumptionList says none for an assumption that concerns no patient, and keeps markup in a text as text", () => {
    const node = assumptionList([{id: "x", title: "<b>T</b>", text: "a < b", patients: []}], {document: doc});
    expect(node.querySelector("p.muted")!.textContent).toBe("Patients concerned: none");
    expect(node.querySelector("h3")!.innerHTML).toBe("&lt;b&gt;T&lt;/b&gt;");
    expect(node.querySelector("a")).toBeNull();
  });
});
