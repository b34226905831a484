/**
 * The sentences that say what a value not recorded in the source did to a figure: a chart's "not shown" note and
 * the survival estimates' list of patients left out. Facts in, plain strings out; "" when there is nothing to say.
 */
import {listPatients} from "../format.js";

/**
 * The note a chart carries when it drops patients whose value was not recorded.
 * @example notShownNote(2) // "2 not recorded, not shown"
 * @example notShownNote(0) // ""
 */
export function notShownNote(count: number): string {
  return count > 0 ? `${count} not recorded, not shown` : "";
}

/**
 * The note beside survival estimates naming the patients they leave out (survival time or vital status not
 * recorded), so a reader can see the curve is of fewer patients than the view holds.
 * @example survivalLeftOutNote([4]) // "Patient 4 is left out of the survival estimates: survival time or vital status not recorded."
 * @example survivalLeftOutNote([2, 5]) // "Patients 2 and 5 are left out of the survival estimates: survival time or vital status not recorded."
 */
export function survivalLeftOutNote(ids: readonly number[]): string {
  if (ids.length === 0) return "";
  const who = ids.length === 1 ? `Patient ${ids[0]} is` : `Patients ${listPatients(ids)} are`;
  return `${who} left out of the survival estimates: survival time or vital status not recorded.`;
}

/**
 * The count a summary gives beside its n, as gtsummary's "Unknown" row does, for prose.
 * @example notRecordedClause(1) // " (1 not recorded)"
 * @example notRecordedClause(0) // ""
 */
export function notRecordedClause(count: number): string {
  return count > 0 ? ` (${count} not recorded)` : "";
}
