/**
 * Which rows the Patients page's tables hold when drawn at build time, and the sentence that goes with them.
 * Every row of a case series goes into the page's HTML; a registry-sized cohort would make a page of tens of
 * megabytes, so its HTML holds the first `max` rows and the page's script draws the rest. Plain text, no markup.
 */
import {formatInteger} from "../format.js";

export interface PatientsTableRows<P> {
  rows: P[];
  /** Says that the table lists only some patients; null when it lists them all. */
  note: string | null;
}

/**
 * @example patientsTableRows(inView, {max: 500}).note // "The first 500 of 12,000 patients are listed; the page lists them all once its scripts have run."
 */
export function patientsTableRows<P>(inView: readonly P[], {max = Infinity}: {max?: number} = {}): PatientsTableRows<P> {
  if (inView.length <= max) return {rows: [...inView], note: null};
  return {
    rows: inView.slice(0, max),
    note: `The first ${formatInteger(max)} of ${formatInteger(inView.length)} patients are listed; the page lists them all once its scripts have run.`
  };
}

