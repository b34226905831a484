/**
 * A schematic of the eight Couinaud segments in the anterior view of surgical texts (the patient's right lobe on
 * the viewer's left), each segment shaded by how many patients had a lesion in it. The outline and the divisions
 * are hand-drawn in a fixed viewBox; the segments are cut from one silhouette so that neighbours share edges exactly.
 */
import {listPatients, maxListedPatients} from "../lib/format.js";

const SVG_NS = "http://www.w3.org/2000/svg";

/** Options of {@link liverSchematic}. */
export interface LiverSchematicOptions {
  /** Rendered width in CSS pixels; the height follows the drawing's fixed aspect ratio. */
  width: number;
  /** Document to create elements with (e.g. linkedom's in tests); defaults to the global document. */
  document?: Document;
  /** Count shown in the strongest colour; pass the full cohort's maximum to keep colours stable across filters. */
  maxCount?: number;
  /** Accessible name of the whole figure; defaults to a summary of the counts. */
  ariaLabel?: string;
  /** Called with the segment number when a segment is clicked or activated with Enter or Space. */
  onSelect?: (segment: number) => void;
  /** Segments drawn with a heavy outline (and aria-pressed="true"). */
  selected?: readonly number[];
}

type Point = readonly [number, number];

// The drawing occupies the top of the viewBox; the legend and caption sit below it.
const VIEW_WIDTH = 480;
const VIEW_HEIGHT = 334;
const PORTAL_Y = 128;
const FAR = 1000;

// Liver silhouette, anterior view: domed diaphragmatic surface, the thick right lobe on the left, the thin left
// lateral section tapering to the right, and an inferior border notched by the ligamentum teres and the gallbladder.
type Curve = readonly ["C", number, number, number, number, number, number];
type Command = readonly ["M" | "L", number, number] | Curve;
const OUTLINE: readonly Command[] = [
  ["M", 24, 146],
  ["C", 20, 84, 80, 30, 196, 22],
  ["C", 262, 17, 318, 26, 364, 44],
  ["C", 406, 60, 442, 80, 462, 100],
  ["C", 469, 107, 464, 114, 454, 118],
  ["C", 414, 134, 372, 152, 328, 166],
  ["L", 318, 182],
  ["L", 306, 178],
  ["C", 290, 188, 270, 198, 252, 204],
  ["C", 246, 208, 240, 212, 232, 214],
  ["C", 200, 226, 162, 244, 122, 252],
  ["C", 78, 260, 42, 244, 30, 206],
  ["C", 25, 188, 23, 168, 24, 146]
];

// The three hepatic veins fan out from the inferior vena cava, which sits just above the dome; the right vein bends
// where it crosses the portal plane. Every region below must stay convex for the clipping to be exact.
const IVC: Point = [242, 12];
const RHV_PORTAL: Point = [122, PORTAL_Y];
const RHV_LOW: Point = [100, 300];
const MHV_LOW: Point = [236, 300];
const MHV_PORTAL = atY(IVC, MHV_LOW, PORTAL_Y);
const FALCIFORM_TOP: Point = [322, -FAR];
const FALCIFORM_LOW: Point = [316, 300];
const LHV_START: Point = [320, 102];
const LHV_END: Point = [FAR, 90];

/** Point on the line through p and q at height y. */
function atY(p: Point, q: Point, y: number): Point {
  return [p[0] + ((q[0] - p[0]) * (y - p[1])) / (q[1] - p[1]), y];
}

const falciformAt = (y: number) => atY(FALCIFORM_TOP, FALCIFORM_LOW, y);
const lhvAt = (x: number): Point => [x, LHV_START[1] + ((LHV_END[1] - LHV_START[1]) * (x - LHV_START[0])) / (LHV_END[0] - LHV_START[0])];
const LHV_FALCIFORM = lhvAt(falciformAt(LHV_START[1])[0]);

const REGIONS: ReadonlyMap<number, readonly Point[]> = new Map<number, readonly Point[]>([
  [7, [[-FAR, -FAR], [IVC[0], -FAR], IVC, RHV_PORTAL, [-FAR, PORTAL_Y]]],
  [6, [[-FAR, PORTAL_Y], RHV_PORTAL, atY(RHV_PORTAL, RHV_LOW, FAR), [-FAR, FAR]]],
  [8, [IVC, MHV_PORTAL, RHV_PORTAL]],
  [5, [RHV_PORTAL, MHV_PORTAL, atY(IVC, MHV_LOW, FAR), atY(RHV_PORTAL, RHV_LOW, FAR)]],
  [4, [atY(IVC, MHV_LOW, -FAR), falciformAt(-FAR), falciformAt(FAR), atY(IVC, MHV_LOW, FAR)]],
  [2, [falciformAt(-FAR), [FAR, -FAR], LHV_END, LHV_FALCIFORM]],
  [3, [LHV_FALCIFORM, LHV_END, [FAR, FAR], falciformAt(FAR)]]
]);

// The caudate lobe lies behind segment 4, between the vena cava and the hilum: drawn over 4 with a dashed outline.
const CAUDATE: readonly Command[] = [
  ["M", 254, 140],
  ["C", 254, 127, 270, 121, 284, 122],
  ["C", 300, 123, 308, 133, 305, 145],
  ["C", 302, 157, 286, 162, 272, 160],
  ["C", 260, 158, 254, 151, 254, 140]
];

// Where each segment's number and count go, chosen by eye to sit in the visible middle of each region.
const LABELS: ReadonlyMap<number, {x: number; y: number; inline?: boolean}> = new Map([
  [1, {x: 280, y: 141, inline: true}],
  [2, {x: 390, y: 77}],
  [3, {x: 370, y: 126}],
  [4, {x: 281, y: 74}],
  [5, {x: 180, y: 172}],
  [6, {x: 70, y: 188}],
  [7, {x: 96, y: 82}],
  [8, {x: 200, y: 90}]
]);

// Sequential ramp from a warm light neutral (no patients) through to a deep blue; every step is an explicit fill, so
// the map reads the same on light and dark pages, and the segment outlines (currentColor) separate the regions.
const RAMP = ["#f1eee8", "#c9dcec", "#86b6da", "#3f83bf", "#1d5596", "#0c2f63"];

function parseHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** Colour for count out of maxCount; 0 is always the neutral first stop. */
function rampColor(count: number, maxCount: number): string {
  if (count <= 0 || maxCount <= 0) return RAMP[0]!;
  const t = Math.min(count / maxCount, 1) * (RAMP.length - 1);
  const i = Math.min(Math.floor(t), RAMP.length - 2);
  const a = parseHex(RAMP[i]!);
  const b = parseHex(RAMP[i + 1]!);
  return toHex(a.map((c, k) => c + (b[k]! - c) * (t - i)));
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// Pure black: with white, it guarantees a contrast of at least 4.58 on any fill (WCAG AA for text).
const DARK_TEXT = "#000000";
// Amber stands out against the blue ramp and against both light and dark pages.
const FOCUS_COLOR = "#f08c00";
const LIGHT_TEXT = "#ffffff";

/** Whichever of near-black and white contrasts more with the fill. */
function textColor(fill: string): string {
  const l = luminance(fill);
  const contrastDark = (l + 0.05) / (luminance(DARK_TEXT) + 0.05);
  const contrastLight = 1.05 / (l + 0.05); // white has luminance 1
  return contrastDark >= contrastLight ? DARK_TEXT : LIGHT_TEXT;
}

function sampleCommands(commands: readonly Command[], steps = 16): Point[] {
  const points: Point[] = [];
  let current: Point = [0, 0];
  for (const command of commands) {
    if (command[0] === "M" || command[0] === "L") {
      current = [command[1], command[2]];
      points.push(current);
    } else {
      const [, x1, y1, x2, y2, x, y] = command as Curve;
      const [x0, y0] = current;
      for (let i = 1; i <= steps; ++i) {
        const t = i / steps;
        const u = 1 - t;
        points.push([
          u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
          u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y
        ]);
      }
      current = [x, y];
    }
  }
  return points;
}

const cross = (a: Point, b: Point, p: Point) => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);

/** Sutherland–Hodgman: the part of a (possibly concave) polygon inside a convex one. */
function clip(subject: readonly Point[], convex: readonly Point[]): Point[] {
  let area = 0;
  for (let i = 0; i < convex.length; ++i) area += cross([0, 0], convex[i]!, convex[(i + 1) % convex.length]!);
  const sign = Math.sign(area);
  let output: Point[] = [...subject];
  for (let i = 0; i < convex.length && output.length > 0; ++i) {
    const a = convex[i]!;
    const b = convex[(i + 1) % convex.length]!;
    const inside = (p: Point) => cross(a, b, p) * sign >= 0;
    const intersect = (p: Point, q: Point): Point => {
      const cp = cross(a, b, p);
      const t = cp / (cp - cross(a, b, q));
      return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
    };
    const input = output;
    output = [];
    for (let j = 0; j < input.length; ++j) {
      const p = input[j]!;
      const q = input[(j + 1) % input.length]!;
      if (inside(q)) {
        if (!inside(p)) output.push(intersect(p, q));
        output.push(q);
      } else if (inside(p)) {
        output.push(intersect(p, q));
      }
    }
  }
  return output;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const polygonPath = (points: readonly Point[]) => `M${points.map(([x, y]) => `${round1(x)},${round1(y)}`).join("L")}Z`;
const commandsPath = (commands: readonly Command[]) => commands.map(([c, ...xs]) => `${c}${xs.join(",")}`).join("");

// Computed once: the geometry is constant, only fills and labels change between renders.
const SILHOUETTE = sampleCommands(OUTLINE);
const SILHOUETTE_PATH = polygonPath(SILHOUETTE);
const SEGMENT_PATHS: ReadonlyMap<number, string> = new Map([
  ...[...REGIONS].map(([segment, region]) => [segment, polygonPath(clip(SILHOUETTE, region))] as const),
  [1, commandsPath(CAUDATE)] as const
]);

/**
 * Groups segment rows into the sorted, distinct patient numbers per Couinaud segment, with all eight segments present
 * (an empty list where no patient had a lesion), so a view can show zeros rather than leave segments out. A segment
 * outside 1-8 is a data error and throws.
 * @example segmentCounts([{patient: 2, segment: 7}, {patient: 5, segment: 7}]).get(7) // [2, 5]; .get(5) // []
 */
export function segmentCounts(rows: readonly {patient: number; segment: number}[]): Map<number, number[]> {
  const sets = new Map<number, Set<number>>();
  for (let s = 1; s <= 8; ++s) sets.set(s, new Set());
  for (const {patient, segment} of rows) {
    const set = sets.get(segment);
    if (!set) throw new RangeError(`segmentCounts: segment ${segment} (patient ${patient}) is not a Couinaud segment 1-8`);
    set.add(patient);
  }
  return new Map([...sets].map(([segment, set]) => [segment, [...set].sort((a, b) => a - b)]));
}

const patientsText = (n: number) => `${n} patient${n === 1 ? "" : "s"}`;

function segmentTitle(segment: number, patients: readonly number[]): string {
  return patients.length === 0
    ? `Segment ${segment}: no patients in view`
    : `Segment ${segment}: ${patientsText(patients.length)} (${patients.length > maxListedPatients ? listPatients(patients) : patients.join(", ")})`;
}

function defaultAriaLabel(counts: ReadonlyMap<number, readonly number[]>): string {
  const entries = [...counts].map(([segment, patients]) => [segment, patients.length] as const);
  const withPatients = entries.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const without = entries.filter(([, n]) => n === 0).map(([s]) => s);
  const parts = withPatients.map(([segment, n]) => `segment ${segment}, ${patientsText(n)}`);
  if (without.length > 0) parts.push(`no patients in segment${without.length === 1 ? "" : "s"} ${without.join(", ")}`);
  return `Liver schematic, Couinaud segments, anterior view: ${parts.join("; ")}`;
}

/** The most swatches the legend draws one per count (0 to 8: nine fit beside its label in the 480-unit drawing). */
const legendEveryCountUpTo = 8;

/**
 * The counts the legend shows a swatch for: every count from 0 to maxCount when there are few (a segment's shade
 * is then always in the legend, and none is skipped: 0, 1, 2, 3, 4, 5, 6, never 0, 1, 2, 4, 5, 6); for more, a
 * round step (1, 2 or 5 times a power of ten) giving at most six intervals, evenly spaced, and maxCount last.
 * @example legendSteps(6) // [0, 1, 2, 3, 4, 5, 6]
 * @example legendSteps(10) // [0, 2, 4, 6, 8, 10]
 * @example legendSteps(23) // [0, 5, 10, 15, 20, 23]
 */
export function legendSteps(maxCount: number): number[] {
  if (maxCount <= legendEveryCountUpTo) return Array.from({length: maxCount + 1}, (_, i) => i);
  const magnitude = 10 ** Math.floor(Math.log10(maxCount / 6));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => maxCount / s <= 6)!;
  const steps = Array.from({length: Math.floor(maxCount / step) + 1}, (_, i) => i * step);
  return steps.at(-1) === maxCount ? steps : [...steps, maxCount];
}

let instances = 0;

/**
 * Draws the eight Couinaud segments in anterior view as an SVG, each shaded and labelled by the number of distinct
 * patients with a lesion in it, with a native tooltip listing the patients, a legend and a caption. With onSelect,
 * segments are buttons (click, Enter or Space) and `selected` ones are outlined heavily; re-render to change the
 * selection. Elements are created with `options.document`, so the chart can be built and tested outside a browser.
 * @example display(liverSchematic(segments, {width: 480, maxCount: 5, onSelect: (s) => (picked.value = s)}))
 */
export function liverSchematic(
  rows: readonly {patient: number; segment: number}[],
  options: LiverSchematicOptions
): SVGSVGElement {
  const doc = options.document ?? globalThis.document;
  const counts = segmentCounts(rows);
  const observedMax = Math.max(...[...counts.values()].map((p) => p.length));
  const maxCount = Math.max(options.maxCount ?? observedMax, 1);
  const selected = new Set(options.selected ?? []);
  const {onSelect} = options;
  const id = `liver-schematic-${++instances}`;

  const el = <K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}) => {
    const node = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    return node;
  };
  const text = (content: string, attributes: Record<string, string | number>) => {
    const node = el("text", attributes);
    node.textContent = content;
    return node;
  };

  const svg = el("svg", {
    viewBox: `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`,
    width: options.width,
    height: round1((options.width * VIEW_HEIGHT) / VIEW_WIDTH),
    class: "liver-schematic",
    id,
    // A figure of buttons is a group; role="img" would hide the buttons from assistive technology.
    role: onSelect ? "group" : "img",
    "aria-label": options.ariaLabel ?? defaultAriaLabel(counts),
    "font-family": "system-ui, sans-serif",
    style: "max-width: 100%; height: auto; overflow: visible"
  });

  const style = el("style");
  // Scoped by id: a <style> inside inline SVG applies to the whole page.
  style.textContent =
    `#${id} [data-segment][role=button] { cursor: pointer; }` +
    // The focus ring is drawn as a path over the neighbours (see below); a box outline would not follow the shape.
    `#${id} [data-segment]:focus { outline: none; }` +
    `#${id} [data-segment][role=button]:hover { filter: brightness(0.93); }`;
  svg.append(style);

  // Borders are a dark line on a white halo drawn over all fills: visible between any two shades on any page theme,
  // where a currentColor line would vanish between light fills on a dark page.
  const segmentsLayer = el("g", {stroke: "#ffffff", "stroke-width": 3, "stroke-linejoin": "round"});
  const borders = el("g", {fill: "none", stroke: "#2b2b2b", "stroke-width": 1, "stroke-linejoin": "round", "pointer-events": "none", "aria-hidden": "true"});
  const overlay = el("g", {fill: "none", stroke: "currentColor", "stroke-linejoin": "round", "pointer-events": "none", "aria-hidden": "true", "data-overlay": ""});
  const labels = el("g", {"text-anchor": "middle", "pointer-events": "none", "aria-hidden": "true"});

  // Segment 1 last: it is drawn over segment 4, which hides it in anterior view.
  for (const segment of [2, 3, 4, 5, 6, 7, 8, 1]) {
    const patients = counts.get(segment)!;
    const fill = rampColor(patients.length, maxCount);
    const title = segmentTitle(segment, patients);
    const path = el("path", {
      d: SEGMENT_PATHS.get(segment)!,
      fill,
      "data-segment": segment,
      "data-count": patients.length
    });
    const border = el("path", {d: SEGMENT_PATHS.get(segment)!, "data-border": segment});
    if (segment === 1) border.setAttribute("stroke-dasharray", "4 3");
    borders.append(border);
    const titleNode = el("title");
    titleNode.textContent = title;
    path.append(titleNode);
    segmentsLayer.append(path);
    if (selected.has(segment)) overlay.append(el("path", {d: SEGMENT_PATHS.get(segment)!, "stroke-width": 4.5, "data-selected": segment}));

    const {x, y, inline} = LABELS.get(segment)!;
    const ink = textColor(fill);
    const badgeX = inline ? x - 11 : x;
    const badgeY = inline ? y : y - 11;
    labels.append(el("circle", {cx: badgeX, cy: badgeY, r: 8.5, fill: "none", stroke: ink, "stroke-width": 1.1}));
    labels.append(text(String(segment), {x: badgeX, y: badgeY, dy: "0.35em", fill: ink, "font-size": 11, "font-weight": 600}));
    labels.append(
      text(String(patients.length), {
        x: inline ? x + 10 : x,
        y: inline ? y : y + 10,
        dy: "0.35em",
        fill: ink,
        "font-size": inline ? 14 : 17,
        "font-weight": 700,
        "data-count-label": segment
      })
    );
  }

  // Orientation cues that are not data: the gallbladder under the 4/5 border and the name of the hidden lobe.
  const decorations = el("g", {fill: "none", stroke: "currentColor", "aria-hidden": "true", "pointer-events": "none"});
  decorations.append(
    el("path", {d: "M221,217C215,230 221,242 231,242C241,242 247,230 243,212", "stroke-dasharray": "3 2", "stroke-opacity": 0.7}),
    el("path", {d: "M300,160L326,214", "stroke-width": 0.8, "stroke-opacity": 0.7}),
    text("1: caudate, posterior", {x: 330, y: 222, fill: "currentColor", stroke: "none", "font-size": 10, "font-style": "italic"}),
    text("gallbladder", {x: 216, y: 252, fill: "currentColor", stroke: "none", "font-size": 9, "fill-opacity": 0.8, "text-anchor": "end"})
  );

  const legend = el("g", {transform: "translate(24, 278)", "font-size": 10, fill: "currentColor"});
  const steps = legendSteps(maxCount);
  steps.forEach((count, i) => {
    legend.append(
      el("rect", {x: i * 26, y: 0, width: 24, height: 12, fill: rampColor(count, maxCount), stroke: "currentColor", "stroke-width": 0.6, "data-legend-count": count}),
      text(String(count), {x: i * 26 + 12, y: 24, "text-anchor": "middle"})
    );
  });
  legend.append(text("patients with a lesion in the segment", {x: steps.length * 26 + 6, y: 10}));
  legend.setAttribute("aria-hidden", "true");

  const caption = text("Anterior view; segment 1 (caudate) lies behind. Circled: segment; plain: patients.", {
    x: 24,
    y: 324,
    "font-size": 10.5,
    fill: "currentColor",
    "fill-opacity": 0.85
  });

  // The organ's edge drawn heavier than the divisions, so the silhouette reads first.
  const outline = el("path", {d: SILHOUETTE_PATH, fill: "none", stroke: "currentColor", "stroke-width": 2.5, "data-outline": "", "aria-hidden": "true", "pointer-events": "none"});

  svg.append(segmentsLayer, borders, outline, overlay, decorations, labels, legend, caption);
  if (onSelect) selectableSegments(svg as SVGSVGElement, onSelect, {selected: [...selected]});
  return svg as SVGSVGElement;
}

/**
 * Makes the segments of a drawn schematic buttons (click, Enter or Space) that call onSelect with the segment
 * number, with a focus ring that follows the segment's shape. liverSchematic does this when given onSelect; a
 * page calls it on a schematic drawn without (at build time, in the HTML) once the filters can act on a click.
 * A schematic is made selectable once; later calls do nothing.
 * @example selectableSegments(document.querySelector("svg.liver-schematic"), (segment) => panel.toggle("segments", String(segment)))
 */
export function selectableSegments(svg: SVGSVGElement, onSelect: (segment: number) => void, {selected = []}: {selected?: readonly number[]} = {}): SVGSVGElement {
  if (svg.hasAttribute("data-selectable")) return svg;
  svg.setAttribute("data-selectable", "");
  // A figure of buttons is a group; role="img" would hide the buttons from assistive technology.
  svg.setAttribute("role", "group");
  const overlay = svg.querySelector("[data-overlay]")!;
  for (const path of svg.querySelectorAll<SVGPathElement>("path[data-segment]")) {
    const segment = Number(path.getAttribute("data-segment"));
    const title = path.querySelector("title")?.textContent ?? `Segment ${segment}`;
    path.setAttribute("tabindex", "0");
    path.setAttribute("role", "button");
    path.setAttribute("aria-label", segment === 1 ? title.replace("Segment 1", "Segment 1 (caudate, posterior)") : title);
    path.setAttribute("aria-pressed", String(selected.includes(segment)));
    path.addEventListener("click", () => onSelect(segment));
    path.addEventListener("keydown", (event) => {
      const {key} = event as KeyboardEvent;
      if (key !== "Enter" && key !== " ") return;
      event.preventDefault(); // Space would otherwise scroll the page
      onSelect(segment);
    });
    // Drawn on top so that later neighbours cannot cover half of it, as they would a stroke on the path itself.
    const ring = path.ownerDocument.createElementNS(SVG_NS, "path");
    for (const [name, value] of Object.entries({d: path.getAttribute("d")!, stroke: FOCUS_COLOR, "stroke-width": "3", "data-focus-ring": String(segment)})) ring.setAttribute(name, value);
    path.addEventListener("focus", () => overlay.append(ring));
    path.addEventListener("blur", () => ring.remove());
  }
  return svg;
}
