import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {sortableTable} from "../../src/components/sortableTable.js";

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
