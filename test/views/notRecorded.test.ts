import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {defaultSurvivalControls} from "../../src/components/survivalControls.js";
import {emptyFilters} from "../../src/lib/filters.js";
import {renderExplore} from "../../src/views/explore.js";
import {renderSurvival} from "../../src/views/survival.js";
import {renderTreatment} from "../../src/views/treatment.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients, timeline, drugs} = buildCohort(readSourceFolder(bundledSourceDir));
// Patient 2's sex and patient 4's survival were not recorded; patient 6's adjuvant treatment and age neither.
const edited = patients.map((p) =>
  p.id === 2
    ? {...p, sex: null}
    : p.id === 4
      ? {...p, survivalMonths: null, dead: null, vitalStatus: null}
      : p.id === 6
        ? {...p, age: null, adjuvantChemotherapy: null, adjuvantRadiotherapy: null, chemotherapyDrugs: null, chemotherapyCycles: null}
        : p
);
const bars = (node: Node) => [...(node as Element).querySelectorAll('g[data-mark="bar"] rect')].map((r) => r.getAttribute("data-toggle"));

describe("views with values not recorded", () => {
  const explore = renderExplore({patients: edited, inView: edited, filters: emptyFilters, by: "none", widths: () => [640], document: doc});
  it("renderExplore draws a Not recorded bar for sex and vital status, toggling that filter", () => {
    expect(bars(explore["bar-sex"]!)).toEqual(["F", "M", "Not recorded"]);
    expect(bars(explore["bar-vitalStatus"]!)).toContain("Not recorded");
  });
  it("renderExplore's age strip says 1 not recorded, not shown", () => {
    expect((explore["strip-age"] as Element).querySelector("figcaption")!.textContent).toBe("1 not recorded, not shown");
  });
  it("renderSurvival leaves patient 4 out and says so in the caveat, the curve's caption, the summary and the swimmer caption", () => {
    const views = renderSurvival({patients: edited, inView: edited, filters: emptyFilters, controls: defaultSurvivalControls, timeline, widths: [640], document: doc});
    const note = "Patient 4 is left out of the survival estimates: survival time or vital status not recorded.";
    expect(views.caveat.textContent).toContain("With 2 deaths among 9 patients");
    expect(views.caveat.textContent).toContain(note);
    expect((views.curve as Element).querySelector(".km-chart figcaption")!.textContent).toContain(note);
    expect(views.summary.textContent).toMatch(/^Of the 9 patients in view with a survival recorded, /);
    expect(views.course.textContent).toContain("1 not recorded, not shown (no survival time or vital status).");
    expect([...(views.course as Element).querySelectorAll("text, title")].map((t) => t.textContent).join(" ")).not.toContain("Patient 4");
  });
  it("renderTreatment leaves patient 6 out of the matrix and the drug bars, and says so", () => {
    const views = renderTreatment({patients: edited, inView: edited, filters: emptyFilters, drugs: drugs.filter((d) => d.patient !== 6), timeline, widths: [640], document: doc});
    expect((views.matrix as Element).querySelector("figcaption")!.textContent).toContain("Adjuvant treatment: 1 not recorded, not shown.");
    expect(views.summary.textContent).toContain("Adjuvant treatment was not recorded for 1 patient.");
  });
});

describe("survival split by a field with values not recorded", () => {
  it('renderSurvival({by: "sex"}) draws no "Not recorded" curve and says patient 2 is in no curve', () => {
    const views = renderSurvival({patients: edited, inView: edited, filters: emptyFilters, controls: {by: "sex", range: "first"}, timeline, widths: [640], document: doc});
    expect(views.caveat.textContent).toContain("1 patient with sex not recorded is in no curve.");
    expect(views.table.textContent).not.toContain("Not recorded");
    expect((views.curve as Element).querySelector(".km-chart figcaption")!.textContent).toContain("1 patient with sex not recorded is in no curve.");
  });
});
