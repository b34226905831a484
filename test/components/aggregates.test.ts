import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {numericStrip} from "../../src/components/numericStrip.js";
import {accessiblePlot} from "../../src/components/plotA11y.js";
import {treatmentMatrix} from "../../src/components/treatmentMatrix.js";
import {sitePalette} from "../../src/lib/palette.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>") as unknown as {document: Document};
// A large synthetic view: ages 30..79 repeated, one site; every third patient on a two-drug regimen.
const many = Array.from({length: 300}, (_, i) => ({
  id: i + 1,
  primarySite: "Retroperitoneum",
  age: 30 + (i % 50),
  chemotherapyDrugs: i % 3 === 0 ? ["ifosfamide", "doxorubicin"] : [],
  chemotherapyCycles: i % 3 === 0 ? 6 : null,
  radiotherapyGy: null,
  radiotherapyFractions: null
}));
const palette = sitePalette(many);

describe("aggregated forms for large views", () => {
  it("numericStrip above aggregateAbove draws a histogram whose bars add up to the patients", () => {
    const chart = numericStrip(many, {width: 400, field: "age", title: "Age", unit: "years", palette, document, aggregateAbove: 200});
    const bars = [...chart.querySelectorAll('g[data-mark="rect"] rect')];
    expect(bars.length).toBeGreaterThan(3);
    expect(chart.querySelectorAll('g[data-mark="dot"] circle')).toHaveLength(0);
    expect(chart.querySelector("svg[aria-label]")?.getAttribute("aria-label") ?? chart.getAttribute("aria-label")).toBe("Age: histogram of 300 patients");
  });
  it("numericStrip at or below aggregateAbove keeps one dot per patient", () => {
    const chart = numericStrip(many.slice(0, 40), {width: 400, field: "age", title: "Age", unit: "years", palette, document});
    expect(chart.querySelectorAll('g[data-mark="dot"] circle')).toHaveLength(40);
  });
  it("treatmentMatrix above aggregateAbove counts patients per agent and dose: 100 on 6 cycles of each drug", () => {
    const chart = treatmentMatrix(many, {width: 500, drugs: ["ifosfamide", "doxorubicin"], document, aggregateAbove: 40});
    const labels = [...chart.querySelectorAll('g[data-mark="text"] text')].map((t) => t.textContent);
    expect(labels).toEqual(["100", "100"]);
  });
});

describe("accessiblePlot", () => {
  it("moves Plot's generic group labels to data-mark and gives labelled shapes the role img", () => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("aria-label", "A chart");
    svg.innerHTML = '<g aria-label="bar"><rect aria-label="F: 7 patients"></rect></g><g aria-label="tip" role="presentation"></g>';
    accessiblePlot(svg);
    expect(svg.getAttribute("aria-label")).toBe("A chart");
    expect(svg.querySelector("g")!.getAttribute("aria-label")).toBeNull();
    expect(svg.querySelector("g")!.getAttribute("data-mark")).toBe("bar");
    expect(svg.querySelector("rect")!.getAttribute("role")).toBe("img");
    expect(svg.querySelectorAll("g")[1]!.getAttribute("aria-label")).toBe("tip");
  });
});
