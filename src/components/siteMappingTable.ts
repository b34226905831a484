/**
 * How the primary site is read from the primary operation: Table 1 has no site column, so each printed
 * operation is mapped to the organ of the primary tumour, with the reason for the mapping.
 */
import {documentOf, element} from "./dom.js";

/** One mapping, as study.json gives it (from primary-sites.tsv). */
export interface SiteMapping {
  primaryProcedure: string;
  primarySite: string;
  reason: string;
}

/** @example siteMappingTable(study.primarySiteMapping) // Ileocecal resection → Small bowel, with the reason */
export function siteMappingTable(mappings: readonly SiteMapping[], options: {document?: Document} = {}): HTMLTableElement {
  const document = documentOf(options);
  const td = (text: string) => element(document, "td", {}, [text]);
  return element(document, "table", {class: "plain-table"}, [
    element(document, "thead", {}, [
      element(document, "tr", {}, ["Primary operation (Table 1)", "Primary site", "Reason"].map((h) => element(document, "th", {scope: "col"}, [h])))
    ]),
    element(document, "tbody", {}, mappings.map((m) => element(document, "tr", {}, [td(m.primaryProcedure), td(m.primarySite), td(m.reason)])))
  ]);
}
