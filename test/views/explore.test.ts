import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {applyFilters, emptyFilters, type FilterState} from "../../src/lib/filters.js";
import {renderExplore} from "../../src/views/explore.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients} = buildCohort(readSourceFolder(bundledSourceDir));
const render = (filters: FilterState) =>
  renderExplore({patients, inView: applyFilters(patients, filters), filters, by: "none", widths: () => [640], document: doc}) as Record<string, Element>;
/** The slot's figure: the drawing itself at one width. */
const figureOf = (node: Element) => (node.matches("[data-figure]") ? node : node.querySelector("[data-figure]"));
const caption = (node: Element) => figureOf(node)?.querySelector("figcaption")?.textContent ?? null;

describe("renderExplore: each chart is a figure to take away", () => {
  it("names every bar chart and strip for its downloads (explore-<field>)", () => {
    const views = render(emptyFilters);
    expect(figureOf(views["bar-sex"]!)!.getAttribute("data-figure")).toBe("explore-sex");
    expect(figureOf(views["strip-age"]!)!.getAttribute("data-figure")).toBe("explore-age");
  });
  it("says under a bar chart whose own field is filtered that its counts leave that filter out, and nothing otherwise", () => {
    const views = render({categories: {sex: ["F"]}, age: null});
    expect(caption(views["bar-sex"]!)).toBe("Counts apply every filter but this one (Sex): each bar shows the patients choosing it would give; chosen: solid, the others faded.");
    expect(caption(views["bar-primarySite"]!)).toBeNull();
    expect(caption(render(emptyFilters)["bar-sex"]!)).toBeNull();
  });
});
