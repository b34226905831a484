/**
 * How a source table says a value was not recorded. In any patient column but the patient number, a cell that
 * is empty or reads one of these words (case and surrounding spaces ignored) is a value that is missing, not a
 * malformed cell: the field becomes null and every summary counts it as not recorded.
 */

/** The printed forms of "not recorded", lowercase; the dashes are the en dash, the hyphen and the em dash. */
export const notRecordedTokens = ["", "–", "-", "—", "na", "n/a", "unknown", "not recorded"] as const;

/** The words a reader is told mean "not recorded", as they are usually written. */
export const notRecordedSpellings = ["–", "-", "NA", "N/A", "Unknown", "Not recorded", "an empty cell"] as const;

/**
 * True when a printed cell means the value was not recorded.
 * @example isNotRecorded("N/A") // true
 * @example isNotRecorded("None") // false: "None" is a recorded answer (no adjuvant treatment, no metastasis)
 */
export function isNotRecorded(cell: string): boolean {
  return (notRecordedTokens as readonly string[]).includes(cell.trim().toLowerCase());
}
