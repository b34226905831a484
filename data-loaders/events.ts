/**
 * Follow-up events that only the Results text gives (repeat operations, recurrences, treatments), one row per
 * event with the sentence fragment it came from. Times are kept as the text states them: an offset in months
 * from an anchor (the index liver resection, or an earlier event of the same patient), or "unknown".
 */
import {z} from "zod";
import {grammarCell, nameCell, patientNumberCell} from "./cells.js";
import {parseDelimited, type SourceWarning} from "./read-delimited.js";
import {validateTable} from "./validate-table.js";

export const eventKinds = ["metastasis", "resection", "ablation", "chemotherapy", "radiotherapy"] as const;
export type EventKind = (typeof eventKinds)[number];

/** The anchor every timeline is measured from; see timeline.ts for why. */
export const indexAnchor = "index hepatectomy";

export const eventSchema = z.object({
  "Patient": patientNumberCell,
  "Event": z.string().regex(/^[a-z][a-z0-9-]*$/, "expected an event id in lowercase-with-hyphens (e.g. repeat-hepatectomy)"),
  "Kind": z.enum(eventKinds, {error: `expected one of ${eventKinds.join(", ")}`}),
  "Anchor": z
    .string()
    .regex(/^[a-z][a-z0-9 -]*$/, `expected "${indexAnchor}" or the id of an earlier event of the same patient`),
  "Offset (mo)": grammarCell('expected months after the anchor (e.g. 14) or "unknown"', (text) =>
    text === "unknown" ? null : /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined
  ),
  "Description": nameCell,
  "Source fragment (Results)": nameCell
});

export const eventColumns = Object.keys(eventSchema.shape);
export type EventValues = z.output<typeof eventSchema>;

/**
 * Parses events.tsv; anchors are resolved later, against the patients (timeline.ts). A header without rows is a
 * series without follow-up events. `warnings` receives each cell trimmed of spaces.
 * @example parseEvents(eventColumns.join("\t") + "\n") // []
 */
export function parseEvents(text: string, file = "events.tsv", {warnings}: {warnings?: SourceWarning[]} = {}) {
  return validateTable(parseDelimited(text, {file, columns: eventColumns, allowNoRows: true, ...(warnings && {warnings})}), eventSchema, {
    file,
    unique: {column: "Event", what: "event of a patient", key: (v) => `patient ${v.Patient} event "${v.Event}"`}
  });
}
