import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {type KmGroup, kmChart} from "../../src/components/kmChart.js";
import {kaplanMeier, numberAtRisk, type Subject} from "../../src/lib/survival.js";
import {invertAxis, marks, offset, pathPoints, plotSvg, round, ticks} from "./plot-helpers.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

const subjects = (rows: readonly {survivalMonths: number | null; dead: boolean | null}[]): Subject[] => rows.map((p) => ({time: p.survivalMonths!, event: p.dead!}));
// As the pages do: a tick every 24 months up to the longest follow-up (170 months).
const ticks24 = [0, 24, 48, 72, 96, 120, 144, 168];
type Patient = (typeof patients)[number];
interface Series {
  name: string;
  color: string;
  rows: readonly Patient[];
}

/** Renders the chart as the pages do: a curve per group and its numbers at risk at the ticks. */
function render(series: Series[], options: {width?: number; title?: string; ticks?: number[]; end?: number; test?: string; subset?: string; truncation?: Parameters<typeof kmChart>[1]["truncation"]} = {}) {
  const t = options.ticks ?? ticks24;
  const groups: KmGroup[] = series.map((s) => ({name: s.name, color: s.color, curve: kaplanMeier(subjects(s.rows))}));
  const figure = kmChart(groups, {
    width: options.width ?? 640,
    ticks: t,
    atRisk: series.map((s) => numberAtRisk(subjects(s.rows), t)),
    document: doc,
    ...(options.title && {title: options.title}),
    ...(options.end !== undefined && {end: options.end}),
    ...(options.test && {test: options.test}),
    ...(options.subset && {subset: options.subset}),
    ...(options.truncation && {truncation: options.truncation})
  });
  const curves = plotSvg(figure, `Kaplan–Meier survival curve${groups.length > 1 ? "s" : ""} after liver resection`);
  const risk = plotSvg(figure, "Number at risk under the survival curve");
  // Proportion alive read against the y axis labels ("0%" ... "100%"), months against the x axis labels.
  const survivalAt = invertAxis(curves, "y", (label) => Number.parseFloat(label) / 100);
  const monthAt = invertAxis(curves, "x");
  return {figure, curves, risk, survivalAt, monthAt};
}
const all: Series = {name: "All", color: "#0072B2", rows: patients};

/** The step line of each curve as [month, survival] vertices, rounded. */
function stepLines(chart: ReturnType<typeof render>) {
  return marks(chart.curves, "line")
    .flatMap((g) => [...g.querySelectorAll("path")])
    .map((path) => ({
      stroke: path.getAttribute("stroke"),
      points: pathPoints(path.getAttribute("d")!).map(([x, y]) => [round(chart.monthAt(x), 2), round(chart.survivalAt(y))] as const)
    }));
}

/** The distinct heights of a step line, in order, and the months at which it steps down. */
function steps(points: readonly (readonly [number, number])[]) {
  const heights: number[] = [];
  const drops: number[] = [];
  for (const [month, survival] of points) {
    if (heights.length && survival < heights.at(-1)!) drops.push(month);
    if (heights.at(-1) !== survival) heights.push(survival);
  }
  return {heights, drops};
}

describe("kmChart for the whole cohort", () => {
  const chart = render([all]);

  it("kmChart(cohort) draws one step line stepping 1 → 0.875 at 14 months → 0.583 at 24 months", () => {
    const lines = stepLines(chart);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.stroke).toBe("#0072B2");
    expect(steps(lines[0]!.points)).toEqual({heights: [1, 0.875, 0.583], drops: [14, 24]});
    // The line starts at time 0 and runs to the last follow-up (170 months).
    expect(lines[0]!.points[0]).toEqual([0, 1]);
    expect(lines[0]!.points.at(-1)).toEqual([170, 0.583]);
  });

  it("kmChart(cohort) draws the line on a y axis from 0% to 100% and an x axis in months with the given ticks", () => {
    expect(ticks(chart.curves, "y").map((t) => t.label)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
    expect(ticks(chart.curves, "x").map((t) => t.label)).toEqual(["0", "24", "48", "72", "96", "120", "144", "168"]);
    const label = (axis: string) => chart.curves.querySelector(`g[data-mark="${axis}-axis label"]`)!.textContent;
    expect(label("x")).toBe("Months from liver resection →");
    expect(label("y")).toBe("↑ Proportion alive");
  });

  it('kmChart(cohort) marks each censoring time with a "+" on the curve: 8 alive patients at 7 distinct times', () => {
    const dots = marks(chart.curves, "dot").flatMap((g) => [...g.querySelectorAll("path")]);
    // One mark per distinct censoring time: patients 5 and 8 were both last seen alive at 18 months, so
    // their two "+" would coincide and are drawn once. Eight censored patients, seven marks.
    const positions = dots.map((d) => {
      const [x, y] = offset(d);
      return [round(chart.monthAt(x), 2), round(chart.survivalAt(y))];
    });
    expect(positions).toEqual([[8, 1], [11, 1], [18, 0.875], [19, 0.875], [20, 0.875], [40, 0.583], [170, 0.583]]);
    const curve = kaplanMeier(subjects(patients));
    const censoredAt = new Map(curve.steps.map((s) => [s.time, s.censored]));
    expect(positions.reduce((n, [month]) => n + censoredAt.get(month!)!, 0)).toBe(8);
    // Each mark is a plus: one horizontal and one vertical stroke through its centre.
    for (const d of dots) expect(d.getAttribute("d")).toMatch(/^M-([\d.]+),0L\1,0M0,\1L0,-\1$/);
  });

  it("kmChart(cohort) shades the 95% band from 1 down, ending where the curve does", () => {
    const areas = marks(chart.curves, "area").flatMap((g) => [...g.querySelectorAll("path")]);
    expect(areas).toHaveLength(1);
    const band = pathPoints(areas[0]!.getAttribute("d")!).map(([x, y]) => [round(chart.monthAt(x), 2), round(chart.survivalAt(y), 2)]);
    // Before the first death the band is the line itself (1 to 1); then 0.39-0.98 from 14 months and
    // 0.08-0.89 from 24 months (log-log, Greenwood), to the last follow-up.
    expect(band[0]).toEqual([0, 1]);
    expect([...new Set(band.map((p) => p[1]!))].sort()).toEqual([0.08, 0.39, 0.89, 0.98, 1]);
    const at = (month: number) => band.filter((p) => p[0] === month).map((p) => p[1]!);
    expect([Math.min(...at(40)), Math.max(...at(40))]).toEqual([0.08, 0.89]);
    expect(Math.max(...band.map((p) => p[0]!))).toBe(170);
  });

  it("kmChart(cohort) prints the number at risk 10, 3, 1, ... under each tick, aligned with it", () => {
    const numbers = [...marks(chart.risk, "text")[0]!.querySelectorAll("text")];
    expect(numbers.map((t) => t.textContent)).toEqual(["10", "3", "1", "1", "1", "1", "1", "1"]);
    const tickX = ticks(chart.curves, "x").map((t) => round(t.at, 1));
    expect(numbers.map((t) => round(offset(t)[0], 1))).toEqual(tickX);
    expect(numbers.every((t) => t.getAttribute("fill") === "#0072B2")).toBe(true);
    expect(chart.risk.textContent).toContain("Number at risk");
    expect(chart.risk.getAttribute("aria-description")).toBe(
      "All: 10 at 0 months, 3 at 24 months, 1 at 48 months, 1 at 72 months, 1 at 96 months, 1 at 120 months, 1 at 144 months, 1 at 168 months"
    );
  });

  it("kmChart(cohort, {ticks: [0, 12, 24, 36]}) prints the number at risk at the ticks passed", () => {
    const small = render([all], {ticks: [0, 12, 24, 36]});
    expect([...marks(small.risk, "text")[0]!.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["10", "8", "3", "2"]);
    expect(ticks(small.curves, "x").map((t) => t.label)).toEqual(["0", "12", "24", "36"]);
    // The axis still runs to the last follow-up, beyond the last tick.
    const lineEnd = Math.max(...pathPoints(marks(small.curves, "line")[0]!.querySelector("path")!.getAttribute("d")!).map((p) => p[0]));
    expect(round(small.monthAt(lineEnd), 0)).toBe(170);
  });

  it("kmChart(cohort) describes itself for screen readers and captions the marks", () => {
    expect(chart.curves.getAttribute("aria-label")).toBe("Kaplan–Meier survival curve after liver resection");
    expect(chart.curves.getAttribute("aria-description")).toBe("All: 10 patients, 2 deaths, median survival not reached");
    expect(chart.figure.querySelector("figcaption")!.textContent).toBe(
      "Step line: Kaplan–Meier estimate; shaded: pointwise 95% confidence band (Greenwood, log-log); +: alive at last contact (censored); dashed: 50% alive."
    );
    expect(chart.figure.querySelector("h3")).toBeNull();
    // A single curve needs no key: the caption explains its marks.
    expect(chart.figure.querySelector(".figure-legend")).toBeNull();
    expect(render([all], {title: "Survival"}).figure.querySelector("h3")!.textContent).toBe("Survival");
  });

  it("kmChart(cohort) draws a dashed rule at 50%", () => {
    const rule = marks(chart.curves, "rule")[0]!;
    expect(rule.getAttribute("stroke-dasharray")).toBe("4,3");
    expect(round(chart.survivalAt(Number(rule.querySelector("line")!.getAttribute("y1"))))).toBe(0.5);
  });

  it("kmChart sizes the curves at half the width, between 280 and 440 pixels high, with 14 px text for a projector", () => {
    const height = (width: number) => Number(render([all], {width}).curves.getAttribute("height"));
    expect([height(400), height(640), height(1200)]).toEqual([280, 320, 440]);
    expect(chart.curves.getAttribute("style")).toMatch(/font-size: ?14px/);
    expect(chart.risk.getAttribute("style")).toMatch(/font-size: ?14px/);
  });

  it("kmChart(cohort, {end: 36}) cuts the axis and the curve at 36 months and says what lies beyond", () => {
    const cut = render([all], {ticks: [0, 12, 24, 36], end: 36, truncation: {atRiskAtEnd: 2, followedBeyond: 2, deathsBeyond: 0, fullEnd: 170, n: 10}});
    expect(ticks(cut.curves, "x").map((t) => t.label)).toEqual(["0", "12", "24", "36"]);
    const line = marks(cut.curves, "line")[0]!;
    expect(line.getAttribute("clip-path")).toMatch(/^url\(#/);
    // The censoring marks beyond the window (40 and 170 months) are not drawn.
    const dots = marks(cut.curves, "dot").flatMap((g) => [...g.querySelectorAll("path")]);
    expect(dots.map((d) => round(cut.monthAt(offset(d)[0]), 2))).toEqual([8, 11, 18, 19, 20]);
    expect(cut.figure.querySelector("figcaption")!.textContent).toContain(
      "Axis cut at 36 months, where 2 of 10 patients remain at risk; 2 patients were followed longer (to 170 months), with no death after 36 months."
    );
  });

  it("kmChart draws the comparison's result on the plot and names the subset under the title", () => {
    const labelled = render([all], {title: "Survival", subset: "3 of 10 patients (Sex: Male)", test: "No test: there are 2 deaths in all"});
    expect(labelled.figure.querySelector(".figure-subset")!.textContent).toBe("3 of 10 patients (Sex: Male)");
    expect(marks(labelled.curves, "text").map((g) => g.textContent)).toContain("No test: there are 2 deaths in all");
    expect(labelled.curves.getAttribute("aria-description")).toContain("No test: there are 2 deaths in all");
  });
});

describe("kmChart with groups", () => {
  const women = patients.filter((p) => p.sex === "F");
  const men = patients.filter((p) => p.sex === "M");
  const chart = render([{name: "F", color: "#CC79A7", rows: women}, {name: "M", color: "#009E73", rows: men}]);

  it("kmChart(by sex) draws a line per group in its colour: F 1 → 0.857 at 14 months; M 1 → 0 at 24 months", () => {
    const lines = stepLines(chart);
    expect(lines.map((l) => l.stroke)).toEqual(["#CC79A7", "#009E73"]);
    expect(steps(lines[0]!.points)).toEqual({heights: [1, 0.857], drops: [14]});
    expect(steps(lines[1]!.points)).toEqual({heights: [1, 0], drops: [24]});
    expect(lines[1]!.points.at(-1)).toEqual([24, 0]);
  });

  it("kmChart(by sex) adds a key of exactly the curves drawn, with n and deaths, and one number-at-risk row per group", () => {
    const key = [...chart.figure.querySelectorAll(".figure-legend li")];
    expect(key.map((s) => s.textContent)).toEqual(["F (n = 7, 1 death)", "M (n = 3, 1 death)"]);
    expect(key.map((s) => s.querySelector<HTMLElement>(".legend-line")!.getAttribute("style"))).toEqual(["border-color:#CC79A7", "border-color:#009E73"]);
    expect(key.map((s) => s.getAttribute("data-legend"))).toEqual(stepLines(chart).map((l) => (l.stroke === "#CC79A7" ? "F" : "M")));
    expect(ticks(chart.risk, "y").map((t) => t.label)).toEqual(["F", "M"]);
    const rows = [...marks(chart.risk, "text")[0]!.querySelectorAll("text")];
    const byGroup = (fill: string) => rows.filter((t) => t.getAttribute("fill") === fill).map((t) => t.textContent);
    expect(byGroup("#CC79A7")).toEqual(["7", "2", "1", "1", "1", "1", "1", "1"]);
    expect(byGroup("#009E73")).toEqual(["3", "1", "0", "0", "0", "0", "0", "0"]);
  });

  it("kmChart(by sex) states each group's median in its description", () => {
    expect(chart.curves.getAttribute("aria-label")).toBe("Kaplan–Meier survival curves after liver resection");
    expect(chart.curves.getAttribute("aria-description")).toBe(
      "F: 7 patients, 1 death, median survival not reached; M: 3 patients, 1 death, median survival 24 months"
    );
  });

  it("kmChart(by sex) draws no bands (they would overlap) and its caption says so instead of describing one", () => {
    expect(marks(chart.curves, "area")).toHaveLength(0);
    const caption = chart.figure.querySelector("figcaption")!.textContent!;
    expect(caption).not.toContain("shaded");
    expect(caption).toContain("no confidence bands (those of several curves overlap unreadably; the summary table gives the intervals)");
  });
});

describe("kmChart with patients left out", () => {
  it("kmChart({leftOut}) ends its caption with the note naming the patients left out", () => {
    const curve = kaplanMeier(subjects(patients.filter((p) => p.id !== 4)));
    const figure = kmChart([{name: "All patients", color: "currentColor", curve}], {width: 640, ticks: [0, 12, 24], atRisk: [[9, 5, 3]], leftOut: "Patient 4 is left out of the survival estimates: survival time or vital status not recorded.", document: doc});
    expect(figure.querySelector("figcaption")!.textContent).toMatch(/ Patient 4 is left out of the survival estimates: survival time or vital status not recorded\.$/);
  });
});

describe("kmChart's number-at-risk row at a registry's size", () => {
  /** How far left of time 0 the row's names end (the axis's tick padding), for a first count of `n`. */
  const padding = (n: number) => {
    const curve = kaplanMeier([{time: 5, event: true}, {time: 10, event: false}]);
    const figure = kmChart([{name: "Patients in view", color: "currentColor", curve}], {width: 960, ticks: [0, 12], atRisk: [[n, 1]], end: 12, document: doc});
    const label = figure.querySelectorAll("svg")[1]!.querySelector('[data-mark="y-axis tick label"]')!;
    return -Number(/translate\((-?[\d.]+)/.exec(label.getAttribute("transform")!)![1]);
  };
  it("keeps the names clear of a first count centred on time 0: half its width, at 14 px, and a gap", () => {
    expect(padding(10)).toBe(16);
    // "7010": 4 digits of about 0.6 em, half of them left of time 0, and 8 px between.
    expect(padding(7010)).toBeGreaterThanOrEqual(8 + Math.round(0.3 * 14 * 4));
    expect(padding(100000)).toBeGreaterThanOrEqual(8 + Math.round(0.3 * 14 * 6));
  });
});
