/**
 * A plain <table> of rows, every row shown (no height cap, no lazy loading), sortable by clicking a column head:
 * once ascending, again descending. The first column is the row header. Cells wrap, so the table takes the width
 * it needs up to its container's and scrolls sideways in its own box only beyond that. Each cell carries the value it
 * sorts by (`data-sort`), so a table drawn at build time and arriving as HTML is made sortable and searchable in the
 * browser by the same code (makeSortable, searchTable), without the data behind it.
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
  const body = element(
    document,
    "tbody",
    {},
    rows.map((row) =>
      element(
        document,
        "tr",
        {},
        columns.map((c, i) => {
          const value = row[c.key];
          const content = c.format ? c.format(value, row) : text(value);
          return element(document, i === 0 ? "th" : "td", {scope: i === 0 ? "row" : null, class: c.numeric ? "num" : null, "data-sort": sortKey(value)}, [content]);
        })
      )
    )
  );
  const heads = columns.map((c) => element(document, "th", {scope: "col", class: c.numeric ? "num" : null}, [element(document, "button", {type: "button", class: "sort"}, [c.label])]));
  const table = element(document, "table", {class: "plain-table sortable-table"}, [
    options.caption ? element(document, "caption", {}, [options.caption]) : null,
    element(document, "thead", {}, [element(document, "tr", {}, heads)]),
    body
  ]);
  makeSortable(table);
  const first = columns.findIndex((c) => c.key === options.sort);
  if (first >= 0) sortTable(table, first, 1);
  return table;
}

// The rows in the order the table was made with (ties keep it), kept on the element so that a table arriving in
// the page's HTML (drawn at build time) and one drawn live are made sortable the same way, and only once.
const madeSortable = Symbol.for("lms.sortableTable");
type SortableElement = HTMLTableElement & {[madeSortable]?: HTMLTableRowElement[]};

const bodyOf = (table: HTMLTableElement) => table.querySelector("tbody")!;
const rowsOf = (table: HTMLTableElement) => [...bodyOf(table).children] as HTMLTableRowElement[];

/**
 * Makes a table rendered by sortableTable sortable by its column heads (once ascending, again descending), also
 * when it arrives as HTML drawn at build time: cells carry their sort value in `data-sort` (none when empty).
 * Calling it again on the same table does nothing.
 * @example for (const table of document.querySelectorAll("table.sortable-table")) makeSortable(table)
 */
export function makeSortable(table: HTMLTableElement): void {
  const t = table as SortableElement;
  if (t[madeSortable]) return;
  t[madeSortable] = rowsOf(table);
  table.querySelectorAll("thead th").forEach((th, i) => {
    th.querySelector("button")?.addEventListener("click", () => sortTable(table, i, th.getAttribute("aria-sort") === "ascending" ? -1 : 1));
  });
}

/**
 * Sorts the table's rows by a column (0 is the first), 1 ascending or -1 descending, empty values last either way.
 * @example sortTable(table, 2, -1) // by the third column, largest first
 */
export function sortTable(table: HTMLTableElement, column: number, direction: 1 | -1): void {
  makeSortable(table);
  const key = (tr: HTMLTableRowElement) => tr.children[column]?.getAttribute("data-sort") ?? null;
  const order = [...(table as SortableElement)[madeSortable]!].sort((a, b) => {
    const x = key(a), y = key(b);
    return Number(x === null) - Number(y === null) || (x === null || y === null ? 0 : direction * compare(x, y));
  });
  table.querySelectorAll("thead th").forEach((th, i) => {
    if (i === column) th.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    else th.removeAttribute("aria-sort");
  });
  bodyOf(table).replaceChildren(...order);
}

/**
 * Shows only the rows where every word of the query starts a word of some cell (case-insensitive), as
 * Observable Inputs' search does; an empty query shows every row. Returns the number of rows shown.
 * @example searchTable(table, "stomach dead") // rows of patients with a stomach primary who died
 */
export function searchTable(table: HTMLTableElement, query: string): number {
  const terms = query.split(/\s+/).filter(Boolean).map((term) => new RegExp(`(?:^|[^\\p{L}-])${term.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}`, "iu"));
  let shown = 0;
  for (const tr of rowsOf(table)) {
    const cells = [...tr.children].map((cell) => cell.textContent ?? "");
    const match = terms.every((term) => cells.some((cell) => term.test(cell)));
    if (match) {
      tr.removeAttribute("hidden");
      shown++;
    } else tr.setAttribute("hidden", "");
  }
  return shown;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/** The value a cell sorts by, as text: a list by its first item; null for an empty value (null, undefined, []). */
function sortKey(value: unknown): string | null {
  const x = Array.isArray(value) ? value[0] : value;
  return x === null || x === undefined ? null : String(x);
}

/** Numbers by value, text in natural order ("2" before "10"). */
function compare(a: string, b: string): number {
  const x = Number(a), y = Number(b);
  if (a.trim() !== "" && b.trim() !== "" && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a.localeCompare(b, "en", {numeric: true});
}
