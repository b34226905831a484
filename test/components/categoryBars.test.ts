import {parseHTML} from "linkedom";
import {describe, expect, it, vi} from "vitest";
import {type CategoryBar, categoryBars, type CategoryBarsOptions} from "../../src/components/categoryBars.js";
import {box, invertAxis, marks, plotSvg, round, ticks} from "./plot-helpers.js";

const window = parseHTML("<!doctype html><html><body></body></html>");
const document = window.document as unknown as Document;

const sexBars: CategoryBar[] = [{label: "F", n: 7, total: 10}, {label: "M", n: 3, total: 10}];
const siteBars: CategoryBar[] = [
  {label: "Retroperitoneum", n: 5, total: 10},
  {label: "Small bowel", n: 3, total: 10},
  {label: "Pancreas", n: 1, total: 10},
  {label: "Stomach", n: 0, total: 10}
];

function render(bars: readonly CategoryBar[], options: Partial<CategoryBarsOptions> = {}) {
  const chart = categoryBars(bars, {width: 320, title: "Sex", document, ...options});
  const svg = plotSvg(chart);
  const rects = marks(svg, "bar").flatMap((g) => [...g.querySelectorAll("rect")]);
  return {chart, svg, rects};
}

function fire(target: Element, type: string, init: {key?: string} = {}) {
  const event = new window.Event(type, {bubbles: true, cancelable: true});
  if (init.key !== undefined) Object.defineProperty(event, "key", {value: init.key});
  target.dispatchEvent(event);
  return event;
}

describe("categoryBars drawing", () => {
  it("categoryBars(sex) draws one bar per category, with widths proportional to the counts", () => {
    const {svg, rects} = render(sexBars);
    expect(rects).toHaveLength(2);
    // Read the bars' ends against the x axis (patients): 7 and 3.
    const patientsAt = invertAxis(svg, "x");
    expect(rects.map((r) => round(patientsAt(box(r).x + box(r).width), 2))).toEqual([7, 3]);
    expect(rects.map((r) => round(patientsAt(box(r).x), 2))).toEqual([0, 0]);
    expect(round(box(rects[0]!).width / box(rects[1]!).width)).toBe(round(7 / 3));
  });
  it("categoryBars(sites) draws a zero-width bar for an empty category and keeps the bars' order", () => {
    const {svg, rects} = render(siteBars, {title: "Primary site"});
    expect(rects).toHaveLength(4);
    const patientsAt = invertAxis(svg, "x");
    expect(rects.map((r) => round(patientsAt(box(r).x + box(r).width), 2))).toEqual([5, 3, 1, 0]);
    expect(ticks(svg, "y").map((t) => t.label)).toEqual(["Retroperitoneum", "Small bowel", "Pancreas", "Stomach"]);
    // Bars sit in their category's row, top to bottom.
    const rows = ticks(svg, "y").map((t) => round(t.at, 1));
    expect(rects.map((r) => round(box(r).cy, 1))).toEqual(rows);
  });
  it("categoryBars scales the axis to the total, not the largest bar", () => {
    const {svg} = render(sexBars);
    const labels = ticks(svg, "x").map((t) => t.label);
    expect(labels[0]).toBe("0");
    expect(labels.at(-1)).toBe("10");
    expect(svg.querySelector('g[data-mark="x-axis label"]')!.textContent).toBe("Patients →");
  });
  it("categoryBars prints each count at the end of its bar", () => {
    const {svg} = render(sexBars);
    const labels = [...marks(svg, "text")[0]!.querySelectorAll("text")];
    expect(labels.map((t) => t.textContent)).toEqual(["7", "3"]);
  });
  it("categoryBars labels each bar and the chart for screen readers", () => {
    const {chart, svg, rects} = render(sexBars, {names: {F: "Female", M: "Male"}});
    expect(rects.map((r) => r.getAttribute("aria-label"))).toEqual(["Female: 7 of 10 patients (70%)", "Male: 3 of 10 patients (30%)"]);
    expect(svg.getAttribute("aria-label")).toBe("Sex: bar chart of patients per category");
    expect(svg.getAttribute("aria-description")).toBe("Female: 7 of 10 patients (70%); Male: 3 of 10 patients (30%)");
    expect(chart.querySelector("h2")!.textContent).toBe("Sex");
  });
  it("categoryBars({names}) shows display names on the axis", () => {
    const {svg} = render(sexBars, {names: {F: "Female", M: "Male"}});
    expect(ticks(svg, "y").map((t) => t.label)).toEqual(["Female", "Male"]);
  });
  it("categoryBars shortens long names on a narrow chart, with an ellipsis", () => {
    const long = [{label: "Distal pancreatectomy and splenectomy", n: 1, total: 10}, {label: "Ileocecal resection", n: 1, total: 10}];
    const labels = ticks(render(long, {width: 200}).svg, "y").map((t) => t.label);
    // 40% of 200 px leaves room for 10 characters.
    expect(labels).toEqual(["Distal pa…", "Ileocecal…"]);
    expect(ticks(render(long, {width: 1000}).svg, "y").map((t) => t.label)).toEqual(long.map((b) => b.label));
  });
  it("categoryBars({color}) fills each bar with its category's colour", () => {
    const color = (label: string) => ({Retroperitoneum: "#0072B2", "Small bowel": "#E69F00", Pancreas: "#009E73", Stomach: "#CC79A7"})[label]!;
    const {rects} = render(siteBars, {color});
    expect(rects.map((r) => r.getAttribute("fill"))).toEqual(["#0072B2", "#E69F00", "#009E73", "#CC79A7"]);
  });
  it("categoryBars({selected}) fades the categories not selected, and none when nothing is selected", () => {
    expect(render(sexBars, {selected: ["M"]}).rects.map((r) => r.getAttribute("fill-opacity"))).toEqual(["0.3", "1"]);
    expect(render(sexBars).rects.map((r) => r.getAttribute("fill-opacity") ?? "1")).toEqual(["1", "1"]);
  });
  it("categoryBars([]) draws no bar", () => {
    const {rects, svg} = render([]);
    expect(rects).toHaveLength(0);
    expect(svg.getAttribute("aria-description")).toBe("");
  });
});

describe("categoryBars selection", () => {
  it("categoryBars({onSelect}) calls onSelect with the label of the clicked bar", () => {
    const onSelect = vi.fn();
    const {rects} = render(siteBars, {onSelect});
    fire(rects[1]!, "click");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenLastCalledWith("Small bowel");
    fire(rects[3]!, "click");
    expect(onSelect).toHaveBeenLastCalledWith("Stomach");
  });
  it("categoryBars({onSelect}) calls onSelect on Enter and Space, and ignores other keys", () => {
    const onSelect = vi.fn();
    const {rects} = render(sexBars, {onSelect});
    expect(fire(rects[0]!, "keydown", {key: "Enter"}).defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenLastCalledWith("F");
    expect(fire(rects[1]!, "keydown", {key: " "}).defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenLastCalledWith("M");
    expect(fire(rects[1]!, "keydown", {key: "a"}).defaultPrevented).toBe(false);
    expect(fire(rects[1]!, "keydown", {key: "Tab"}).defaultPrevented).toBe(false);
    expect(onSelect.mock.calls).toEqual([["F"], ["M"]]);
  });
  it("categoryBars({onSelect}) ignores a click that is not on a bar", () => {
    const onSelect = vi.fn();
    const {svg} = render(sexBars, {onSelect});
    fire(svg.querySelector('g[data-mark="x-axis tick label"] text')!, "click");
    expect(onSelect).not.toHaveBeenCalled();
  });
  it("categoryBars({onSelect, selected}) makes the bars focusable toggle buttons", () => {
    const {rects} = render(sexBars, {onSelect: () => {}, selected: ["F"]});
    expect(rects.map((r) => [r.getAttribute("tabindex"), r.getAttribute("role"), r.getAttribute("aria-pressed"), r.getAttribute("data-label")])).toEqual([
      ["0", "button", "true", "F"],
      ["0", "button", "false", "M"]
    ]);
  });
  it("categoryBars without onSelect makes nothing focusable or clickable", () => {
    const {svg, rects} = render(sexBars);
    expect(svg.querySelector("[tabindex]")).toBeNull();
    expect(svg.querySelector("[role=button]")).toBeNull();
    expect(rects.every((r) => !r.hasAttribute("data-label"))).toBe(true);
  });
});
