/**
 * The data dictionary of patients.json: every field with its type, unit, the printed column it comes from
 * and how it is derived, in the order the dictionary lists them.
 */
import {documentOf, element} from "./dom.js";

/** One field of the dictionary, as study.json gives it; unit null for a field without one. */
export interface FieldDescription {
  field: string;
  type: string;
  unit: string | null;
  source: string;
  derivation: string;
}

/** @example dictionaryTable(study.dictionary) // <table> with one row per field of patients.json */
export function dictionaryTable(fields: readonly FieldDescription[], options: {document?: Document} = {}): HTMLTableElement {
  const document = documentOf(options);
  const td = (child: string | Node) => element(document, "td", {}, [child]);
  return element(document, "table", {class: "plain-table"}, [
    element(document, "caption", {}, ["Every field of patients.json. A missing value is left empty (the empty value in patients.json, an empty cell in patients.csv), never written as 0 or as blank text; an empty list means none."]),
    element(document, "thead", {}, [
      element(document, "tr", {}, ["Field", "Type", "Unit", "Source", "Derivation"].map((h) => element(document, "th", {scope: "col"}, [h])))
    ]),
    element(document, "tbody", {},
      fields.map((d) =>
        element(document, "tr", {"data-field": d.field}, [
          td(element(document, "code", {}, [d.field])),
          td(d.type),
          td(d.unit ?? ""),
          td(d.source),
          td(d.derivation)
        ])
      )
    )
  ]);
}
