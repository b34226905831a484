/**
 * One of the article's tables as printed: a real <table> with the article's caption, column heads and cells
 * verbatim (footnote markers included, shown raised), the first column as the row header, and the
 * abbreviations and footnotes below it, as the article sets them. Nothing is height- or width-capped: the
 * table takes the width it needs and wraps long cells (after "+", "/" and spaces) to fit its container.
 */
import {documentOf, element} from "./dom.js";

/** A footnote as study.json gives it: the marker as printed ("a)"), the column it belongs to, its text. */
export interface PrintedFootnote {
  marker: string;
  column: string;
  text: string;
}

export interface PrintedTableOptions {
  document?: Document;
  /** The article's caption, e.g. "Table 1. Characteristics of the study patients". */
  caption: string;
  /** Column heads as printed, in order; the first is the row header (the patient number). */
  columns: readonly string[];
  abbreviations?: string;
  footnotes?: readonly PrintedFootnote[];
  /** Where a row header links to, e.g. (n) => `#patient-${n}`; no link when absent. */
  href?: (rowHeader: string) => string;
}

/**
 * Renders printed rows (column head -> cell text) as a captioned table with its notes, in a figure whose box
 * scrolls sideways only when the screen is narrower than the table can wrap to.
 * @example printedTable(patients.map((p) => p.verbatim.table1), {caption: "Table 1. …", columns, footnotes})
 */
export function printedTable(rows: readonly Record<string, string>[], options: PrintedTableOptions): HTMLElement {
  const document = documentOf(options);
  const {columns, footnotes = [], href} = options;
  // A marker is raised only in the column its footnote belongs to: "massb)" elsewhere is just text.
  const markers = (column: string) => footnotes.filter((f) => f.column === column).map((f) => f.marker);
  const [rowHeaderColumn, ...dataColumns] = columns;
  const head = element(document, "thead", {}, [
    element(document, "tr", {}, columns.map((c) => element(document, "th", {scope: "col"}, withMarkers(document, c, markers(c)))))
  ]);
  const body = element(
    document,
    "tbody",
    {},
    rows.map((row) => {
      const id = row[rowHeaderColumn!] ?? "";
      return element(document, "tr", {}, [
        element(document, "th", {scope: "row"}, [href ? element(document, "a", {href: href(id)}, [id]) : id]),
        ...dataColumns.map((c) => element(document, "td", {}, withMarkers(document, row[c] ?? "", markers(c))))
      ]);
    })
  );
  const notes = [
    options.abbreviations ? element(document, "p", {}, [options.abbreviations]) : null,
    ...footnotes.map((f) =>
      element(document, "p", {}, [element(document, "sup", {}, [f.marker]), ` ${f.text} `, element(document, "em", {}, [`(column “${f.column}”)`])])
    )
  ].filter((n): n is HTMLParagraphElement => n !== null);
  return element(document, "figure", {class: "printed-table"}, [
    element(document, "div", {class: "table-scroll"}, [
      element(document, "table", {class: "plain-table"}, [element(document, "caption", {}, [options.caption]), head, body])
    ]),
    notes.length ? element(document, "div", {class: "table-notes"}, notes) : null
  ]);
}

/**
 * The text as nodes: a trailing footnote marker raised in <sup>, and a break opportunity (<wbr>) after each "+"
 * and "/" so a drug list wraps; the text content stays exactly the printed text.
 */
function withMarkers(document: Document, text: string, markers: readonly string[]): (Node | string)[] {
  const marker = markers.find((m) => text.endsWith(m) && text.length > m.length);
  const main = marker ? text.slice(0, -marker.length) : text;
  const nodes: (Node | string)[] = [];
  for (const part of main.split(/(?<=[+/])/)) {
    if (nodes.length) nodes.push(element(document, "wbr"));
    nodes.push(part);
  }
  if (marker) nodes.push(element(document, "sup", {}, [marker]));
  return nodes;
}
