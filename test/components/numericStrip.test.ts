import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {numericStrip, type NumericStripOptions} from "../../src/components/numericStrip.js";
import {sitePalette} from "../../src/lib/palette.js";
import {invertAxis, marks, offset, plotSvg, round, ticks} from "./plot-helpers.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients} = buildCohort(readSourceFolder(bundledSourceDir));
const palette = sitePalette(patients);

function render(rows: readonly {id: number; primarySite: string | null}[] = patients, options: Partial<NumericStripOptions> = {}) {
  const chart = numericStrip(rows, {width: 320, field: "age", title: "Age at liver metastasis", unit: "years", palette, document: doc, ...options});
  const svg = plotSvg(chart);
  const dots = marks(svg, "dot").flatMap((g) => [...g.querySelectorAll("circle")]);
  const valueAt = (px: number) => invertAxis(svg, "x")(px);
  /** Each dot as [value read off the x axis, fill, height above the axis]. */
  const read = () => dots.map((d) => [round(valueAt(Number(d.getAttribute("cx")) + offset(d)[0]), 2), d.getAttribute("fill"), Number(d.getAttribute("cy"))] as const);
  return {chart, svg, dots, valueAt, read};
}

describe("numericStrip", () => {
  it('numericStrip(patients, {field: "age"}) draws one dot per patient at its age, in its site colour', () => {
    const {dots, read} = render();
    expect(dots).toHaveLength(10);
    expect(read().map(([age, fill]) => [age, fill])).toEqual(
      patients.map((p) => [p.age, palette.color(p.primarySite!)])
    );
    expect(new Set(read().map(([, fill]) => fill))).toEqual(new Set(["#0072B2", "#E69F00", "#009E73", "#CC79A7"]));
  });
  it("numericStrip stacks patients of the same age instead of drawing one over the other", () => {
    const {read} = render();
    // Patients 2 and 9 are both 38; 3 and 10 both 50.
    const at = (age: number) => read().filter(([a]) => a === age).map(([, , cy]) => cy);
    expect(at(38)).toHaveLength(2);
    expect(new Set(at(38)).size).toBe(2);
    expect(new Set(at(50)).size).toBe(2);
    const lone = at(69)[0]!;
    // The lowest dot of a stack sits where a lone dot does (anchored at the bottom).
    expect(Math.max(...at(38))).toBe(lone);
  });
  it("numericStrip draws a dashed rule at the median, 46.5 years", () => {
    const {svg, valueAt} = render();
    const rule = marks(svg, "rule")[0]!;
    expect(rule.getAttribute("stroke-dasharray")).toBe("3,2");
    const line = rule.querySelector("line")!;
    expect(round(valueAt(Number(line.getAttribute("x1"))), 2)).toBe(46.5);
    expect(line.getAttribute("x1")).toBe(line.getAttribute("x2"));
  });
  it("numericStrip with an odd number of patients puts the median on the middle one", () => {
    const {svg, valueAt} = render(patients.filter((p) => p.sex === "M"));
    // Men: 38, 38, 50.
    expect(round(valueAt(Number(marks(svg, "rule")[0]!.querySelector("line")!.getAttribute("x1"))), 2)).toBe(38);
  });
  it("numericStrip describes the median and every patient for screen readers", () => {
    const {svg, chart} = render();
    expect(svg.getAttribute("aria-label")).toBe("Age at liver metastasis: one dot per patient");
    const description = svg.getAttribute("aria-description")!;
    expect(description).toMatch(/^10 patients; median 46.5 years; Patient 1 \(Pancreas\): 42 years; Patient 2 \(Small bowel\): 38 years; /);
    expect(description.split("; ")).toHaveLength(12);
    expect(chart.querySelector("h2")!.textContent).toBe("Age at liver metastasis");
    expect(svg.querySelector('g[data-mark="x-axis label"]')!.textContent).toBe("years →");
  });
  it("numericStrip leaves out patients without a value (suv) and summarises the others", () => {
    const {dots, read, svg} = render(patients, {field: "suv", title: "Mean SUV", unit: "SUV"});
    expect(dots).toHaveLength(5);
    expect(read().map(([v]) => v).sort()).toEqual([1.7, 1.8, 1.8, 1.8, 1.8]);
    expect(svg.getAttribute("aria-description")).toMatch(/^5 patients; median 1.8 SUV; /);
  });
  it("numericStrip({domain}) keeps the axis of the whole cohort for a filtered view", () => {
    const men = patients.filter((p) => p.sex === "M");
    const {svg, read} = render(men, {domain: [38, 69]});
    const labels = ticks(svg, "x").map((t) => t.label);
    expect(Number(labels[0])).toBeLessThanOrEqual(40);
    expect(Number(labels.at(-1))).toBeGreaterThanOrEqual(60);
    expect(read().map(([v]) => v)).toEqual([38, 38, 50]);
    // Without a domain the axis would fit the three men (38-50) only.
    expect(Number(ticks(render(men).svg, "x").map((t) => t.label).at(-1))).toBeLessThanOrEqual(50);
  });
  it("numericStrip({domainFrom: patients}) takes the axis from the whole cohort's extent, as {domain: [38, 69]} does", () => {
    const men = patients.filter((p) => p.sex === "M");
    const labels = (options: object) => ticks(render(men, options).svg, "x").map((t) => t.label);
    expect(labels({domainFrom: patients})).toEqual(labels({domain: [38, 69]}));
    expect(labels({domainFrom: patients})).not.toEqual(labels({}));
  });
  it("numericStrip([]) draws no empty axis: it names the chart and says there is nothing to show", () => {
    const chart = numericStrip([], {width: 320, field: "age", title: "Age at liver metastasis", unit: "years", palette, document: doc});
    expect(chart.querySelector("svg")).toBeNull();
    expect(chart.textContent).toBe("Age at liver metastasisNo patient in view has a value to show.");
  });

  it("numericStrip keys its colours with exactly the primary sites of the dots it draws", () => {
    const key = (rows: readonly {id: number; primarySite: string | null}[]) => [...render(rows).chart.querySelectorAll("[class$='-swatch']")].map((s) => s.textContent);
    expect(key(patients)).toEqual(palette.domain);
    expect(key(patients.filter((p) => p.sex === "M"))).toEqual(["Retroperitoneum", "Small bowel"]);
  });

  it('numericStrip with two ages not recorded draws 8 dots and says "2 not recorded, not shown"', () => {
    const rows = patients.map((p) => (p.id === 3 || p.id === 7 ? {...p, age: null} : p));
    const {chart, svg, dots} = render(rows);
    expect(dots).toHaveLength(8);
    expect(chart.querySelector("figcaption")?.textContent).toBe("2 not recorded, not shown");
    expect(svg.getAttribute("aria-description")).toMatch(/^8 patients; .*; 2 not recorded, not shown$/);
  });
  it("numericStrip with every age not recorded says so in place of the chart", () => {
    const chart = numericStrip([{id: 1, primarySite: "Stomach", age: null} as {id: number; primarySite: string}], {width: 320, field: "age", title: "Age", unit: "years", palette, document: doc});
    expect(chart.textContent).toBe("AgeNo patient in view has a value to show (1 not recorded, not shown).");
  });
  it("numericStrip draws a patient whose primary site was not recorded in grey, keyed Not recorded", () => {
    const rows = patients.map((p) => (p.id === 1 ? {...p, primarySite: null} : p));
    const {chart, read} = render(rows);
    expect(read()[0]![1]).toBe("#999999");
    expect([...chart.querySelectorAll("[class$='-swatch']")].map((s) => s.textContent)).toContain("Not recorded");
  });
});
