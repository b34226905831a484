/**
 * How each liver procedure of the series is read: its Brisbane 2000 term, its kind of resection and its extent,
 * and whether the name is Brisbane's own or one the series maps in liver-procedures.tsv (with the reason). Listed by
 * extent (minor, unknown, major), as the Liver page lists procedures.
 */
import {orderByExtent, type ResectionClass, type ResectionExtent} from "../lib/brisbane.js";
import {documentOf, element} from "./dom.js";

/** One procedure, as study.json gives it (study.liverProcedures). */
export interface ProcedureReading {
  liverProcedure: string;
  brisbane: string | null;
  class: ResectionClass;
  extent: ResectionExtent;
  source: string;
  mappedTo?: string;
  reason?: string;
}

/** @example procedureVocabularyTable(study.liverProcedures) // Partial hepatectomy → Minor resection (liver-procedures.tsv: reason) */
export function procedureVocabularyTable(readings: readonly ProcedureReading[], options: {document?: Document} = {}): HTMLTableElement {
  const document = documentOf(options);
  const td = (text: string) => element(document, "td", {}, [text]);
  const ordered = orderByExtent(readings.map((r) => ({...r, name: r.liverProcedure})));
  return element(document, "table", {class: "plain-table"}, [
    element(document, "thead", {}, [
      element(document, "tr", {}, ["Liver procedure (Table 2)", "Brisbane 2000 term", "Kind of resection", "Extent", "Read from"].map((h) => element(document, "th", {scope: "col"}, [h])))
    ]),
    element(
      document,
      "tbody",
      {},
      ordered.map((r) =>
        element(document, "tr", {}, [
          td(r.liverProcedure),
          td(r.brisbane ?? "none (outside the terms)"),
          td(r.class),
          td(r.extent),
          td(r.mappedTo === undefined ? "the name (Brisbane 2000)" : `${r.source}, mapped to “${r.mappedTo}”: ${r.reason ?? ""}`)
        ])
      )
    )
  ]);
}
