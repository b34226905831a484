/**
 * The Explore page's own control: which attribute the table's columns are split by. Plain HTML (one select), so
 * the page loader renders it into the page and it works as soon as the page's small script binds it; its state
 * lives in the URL (`by`) like the filters'. Any one-value field may split a descriptive table, the outcome
 * included (a survival comparison may not: see splitFields).
 */
import {categoryFields} from "../lib/filters.js";
import {readParam, writeParam} from "../lib/urlParam.js";
import {documentOf, element} from "./dom.js";

export const tableSplitChoices: readonly string[] = ["none", ...categoryFields.filter((f) => f.kind !== "list").map((f) => f.key)];

/** @example tableSplitLabel("sex") // "Sex" */
export function tableSplitLabel(key: string): string {
  return key === "none" ? "No split" : (categoryFields.find((f) => f.key === key)?.label ?? key);
}

/** @example exploreControls({document}) // <form class="explore-controls">… */
export function exploreControls(options: {document?: Document; by?: string} = {}): HTMLFormElement {
  const document = documentOf(options);
  const by = options.by ?? "none";
  const select = element(document, "select", {id: "explore-by", name: "by"}, tableSplitChoices.map((key) => element(document, "option", {value: key, selected: key === by}, [tableSplitLabel(key)])));
  return element(document, "form", {class: "explore-controls"}, [element(document, "div", {class: "control"}, [element(document, "label", {for: "explore-by"}, ["Split columns by"]), " ", select])]);
}

/** The split the form shows. */
export function readExploreControls(form: HTMLFormElement): string {
  return (form.elements.namedItem("by") as HTMLSelectElement).value;
}

/** Sets the form from the URL's `by` (an unknown value leaves "none") and writes it back on change. */
export function bindExploreControls(form: HTMLFormElement, search = globalThis.location?.search ?? ""): void {
  (form.elements.namedItem("by") as HTMLSelectElement).value = readParam("by", tableSplitChoices, "none", search);
  form.addEventListener("change", () => writeParam("by", readExploreControls(form), "none"));
}
