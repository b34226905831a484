/**
 * A figure of the page as a file for a slide or a letter: one self-contained SVG (or a PNG drawn from it) with the
 * figure's title and subset line, its legend, every chart it holds (a Kaplan–Meier curve with its number-at-risk
 * table), its caption, and a source line: the article's citation, the filters in force and the date and address
 * of the view. Loaded only when a reader asks for a download (src/components/figureDownloads.ts).
 *
 * It reads the figure as the reader sees it (only the drawing for this screen's width, not the one for a phone),
 * and always exports it light: colours the page takes from its theme (`currentColor`, `var(--theme-…)`) are
 * written as the light theme's, so a figure exported from a dark page is still black on white. Text is set in
 * system fonts, wrapped to the figure's width; nothing refers outside the file.
 */
import {formatDay} from "../lib/format.js";
import {saveFile} from "./downloadButton.js";
import type {FigureView} from "./figureDownloads.js";

const svgNS = "http://www.w3.org/2000/svg";
const fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const padding = 16;
const minWidth = 480;
/** A PNG has at least this many pixels across, and at least twice the figure's own size. */
export const minPngWidth = 1200;

/**
 * The light theme's colours (Framework's air theme: its foreground and background, and the mixes of the two its
 * muted tones are made of), for a figure exported from either theme.
 */
const lightTheme: Record<string, string> = {
  "--theme-foreground": "#1b1e23",
  "--theme-background": "#ffffff",
  "--theme-background-a": "#ffffff",
  "--theme-background-alt": "#f6f6f6",
  "--theme-foreground-focus": "#3b5fc0",
  "--theme-foreground-alt": "#323439",
  "--theme-foreground-muted": "#76787b",
  "--theme-foreground-faint": "#8d8f91",
  "--theme-foreground-fainter": "#bbbcbd",
  "--theme-foreground-faintest": "#dfe0e0",
  "--plot-background": "#ffffff"
};
const foreground = lightTheme["--theme-foreground"]!;
const muted = "#55585d";

/** The presentation attributes that can carry a theme colour. */
const colourAttributes = ["fill", "stroke", "color", "stop-color", "flood-color", "lighting-color", "style"];

/**
 * A colour as the light theme resolves it: `var(--x, fallback)` by the table (else its fallback), `currentColor`
 * as the foreground.
 * @example lightColour("var(--theme-background, white)") // "#ffffff"
 * @example lightColour("currentColor") // "#1b1e23"
 */
export function lightColour(value: string): string {
  let out = value;
  // Innermost var() first, so a fallback that is itself a var() resolves too.
  for (let guard = 0; guard < 10 && /var\(/.test(out); guard++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => lightTheme[name] ?? fallback?.trim() ?? foreground);
  }
  return out.replace(/currentcolor/gi, foreground);
}

/**
 * The file name: the figure's name, then each filter and page control, in characters every file system keeps.
 * @example figureFileName("survival-km", ["primarySite", "Retroperitoneum"], "svg") // "survival-km-primarySite-Retroperitoneum.svg"
 */
export function figureFileName(name: string, parts: readonly string[], extension: "svg" | "png"): string {
  const stem = [name, ...parts]
    .map((part) => part.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\w.-]+/g, "_").replace(/^_+|_+$/g, ""))
    .filter(Boolean)
    .join("-")
    .slice(0, 150);
  return `${stem}.${extension}`;
}

/** One piece of the figure, top to bottom. */
type Block =
  | {kind: "text"; text: string; role: "title" | "subtitle" | "caption" | "source"}
  | {kind: "chart"; svg: SVGSVGElement; width: number; height: number}
  | {kind: "legend"; items: {swatch: SVGSVGElement | string; label: string}[]};

const textStyle = {
  title: {size: 18, weight: "bold", colour: foreground, gap: 4},
  subtitle: {size: 14, weight: "normal", colour: muted, gap: 6},
  caption: {size: 12, weight: "normal", colour: foreground, gap: 4},
  source: {size: 11, weight: "normal", colour: muted, gap: 2}
} as const;

/** Whether the reader sees the element (the drawing for the other screen width is `display: none`). */
function shown(node: Element): boolean {
  return node.getClientRects().length > 0;
}

function words(node: Node): string {
  return (node.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The figure's pieces in reading order: headings, legends, charts and captions, skipping the download buttons. */
function blocks(node: Element, out: Block[] = []): Block[] {
  for (const child of node.children) {
    if (!shown(child) || child.matches(".figure-export, [aria-hidden=true]:not(svg)")) continue;
    const tag = child.tagName.toLowerCase();
    if (tag === "svg") {
      const svg = child as SVGSVGElement;
      const box = svg.viewBox?.baseVal;
      const width = Number(svg.getAttribute("width")) || box?.width || svg.getBoundingClientRect().width;
      const height = Number(svg.getAttribute("height")) || box?.height || svg.getBoundingClientRect().height;
      out.push({kind: "chart", svg, width, height});
    } else if (child.matches(".lms-plot-swatches, .figure-legend")) {
      const items = [...child.querySelectorAll(".lms-plot-swatch, li")].map((item) => {
        const swatch = item.querySelector("svg");
        const line = item.querySelector<HTMLElement>(".legend-line");
        const colour = line ? /border-color:\s*([^;]+)/.exec(line.getAttribute("style") ?? "")?.[1] ?? foreground : foreground;
        return {swatch: swatch ?? colour, label: words(item)};
      });
      if (items.length) out.push({kind: "legend", items});
    } else if (/^h[1-6]$/.test(tag) || child.matches(".figure-title")) {
      const text = words(child);
      if (text) out.push({kind: "text", text, role: tag === "h2" || child.matches(".figure-title") ? "title" : "subtitle"});
    } else if (child.matches(".figure-subset")) {
      const text = words(child);
      if (text) out.push({kind: "text", text, role: "subtitle"});
    } else if (child.children.length === 0 || tag === "figcaption" || tag === "p") {
      const text = words(child);
      if (text) out.push({kind: "text", text, role: "caption"});
    } else blocks(child, out);
  }
  return out;
}

/**
 * Lines of at most `width` pixels in the font given, by the browser's own text metrics. A word wider than a line
 * (a long address) is cut where it must be.
 */
function wrap(text: string, width: number, font: string, measure: CanvasRenderingContext2D): string[] {
  measure.font = font;
  const fits = (piece: string) => measure.measureText(piece).width <= width;
  const pieces = text.split(" ").flatMap((word) => {
    if (fits(word)) return [word];
    const cut: string[] = [""];
    for (const char of word) {
      if (!fits(cut.at(-1)! + char)) cut.push("");
      cut[cut.length - 1] += char;
    }
    return cut;
  });
  const lines: string[] = [];
  let line = "";
  for (const word of pieces) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A copy of a chart with theme colours made light, and without what only a pointer shows (Plot's tips) or does. */
function lightCopy(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // A chart's own style sheet only styles it as a control (the liver schematic's hover and focus); Plot's rules
  // are the page's (style.css), and what a file needs of them is carried by attributes.
  for (const node of copy.querySelectorAll("[data-mark=tip], [aria-label=tip], style")) node.remove();
  for (const node of [copy, ...copy.querySelectorAll("*")]) {
    for (const name of colourAttributes) {
      const value = node.getAttribute(name);
      if (value && /var\(|currentcolor/i.test(value)) node.setAttribute(name, lightColour(value));
    }
    // What made the chart a control on the page (a segment or bar that filters) means nothing in a file.
    for (const name of ["tabindex", "aria-pressed", "data-toggle", "data-toggle-field"]) node.removeAttribute(name);
    if (node.getAttribute("role") === "button") node.removeAttribute("role");
    if (node instanceof SVGElement || node instanceof HTMLElement) node.style.removeProperty("cursor");
    if (node.getAttribute("style") === "") node.removeAttribute("style");
  }
  return copy;
}

function create<K extends keyof SVGElementTagNameMap>(document: Document, tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The source line under every exported figure: the citation, the filters, the date and the view's address. */
export function sourceLine({citation, subset, date, url}: {citation: string; subset: string; date: string; url: string}): string {
  return `Source: ${citation} Patients: ${subset}. Drawn ${date} from ${url}`;
}

/** The article's citation as the page's head gives it (written from article.json by observablehq.config.ts). */
function citationOf(document: Document): string {
  return document.querySelector<HTMLMetaElement>("meta[name=source-citation]")?.content.trim() || document.title;
}

/**
 * The figure as one standalone SVG, light, with its source line.
 * @example figureSvg(document.querySelector("[data-figure=survival-km]"), {subset: "All 10 patients", nameParts: []}).outerHTML
 */
export function figureSvg(figure: HTMLElement, view: FigureView): {svg: SVGSVGElement; width: number; height: number} {
  const document = figure.ownerDocument;
  const measure = document.createElement("canvas").getContext("2d")!;
  const pieces = blocks(figure);
  const charts = pieces.filter((p): p is Extract<Block, {kind: "chart"}> => p.kind === "chart");
  const width = Math.ceil(Math.max(minWidth, ...charts.map((c) => c.width)) + 2 * padding);
  const inner = width - 2 * padding;
  pieces.push({kind: "text", role: "source", text: sourceLine({citation: citationOf(document), subset: view.subset, date: formatDay(new Date()), url: document.location.href})});

  const root = create(document, "svg", {xmlns: svgNS, width, height: 0, viewBox: `0 0 ${width} 0`, "font-family": fontFamily, fill: foreground, role: "img"});
  const title = pieces.find((p) => p.kind === "text" && p.role === "title");
  root.append(create(document, "title", {}, title && title.kind === "text" ? title.text : figure.dataset.figure ?? "Figure"));
  root.append(create(document, "rect", {width: "100%", height: "100%", fill: "#ffffff"}));
  let y = padding;
  for (const piece of pieces) {
    if (piece.kind === "text") {
      const style = textStyle[piece.role];
      const font = `${style.weight} ${style.size}px ${fontFamily}`;
      const lineHeight = Math.round(style.size * 1.35);
      for (const line of wrap(piece.text, inner, font, measure)) {
        y += lineHeight;
        root.append(create(document, "text", {x: padding, y: y - Math.round(style.size * 0.3), "font-size": style.size, "font-weight": style.weight, fill: style.colour}, line));
      }
      y += style.gap;
    } else if (piece.kind === "chart") {
      const chart = lightCopy(piece.svg);
      chart.setAttribute("x", String(padding));
      chart.setAttribute("y", String(y));
      chart.setAttribute("width", String(piece.width));
      chart.setAttribute("height", String(piece.height));
      // The class tied the chart to the page's stylesheet, which the file does not have; its colour is now set here.
      chart.removeAttribute("class");
      if (!chart.getAttribute("fill")) chart.setAttribute("fill", foreground);
      chart.setAttribute("color", foreground);
      root.append(chart);
      y += piece.height + 6;
    } else {
      const font = `normal 13px ${fontFamily}`;
      measure.font = font;
      let x = padding;
      y += 4;
      for (const {swatch, label} of piece.items) {
        const itemWidth = 22 + measure.measureText(label).width;
        if (x > padding && x + itemWidth > padding + inner) {
          x = padding;
          y += 20;
        }
        if (typeof swatch === "string") {
          root.append(create(document, "line", {x1: x, x2: x + 16, y1: y + 8, y2: y + 8, stroke: lightColour(swatch), "stroke-width": 3}));
        } else {
          const copy = lightCopy(swatch);
          for (const [name, value] of Object.entries({x, y, width: 15, height: 15})) copy.setAttribute(name, String(value));
          root.append(copy);
        }
        root.append(create(document, "text", {x: x + 22, y: y + 12, "font-size": 13, fill: foreground}, label));
        x += itemWidth + 18;
      }
      y += 26;
    }
  }
  const height = Math.ceil(y + padding);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return {svg: root, width, height};
}

/** The SVG file's text. */
function serialize(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** The figure drawn as a PNG at twice its size (or more, to be at least minPngWidth pixels wide), on white. */
async function png(svgText: string, width: number, height: number, document: Document): Promise<Blob> {
  const scale = Math.max(2, minPngWidth / width);
  const url = URL.createObjectURL(new Blob([svgText], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const drawn = await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"));
    return new Blob([withResolution(new Uint8Array(await drawn.arrayBuffer()), 96 * scale)], {type: "image/png"});
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The PNG with its resolution recorded (a pHYs chunk after the header): at 96 dpi times the scale it was drawn at, a
 * slide or a word processor places it at the figure's own size, sharp, rather than twice as large.
 * @example withResolution(png, 192) // the same image, marked 192 dpi (7559 pixels per metre)
 */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array<ArrayBuffer> {
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9); // data length
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, perMetre);
  view.setUint32(12, perMetre);
  chunk[16] = 1; // unit: the metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  // The signature (8 bytes) and the IHDR chunk (25 bytes) come first; pHYs must come before the image data.
  const headerEnd = 8 + 25;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, headerEnd));
  out.set(chunk, headerEnd);
  out.set(png.subarray(headerEnd), headerEnd + chunk.length);
  return out;
}

/** CRC-32 as PNG chunks carry it (ISO 3309, the polynomial 0xEDB88320). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Saves the figure as SVG or PNG under a name that says what it is. */
export async function downloadFigure(figure: HTMLElement, format: "svg" | "png", view: FigureView): Promise<void> {
  const {svg, width, height} = figureSvg(figure, view);
  const text = serialize(svg);
  const name = figureFileName(figure.dataset.figure ?? "figure", view.nameParts, format);
  const blob = format === "svg" ? new Blob([text], {type: "image/svg+xml;charset=utf-8"}) : await png(text, width, height, figure.ownerDocument);
  saveFile(blob, name, figure.ownerDocument);
}
