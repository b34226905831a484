/**
 * The interactive layer of a page that arrives rendered. The page's HTML already holds the whole series: the
 * filter panel, and every figure, table and sentence that follows the filters, each in a `[data-slot]`. This
 * swaps the static panel for the live one (same markup, so nothing moves), keeps any box the reader ticked
 * before it arrived, and, once filters are on (from the URL or a click), loads the page's views (Plot, the
 * statistics) and redraws each slot in place. Until the views have drawn, the page says plainly that it still
 * shows the whole series. With filters off again, the static whole-series rendering comes back.
 *
 * A change redraws only what it changes. The panel's crossfilter updates the patients in view and the counts
 * incrementally; each slot's view comes with a key (which patients, and whatever else it shows), and a slot
 * whose key and width are those of its drawing is left untouched. A slot far off screen is not drawn on the
 * change: it is hidden (`lms-stale`) until it scrolls near, and drawn then, or before the page is printed.
 */
import type {Crossfilter} from "../lib/crossfilter.js";
import {activeFilterCount, categoryFields, emptyFilters, type FilterState, rangeField} from "../lib/filters.js";
import type {LiveSlot} from "../views/slots.js";
import {classed, element, setText} from "./dom.js";
import {enableCopyLink} from "./copyLink.js";
import {figureDownloads, figureView} from "./figureDownloads.js";
import {filterPanel, type FilterPanel} from "./filterPanel.js";

export interface LiveContext<P> {
  patients: readonly P[];
  inView: readonly P[];
  filters: FilterState;
  /** The width a slot offers its drawing, in CSS pixels. */
  widthOf: (slot: string) => number;
  /** The live filter panel, for views that filter on a click (panel.toggle(key, label)). */
  panel: FilterPanel;
  /** The patients in view and the faceted counts, kept incrementally (keys tell a view its patients changed). */
  crossfilter: Crossfilter<P>;
}

export interface LiveLayerOptions<P, V> {
  /** The cohort, as Framework's FileAttachment("data/patients.json") gives it. */
  patients: {json(): Promise<P[]>};
  /** Loads the page's views module (a dynamic import, fetched only when needed). */
  load: () => Promise<V>;
  /**
   * Every slot for the patients in view, by slot name: a node, or a LiveSlot drawn only when on screen and only
   * when its key changed.
   */
  render: (views: V, context: LiveContext<P>) => Record<string, Node | LiveSlot>;
  /** Query keys the page owns besides the filters (e.g. "by"). */
  keep?: readonly string[];
  /** Called after each redraw (live or static), with the filter state; for a page's own controls. */
  onChange?: (filters: FilterState) => void;
  /**
   * The page's own controls (a split, a time axis), already in the page: a change redraws, and while they are
   * off their defaults the views are drawn live even with no filter on.
   */
  controls?: {element: HTMLElement; isDefault: () => boolean};
  document?: Document;
}

/** @example liveLayer({patients: FileAttachment("data/patients.json"), load: () => import("./views/overview.js"), render: (v, c) => v.renderOverview(c)}) */
export async function liveLayer<P extends object, V>(options: LiveLayerOptions<P, V>): Promise<FilterPanel | null> {
  const document = options.document ?? globalThis.document;
  // Copy link, shown by CSS wherever scripts run, works from now on.
  enableCopyLink(document);
  const staticPanel = document.querySelector<HTMLElement>("[data-slot=panel] .filter-bar");
  const slots = new Map([...document.querySelectorAll<HTMLElement>("[data-slot]")].filter((s) => s.dataset.slot !== "panel").map((s) => [s.dataset.slot!, s]));
  // The whole-series rendering, to put back when the filters are cleared.
  const wholeSeries = new Map([...slots].map(([name, s]) => [name, [...s.childNodes]]));
  const status = element(document, "p", {class: "live-status", role: "status", hidden: true});
  staticPanel?.after(status);
  const hasFilters =
    [...new URLSearchParams(globalThis.location?.search ?? "").keys()].some((k) => k === rangeField.key || categoryFields.some((f) => f.key === k)) ||
    !(options.controls?.isDefault() ?? true);
  if (hasFilters) say(status, "Showing the whole series while this link's view is applied…");

  let views: V | null = null;
  const loadViews = async () => (views ??= await options.load());
  // A reader heading for the filters is likely to use them: fetch the views ahead (from the static panel, and from
  // the live one that replaces it).
  const fetchAhead = (target: Element | null | undefined) => {
    for (const type of ["pointerover", "focusin"]) target?.addEventListener(type, () => void loadViews(), {once: true});
  };
  fetchAhead(staticPanel);
  staticPanel?.addEventListener("change", () => say(status, "Applying your choice…"));

  // Whole-series drawings that name a filter (`data-toggle-field`, `data-toggle`) toggle it on a click, from the
  // first moment: before the live panel is there, by ticking the static panel's box (kept when it is swapped).
  let live: FilterPanel | null = null;
  enableStaticToggles(document, (field, value) => {
    if (live) return live.toggle(field, value);
    const box = [...(staticPanel?.querySelectorAll<HTMLInputElement>("input[type=checkbox]") ?? [])].find((b) => b.name === field && b.value === value);
    if (!box) return;
    box.checked = !box.checked;
    box.dispatchEvent(new Event("change", {bubbles: true}));
    void loadViews();
  });

  const cohort = options.patients.json();
  // The figures' downloads work from the first moment, as their buttons show (CSS): a click before the cohort has
  // loaded waits for it. What a figure says it shows is what the page draws: the whole series until the link's
  // filters are drawn (`shown`).
  let shown = emptyFilters;
  figureDownloads(document, async () => {
    const all = (await cohort).length;
    return figureView(shown, activeFilterCount(shown) && live ? live.crossfilter.inView().length : all, all, globalThis.location?.search ?? "", options.keep);
  });
  const patients = await cohort;
  const panel = filterPanel(patients, {...(options.keep && {keep: options.keep}), open: staticPanel?.querySelector("details")?.open ?? false});
  const early = staticPanel ? tickedBefore(staticPanel) : null;
  staticPanel?.replaceWith(panel);
  fetchAhead(panel);
  live = panel;
  // A box ticked before the live panel arrived still counts (it only ever adds to the link's filters).
  if (early && activeFilterCount(early) > 0) panel.set(merge(panel.value, early));

  let drawn = 0;
  // The width and key each slot had when drawn live (none while the whole-series drawing from the HTML is shown).
  const drawnAt = new Map<string, number>();
  const drawnKey = new Map<string, string>();
  // Slots on or near the screen are drawn on a change; the others wait, hidden, until they scroll near (a stale
  // drawing is never shown), or until the page is printed.
  const near = new Set<string>();
  const waiting = new Map<string, () => void>();
  const View = document.defaultView ?? globalThis;
  const observer =
    "IntersectionObserver" in View
      ? new View.IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const name = (entry.target as HTMLElement).dataset.slot!;
              if (entry.isIntersecting) {
                near.add(name);
                waiting.get(name)?.();
              } else near.delete(name);
            }
          },
          {rootMargin: "100% 0px"}
        )
      : null;
  for (const s of slots.values()) observer?.observe(s);
  const drawWaiting = () => {
    for (const paint of [...waiting.values()]) paint();
  };
  View.addEventListener?.("beforeprint", drawWaiting);

  const draw = async (filters: FilterState) => {
    const ticket = ++drawn;
    if (activeFilterCount(filters) === 0 && (options.controls?.isDefault() ?? true)) {
      drawnAt.clear();
      drawnKey.clear();
      waiting.clear();
      for (const [name, s] of slots) {
        if (s.classList.contains("lms-live")) s.replaceChildren(...wholeSeries.get(name)!);
        s.classList.remove("lms-live", "lms-updating", "lms-stale");
      }
      say(status, "");
      shown = filters;
      options.onChange?.(filters);
      return;
    }
    if (!views) {
      for (const s of slots.values()) s.classList.add("lms-updating");
      say(status, "Showing the whole series while the filters are applied…");
    }
    const loaded = await loadViews();
    // A registry's views take a while to draw: the click is answered first (the box ticked, the counts written,
    // painted), and the views are drawn in the next task; a case series' views are drawn in the same frame.
    if (patients.length > answerFirstAbove) await afterPaint(View);
    if (ticket !== drawn) return; // a later change supersedes this one
    // Every slot's width read at once, before anything is drawn: reading one after drawing another would make
    // the browser lay the page out again for each slot.
    const layoutStarted = performance.now();
    const widths = new Map([...slots].map(([name, s]) => [name, s.clientWidth]));
    const renderStarted = performance.now();
    performance.measure?.("lms-layout", {start: layoutStarted});
    const rendered = options.render(loaded, {
      patients,
      inView: panel.crossfilter.inView() as P[],
      filters,
      widthOf: (name) => widths.get(name) || document.documentElement.clientWidth,
      panel,
      crossfilter: panel.crossfilter as Crossfilter<P>
    });
    performance.measure?.("lms-render", {start: renderStarted});
    waiting.clear();
    for (const [name, s] of slots) {
      const out = rendered[name];
      classed(s, "lms-updating", false);
      if (!out) continue;
      // A node is drawn already: it goes in now. A LiveSlot is drawn when its slot is near the screen.
      const ready = out instanceof View.Node;
      const slot: LiveSlot = ready ? {draw: () => out} : (out as LiveSlot);
      const width = widths.get(name)!;
      const key = slot.key === undefined ? null : `${slot.key}@${width}`;
      if (key !== null && drawnKey.get(name) === key) {
        classed(s, "lms-stale", false); // drawn for these patients before it was last hidden
        continue;
      }
      const paint = () => {
        waiting.delete(name);
        const started = performance.now();
        s.replaceChildren(slot.draw());
        // Each slot's drawing time, in the browser's performance timeline (DevTools, the benchmark).
        performance.measure?.(`lms-draw ${name}`, {start: started});
        classed(s, "lms-live", true);
        classed(s, "lms-stale", false);
        drawnAt.set(name, width);
        if (key === null) drawnKey.delete(name);
        else drawnKey.set(name, key);
      };
      if (ready || near.has(name) || !observer) paint();
      else {
        classed(s, "lms-stale", true);
        waiting.set(name, paint);
      }
    }
    say(status, "");
    shown = filters;
    options.onChange?.(filters);
  };
  panel.addEventListener("input", () => void draw(panel.value));
  // A live drawing follows the page's width (a phone turned, a window resized), as the HTML's own drawings do
  // through CSS: redrawn once the resizing settles, if a slot's width changed.
  let resizing: ReturnType<typeof setTimeout> | undefined;
  globalThis.addEventListener?.("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if ([...drawnAt].some(([name, width]) => slots.get(name)!.clientWidth !== width)) void draw(panel.value);
    }, 200);
  });
  options.controls?.element.addEventListener("change", () => void draw(panel.value));
  await draw(panel.value);
  // For tests and the benchmark: the live panel is in place and the link's view is drawn.
  document.body.dataset.liveLayer = "ready";
  return panel;
}

/**
 * Makes every `[data-toggle-field]` element of the page a button (focusable, Enter or Space) that calls `toggle`
 * with its field and value. One listener on the document, so whole-series drawings put back after a filter is
 * cleared stay buttons; live drawings carry their own handlers and no such attributes.
 */
function enableStaticToggles(document: Document, toggle: (field: string, value: string) => void): void {
  for (const target of document.querySelectorAll<HTMLElement | SVGElement>("[data-toggle-field]")) {
    target.setAttribute("tabindex", "0");
    target.setAttribute("role", "button");
    target.setAttribute("aria-pressed", "false");
    target.style.cursor = "pointer";
  }
  const act = (event: Event) => {
    const target = (event.target as Element | null)?.closest?.("[data-toggle-field]");
    if (!target) return;
    if (event.type === "keydown") {
      const {key} = event as KeyboardEvent;
      if (key !== "Enter" && key !== " ") return;
      event.preventDefault(); // Space would otherwise scroll the page
    }
    // No aria-pressed change: a whole-series drawing is only ever shown with no filter on (or until the live
    // drawing, pressed where it should be, replaces it).
    toggle(target.getAttribute("data-toggle-field")!, target.getAttribute("data-toggle")!);
  };
  document.addEventListener("click", act);
  document.addEventListener("keydown", act);
}

/** Above this many patients a change's views are drawn after the click's own feedback has been painted. */
const answerFirstAbove = 2000;

/** Resolves after the next frame has been painted (a task queued from the frame's animation callback). */
function afterPaint(view: {requestAnimationFrame?: (f: () => void) => number}): Promise<void> {
  return new Promise((resolve) => (view.requestAnimationFrame ? view.requestAnimationFrame(() => setTimeout(resolve, 0)) : setTimeout(resolve, 0)));
}

function say(status: HTMLElement, message: string): void {
  setText(status, message);
  if (status.hidden !== (message === "")) status.hidden = message === "";
}

/** The filters the reader ticked in the static panel before the live one replaced it. */
function tickedBefore(staticPanel: HTMLElement): FilterState {
  const categories: Record<string, string[]> = {};
  for (const box of staticPanel.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) (categories[box.name] ??= []).push(box.value);
  return {categories, age: null};
}

function merge(a: FilterState, b: FilterState): FilterState {
  const categories: Record<string, string[]> = {...a.categories};
  for (const [key, labels] of Object.entries(b.categories)) categories[key] = [...new Set([...(categories[key] ?? []), ...labels])];
  return {categories, age: a.age ?? b.age};
}
