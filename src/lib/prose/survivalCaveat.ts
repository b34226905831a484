/**
 * The Survival page's opening caveat for the patients in view: what a curve of this many patients and deaths can
 * and cannot show. Plain text; the page adds the emphasis.
 */
import {pluralize} from "../format.js";

/**
 * @example survivalCaveat({patients: 10, deaths: 2}) // "With 2 deaths among 10 patients, the curve moves in large steps, ..."
 */
export function survivalCaveat({patients, deaths}: {patients: number; deaths: number}): string {
  const selection =
    "Survival here is not comparable with an unselected population: these patients were chosen for surgery because their disease could be resected, and the article does not report those who were not operated on.";
  if (patients === 0) return `No patient is in view. ${selection}`;
  if (deaths === 0) {
    return `No death among ${pluralize(patients, "patient")}: the curve stays at 100% and shows only how long ${patients === 1 ? "the patient was" : "they were"} followed. ${selection}`;
  }
  const small = deaths < 10 || patients < 50;
  return (
    `With ${pluralize(deaths, "death")} among ${pluralize(patients, "patient")}, ` +
    (small
      ? "the curve moves in large steps, its confidence band is wide, and everything after the last death rests on the few patients still followed. "
      : "the curve is estimated with reasonable precision where many remain at risk; read its tail, where few do, with care. ") +
    selection
  );
}
