/**
 * The organ of each primary tumour is not a column of Table 1: it is read from the primary operation and the
 * Results text. primary-sites.tsv records that mapping, one operation per row with its reason, so the
 * derivation is data a reader can check and a different series can supply its own. The organ is an open
 * vocabulary: a series may name any (uterus, inferior vena cava, spermatic cord...), each named as the series
 * writes it; only an empty name, or one padded with spaces, is refused.
 */
import {z} from "zod";
import {nameCell} from "./cells.js";
import {parseDelimited, type SourceWarning} from "./read-delimited.js";
import {validateTable} from "./validate-table.js";

/** The organ of a primary tumour, as the series' primary-sites.tsv names it (e.g. "Small bowel"). */
export type PrimarySite = string;

export const primarySiteSchema = z.object({
  "Surgical procedure for primary lesion": nameCell,
  "Primary site": z.string().regex(/^\S(?:.*\S)?$/, "expected the name of an organ (e.g. \"Small bowel\"), without leading or trailing spaces"),
  "Reason": nameCell
});

export const primarySiteColumns = Object.keys(primarySiteSchema.shape);

/**
 * Parses primary-sites.tsv into a map from the printed primary operation to the organ. `warnings` receives each
 * cell trimmed of spaces.
 * @example parsePrimarySites("Surgical procedure for primary lesion\tPrimary site\tReason\nHysterectomy\tUterus\tNames the organ\n").get("Hysterectomy")?.["Primary site"] // "Uterus"
 */
export function parsePrimarySites(text: string, file = "primary-sites.tsv", {warnings}: {warnings?: SourceWarning[]} = {}) {
  const rows = validateTable(parseDelimited(text, {file, columns: primarySiteColumns, ...(warnings && {warnings})}), primarySiteSchema, {
    file,
    unique: {
      column: "Surgical procedure for primary lesion",
      what: "operation",
      key: (v) => `"${v["Surgical procedure for primary lesion"]}"`
    }
  });
  return new Map(rows.map(({values}) => [values["Surgical procedure for primary lesion"], values]));
}
