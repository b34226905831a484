/**
 * The Data & methods page's account of where the rows come from: how the tables were transcribed and checked (only
 * as article.json's notes say it; a series says nothing it has not recorded), and which events only the article's
 * text gives. Facts in, plain strings out.
 */
import {pluralize} from "../format.js";

/**
 * How the source was transcribed, then the events taken from the text, counted from timeline.json.
 * @example dataSource({transcription: "Tables 1 and 2 were checked twice."}, [{patient: 1, source: "Results"}, {patient: 2, source: "Results"}])
 * // "Tables 1 and 2 were checked twice. Events that only the Results text gives (2 events of 2 patients) are in a third file, each with the fragment of the sentence it came from."
 */
export function dataSource(notes: {transcription?: string | undefined}, timeline: readonly {patient: number; source: string}[]): string {
  const fromText = timeline.filter((e) => e.source === "Results");
  const patients = new Set(fromText.map((e) => e.patient)).size;
  const events = fromText.length
    ? `Events that only the Results text gives (${pluralize(fromText.length, "event")} of ${pluralize(patients, "patient")}) are in a third file, each with the fragment of the sentence it came from.`
    : "No event comes from the article's text alone: every event is read from the tables.";
  return [notes.transcription ?? "", events].filter(Boolean).join(" ");
}

/**
 * The registry clause of the Data page's citation, "" when the article names no registry.
 * @example registryClause({patients: 476}) // "; the centre's sarcoma registry held 476 patients with leiomyosarcoma"
 */
export function registryClause(registry: {patients: number} | undefined): string {
  return registry ? `; the centre's sarcoma registry held ${registry.patients} patients with leiomyosarcoma` : "";
}
