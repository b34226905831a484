import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {radiotherapyColumn, treatmentCells, treatmentMatrix, type TreatmentPatient} from "../../src/components/treatmentMatrix.js";
import {box, marks, offset, plotSvg, ticks} from "./plot-helpers.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients, drugs} = buildCohort(readSourceFolder(bundledSourceDir));
// The page's column order: drugs by how many regimens used them, then name.
const allDrugs = ["ifosfamide", "cisplatin", "doxorubicin", "cyclophosphamide", "dacarbazine", "etoposide", "vincristine"];

function render(rows: readonly TreatmentPatient[] = patients, width = 640) {
  const chart = treatmentMatrix(rows, {width, drugs: allDrugs, document: doc});
  const svg = plotSvg(chart);
  const [grid, filled] = marks(svg, "cell");
  const columnAt = (x: number) => nearest(ticks(svg, "x"), x);
  const rowAt = (y: number) => nearest(ticks(svg, "y"), y);
  /** The treatment cells as "Patient n|agent" keys, read from where each is drawn. */
  // Plot leaves out the group of a mark with no data.
  const cells = [...(filled?.querySelectorAll("rect") ?? [])].map((r) => ({key: `${rowAt(box(r).cy)}|${columnAt(box(r).cx)}`, fill: r.getAttribute("fill")}));
  const labels = [...(marks(svg, "text")[0]?.querySelectorAll("text") ?? [])].map((t) => {
    const [x, y] = offset(t);
    return {key: `${rowAt(y)}|${columnAt(x)}`, text: t.textContent};
  });
  return {chart, svg, grid: grid!, cells, labels};
}
const nearest = (axis: {label: string; at: number}[], at: number) =>
  axis.reduce((best, t) => (Math.abs(t.at - at) < Math.abs(best.at - at) ? t : best)).label;

describe("treatmentMatrix", () => {
  const matrix = render();

  it("treatmentMatrix(patients) draws 11 drug cells and 2 radiotherapy cells, where the data put them", () => {
    expect(matrix.cells).toHaveLength(13);
    const chemotherapy = matrix.cells.filter((c) => c.fill === "#0072B2").map((c) => c.key).sort();
    const radiotherapy = matrix.cells.filter((c) => c.fill === "#E69F00").map((c) => c.key).sort();
    expect(chemotherapy).toEqual(drugs.map((d) => `Patient ${d.patient}|${d.drug}`).sort());
    expect(chemotherapy).toHaveLength(11);
    expect(radiotherapy).toEqual(["Patient 1|Radiotherapy", "Patient 9|Radiotherapy"]);
  });
  it("on a phone (340 px, cells about 24 px wide) a dose is two short lines, its number over its fractions, and the last column's name has room", () => {
    const narrow = render(patients, 340);
    const dose = [...marks(narrow.svg, "text")[0]!.querySelectorAll("text")].find((t) => t.textContent === "58/29")!;
    expect([...dose.querySelectorAll("tspan")].map((t) => t.textContent)).toEqual(["58", "/29"]);
    expect(dose.closest("g")!.getAttribute("font-size")).toBe("9");
    // Legible on its cell: black on the orange of radiotherapy, white on the blue of chemotherapy.
    expect(dose.getAttribute("fill")).toBe("black");
    expect([...marks(narrow.svg, "text")[0]!.querySelectorAll("text")].find((t) => t.textContent === "6")!.getAttribute("fill")).toBe("white");
    expect(narrow.chart.textContent).toContain("radiotherapy shows total dose (Gy) and fractions");
    // The rotated "Radiotherapy" (about 60 px across) starts at its column's centre: 50 px of margin and half a cell.
    const last = ticks(narrow.svg, "x").at(-1)!;
    expect(last.label).toBe("Radiotherapy");
    expect(340 - last.at).toBeGreaterThanOrEqual(60);
  });
  it("treatmentMatrix(patients) labels drug cells with cycles and radiotherapy with dose and fractions", () => {
    const text = Object.fromEntries(matrix.labels.map((l) => [l.key, l.text]));
    expect(text["Patient 1|cisplatin"]).toBe("6");
    expect(text["Patient 5|vincristine"]).toBe("4");
    expect(text["Patient 1|Radiotherapy"]).toBe("58 Gy/29");
    expect(text["Patient 9|Radiotherapy"]).toBe("50 Gy/25");
    expect(matrix.labels).toHaveLength(13);
  });
  it("treatmentMatrix(patients) keeps a row for every patient, treated or not, and a column per drug then radiotherapy", () => {
    expect(ticks(matrix.svg, "y").map((t) => t.label)).toEqual(patients.map((p) => `Patient ${p.id}`));
    expect(ticks(matrix.svg, "x").map((t) => t.label)).toEqual([...allDrugs, radiotherapyColumn]);
    // The faint grid has a cell for every patient and agent.
    expect(matrix.grid.querySelectorAll("rect")).toHaveLength(10 * 8);
    expect(matrix.grid.getAttribute("fill")).toBe("none");
  });
  it("treatmentMatrix(patients) has a title, a colour legend and a description naming the untreated", () => {
    expect(matrix.chart.querySelector("h2")!.textContent).toBe("Adjuvant treatment after the primary resection");
    expect([...matrix.chart.querySelectorAll("[class$='-swatch']")].map((s) => s.textContent)).toEqual(["chemotherapy", "radiotherapy"]);
    // Only the kinds drawn are keyed: patients 5 and 6 had chemotherapy alone.
    expect([...render(patients.filter((p) => [5, 6].includes(p.id))).chart.querySelectorAll("[class$='-swatch']")].map((s) => s.textContent)).toEqual(["chemotherapy"]);
    const description = matrix.svg.getAttribute("aria-description")!;
    expect(description).toMatch(/^Patient 1 \(Pancreas\): cisplatin, 6 cycles, with ifosfamide; /);
    expect(description).toMatch(/\. Without adjuvant treatment: Patient 2, Patient 3, Patient 4, Patient 7, Patient 8, Patient 10\.$/);
  });
  it("treatmentMatrix(untreated patients) draws the empty rows and says no one had adjuvant treatment", () => {
    const untreated = render(patients.filter((p) => [2, 3].includes(p.id)));
    expect(untreated.cells).toHaveLength(0);
    expect(untreated.labels).toHaveLength(0);
    expect(untreated.grid.querySelectorAll("rect")).toHaveLength(2 * 8);
    expect(untreated.svg.getAttribute("aria-description")).toBe("No patient in view had adjuvant treatment.");
  });
  it("treatmentMatrix(treated patients) says none were without treatment", () => {
    const treated = render(patients.filter((p) => [1, 9].includes(p.id)));
    expect(treated.cells).toHaveLength(2 + 3 + 2);
    expect(treated.svg.getAttribute("aria-description")).toMatch(/Without adjuvant treatment: none\.$/);
  });
});

describe("treatmentCells", () => {
  it("treatmentCells(patient 1) gives a cell per drug and one for radiotherapy, with titles", () => {
    const cells = treatmentCells(patients.filter((p) => p.id === 1));
    expect(cells).toEqual([
      {patient: "Patient 1", agent: "cisplatin", text: "6", kind: "chemotherapy", title: "Patient 1 (Pancreas): cisplatin, 6 cycles, with ifosfamide"},
      {patient: "Patient 1", agent: "ifosfamide", text: "6", kind: "chemotherapy", title: "Patient 1 (Pancreas): ifosfamide, 6 cycles, with cisplatin"},
      {patient: "Patient 1", agent: "Radiotherapy", text: "58 Gy/29", kind: "radiotherapy", title: "Patient 1 (Pancreas): radiotherapy 58 Gy in 29 fractions"}
    ]);
  });
  it("treatmentCells names a single-drug regimen as given with no other drug", () => {
    const single: TreatmentPatient = {id: 11, primarySite: "Uterus", chemotherapyDrugs: ["doxorubicin"], chemotherapyCycles: 3, radiotherapyGy: 45.5, radiotherapyFractions: 25};
    expect(treatmentCells([single]).map((c) => [c.text, c.title])).toEqual([
      ["3", "Patient 11 (Uterus): doxorubicin, 3 cycles, with no other drug"],
      ["45.5 Gy/25", "Patient 11 (Uterus): radiotherapy 45.5 Gy in 25 fractions"]
    ]);
  });
  it("treatmentCells gives nothing for an untreated patient", () => {
    expect(treatmentCells(patients.filter((p) => p.id === 2))).toEqual([]);
  });
});
