import {parseHTML} from "linkedom";
import {describe, expect, it, vi} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {filterPanel, type FilterPanel, type FilterPanelOptions} from "../../src/components/filterPanel.js";
import {carryQuery} from "../../src/components/pageLinks.js";
import {emptyFilters} from "../../src/lib/filters.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

/** Links as a report page has them: sidebar pages, an in-page anchor, a file, a download and other sites. */
const pageLinks = `
  <nav>
    <a id="home" href="./">Overview</a>
    <a id="explore" href="./explore">Explore</a>
    <a id="survival" href="../survival#curve">Survival</a>
    <a id="rooted" href="/patients">Patients</a>
    <a id="anchor" href="#patient-3">Patient 3</a>
    <a id="file" href="./_file/data/patients.csv">CSV</a>
    <a id="nested-file" href="../_file/data/cohort.json">JSON</a>
    <a id="download" href="./data" download>Download</a>
    <a id="extension" href="./data/patients.csv">Patients CSV</a>
    <a id="absolute" href="https://doi.org/10.14216/kjco.17002">Article</a>
    <a id="protocol-relative" href="//example.org/explore">Elsewhere</a>
    <a id="mail" href="mailto:authors@example.org">Mail</a>
  </nav>`;

/**
 * A page with the report's links and a stub window whose pushState moves its location, as a browser's does;
 * back(url) moves the location and fires the popstate listeners, as the Back button does.
 */
function page(url: string, options: Omit<FilterPanelOptions, "document" | "window"> = {}, cohort: readonly object[] = patients) {
  const {document} = parseHTML(`<!doctype html><html><body>${pageLinks}</body></html>`);
  const doc = document as unknown as Document;
  const move = (to: string) => {
    const next = new URL(to, "https://report.example/lms/explore");
    Object.assign(location, {search: next.search, pathname: next.pathname, hash: next.hash});
  };
  const location = {search: "", pathname: "", hash: ""};
  move(url);
  const listeners: Record<string, ((event: unknown) => void)[]> = {};
  const pushState = vi.fn((_state: unknown, _title: string, to: string) => move(to));
  const win = {
    location,
    history: {pushState},
    addEventListener: (type: string, listener: (event: unknown) => void) => void (listeners[type] ??= []).push(listener)
  };
  const panel = filterPanel(cohort, {document: doc, window: win as unknown as FilterPanelOptions["window"], ...options});
  doc.body.append(panel);
  const inputs = vi.fn();
  panel.addEventListener("input", inputs);
  const back = (to: string) => {
    move(to);
    for (const listener of listeners.popstate ?? []) listener({type: "popstate"});
  };
  const href = (id: string) => doc.getElementById(id)!.getAttribute("href");
  return {panel, document: doc, location, pushState, inputs, back, href, listeners};
}

const countText = (panel: FilterPanel) => panel.querySelector('[data-testid="cohort-count"]')!.textContent;
const box = (panel: FilterPanel, key: string, value: string) =>
  panel.querySelector<HTMLInputElement>(`input[type="checkbox"][name="${key}"][value="${value}"]`);
const checked = (panel: FilterPanel) =>
  [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((b) => b.checked).map((b) => `${b.name}=${b.value}`);
/** The "(n)" beside one choice: how many patients that choice would give with the other fields' filters. */
const facet = (panel: FilterPanel, key: string, value: string) =>
  box(panel, key, value)!.parentElement!.querySelector(".filter-n")!.textContent;
const ignoredNote = (panel: FilterPanel) => panel.querySelector<HTMLElement>(".filters-ignored")!;

const chips = (panel: FilterPanel) => [...panel.querySelectorAll<HTMLButtonElement>(".filter-chip")];

describe("filterPanel names the subset as chips outside the fold", () => {
  it('filterPanel at "?primarySite=Stomach&primarySite=Pancreas&sex=F" shows two chips, values by name, with the count', () => {
    const {panel} = page("/lms/explore?primarySite=Stomach&primarySite=Pancreas&sex=F");
    const group = panel.querySelector<HTMLElement>(".filter-chips")!;
    expect(group.hidden).toBe(false);
    expect(group.parentElement).toBe(panel);
    expect(group.closest("details")).toBeNull();
    expect(group.querySelector(".filter-chips-label")!.textContent).toBe("Showing 2 of 10:");
    expect(chips(panel).map((c) => c.textContent)).toEqual(["Primary site: Stomach or Pancreas×", "Sex: Female×"]);
    expect(chips(panel).map((c) => c.getAttribute("aria-label"))).toEqual(["Remove filter Primary site: Stomach or Pancreas", "Remove filter Sex: Female"]);
  });
  it("a chip's click removes its filter, updates the URL and the count, and dispatches input", () => {
    const {panel, location, inputs} = page("/lms/explore?primarySite=Stomach&sex=F&age=40-60");
    chips(panel).find((c) => c.dataset.filter === "age")!.click();
    expect(location.search).toBe("?primarySite=Stomach&sex=F");
    chips(panel).find((c) => c.dataset.filter === "primarySite")!.click();
    expect(location.search).toBe("?sex=F");
    expect(countText(panel)).toBe("7 of 10 patients");
    expect(inputs).toHaveBeenCalledTimes(2);
  });
  it("with no filter the chips are hidden and empty", () => {
    const {panel} = page("/lms/explore");
    expect(panel.querySelector<HTMLElement>(".filter-chips")!.hidden).toBe(true);
    expect(chips(panel)).toHaveLength(0);
  });
});

describe("filterPanel reading the URL", () => {
  it('filterPanel(patients) at "?sex=M" shows "3 of 10 patients" and checks Male only', () => {
    const {panel} = page("/lms/explore?sex=M");
    expect(countText(panel)).toBe("3 of 10 patients");
    expect(panel.querySelector(".filters-active")!.textContent).toBe("1 active");
    expect(checked(panel)).toEqual(["sex=M"]);
    expect(box(panel, "sex", "F")!.checked).toBe(false);
    expect(panel.value).toEqual({categories: {sex: ["M"]}, age: null});
  });
  it('filterPanel(patients) without a query shows "10 of 10 patients", nothing checked and the whole age range', () => {
    const {panel} = page("/lms/explore");
    expect(countText(panel)).toBe("10 of 10 patients");
    expect(panel.querySelector(".filters-active")!.textContent).toBe("none active");
    expect(checked(panel)).toEqual([]);
    expect(panel.value).toEqual(emptyFilters);
    expect(panel.querySelector<HTMLInputElement>("#filter-age-min")!.value).toBe("38");
    expect(panel.querySelector<HTMLInputElement>("#filter-age-max")!.value).toBe("69");
    expect(ignoredNote(panel).hidden).toBe(true);
    expect(ignoredNote(panel).textContent).toBe("");
  });
  it('filterPanel(patients) at "?primarySite=Small+bowel&segments=6&age=38-50" checks both boxes and fills the age range', () => {
    const {panel} = page("/lms/explore?primarySite=Small+bowel&segments=6&age=38-50");
    // Small bowel: patients 2, 3, 9; with a lesion in segment 6: 3, 9; aged 38-50: both.
    expect(countText(panel)).toBe("2 of 10 patients");
    expect(panel.querySelector(".filters-active")!.textContent).toBe("3 active");
    expect(checked(panel)).toEqual(["primarySite=Small bowel", "segments=6"]);
    expect(panel.querySelector<HTMLInputElement>("#filter-age-min")!.value).toBe("38");
    expect(panel.querySelector<HTMLInputElement>("#filter-age-max")!.value).toBe("50");
  });
  it("filterPanel(patients) shows a checkbox per label in panel order, with display names for sex and segments", () => {
    const {panel} = page("/lms/explore");
    expect([...panel.querySelectorAll("fieldset")].map((f) => f.getAttribute("data-field"))).toEqual([
      "primarySite", "primaryProcedure", "liverProcedure", "sex", "adjuvantChemotherapy", "adjuvantRadiotherapy",
      "lesionMultiplicity", "vitalStatus", "segments", "age"
    ]);
    const labels = (key: string) =>
      [...panel.querySelectorAll(`fieldset[data-field="${key}"] label`)].map((l) => l.textContent!.replace(/\s*\(\d+\)$/, "").trim());
    expect(labels("sex")).toEqual(["Female", "Male"]);
    // No lesion in segment 5, so no box for it.
    expect(labels("segments")).toEqual(["Segment 1", "Segment 2", "Segment 3", "Segment 4", "Segment 6", "Segment 7", "Segment 8"]);
    expect(labels("adjuvantChemotherapy")).toEqual(["Yes", "No"]);
    // Each label is tied to its box.
    const label = panel.querySelector('fieldset[data-field="primarySite"] label')!;
    expect(panel.querySelector(`#${label.getAttribute("for")}`)).toBe(label.querySelector("input"));
  });
  it("filterPanel(patients, {valueLabels}) names values as given", () => {
    const {panel} = page("/lms/explore", {valueLabels: {vitalStatus: {Dead: "Died"}}});
    expect(box(panel, "vitalStatus", "Dead")!.parentElement!.textContent).toMatch(/^ Died \(\d+\)$/);
    expect(box(panel, "sex", "F")!.parentElement!.textContent).toMatch(/Female/);
  });
  it("filterPanel leaves out a field with one value in the cohort, which could not narrow it", () => {
    const women = patients.filter((p) => p.sex === "F");
    const {panel} = page("/lms/explore", {}, women);
    expect(panel.querySelector('fieldset[data-field="sex"]')).toBeNull();
    expect(panel.querySelector('fieldset[data-field="primarySite"]')).not.toBeNull();
    expect(countText(panel)).toBe("7 of 7 patients");
  });
  it("filterPanel is folded unless {open: true}", () => {
    expect(page("/lms/").panel.querySelector("details")!.hasAttribute("open")).toBe(false);
    expect(page("/lms/", {open: true}).panel.querySelector("details")!.hasAttribute("open")).toBe(true);
  });
});

describe("filterPanel faceted counts", () => {
  it('filterPanel at "?sex=M" counts each choice with the other fields\' filters, leaving its own field out', () => {
    const {panel} = page("/lms/explore?sex=M");
    // Sex leaves itself out: the whole cohort's 7 women and 3 men.
    expect([facet(panel, "sex", "F"), facet(panel, "sex", "M")]).toEqual(["(7)", "(3)"]);
    // The men are patients 2, 9 (small bowel) and 10 (retroperitoneum).
    expect(["Pancreas", "Retroperitoneum", "Small bowel", "Stomach"].map((s) => facet(panel, "primarySite", s))).toEqual(["(0)", "(1)", "(2)", "(0)"]);
    expect([facet(panel, "vitalStatus", "Alive"), facet(panel, "vitalStatus", "Dead")]).toEqual(["(2)", "(1)"]);
    // Segments are a list: patient 10 (segments 3, 6) counts under both.
    expect(["3", "4", "6", "7"].map((s) => facet(panel, "segments", s))).toEqual(["(1)", "(1)", "(2)", "(1)"]);
  });
  it("filterPanel without filters counts the whole cohort per choice", () => {
    const {panel} = page("/lms/explore");
    expect(["Pancreas", "Retroperitoneum", "Small bowel", "Stomach"].map((s) => facet(panel, "primarySite", s))).toEqual(["(1)", "(5)", "(3)", "(1)"]);
    expect(facet(panel, "segments", "6")).toBe("(5)");
    expect(facet(panel, "adjuvantChemotherapy", "Yes")).toBe("(4)");
  });
  it("filterPanel counts with the age range applied to every field", () => {
    // Aged 40-50: patients 1, 3, 4 and 6 (women) and 10 (a man).
    const {panel} = page("/lms/explore?age=40-50");
    expect([facet(panel, "sex", "F"), facet(panel, "sex", "M")]).toEqual(["(4)", "(1)"]);
  });
});

describe("filterPanel changes", () => {
  it('filterPanel.toggle("sex", "F") at "?sex=M" pushes the canonical "?sex=F&sex=M" and dispatches "input"', () => {
    const {panel, pushState, inputs, location} = page("/lms/explore?sex=M");
    panel.toggle("sex", "F");
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(pushState).toHaveBeenLastCalledWith(null, "", "/lms/explore?sex=F&sex=M");
    expect(location.search).toBe("?sex=F&sex=M");
    expect(inputs).toHaveBeenCalledTimes(1);
    expect(panel.value).toEqual({categories: {sex: ["M", "F"]}, age: null});
    expect(countText(panel)).toBe("10 of 10 patients");
    expect(checked(panel)).toEqual(["sex=F", "sex=M"]);
    panel.toggle("sex", "M");
    expect(pushState).toHaveBeenLastCalledWith(null, "", "/lms/explore?sex=F");
    expect(countText(panel)).toBe("7 of 10 patients");
    expect(inputs).toHaveBeenCalledTimes(2);
  });
  it("filterPanel.toggle writes fields in panel order whatever the order of clicks, and keeps the hash", () => {
    const {panel, pushState} = page("/lms/explore#table");
    panel.toggle("segments", "6");
    panel.toggle("primarySite", "Stomach");
    panel.toggle("primarySite", "Pancreas");
    expect(pushState).toHaveBeenLastCalledWith(null, "", "/lms/explore?primarySite=Pancreas&primarySite=Stomach&segments=6#table");
    // Patients 1 (pancreas) and 7 (stomach); only 1 has a lesion in segment 6.
    expect(countText(panel)).toBe("1 of 10 patients");
  });
  it('filterPanel dispatches an "input" event that bubbles, so view() and outer listeners see it', () => {
    const {panel, document} = page("/lms/explore");
    const outer = vi.fn();
    document.body.addEventListener("input", outer);
    panel.toggle("sex", "F");
    expect(outer).toHaveBeenCalledTimes(1);
    expect((outer.mock.calls[0]![0] as Event).type).toBe("input");
  });
  it('clicking a checkbox ("change") toggles its label like filterPanel.toggle', () => {
    const {panel, pushState, inputs, document} = page("/lms/explore");
    const segment6 = box(panel, "segments", "6")!;
    segment6.checked = true;
    segment6.dispatchEvent(new (document.defaultView!.Event)("change"));
    expect(pushState).toHaveBeenLastCalledWith(null, "", "/lms/explore?segments=6");
    expect(countText(panel)).toBe("5 of 10 patients");
    expect(inputs).toHaveBeenCalledTimes(1);
  });
  it("filterPanel.set(emptyFilters) and the reset button clear every filter and the query", () => {
    const {panel, pushState, location, document} = page("/lms/explore?sex=M&age=40-60");
    panel.set(emptyFilters);
    expect(pushState).toHaveBeenLastCalledWith(null, "", "/lms/explore");
    expect(countText(panel)).toBe("10 of 10 patients");
    panel.value = {categories: {vitalStatus: ["Dead"]}, age: null};
    expect(location.search).toBe("?vitalStatus=Dead");
    expect(countText(panel)).toBe("2 of 10 patients");
    panel.querySelector<HTMLButtonElement>(".filters-reset")!.dispatchEvent(new (document.defaultView!.Event)("click"));
    expect(location.search).toBe("");
    expect(checked(panel)).toEqual([]);
  });
  it("filterPanel does not push a history step when the URL would not change", () => {
    const {panel, pushState, inputs} = page("/lms/explore?sex=M");
    panel.set({categories: {sex: ["M"]}, age: null});
    expect(pushState).not.toHaveBeenCalled();
    expect(inputs).toHaveBeenCalledTimes(1);
  });
  it("filterPanel's age inputs set the range, clamp it to the cohort's ages, and clear it at the full range", () => {
    const {panel, location, document} = page("/lms/explore");
    const [min, max] = [panel.querySelector<HTMLInputElement>("#filter-age-min")!, panel.querySelector<HTMLInputElement>("#filter-age-max")!];
    const change = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new (document.defaultView!.Event)("change"));
    };
    change(min, "45");
    expect(location.search).toBe("?age=45-69");
    expect(countText(panel)).toBe("5 of 10 patients");
    change(max, "55");
    expect(location.search).toBe("?age=45-55");
    expect(countText(panel)).toBe("3 of 10 patients");
    // A maximum below the minimum is raised to it: ages 45-45, nobody.
    change(max, "30");
    expect(panel.value.age).toEqual({min: 45, max: 45});
    expect(countText(panel)).toBe("0 of 10 patients");
    // Out of the cohort's range: clamped to 38-69, the whole range, so no filter.
    change(min, "10");
    change(max, "200");
    expect(panel.value.age).toBeNull();
    expect(location.search).toBe("");
  });
  it("filterPanel({keep: [\"by\"]}) keeps the page's own parameter in the URL, after the filters", () => {
    const {panel, pushState} = page("/lms/survival?by=sex&sex=M", {keep: ["by"]});
    expect(ignoredNote(panel).hidden).toBe(true);
    panel.toggle("vitalStatus", "Dead");
    expect(pushState).toHaveBeenLastCalledWith(null, "", "/lms/survival?sex=M&vitalStatus=Dead&by=sex");
    panel.set(emptyFilters);
    expect(pushState).toHaveBeenLastCalledWith(null, "", "/lms/survival?by=sex");
  });
});

describe("filterPanel history", () => {
  it("filterPanel restores the state of the URL on popstate, without pushing, and dispatches input", () => {
    const {panel, back, pushState, inputs} = page("/lms/explore?sex=M");
    panel.toggle("sex", "F");
    expect(pushState).toHaveBeenCalledTimes(1);
    back("/lms/explore?primarySite=Stomach");
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(inputs).toHaveBeenCalledTimes(2);
    expect(panel.value).toEqual({categories: {primarySite: ["Stomach"]}, age: null});
    expect(countText(panel)).toBe("1 of 10 patients");
    expect(checked(panel)).toEqual(["primarySite=Stomach"]);
    back("/lms/explore");
    expect(countText(panel)).toBe("10 of 10 patients");
    expect(checked(panel)).toEqual([]);
  });
  it("filterPanel reports the ignored parameters of the URL it returns to", () => {
    const {panel, back} = page("/lms/explore");
    back("/lms/explore?colour=red");
    expect(ignoredNote(panel).hidden).toBe(false);
    expect(ignoredNote(panel).textContent).toBe("Ignored a URL parameter: colour=red (not a filter of this report)");
  });
});

describe("filterPanel ignored parameters", () => {
  it('filterPanel at "?sex=M&colour=red&sex=X" applies sex=M and lists the other two as ignored', () => {
    const {panel} = page("/lms/explore?sex=M&colour=red&sex=X");
    expect(countText(panel)).toBe("3 of 10 patients");
    expect(ignoredNote(panel).hidden).toBe(false);
    expect(ignoredNote(panel).textContent).toBe(
      "Ignored 2 URL parameters: colour=red (not a filter of this report); sex=X (no patient has this value)"
    );
  });
  it("filterPanel shows an <img onerror> parameter as text and creates no element from it", () => {
    const attack = '<img src=x onerror="alert(1)">';
    const {panel, document} = page(`/lms/explore?${new URLSearchParams([["note", attack], ["sex", attack]])}`);
    const note = ignoredNote(panel);
    expect(note.textContent).toContain(`note=${attack} (not a filter of this report)`);
    expect(note.textContent).toContain(`sex=${attack} (no patient has this value)`);
    expect(note.children).toHaveLength(0);
    expect(document.querySelectorAll("img")).toHaveLength(0);
    expect(panel.innerHTML).not.toContain("<img");
    expect(panel.innerHTML).toContain("&lt;img");
  });
  it("filterPanel shortens a long ignored key or value to 40 characters", () => {
    const {panel} = page(`/lms/explore?colour=${"r".repeat(300)}`);
    expect(ignoredNote(panel).textContent).toBe(`Ignored a URL parameter: colour=${"r".repeat(37)}… (longer than 200 characters)`);
  });
  it("filterPanel clears the ignored note once the reader changes a filter (the new URL drops them)", () => {
    const {panel, location} = page("/lms/explore?colour=red");
    panel.toggle("sex", "F");
    expect(ignoredNote(panel).hidden).toBe(true);
    expect(location.search).toBe("?sex=F");
  });
});

describe("filterPanel and page links (carryQuery)", () => {
  it('filterPanel at "?sex=M" points the relative page links at the same filtered view', () => {
    const {href} = page("/lms/explore?sex=M");
    expect(href("home")).toBe("./?sex=M");
    expect(href("explore")).toBe("./explore?sex=M");
    expect(href("survival")).toBe("../survival?sex=M#curve");
    expect(href("rooted")).toBe("/patients?sex=M");
  });
  it("filterPanel leaves anchors, _file/ links, download links, files and other sites alone", () => {
    const {href, panel} = page("/lms/explore?sex=M");
    panel.toggle("primarySite", "Small bowel");
    expect(href("anchor")).toBe("#patient-3");
    expect(href("file")).toBe("./_file/data/patients.csv");
    expect(href("nested-file")).toBe("../_file/data/cohort.json");
    expect(href("download")).toBe("./data");
    expect(href("extension")).toBe("./data/patients.csv");
    expect(href("absolute")).toBe("https://doi.org/10.14216/kjco.17002");
    expect(href("protocol-relative")).toBe("//example.org/explore");
    expect(href("mail")).toBe("mailto:authors@example.org");
  });
  it("filterPanel rewrites the links again on every change, from their original address", () => {
    const {panel, href, back} = page("/lms/explore?sex=M");
    panel.toggle("sex", "F");
    expect(href("survival")).toBe("../survival?sex=F&sex=M#curve");
    panel.set(emptyFilters);
    expect(href("survival")).toBe("../survival#curve");
    expect(href("explore")).toBe("./explore");
    back("/lms/explore?vitalStatus=Dead");
    expect(href("explore")).toBe("./explore?vitalStatus=Dead");
  });
  it("filterPanel does not carry ignored parameters to other pages", () => {
    const {href} = page("/lms/explore?colour=red&sex=F");
    expect(href("explore")).toBe("./explore?sex=F");
  });
  // Page links carry only the filters: pages whose panel does not keep "by" would report it as ignored.
  it('filterPanel({keep: ["by"]}) at "?by=sex&sex=M" carries the filters, not the page\'s own parameter, to other pages', () => {
    const {href, panel} = page("/lms/survival?by=sex&sex=M", {keep: ["by"]});
    // Overview and Patients do not keep "by".
    expect(href("home")).toBe("./?sex=M");
    panel.toggle("vitalStatus", "Dead");
    expect(href("rooted")).toBe("/patients?sex=M&vitalStatus=Dead");
  });
});

describe("carryQuery", () => {
  const linksDocument = () => parseHTML(`<!doctype html><html><body>${pageLinks}</body></html>`).document as unknown as Document;
  it('carryQuery(document, "?age=40-60") rewrites only relative page links', () => {
    const document = linksDocument();
    carryQuery(document, "?age=40-60");
    const hrefs = Object.fromEntries([...document.querySelectorAll("a")].map((a) => [a.id, a.getAttribute("href")]));
    expect(hrefs).toEqual({
      home: "./?age=40-60",
      explore: "./explore?age=40-60",
      survival: "../survival?age=40-60#curve",
      rooted: "/patients?age=40-60",
      anchor: "#patient-3",
      file: "./_file/data/patients.csv",
      "nested-file": "../_file/data/cohort.json",
      download: "./data",
      extension: "./data/patients.csv",
      absolute: "https://doi.org/10.14216/kjco.17002",
      "protocol-relative": "//example.org/explore",
      mail: "mailto:authors@example.org"
    });
  });
  it('carryQuery(document, "") restores the original addresses', () => {
    const document = linksDocument();
    carryQuery(document, "?sex=F");
    carryQuery(document, "");
    expect(document.getElementById("explore")!.getAttribute("href")).toBe("./explore");
    expect(document.getElementById("survival")!.getAttribute("href")).toBe("../survival#curve");
    expect(document.getElementById("explore")!.getAttribute("data-page-href")).toBe("./explore");
  });
});
