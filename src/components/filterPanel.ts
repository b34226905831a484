/**
 * The cohort filter panel shown on every page with cohort data: checkboxes per category field (with the count
 * each choice would give), an age range, a reset button, the count of patients in view, a note of any URL
 * parameters it ignored, and a button that copies the view's address (src/components/copyLink.ts). It is an
 * Observable input: `value` is the FilterState and it dispatches "input" on change. It keeps the URL query in
 * step (pushState, so back and forward walk through filter changes) and rewrites the site's page links to carry
 * the query, so the view follows the reader from page to page.
 */
import {crossfilter, type Crossfilter} from "../lib/crossfilter.js";
import {
  activeFilterCount,
  activeFilters,
  categoryFields,
  emptyFilters,
  type FilterState,
  formatFilters,
  type IgnoredParameter,
  parseFilters,
  rangeField,
  subsetLabel,
  toggleCategory,
  valueNames
} from "../lib/filters.js";
import {formatInteger} from "../lib/format.js";
import {documentOf, element, setText} from "./dom.js";
import {copyLinkControl} from "./copyLink.js";
import {carryQuery} from "./pageLinks.js";

// carryQuery lives in its own light module (for pages without the panel) and is re-exported beside the panel it serves.
export {carryQuery};

export interface FilterPanelOptions {
  document?: Document;
  /** The window whose location and history hold the state (tests pass a stub). */
  window?: Pick<Window, "location" | "history" | "addEventListener">;
  /** Show the controls expanded (Explore) or folded behind the summary (other pages). */
  open?: boolean;
  /** Query keys the page itself owns (e.g. "by"); kept in the URL, not reported as ignored. */
  keep?: readonly string[];
  /** Display labels for category values, by field (e.g. sex F -> Female). */
  valueLabels?: Record<string, Record<string, string>>;
}

export type FilterPanel = HTMLElement & {
  value: FilterState;
  /** Switches one label of one field, as a click on a bar does. */
  toggle(key: string, label: string): void;
  /** Replaces the whole state. */
  set(state: FilterState): void;
  /** The patients in view and the faceted counts, kept incrementally as the state changes. */
  crossfilter: Crossfilter<object>;
};

/** @example const panel = filterPanel(patients, {open: true}); const filters = view(panel); */
export function filterPanel(patients: readonly object[], options: FilterPanelOptions = {}): FilterPanel {
  const document = documentOf(options);
  const win = options.window ?? globalThis.window;
  const keep = options.keep ?? [];
  const valueLabels: Record<string, Record<string, string>> = {...valueNames, ...options.valueLabels};
  const cf = crossfilter(patients);
  // The crossfilter's labels are categoryOptions(patients): worked out once, for the boxes and the URL both.
  const choices = new Map(categoryFields.map(({key}) => [key, [...cf.labels(key)]]));
  const ages = patients.map((p) => (p as {age: number}).age).filter(Number.isFinite);
  // A fold, not Math.min(...ages): a registry's 100,000 arguments would overflow the call stack.
  const ageBounds = {min: ages.reduce((a, b) => Math.min(a, b), Infinity), max: ages.reduce((a, b) => Math.max(a, b), -Infinity)};
  let state: FilterState = emptyFilters;
  let ignored: IgnoredParameter[] = [];

  const count = element(document, "span", {"data-testid": "cohort-count", "aria-live": "polite", class: "cohort-count"});
  const activeNote = element(document, "span", {class: "filters-active"});
  const summary = element(document, "summary", {}, [element(document, "strong", {}, ["Filters"]), " ", activeNote, " · ", count]);
  const ignoredNote = element(document, "p", {class: "filters-ignored", role: "status", hidden: true});
  const body = element(document, "div", {class: "filters-grid"});
  const reset = element(document, "button", {type: "button", class: "filters-reset"}, ["Reset filters"]);
  const details = element(document, "details", {class: "filter-panel", open: options.open ?? false}, [
    summary,
    ignoredNote,
    body,
    element(document, "div", {class: "filters-actions"}, [reset])
  ]);
  // The active filters as chips outside the fold, so the subset is named even with the panel closed (and in a
  // screenshot); each chip removes its filter.
  const chips = element(document, "div", {class: "filter-chips", role: "group", "aria-label": "Active filters", hidden: true});
  const panel = element(document, "div", {class: "filter-bar"}, [details, chips, copyLinkControl(document)]) as unknown as FilterPanel;

  const boxes = new Map<string, HTMLInputElement>();
  const countsOf = new Map<string, HTMLElement>();
  for (const {key, label} of categoryFields) {
    const labels = choices.get(key) ?? [];
    if (labels.length < 2) continue; // a field with one value cannot narrow the cohort
    const items = labels.map((value) => {
      const id = `filter-${key}-${value.replace(/[^A-Za-z0-9]+/g, "-")}`;
      const box = element(document, "input", {type: "checkbox", id, name: key, value});
      const n = element(document, "span", {class: "filter-n"});
      boxes.set(`${key}\u0000${value}`, box);
      countsOf.set(`${key}\u0000${value}`, n);
      box.addEventListener("change", () => update(toggleCategory(state, key, value)));
      return element(document, "label", {for: id}, [box, " ", valueLabels[key]?.[value] ?? value, " ", n]);
    });
    body.append(element(document, "fieldset", {"data-field": key}, [element(document, "legend", {}, [label]), ...items]));
  }
  const ageInput = (which: "min" | "max") =>
    element(document, "input", {
      type: "number",
      id: `filter-age-${which}`,
      name: `age-${which}`,
      min: ageBounds.min,
      max: ageBounds.max,
      step: 1,
      inputmode: "numeric"
    });
  const ageMin = ageInput("min");
  const ageMax = ageInput("max");
  const onAge = () => {
    const min = Math.max(ageBounds.min, Math.min(Number(ageMin.value || ageBounds.min), ageBounds.max));
    const max = Math.min(ageBounds.max, Math.max(Number(ageMax.value || ageBounds.max), min));
    update({...state, age: min === ageBounds.min && max === ageBounds.max ? null : {min, max}});
  };
  ageMin.addEventListener("change", onAge);
  ageMax.addEventListener("change", onAge);
  body.append(
    element(document, "fieldset", {"data-field": rangeField.key}, [
      element(document, "legend", {}, [rangeField.label]),
      element(document, "label", {for: "filter-age-min"}, ["From ", ageMin]),
      element(document, "label", {for: "filter-age-max"}, ["to ", ageMax])
    ])
  );
  reset.addEventListener("click", () => update(emptyFilters));

  // The chips' text as last drawn: a change that leaves the active filters' wording alone leaves the chips alone.
  let chipsDrawn = "";
  function render(): void {
    cf.apply(state);
    const inView = cf.size;
    // Only text that changed is written, so a click touches only the counts it moves.
    setText(count, `${formatInteger(inView)} of ${formatInteger(patients.length)} patients`);
    // The patients in view as a figure names them, for what reads the panel from outside (npm run pdf's cover).
    const subset = subsetLabel(state, inView, patients.length);
    if (panel.dataset.subset !== subset) panel.dataset.subset = subset;
    const activeCount = activeFilterCount(state);
    setText(activeNote, activeCount ? `${activeCount} active` : "none active");
    // Faceted counts: each field's choices count the patients matching every other filter.
    for (const {key} of categoryFields) {
      const counts = cf.counts(key);
      cf.labels(key).forEach((value, i) => {
        const id = `${key}\u0000${value}`;
        const box = boxes.get(id);
        if (!box) return;
        const checked = (state.categories[key] ?? []).includes(value);
        if (box.checked !== checked) box.checked = checked;
        setText(countsOf.get(id)!, `(${counts[i]})`);
      });
    }
    const active = activeFilters(state);
    const chipsText = `${inView}\u0000${active.map((a) => a.text).join("\u0000")}`;
    if (chipsText !== chipsDrawn) drawChips(active, inView);
    chipsDrawn = chipsText;
    const [min, max] = [String(state.age?.min ?? ageBounds.min), String(state.age?.max ?? ageBounds.max)];
    if (ageMin.value !== min) ageMin.value = min;
    if (ageMax.value !== max) ageMax.value = max;
    if (ignoredNote.hidden !== (ignored.length === 0)) ignoredNote.hidden = ignored.length === 0;
    setText(
      ignoredNote,
      ignored.length
        ? `Ignored ${ignored.length === 1 ? "a URL parameter" : `${ignored.length} URL parameters`}: ` +
            ignored.map((i) => `${clip(i.key)}=${clip(i.value)} (${i.reason})`).join("; ")
        : ""
    );
  }

  function drawChips(active: ReturnType<typeof activeFilters>, inView: number): void {
    chips.hidden = active.length === 0;
    chips.replaceChildren(
      ...(active.length ? [element(document, "span", {class: "filter-chips-label"}, [`Showing ${formatInteger(inView)} of ${formatInteger(patients.length)}:`])] : []),
      ...active.map(({key, text}) => {
        const chip = element(document, "button", {type: "button", class: "filter-chip", "data-filter": key, "aria-label": `Remove filter ${text}`}, [
          text,
          element(document, "span", {"aria-hidden": "true", class: "filter-chip-x"}, ["×"])
        ]);
        chip.addEventListener("click", () => update(removeField(state, key)));
        return chip;
      })
    );
  }

  function query(): string {
    const current = new URLSearchParams(win.location.search);
    const extra = keep.flatMap((k) => current.getAll(k).map((v) => [k, v] as [string, string]));
    return formatFilters(state, choices, extra);
  }

  function update(next: FilterState, {push = true} = {}): void {
    state = next;
    ignored = [];
    if (push) {
      const url = `${win.location.pathname}${query()}${win.location.hash}`;
      if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.pushState(null, "", url);
    }
    render();
    carryQuery(document, formatFilters(state, choices));
    panel.dispatchEvent(new (document.defaultView?.Event ?? Event)("input", {bubbles: true}));
  }

  function readLocation(): void {
    ({state, ignored} = parseFilters(win.location.search, choices, {keep}));
  }

  // Links carry the filters only: a page's own settings (keep) mean nothing on other pages.
  readLocation();
  render();
  carryQuery(document, formatFilters(state, choices));
  win.addEventListener("popstate", () => {
    readLocation();
    render();
    carryQuery(document, formatFilters(state, choices));
    panel.dispatchEvent(new (document.defaultView?.Event ?? Event)("input", {bubbles: true}));
  });
  Object.defineProperty(panel, "value", {get: () => state, set: (next: FilterState) => update(next)});
  panel.toggle = (key, label) => update(toggleCategory(state, key, label));
  panel.set = (next) => update(next);
  panel.crossfilter = cf;
  return panel;
}

/** The state without one field's filter (what a chip's remove does). */
function removeField(state: FilterState, key: string): FilterState {
  if (key === rangeField.key) return {...state, age: null};
  const {[key]: _removed, ...categories} = state.categories;
  return {...state, categories};
}

/** Shortens a value for display; the text is only ever set as textContent, never parsed as HTML. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
