/**
 * How to cite: the article as a line of text, as BibTeX and as RIS (each also a file a reference manager imports),
 * what the source does not give (so a reader knows the citation is short of it, not wrong), and how to cite a view
 * of this report: its address, which carries the filters, and the date. All in the HTML; a script only writes the
 * reader's own address and date into the last line (`data-cite-view`).
 */
import {bibtex, citationText, type CitedArticle, missingDetails, ris} from "../lib/citation.js";
import {formatDay} from "../lib/format.js";
import {documentOf, element} from "./dom.js";

/** A list in words: "year, volume, pages and DOI". */
function inWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** A file a link downloads without a server: its UTF-8 text as a base64 data: address (which no link rewriting alters). */
function dataUrl(type: string, text: string): string {
  return `data:${type};charset=utf-8;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(text)))}`;
}

/** @example citationBlock(study.article, {siteTitle: "Kim et al.: an interactive companion", document}) */
export function citationBlock(article: CitedArticle, options: {siteTitle: string; document?: Document}): HTMLElement {
  const document = documentOf(options);
  const missing = missingDetails(article);
  const bib = bibtex(article);
  const record = ris(article);
  const format = (name: string, text: string, file: string, type: string) =>
    element(document, "details", {class: "citation-format"}, [
      element(document, "summary", {}, [name]),
      element(document, "pre", {}, [element(document, "code", {}, [text])]),
      element(document, "p", {}, [element(document, "a", {href: dataUrl(type, text), download: file, class: "download-link"}, [`Download ${file}`])])
    ]);
  return element(document, "div", {class: "citation"}, [
    element(document, "p", {}, ["The article:"]),
    element(document, "blockquote", {class: "citation-text"}, [citationText(article)]),
    format("BibTeX", bib, "citation.bib", "application/x-bibtex"),
    format("RIS", record, "citation.ris", "application/x-research-info-systems"),
    missing.length
      ? element(document, "p", {class: "muted"}, [
          `The source this report was built from does not give the article's ${inWords(missing)}, so the citation leaves ${missing.length === 1 ? "it" : "them"} out rather than guess; take ${missing.length === 1 ? "it" : "them"} from the journal's page for the article.`
        ])
      : null,
    element(document, "p", {}, [
      "To cite a view of this report, give its address, which carries the filters and the page's own settings, so that it opens the same view, and the date you read it:"
    ]),
    element(document, "blockquote", {class: "citation-text", "data-cite-view": options.siteTitle}, [
      `${options.siteTitle}. [The page's address, as the address bar shows it]. Accessed [date].`
    ])
  ]);
}

/**
 * Writes the reader's own address and today's date into the report's citation line (`[data-cite-view]`).
 * @example citeThisView(document, "https://example.org/report/survival?by=sex", new Date())
 */
export function citeThisView(document: Document, href: string, date: Date): void {
  for (const line of document.querySelectorAll<HTMLElement>("[data-cite-view]")) line.textContent = `${line.dataset.citeView}. ${href}. Accessed ${formatDay(date)}.`;
}
