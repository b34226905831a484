import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {makeSortable, searchTable, sortableTable, sortTable} from "../../src/components/sortableTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

interface Row {
  id: number;
  site: string;
  size: number | null;
  segments: number[];
}
const rows: Row[] = [
  {id: 10, site: "Stomach", size: 4, segments: [3, 6]},
  {id: 2, site: "Small bowel", size: null, segments: [7, 4]},
  {id: 1, site: "Pancreas", size: 18, segments: [6]}
];
const columns = [
  {key: "id", label: "No."},
  {key: "site", label: "Site"},
  {key: "size", label: "Size (cm)", numeric: true},
  {key: "segments", label: "Segments"}
] as const;
const render = (sort?: keyof Row & string) => sortableTable(rows, {document: doc, columns, sort});
const ids = (table: HTMLTableElement) => [...table.querySelectorAll("tbody tr > th")].map((th) => th.textContent);
const click = (table: HTMLTableElement, label: string) =>
  [...table.querySelectorAll("thead button")].find((b) => b.textContent === label)!.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event("click"));

describe("sortableTable", () => {
  it('sortableTable(rows, {sort: "id"}) shows every row, sorted by number (2 before 10), each headed by its id', () => {
    const table = render("id");
    expect(ids(table)).toEqual(["1", "2", "10"]);
    expect(table.querySelectorAll("tbody tr > th[scope=row]")).toHaveLength(3);
    expect(table.querySelector("thead th")!.getAttribute("aria-sort")).toBe("ascending");
  });
  it("sortableTable(rows) keeps the given order, joins lists and writes null as –, numbers right-aligned", () => {
    const table = render();
    expect(ids(table)).toEqual(["10", "2", "1"]);
    const second = [...table.querySelectorAll("tbody tr")][1]!;
    expect([...second.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["Small bowel", "–", "7, 4"]);
    expect(second.querySelectorAll("td")[1]!.getAttribute("class")).toBe("num");
    expect(table.querySelector("thead th[aria-sort]")).toBeNull();
  });
  it("clicking a head sorts by it ascending, clicking again descending, with empty values last both ways", () => {
    const table = render("id");
    click(table, "Size (cm)");
    expect(ids(table)).toEqual(["10", "1", "2"]);
    const sizeHead = [...table.querySelectorAll("thead th")][2]!;
    expect(sizeHead.getAttribute("aria-sort")).toBe("ascending");
    expect(table.querySelector("thead th")!.hasAttribute("aria-sort")).toBe(false);
    click(table, "Size (cm)");
    expect(ids(table)).toEqual(["1", "10", "2"]);
    expect(sizeHead.getAttribute("aria-sort")).toBe("descending");
  });
  it("clicking Site sorts text alphabetically; Segments sorts lists by their first item", () => {
    const table = render("id");
    click(table, "Site");
    expect(ids(table)).toEqual(["1", "2", "10"]);
    click(table, "Segments");
    expect(ids(table)).toEqual(["10", "1", "2"]);
  });
  it("sortableTable uses a column's format for its cells and a caption when given", () => {
    const table = sortableTable(rows, {document: doc, caption: "Cap", columns: [{key: "id", label: "No.", format: (id) => `#${id}`}]});
    expect(ids(table)).toEqual(["#10", "#2", "#1"]);
    expect(table.querySelector("caption")!.textContent).toBe("Cap");
    expect(table.getAttribute("class")).toBe("plain-table sortable-table");
  });
});

describe("a sortable table drawn at build time, arriving as HTML", () => {
  const arrived = () => {
    const {document: page} = parseHTML(`<!doctype html><html><body>${render("id").outerHTML}</body></html>`);
    return {page, table: page.querySelector("table") as unknown as HTMLTableElement};
  };
  const clickIn = (page: Document, table: HTMLTableElement, label: string) =>
    [...table.querySelectorAll("thead button")].find((b) => b.textContent === label)!.dispatchEvent(new (page.defaultView as unknown as typeof globalThis).Event("click"));

  it("sortableTable writes each cell's sort value in data-sort: a list's first item, none for an empty value", () => {
    const cells = [...render("id").querySelectorAll("tbody tr")][1]!.children;
    expect([...cells].map((c) => c.getAttribute("data-sort"))).toEqual(["2", "Small bowel", null, "7"]);
  });
  it("makeSortable(table from HTML) sorts by a clicked head from the cells alone, numbers by value, empty last both ways", () => {
    const {page, table} = arrived();
    makeSortable(table);
    clickIn(page as unknown as Document, table, "Size (cm)");
    expect(ids(table)).toEqual(["10", "1", "2"]);
    clickIn(page as unknown as Document, table, "Size (cm)");
    expect(ids(table)).toEqual(["1", "10", "2"]);
    expect(table.querySelectorAll("thead th")[2]!.getAttribute("aria-sort")).toBe("descending");
  });
  it("makeSortable twice binds once: a click still sorts ascending first", () => {
    const {page, table} = arrived();
    makeSortable(table);
    makeSortable(table);
    clickIn(page as unknown as Document, table, "Site");
    expect(ids(table)).toEqual(["1", "2", "10"]);
    expect(table.querySelectorAll("thead th")[1]!.getAttribute("aria-sort")).toBe("ascending");
  });
  it("sortTable(table, 0, -1) sorts ids as numbers, largest first (10 before 2)", () => {
    const {table} = arrived();
    sortTable(table, 0, -1);
    expect(ids(table)).toEqual(["10", "2", "1"]);
  });
  it('searchTable(table, "small") shows only rows where a cell has a word starting "small"; "" shows every row again', () => {
    const table = render("id");
    expect(searchTable(table, "small")).toBe(1);
    const hidden = () => [...table.querySelectorAll("tbody tr")].map((tr) => tr.hasAttribute("hidden"));
    expect(hidden()).toEqual([true, false, true]);
    expect(searchTable(table, "  ")).toBe(3);
    expect(hidden()).toEqual([false, false, false]);
  });
  it('searchTable(table, "mall") matches word starts only, and every term must match: "stomach 6" finds patient 10, "stomach 7" none', () => {
    const table = render("id");
    expect(searchTable(table, "mall")).toBe(0);
    expect(searchTable(table, "stomach 6")).toBe(1);
    expect(searchTable(table, "stomach 7")).toBe(0);
    expect(searchTable(table, "(")).toBe(0);
  });
});
