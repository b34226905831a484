/**
 * The organ of each primary tumour is not a column of Table 1: it is read from the primary operation and the
 * Results text. primary-sites.tsv records that mapping, one operation per row with its reason, so the
 * derivation is data a reader can check and a different series can supply its own.
 */
import {z} from "zod";
import {nameCell} from "./cells.js";
import {parseDelimited} from "./read-delimited.js";
import {validateTable} from "./validate-table.js";

/** Sites of intra-abdominal leiomyosarcoma named by the article's introduction, plus the pancreas of patient 1. */
export const primarySites = [
  "Retroperitoneum",
  "Small bowel",
  "Pancreas",
  "Stomach",
  "Colon",
  "Uterus",
  "Bladder",
  "Prostate",
  "Kidney",
  "Inferior vena cava"
] as const;
export type PrimarySite = (typeof primarySites)[number];

export const primarySiteSchema = z.object({
  "Surgical procedure for primary lesion": nameCell,
  "Primary site": z.enum(primarySites, {error: `expected one of ${primarySites.map((s) => `"${s}"`).join(", ")}`}),
  "Reason": nameCell
});

export const primarySiteColumns = Object.keys(primarySiteSchema.shape);

/** Parses primary-sites.tsv into a map from the printed primary operation to the organ. */
export function parsePrimarySites(text: string, file = "primary-sites.tsv") {
  const rows = validateTable(parseDelimited(text, {file, columns: primarySiteColumns}), primarySiteSchema, {
    file,
    unique: {
      column: "Surgical procedure for primary lesion",
      what: "operation",
      key: (v) => `"${v["Surgical procedure for primary lesion"]}"`
    }
  });
  return new Map(rows.map(({values}) => [values["Surgical procedure for primary lesion"], values]));
}
