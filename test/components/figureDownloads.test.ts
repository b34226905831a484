import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {exportable, figureView} from "../../src/components/figureDownloads.js";
import {figureFileName, lightColour, sourceLine, withResolution} from "../../src/components/figureExport.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

describe("exportable", () => {
  it("names a figure and gives it an SVG and a PNG button", () => {
    const figure = exportable(doc.createElement("figure"), "survival-km", {document: doc});
    expect(figure.getAttribute("data-figure")).toBe("survival-km");
    const buttons = [...figure.querySelectorAll("button")];
    expect(buttons.map((b) => [b.getAttribute("type"), b.getAttribute("data-export"), b.textContent])).toEqual([["button", "svg", "SVG"], ["button", "png", "PNG"]]);
    // The accessible name says what the button does and includes its visible text.
    for (const b of buttons) expect(b.getAttribute("aria-label")).toContain(b.textContent!);
  });
  it("wraps a chart that is not a figure in one", () => {
    const svg = doc.createElement("svg");
    const figure = exportable(svg, "explore-sex", {document: doc});
    expect(figure.tagName.toLowerCase()).toBe("figure");
    expect(figure.firstElementChild).toBe(svg);
  });
});

describe("figureView", () => {
  it("names the patients in view and lists each filter and kept control for the file name, in panel order", () => {
    const view = figureView({categories: {sex: ["F"], primarySite: ["Retroperitoneum", "Stomach"]}, age: {min: 40, max: 60}}, 3, 10, "?sex=F&by=sex&range=full&x=1", ["by", "range"]);
    expect(view.subset).toBe("3 of 10 patients (Primary site: Retroperitoneum or Stomach; Sex: Female; Age (years): 40–60)");
    expect(view.nameParts).toEqual(["primarySite", "Retroperitoneum", "Stomach", "sex", "F", "age", "40-60", "by", "sex", "range", "full"]);
  });
  it("says all patients with no filter", () => {
    expect(figureView({categories: {}, age: null}, 10, 10, "")).toEqual({subset: "All 10 patients", nameParts: []});
  });
});

describe("figureFileName", () => {
  it("joins the figure's name with the view's filters", () => {
    expect(figureFileName("survival-km", ["primarySite", "Retroperitoneum"], "svg")).toBe("survival-km-primarySite-Retroperitoneum.svg");
    expect(figureFileName("survival-km", [], "png")).toBe("survival-km.png");
  });
  it("keeps only characters every file system accepts", () => {
    expect(figureFileName("explore-liverProcedure", ["liverProcedure", "Partial hepatectomy / ablation", "Ségment"], "png")).toBe("explore-liverProcedure-liverProcedure-Partial_hepatectomy_ablation-Segment.png");
    expect(figureFileName("x", ["a/b\\c:d", "?"], "svg")).toBe("x-a_b_c_d.svg");
  });
});

describe("lightColour", () => {
  it("writes theme colours as the light theme's", () => {
    expect(lightColour("var(--theme-background, white)")).toBe("#ffffff");
    expect(lightColour("var(--theme-foreground-focus, #3b5fc0)")).toBe("#3b5fc0");
    expect(lightColour("currentColor")).toBe("#1b1e23");
    expect(lightColour("var(--unknown, var(--theme-background))")).toBe("#ffffff");
    expect(lightColour("var(--unknown)")).toBe("#1b1e23");
    expect(lightColour("stroke: currentcolor; fill: #abc")).toBe("stroke: #1b1e23; fill: #abc");
    expect(lightColour("#e15759")).toBe("#e15759");
  });
});

describe("sourceLine", () => {
  it("cites the article and names the patients, the date and the address", () => {
    expect(sourceLine({citation: "Kim, Lee. Title. Journal.", subset: "4 of 10 patients (Sex: Female)", date: "2026-12-06", url: "https://x.org/survival?sex=F"}))
      .toBe("Source: Kim, Lee. Title. Journal. Patients: 4 of 10 patients (Sex: Female). Drawn 2026-12-06 from https://x.org/survival?sex=F");
  });
});

describe("withResolution", () => {
  // A 1×1 white PNG as Chromium's canvas writes it: signature, IHDR, IDAT, IEND.
  const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==", "base64"));
  it("records the resolution in a pHYs chunk after the header, with its CRC, leaving the image as it was", () => {
    const out = Buffer.from(withResolution(png, 192));
    expect(out.length).toBe(png.length + 21);
    expect(out.subarray(0, 33)).toEqual(Buffer.from(png.subarray(0, 33)));
    expect(out.subarray(33, 41).toString("latin1")).toBe("\0\0\0\tpHYs");
    expect([out.readUInt32BE(41), out.readUInt32BE(45), out[49]]).toEqual([7559, 7559, 1]);
    // The CRC of "pHYs" and its data, as zlib computes it (Python's zlib.crc32 gives 0x8fe5f165).
    expect(out.readUInt32BE(50)).toBe(0x8fe5f165);
    expect(out.subarray(54)).toEqual(Buffer.from(png.subarray(33)));
  });
});
