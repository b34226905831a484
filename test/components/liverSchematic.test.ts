import {parseHTML} from "linkedom";
import {describe, expect, it, vi} from "vitest";
import {legendSteps, liverSchematic, segmentCounts, selectableSegments} from "../../src/components/liverSchematic.js";

const window = parseHTML("<!doctype html><html><body></body></html>");
const document = window.document as unknown as Document;

// The cohort's segment rows: patient -> Couinaud segments with a lesion (Table 2).
const bySegmentList: Record<number, number[]> = {
  1: [6], 2: [4, 7], 3: [1, 2, 3, 6, 8], 4: [3, 4], 5: [7], 6: [3], 7: [7, 8], 8: [6], 9: [6], 10: [3, 6]
};
const rows = Object.entries(bySegmentList).flatMap(([patient, segments]) =>
  segments.map((segment) => ({patient: Number(patient), segment}))
);
const expectedCounts = {1: 1, 2: 1, 3: 4, 4: 2, 5: 0, 6: 5, 7: 3, 8: 2};

const render = (input = rows, options: Partial<Parameters<typeof liverSchematic>[1]> = {}) =>
  liverSchematic(input, {width: 480, document, ...options});
const segmentEl = (svg: SVGSVGElement, segment: number) => svg.querySelector(`[data-segment="${segment}"]`)!;
const countsOf = (svg: SVGSVGElement) =>
  Object.fromEntries([...svg.querySelectorAll("[data-segment]")].map((e) => [e.getAttribute("data-segment"), Number(e.getAttribute("data-count"))]));

/** Vertices of an "M x,y L x,y ... Z" path, or the end points of a path of cubic curves. */
function points(d: string): [number, number][] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const pairs: [number, number][] = [];
  for (let i = 0; i < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
  return pairs;
}
const area = (ps: [number, number][]) =>
  Math.abs(ps.reduce((sum, [x, y], i) => sum + x * ps[(i + 1) % ps.length]![1] - ps[(i + 1) % ps.length]![0] * y, 0)) / 2;
const centre = (ps: [number, number][]) => [ps.reduce((s, p) => s + p[0], 0) / ps.length, ps.reduce((s, p) => s + p[1], 0) / ps.length];
const segmentCentre = (svg: SVGSVGElement, segment: number) => centre(points(segmentEl(svg, segment).getAttribute("d")!));

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("segmentCounts", () => {
  it("segmentCounts(rows) lists the sorted, distinct patients of each of the eight segments", () => {
    expect(Object.fromEntries(segmentCounts(rows))).toEqual({
      1: [3], 2: [3], 3: [3, 4, 6, 10], 4: [2, 4], 5: [], 6: [1, 3, 8, 9, 10], 7: [2, 5, 7], 8: [3, 7]
    });
  });
  it("segmentCounts counts a patient once however many rows name the segment, and keeps all keys for no rows", () => {
    const counts = segmentCounts([{patient: 10, segment: 6}, {patient: 2, segment: 6}, {patient: 10, segment: 6}]);
    expect(counts.get(6)).toEqual([2, 10]);
    expect([...segmentCounts([]).keys()]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it("segmentCounts refuses a segment outside 1-8", () => {
    expect(() => segmentCounts([{patient: 1, segment: 9}])).toThrow(/segment 9 \(patient 1\)/);
    expect(() => segmentCounts([{patient: 1, segment: 0}])).toThrow(RangeError);
  });
});

describe("liverSchematic", () => {
  it("liverSchematic(rows) draws each of the eight segments once", () => {
    const svg = render();
    const segments = [...svg.querySelectorAll("[data-segment]")];
    expect(segments.map((e) => Number(e.getAttribute("data-segment"))).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const e of segments) expect(e.tagName.toLowerCase()).toBe("path");
    for (const e of segments) expect(e.getAttribute("d")).toMatch(/^M[\d.,LCZ -]+$/);
  });

  it("liverSchematic(rows) shades segment 6 for 5 patients", () => {
    const svg = render();
    expect(countsOf(svg)).toEqual(Object.fromEntries(Object.entries(expectedCounts)));
    // The default maxCount is the largest count, so segment 6 takes the strongest swatch and 5 the lightest.
    const swatch = (n: number) => svg.querySelector(`[data-legend-count="${n}"]`)!.getAttribute("fill");
    expect(segmentEl(svg, 6).getAttribute("fill")).toBe(swatch(5));
    expect(segmentEl(svg, 5).getAttribute("fill")).toBe(swatch(0));
    // More patients, darker fill.
    const byCount = [5, 1, 4, 7, 3, 6].map((s) => luminance(segmentEl(svg, s).getAttribute("fill")!));
    expect([...byCount].sort((a, b) => b - a)).toEqual(byCount);
  });

  it("liverSchematic(rows) prints each segment's number and count, readable on its fill", () => {
    const svg = render();
    for (const [segment, count] of Object.entries(expectedCounts)) {
      const label = svg.querySelector(`[data-count-label="${segment}"]`)!;
      expect(label.textContent).toBe(String(count));
      expect(contrast(label.getAttribute("fill")!, segmentEl(svg, Number(segment)).getAttribute("fill")!)).toBeGreaterThanOrEqual(4.5);
    }
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent);
    for (let s = 1; s <= 8; ++s) expect(texts).toContain(String(s));
    // Both text colours are in use: the ramp crosses from light to dark fills.
    expect(new Set([...svg.querySelectorAll("[data-count-label]")].map((t) => t.getAttribute("fill"))).size).toBe(2);
  });

  it("liverSchematic(rows) titles each segment with its patients in ascending order", () => {
    const svg = render();
    const title = (s: number) => segmentEl(svg, s).querySelector("title")?.textContent;
    expect(title(6)).toBe("Segment 6: 5 patients (1, 3, 8, 9, 10)");
    expect(title(3)).toBe("Segment 3: 4 patients (3, 4, 6, 10)");
    expect(title(7)).toBe("Segment 7: 3 patients (2, 5, 7)");
    expect(title(1)).toBe("Segment 1: 1 patient (3)");
    expect(title(5)).toBe("Segment 5: no patients in view");
  });

  it("liverSchematic(rows) names the first 30 patients of a crowded segment and counts the rest", () => {
    const many = Array.from({length: 1000}, (_, i) => ({patient: 1000 - i, segment: 2}));
    const title = segmentEl(render(many), 2).querySelector("title")?.textContent;
    expect(title).toBe(`Segment 2: 1000 patients (${Array.from({length: 30}, (_, i) => i + 1).join(", ")} and 970 more)`);
  });

  it("liverSchematic(rows) is an image named by a summary of the counts, largest first", () => {
    const svg = render();
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe(
      "Liver schematic, Couinaud segments, anterior view: segment 6, 5 patients; segment 3, 4 patients; " +
        "segment 7, 3 patients; segment 4, 2 patients; segment 8, 2 patients; segment 1, 1 patient; " +
        "segment 2, 1 patient; no patients in segment 5"
    );
    expect(render(rows, {ariaLabel: "Where the metastases were"}).getAttribute("aria-label")).toBe("Where the metastases were");
    // Without onSelect nothing is focusable.
    expect(svg.querySelector("[tabindex]")).toBeNull();
    expect(svg.querySelector("[role=button]")).toBeNull();
  });

  it("liverSchematic(rows, {onSelect}) calls onSelect with the segment on click, Enter and Space", () => {
    const onSelect = vi.fn();
    const svg = render(rows, {onSelect});
    segmentEl(svg, 7).dispatchEvent(new window.Event("click"));
    expect(onSelect).toHaveBeenLastCalledWith(7);
    const key = (segment: number, k: string) => {
      const event = new window.Event("keydown", {cancelable: true});
      Object.defineProperty(event, "key", {value: k});
      segmentEl(svg, segment).dispatchEvent(event);
      return event;
    };
    expect(key(1, "Enter").defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenLastCalledWith(1);
    key(3, " ");
    expect(onSelect).toHaveBeenLastCalledWith(3);
    expect(key(4, "a").defaultPrevented).toBe(false);
    expect(onSelect.mock.calls).toEqual([[7], [1], [3]]);
  });

  it("liverSchematic(rows, {onSelect, selected}) makes the segments pressed-state buttons", () => {
    const svg = render(rows, {onSelect: () => {}, selected: [3, 6]});
    // A figure of buttons is a group: role="img" would make its children presentational.
    expect(svg.getAttribute("role")).toBe("group");
    for (let s = 1; s <= 8; ++s) {
      const e = segmentEl(svg, s);
      expect([e.getAttribute("tabindex"), e.getAttribute("role")]).toEqual(["0", "button"]);
      expect(e.getAttribute("aria-pressed")).toBe(String(s === 3 || s === 6));
    }
    expect(segmentEl(svg, 6).getAttribute("aria-label")).toBe("Segment 6: 5 patients (1, 3, 8, 9, 10)");
    expect(segmentEl(svg, 1).getAttribute("aria-label")).toBe("Segment 1 (caudate, posterior): 1 patient (3)");
    // Selected segments get a heavy outline over the drawing, as heavy as nothing else.
    const outlines = [...svg.querySelectorAll("[data-selected]")];
    expect(outlines.map((e) => [e.getAttribute("data-selected"), e.getAttribute("d")])).toEqual([
      ["3", segmentEl(svg, 3).getAttribute("d")],
      ["6", segmentEl(svg, 6).getAttribute("d")]
    ]);
    const widths = [...svg.querySelectorAll("[stroke-width]")].filter((e) => !e.hasAttribute("data-selected"));
    const maxOther = Math.max(...widths.map((e) => Number(e.getAttribute("stroke-width"))));
    for (const e of outlines) expect(Number(e.getAttribute("stroke-width"))).toBeGreaterThan(maxOther);
    expect(render(rows, {onSelect: () => {}}).querySelectorAll("[data-selected]")).toHaveLength(0);
  });

  it("selectableSegments(svg from the page's HTML, onSelect) makes a schematic drawn without onSelect clickable, once", () => {
    // As at build time: drawn without onSelect, serialised into the page, parsed back by the browser.
    const page = parseHTML(`<!doctype html><html><body>${render(rows).outerHTML}</body></html>`);
    const svg = page.document.querySelector("svg") as unknown as SVGSVGElement;
    expect(svg.getAttribute("role")).toBe("img");
    const onSelect = vi.fn();
    selectableSegments(svg, onSelect);
    selectableSegments(svg, onSelect);
    expect(svg.getAttribute("role")).toBe("group");
    const seven = svg.querySelector('[data-segment="7"]')!;
    expect([seven.getAttribute("tabindex"), seven.getAttribute("role"), seven.getAttribute("aria-pressed")]).toEqual(["0", "button", "false"]);
    expect(seven.getAttribute("aria-label")).toBe("Segment 7: 3 patients (2, 5, 7)");
    seven.dispatchEvent(new page.Event("click"));
    expect(onSelect.mock.calls).toEqual([[7]]);
    seven.dispatchEvent(new page.Event("focus"));
    expect(svg.querySelector('[data-overlay] [data-focus-ring="7"]')).not.toBeNull();
    seven.dispatchEvent(new page.Event("blur"));
    expect(svg.querySelector("[data-focus-ring]")).toBeNull();
  });

  it("liverSchematic([]) shows every segment at zero in the lightest fill", () => {
    const svg = render([]);
    expect(countsOf(svg)).toEqual({1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0});
    const labels = [...svg.querySelectorAll("[data-count-label]")].map((t) => t.textContent);
    expect(labels).toEqual(Array(8).fill("0"));
    const fills = new Set([...svg.querySelectorAll("[data-segment]")].map((e) => e.getAttribute("fill")));
    expect([...fills]).toEqual([svg.querySelector(`[data-legend-count="0"]`)!.getAttribute("fill")]);
    expect(segmentEl(svg, 4).querySelector("title")?.textContent).toBe("Segment 4: no patients in view");
    expect(svg.getAttribute("aria-label")).toBe(
      "Liver schematic, Couinaud segments, anterior view: no patients in segments 1, 2, 3, 4, 5, 6, 7, 8"
    );
  });

  it("liverSchematic(rows, {maxCount: 10}) keeps the colour scale of the larger cohort", () => {
    const svg = render(rows, {maxCount: 10});
    const swatches = [...svg.querySelectorAll("[data-legend-count]")].map((e) => Number(e.getAttribute("data-legend-count")));
    expect(swatches).toEqual([0, 2, 4, 6, 8, 10]);
    const fill6 = segmentEl(svg, 6).getAttribute("fill")!;
    expect(fill6).not.toBe(render().querySelector(`[data-segment="6"]`)!.getAttribute("fill"));
    expect(luminance(fill6)).toBeGreaterThan(luminance(svg.querySelector(`[data-legend-count="10"]`)!.getAttribute("fill")!));
    expect(luminance(fill6)).toBeLessThan(luminance(svg.querySelector(`[data-legend-count="4"]`)!.getAttribute("fill")!));
  });

  it("liverSchematic(rows, {width: 240}) scales the fixed drawing, keeping its aspect ratio", () => {
    const small = render(rows, {width: 240});
    const large = render(rows, {width: 720});
    const [, , vw, vh] = small.getAttribute("viewBox")!.split(" ").map(Number) as [number, number, number, number];
    expect(Number(small.getAttribute("width"))).toBe(240);
    expect(Number(small.getAttribute("height"))).toBeCloseTo((240 * vh) / vw, 1);
    expect(Number(large.getAttribute("height"))).toBeCloseTo((720 * vh) / vw, 1);
    expect(large.getAttribute("viewBox")).toBe(small.getAttribute("viewBox"));
  });

  it("liverSchematic(rows) places the segments as in an anterior view, right lobe on the viewer's left", () => {
    const svg = render();
    const [x, y] = [(s: number) => segmentCentre(svg, s)[0]!, (s: number) => segmentCentre(svg, s)[1]!];
    // Left to right: right posterior section (7, 6), right anterior (8, 5), 4, left lateral section (2, 3).
    expect(Math.max(x(7), x(6))).toBeLessThan(Math.min(x(8), x(5)));
    expect(Math.max(x(8), x(5))).toBeLessThan(x(4));
    expect(x(4)).toBeLessThan(Math.min(x(2), x(3)));
    // Superior segments above inferior ones (SVG y grows downwards).
    expect(y(7)).toBeLessThan(y(6));
    expect(y(8)).toBeLessThan(y(5));
    expect(y(2)).toBeLessThan(y(3));
    // The caudate lies over segment 4, drawn dashed as hidden behind it.
    const caudate = points(segmentEl(svg, 1).getAttribute("d")!).map((p) => p[0]);
    const four = points(segmentEl(svg, 4).getAttribute("d")!).map((p) => p[0]);
    expect(Math.min(...caudate)).toBeGreaterThanOrEqual(Math.min(...four));
    expect(Math.max(...caudate)).toBeLessThanOrEqual(Math.max(...four));
    expect(svg.querySelector(`[data-border="1"]`)!.getAttribute("stroke-dasharray")).toBeTruthy();
    expect(svg.querySelector(`[data-border="4"]`)!.getAttribute("stroke-dasharray")).toBeNull();
  });

  it("liverSchematic(rows) cuts segments 2-8 from the silhouette without gaps or overlaps", () => {
    const svg = render();
    const outline = area(points(svg.querySelector("[data-outline]")!.getAttribute("d")!));
    const parts = [2, 3, 4, 5, 6, 7, 8].map((s) => area(points(segmentEl(svg, s).getAttribute("d")!)));
    for (const part of parts) expect(part).toBeGreaterThan(outline * 0.05);
    expect(parts.reduce((a, b) => a + b, 0) / outline).toBeCloseTo(1, 3);
  });

  it("liverSchematic(rows) carries a legend in patients and the caption about the caudate", () => {
    const svg = render();
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent ?? "");
    expect(texts.some((t) => /patients/.test(t) && !/^Anterior/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith("Anterior view; segment 1 (caudate) lies behind."))).toBe(true);
    expect([...svg.querySelectorAll("[data-legend-count]")].map((e) => e.getAttribute("data-legend-count"))).toEqual([
      "0", "1", "2", "3", "4", "5"
    ]);
  });

  it("liverSchematic of segments with 1, 2, 4 and 6 patients shows a swatch for every count from 0 to 6, skipping none", () => {
    // Segment 2: 1 patient, segment 3: 2, segment 4: 4, segment 6: 6.
    const counts: Record<number, number> = {2: 1, 3: 2, 4: 4, 6: 6};
    const uneven = Object.entries(counts).flatMap(([segment, n]) => Array.from({length: n}, (_, i) => ({patient: i + 1, segment: Number(segment)})));
    const svg = render(uneven);
    expect([...svg.querySelectorAll("[data-legend-count]")].map((e) => Number(e.getAttribute("data-legend-count")))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const swatchFills = new Set([...svg.querySelectorAll("[data-legend-count]")].map((e) => e.getAttribute("fill")));
    for (const segment of [1, 2, 3, 4, 5, 6, 7, 8]) expect(swatchFills.has(segmentEl(svg, segment).getAttribute("fill")), `segment ${segment}`).toBe(true);
  });
});

describe("legendSteps", () => {
  it("legendSteps(n) lists every count from 0 to n up to 8", () => {
    expect(legendSteps(1)).toEqual([0, 1]);
    expect(legendSteps(6)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(legendSteps(8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it("legendSteps(n) above 8 steps evenly by a round number and ends at n", () => {
    expect(legendSteps(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(legendSteps(23)).toEqual([0, 5, 10, 15, 20, 23]);
    expect(legendSteps(60)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    for (const n of [9, 13, 23, 99, 1234]) {
      const steps = legendSteps(n);
      const gaps = steps.slice(1, -1).map((s, i) => s - steps[i]!);
      expect(new Set(gaps).size, `n = ${n}`).toBeLessThanOrEqual(1);
      expect(steps.at(-1)).toBe(n);
      expect(steps.length).toBeLessThanOrEqual(8);
    }
  });
});
