import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {eventSymbols, type SwimmerPatient, swimmerPlot} from "../../src/components/swimmerPlot.js";
import {sitePalette} from "../../src/lib/palette.js";
import {box, invertAxis, marks, offset, pathPoints, plotSvg, round, ticks} from "./plot-helpers.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients, timeline} = buildCohort(readSourceFolder(bundledSourceDir));
const palette = sitePalette(patients);

function render(rows: readonly SwimmerPatient[] = patients, aggregateAbove?: number) {
  const chart = swimmerPlot(rows, timeline, {width: 800, palette, document: doc, ...(aggregateAbove !== undefined && {aggregateAbove})});
  const svg = plotSvg(chart);
  const monthAt = (px: number) => invertAxis(svg, "x")(px);
  /** The lane (patient) whose row centre is nearest a y position. */
  const laneAt = (y: number) => {
    const lanes = ticks(svg, "y");
    return lanes.reduce((best, t) => (Math.abs(t.at - y) < Math.abs(best.at - y) ? t : best)).label;
  };
  return {chart, svg, monthAt, laneAt};
}

/** A mark's symbols (paths) or labels (texts) as [lane, month] at their centre. */
const placed = (chart: ReturnType<typeof render>, elements: Element[]) =>
  elements.map((e) => {
    const [x, y] = offset(e);
    return [chart.laneAt(y), round(chart.monthAt(x), 1)] as const;
  });

describe("swimmerPlot lanes", () => {
  const chart = render();

  it("swimmerPlot(patients) draws one lane per patient, longest follow-up first", () => {
    expect(ticks(chart.svg, "y").map((t) => t.label)).toEqual([
      "Patient 1", "Patient 7", "Patient 2", "Patient 4", "Patient 6", "Patient 5", "Patient 8", "Patient 3", "Patient 9", "Patient 10"
    ]);
  });
  it("swimmerPlot(patients) draws a solid bar from the liver resection (0) to last follow-up in the site colour", () => {
    const [, solid] = marks(chart.svg, "bar");
    const bars = [...solid!.querySelectorAll("rect")].map((r) => {
      const b = box(r);
      return [chart.laneAt(b.cy), round(chart.monthAt(b.x), 1), round(chart.monthAt(b.x + b.width), 1), r.getAttribute("fill")];
    });
    expect(bars).toHaveLength(10);
    for (const p of patients) expect(bars).toContainEqual([`Patient ${p.id}`, 0, p.survivalMonths, palette.color(p.primarySite!)]);
  });
  it("swimmerPlot(patients) draws a faint bar from the primary resection to the liver resection", () => {
    const [faint] = marks(chart.svg, "bar");
    expect(faint!.getAttribute("fill-opacity")).toBe("0.25");
    const bars = [...faint!.querySelectorAll("rect")].map((r) => {
      const b = box(r);
      return [chart.laneAt(b.cy), round(chart.monthAt(b.x), 1), round(chart.monthAt(b.x + b.width), 1)];
    });
    expect(bars).toContainEqual(["Patient 7", -38, 0]);
    expect(bars).toContainEqual(["Patient 1", -16, 0]);
    // Synchronous resection (patients 2 and 3): no interval, an empty bar.
    expect(bars).toContainEqual(["Patient 2", 0, 0]);
    // The axis starts at the earliest primary resection.
    expect(round(chart.monthAt(Math.min(...[...faint!.querySelectorAll("rect")].map((r) => box(r).x))), 1)).toBe(-38);
  });
  it("swimmerPlot(patients) ends the 2 deaths with a cross at the time of death", () => {
    const deaths = marks(chart.svg, "dot").find((g) => g.getAttribute("stroke-width") === "2.5")!;
    const crosses = [...deaths.querySelectorAll("path")];
    expect(placed(chart, crosses)).toEqual([["Patient 2", 24], ["Patient 3", 14]]);
    // A cross: two diagonal strokes.
    for (const c of crosses) {
      const [[x1, y1], [x2, y2]] = pathPoints(c.getAttribute("d")!) as [[number, number], [number, number]];
      expect([Math.sign(x1), Math.sign(y1), Math.sign(x2), Math.sign(y2)]).toEqual([-1, -1, 1, 1]);
    }
    expect(crosses.map((c) => c.querySelector("title")!.textContent)).toEqual([
      "Patient 2 died 24 months after the liver resection",
      "Patient 3 died 14 months after the liver resection"
    ]);
  });
  it("swimmerPlot(patients) ends the 8 lanes of patients alive at last contact with an arrow", () => {
    const arrows = marks(chart.svg, "text").flatMap((g) => [...g.querySelectorAll("text")]).filter((t) => t.firstChild?.textContent === "→");
    expect(arrows).toHaveLength(8);
    // The arrow is drawn just after the bar's end (dx 9 px), so read its lane and the text it carries.
    const alive = patients.filter((p) => !p.dead);
    expect(arrows.map((a) => chart.laneAt(offset(a)[1])).sort()).toEqual(alive.map((p) => `Patient ${p.id}`).sort());
    expect(arrows.map((a) => a.querySelector("title")!.textContent)).toContain("Patient 1 alive at last contact, 170 months after the liver resection");
    for (const a of arrows) {
      const id = Number(chart.laneAt(offset(a)[1]).replace("Patient ", ""));
      expect(chart.monthAt(offset(a)[0])).toBeGreaterThan(patients.find((p) => p.id === id)!.survivalMonths!);
    }
  });
  it("swimmerPlot(patients) marks patient 1's repeat hepatectomy at 40 months and thigh excisions at 54 and 85 as operations", () => {
    const events = marks(chart.svg, "dot").find((g) => g.getAttribute("stroke-width") === "1.5")!;
    const patient1 = [...events.querySelectorAll("path")].filter((s) => placed(chart, [s])[0]![0] === "Patient 1");
    expect(placed(chart, patient1)).toEqual([["Patient 1", 40], ["Patient 1", 54], ["Patient 1", 85]]);
    // All three are the "Further operation" symbol, a square (an h/v path).
    for (const s of patient1) expect(s.getAttribute("d")).toMatch(/^M-[\d.]+,-[\d.]+h[\d.]+v[\d.]+h-[\d.]+Z$/);
  });
  it("swimmerPlot(patients) leaves out undated events and the lane's own start and end", () => {
    const events = marks(chart.svg, "dot").find((g) => g.getAttribute("stroke-width") === "1.5")!;
    const shown = placed(chart, [...events.querySelectorAll("path")]);
    const dated = timeline.filter(
      (e) => e.monthsFromLiverResection !== null && !["primary-resection", "index-hepatectomy", "death", "last-contact"].includes(e.event)
    );
    expect(shown).toHaveLength(dated.length);
    expect(shown.length).toBeLessThan(timeline.length);
    // Patient 2: the further metastasis at 21 months only (death is the cross, not an event symbol).
    expect(shown.filter(([lane]) => lane === "Patient 2")).toEqual([["Patient 2", 21]]);
  });
  it("swimmerPlot(patients) keys only what it draws: the lanes' primary sites and the dated event kinds", () => {
    const legend = [...chart.chart.querySelectorAll("[class$='-swatch']")].map((s) => s.textContent);
    // Chemotherapy and radiotherapy have no date in the article, so no symbol of theirs is drawn or keyed.
    const dated = new Set(timeline.filter((e) => e.monthsFromLiverResection !== null && eventSymbols[e.kind] && !["primary-resection", "index-hepatectomy", "death", "last-contact"].includes(e.event)).map((e) => e.kind));
    expect(legend).toEqual([...Object.entries(eventSymbols).filter(([kind]) => dated.has(kind as never)).map(([, s]) => s.label), ...palette.domain]);
    expect(legend).toEqual(["Further metastasis found", "Further operation", "Ablation", "Retroperitoneum", "Small bowel", "Pancreas", "Stomach"]);
    const men = render(patients.filter((p) => p.sex === "M"));
    expect([...men.chart.querySelectorAll("[class$='-swatch']")].map((s) => s.textContent)).toEqual(["Further metastasis found", "Retroperitoneum", "Small bowel"]);
  });

  it("swimmerPlot(patients) describes each patient for screen readers", () => {
    expect(chart.svg.getAttribute("aria-label")).toBe("Swimmer plot: one lane per patient from the liver resection to last follow-up");
    const description = chart.svg.getAttribute("aria-description")!;
    expect(description.match(/Patient \d+:/g)).toEqual(["Patient 1:", "Patient 7:", "Patient 2:", "Patient 4:", "Patient 6:", "Patient 5:", "Patient 8:", "Patient 3:", "Patient 9:", "Patient 10:"]);
    expect(description).toMatch(/^Patient 1: primary resected 16 months before the liver resection; alive at 170 months; /);
    expect(description).toContain("Patient 3: primary resected 0 months before the liver resection; died at 14 months");
  });
});

describe("swimmerPlot of a filtered view", () => {
  it("swimmerPlot(men, timeline) draws the 3 men's lanes and only their events", () => {
    const men = patients.filter((p) => p.sex === "M");
    const chart = render(men);
    expect(ticks(chart.svg, "y").map((t) => t.label)).toEqual(["Patient 2", "Patient 9", "Patient 10"]);
    const events = marks(chart.svg, "dot").find((g) => g.getAttribute("stroke-width") === "1.5")!;
    const shown = placed(chart, [...events.querySelectorAll("path")]);
    const ids = new Set(men.map((p) => p.id));
    const dated = timeline.filter(
      (e) => ids.has(e.patient) && e.monthsFromLiverResection !== null && !["primary-resection", "index-hepatectomy", "death", "last-contact"].includes(e.event)
    );
    expect(shown).toHaveLength(dated.length);
    expect(shown).toContainEqual(["Patient 2", 21]);
    expect(Number(chart.svg.getAttribute("height"))).toBe(50 + 26 * 3);
  });
});

describe("swimmerPlot aggregated", () => {
  it("swimmerPlot(patients, {aggregateAbove: 5}) shows patients followed and dead over time instead of lanes", () => {
    const chart = render(patients, 5);
    expect(chart.svg.getAttribute("aria-label")).toBe("Follow-up of 10 patients: number still followed and number dead over time");
    expect(ticks(chart.svg, "y").map((t) => t.label)).not.toContain("Patient 1");
    expect(chart.svg.querySelector('g[data-mark="y-axis label"]')!.textContent).toBe("↑ Patients");
    const areas = marks(chart.svg, "area").flatMap((g) => [...g.querySelectorAll("path")]);
    expect(areas.map((a) => a.getAttribute("fill"))).toEqual(["#0072B2", "#D55E00"]);
    expect([...chart.chart.querySelectorAll("[class$='-swatch']")].map((s) => s.textContent)).toEqual(["Followed, alive", "Died by then"]);
    // Read the stacked areas against the axes: 10 followed at the start; 2 dead by the end, over 1 still followed.
    const patientsAt = invertAxis(chart.svg, "y");
    const monthAt = invertAxis(chart.svg, "x");
    const at = (area: Element, month: number) =>
      pathPoints(area.getAttribute("d")!).filter(([x]) => round(monthAt(x), 1) === month).map(([, y]) => round(patientsAt(y), 2));
    expect([Math.min(...at(areas[0]!, 0)), Math.max(...at(areas[0]!, 0))]).toEqual([0, 10]);
    expect([Math.min(...at(areas[1]!, 170)), Math.max(...at(areas[1]!, 170))]).toEqual([1, 3]);
  });
  it("swimmerPlot draws lanes up to aggregateAbove patients and aggregates above it (default 60)", () => {
    expect(ticks(render(patients, 10).svg, "y").map((t) => t.label)).toContain("Patient 1");
    const many = Array.from({length: 61}, (_, i) => ({...patients[i % 10]!, id: i + 1}));
    expect(render(many).svg.getAttribute("aria-label")).toMatch(/^Follow-up of 61 patients/);
    expect(render(many.slice(0, 60)).svg.getAttribute("aria-label")).toMatch(/^Swimmer plot/);
  });
});
