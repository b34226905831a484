import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {figureFrame} from "../../src/components/figureFrame.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

describe("figureFrame", () => {
  it("figureFrame(chart, {title, subset, caption}) puts title, subset line, chart, caption and the download buttons in one named figure, in that order", () => {
    const chart = doc.createElement("svg");
    const figure = figureFrame(chart, {name: "survival-course", title: "Each patient's course", subset: "3 of 10 patients (Sex: Male)", caption: "Lanes: …", document: doc});
    expect(figure.tagName.toLowerCase()).toBe("figure");
    expect([...figure.children].map((c) => c.tagName.toLowerCase())).toEqual(["h3", "p", "svg", "figcaption", "div"]);
    expect(figure.querySelector(".figure-subset")!.textContent).toBe("3 of 10 patients (Sex: Male)");
    expect(figure.dataset.figure).toBe("survival-course");
    expect([...figure.querySelectorAll(".figure-export button")].map((b) => b.getAttribute("data-export"))).toEqual(["svg", "png"]);
  });
  it("figureFrame without a caption has none", () => {
    expect(figureFrame(doc.createElement("svg"), {name: "x", title: "T", subset: "All 10 patients", document: doc}).querySelector("figcaption")).toBeNull();
  });
});
