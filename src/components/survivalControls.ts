/**
 * The Survival page's own controls: which attribute the curves are split by (only fields known at the liver
 * resection: splitFields) and how much of the time axis is drawn. Plain HTML (a select and two radios), so the
 * page loader renders them into the page and they work as soon as the page's small script binds them; their
 * state lives in the URL (`by`, `range`) like the filters'.
 */
import {splitFields} from "../lib/filters.js";
import {readParam, writeParam} from "../lib/urlParam.js";
import {documentOf, element} from "./dom.js";

export const splitChoices = ["none", ...splitFields.map((f) => f.key)] as const;
export const rangeChoices = ["first", "full"] as const;
export type SplitChoice = (typeof splitChoices)[number];
export type RangeChoice = (typeof rangeChoices)[number];

export interface SurvivalControlsValue {
  by: SplitChoice;
  range: RangeChoice;
}

export const defaultSurvivalControls: SurvivalControlsValue = {by: "none", range: "first"};

const splitLabel = (key: string) => (key === "none" ? "One curve for all patients in view" : splitFields.find((f) => f.key === key)!.label);
const rangeLabel = (r: string) => (r === "full" ? "Whole follow-up" : "While enough remain at risk");

/** @example survivalControls({document}) // <form class="survival-controls">… */
export function survivalControls(options: {document?: Document; value?: SurvivalControlsValue} = {}): HTMLFormElement {
  const document = documentOf(options);
  const value = options.value ?? defaultSurvivalControls;
  const select = element(document, "select", {id: "survival-by", name: "by"}, splitChoices.map((key) => element(document, "option", {value: key, selected: key === value.by}, [splitLabel(key)])));
  const radios = rangeChoices.map((r) =>
    element(document, "label", {}, [element(document, "input", {type: "radio", name: "range", value: r, checked: r === value.range}), ` ${rangeLabel(r)}`])
  );
  return element(document, "form", {class: "survival-controls"}, [
    element(document, "div", {class: "control"}, [element(document, "label", {for: "survival-by"}, ["Curves by"]), " ", select]),
    element(document, "fieldset", {class: "control"}, [element(document, "legend", {}, ["Time axis"]), ...radios])
  ]);
}

/** The controls' current value. */
export function readSurvivalControls(form: HTMLFormElement): SurvivalControlsValue {
  const by = (form.elements.namedItem("by") as HTMLSelectElement).value as SplitChoice;
  const range = (form.querySelector<HTMLInputElement>("input[name=range]:checked")?.value ?? "first") as RangeChoice;
  return {by, range};
}

/**
 * Binds rendered controls to the URL: sets them from `by` and `range` on load (unknown values leave the
 * defaults) and writes them back on change, so a shared link keeps its split and its axis.
 * @returns the `by` value the URL asked for when it is not offered (e.g. "vitalStatus"), else null
 */
export function bindSurvivalControls(form: HTMLFormElement, search = globalThis.location?.search ?? ""): string | null {
  const by = readParam("by", splitChoices, "none", search);
  const range = readParam("range", rangeChoices, "first", search);
  (form.elements.namedItem("by") as HTMLSelectElement).value = by;
  for (const radio of form.querySelectorAll<HTMLInputElement>("input[name=range]")) radio.checked = radio.value === range;
  form.addEventListener("change", () => {
    const value = readSurvivalControls(form);
    writeParam("by", value.by, "none");
    writeParam("range", value.range, "first");
  });
  const requested = new URLSearchParams(search).get("by");
  return requested !== null && !(splitChoices as readonly string[]).includes(requested) ? requested : null;
}
