/**
 * Which patients the Patients page gives a summary card, and the sentence that goes with them. A summary per
 * patient reads well for a case series; for a registry-sized cohort the first `max` stand in, plus the one a link
 * points at (#patient-N), so a link from another page always lands on its card. Plain text, no markup.
 */
import {pluralize} from "../format.js";

export interface PatientsListed<P> {
  /** The patients to give a card, in the order given. */
  listed: P[];
  /** What the reader should know about the list: nobody matches, or only some are shown; null when all are. */
  note: string | null;
}

/**
 * @example patientsListed(inView, {max: 50, openId: 3}) // {listed: [...50 or 51], note: "Showing 51 of 400 patients; narrow the filters to see others."}
 * @example patientsListed([], {}).note // "No patient matches the filters."
 */
export function patientsListed<P extends {id: number}>(inView: readonly P[], {max = 50, openId = null}: {max?: number; openId?: number | null} = {}): PatientsListed<P> {
  if (inView.length === 0) return {listed: [], note: "No patient matches the filters."};
  if (inView.length <= max) return {listed: [...inView], note: null};
  const listed = inView.filter((p, i) => i < max || p.id === openId);
  return {listed, note: `Showing ${listed.length} of ${pluralize(inView.length, "patient")}; narrow the filters to see others.`};
}
