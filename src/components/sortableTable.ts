/**
 * A plain <table> of rows, every row shown (no height cap, no lazy loading), sortable by clicking a column head:
 * once ascending, again descending. The first column is the row header. Cells wrap, so the table takes the width
 * it needs up to its container's and scrolls sideways in its own box only beyond that.
 */
import {documentOf, element} from "./dom.js";

export interface SortableColumn<T> {
  key: keyof T & string;
  label: string;
  /** Cell content; the value as text when absent (lists joined with ", ", null as "–"). */
  format?: (value: T[keyof T], row: T) => Node | string;
  /** Numbers: right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface SortableTableOptions<T> {
  document?: Document;
  columns: readonly SortableColumn<T>[];
  /** Column the rows are first sorted by (ascending); the given order when absent. */
  sort?: keyof T & string;
  caption?: string;
}

/**
 * @example sortableTable(patients, {columns: [{key: "id", label: "No."}, {key: "age", label: "Age (yr)", numeric: true}], sort: "id"})
 */
export function sortableTable<T extends object>(rows: readonly T[], options: SortableTableOptions<T>): HTMLTableElement {
  const document = documentOf(options);
  const {columns} = options;
  const body = element(document, "tbody");
  const rendered = rows.map((row) => ({
    row,
    tr: element(
      document,
      "tr",
      {},
      columns.map((c, i) => {
        const value = row[c.key];
        const content = c.format ? c.format(value, row) : text(value);
        return element(document, i === 0 ? "th" : "td", {scope: i === 0 ? "row" : null, class: c.numeric ? "num" : null}, [content]);
      })
    )
  }));
  const heads = columns.map((c) => {
    const button = element(document, "button", {type: "button", class: "sort"}, [c.label]);
    const th = element(document, "th", {scope: "col", class: c.numeric ? "num" : null}, [button]);
    button.addEventListener("click", () => sortBy(c.key, th.getAttribute("aria-sort") === "ascending" ? -1 : 1));
    return th;
  });
  function sortBy(key: keyof T & string, direction: 1 | -1): void {
    const order = [...rendered].sort((a, b) => isEmpty(a.row[key]) - isEmpty(b.row[key]) || direction * compare(a.row[key], b.row[key]));
    heads.forEach((th, i) => {
      if (columns[i]!.key === key) th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    body.replaceChildren(...order.map((r) => r.tr));
  }
  if (options.sort) sortBy(options.sort, 1);
  else body.replaceChildren(...rendered.map((r) => r.tr));
  return element(document, "table", {class: "plain-table sortable-table"}, [
    options.caption ? element(document, "caption", {}, [options.caption]) : null,
    element(document, "thead", {}, [element(document, "tr", {}, heads)]),
    body
  ]);
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** 1 for a value that sorts last in either direction (null, undefined, an empty list), else 0. */
function isEmpty(value: unknown): number {
  const x = first(value);
  return x === null || x === undefined ? 1 : 0;
}

/** Numbers by value, lists by their first item, text in natural order ("2" before "10"). */
function compare(a: unknown, b: unknown): number {
  const x = first(a), y = first(b);
  if (typeof x === "number" && typeof y === "number") return x - y;
  return String(x).localeCompare(String(y), "en", {numeric: true});
}
