/**
 * The Liver page's sentence on PET-CT and cirrhosis, for the patients in view: how many were scanned, the range
 * of the mean SUV where it was measured, and who had a cirrhotic liver. Plain text.
 */
import {formatNumber, listPatients, pluralize} from "../format.js";
import {describeNumeric} from "../stats.js";

export interface PetPatient {
  id: number;
  /** Mean SUV of the liver lesion; null when not tested or not hypermetabolic. */
  suv: number | null;
  suvStatus: "measured" | "not tested" | "no hypermetabolism";
  cirrhosis: boolean;
}

/**
 * "" when no patient is in view.
 * @example liverPet(patients) // "6 patients in view had a PET-CT scan; the mean SUV of the liver lesion ranged from 1.7 to 1.8 in the 5 patients ..."
 */
export function liverPet(inView: readonly PetPatient[]): string {
  if (inView.length === 0) return "";
  const scanned = inView.filter((p) => p.suvStatus !== "not tested");
  const suv = describeNumeric(inView, "suv");
  const quiet = scanned.filter((p) => p.suvStatus === "no hypermetabolism").length;
  const measured = suv.n === 0
    ? "none had a measured SUV"
    : suv.n === 1
      ? `the mean SUV of the liver lesion was ${formatNumber(suv.min)} in the 1 patient with a measured value`
      : `the mean SUV of the liver lesion ranged from ${formatNumber(suv.min)} to ${formatNumber(suv.max)} in the ${pluralize(suv.n, "patient")} with a measured value`;
  const pet = scanned.length === 0
    ? "No patient in view had a PET-CT scan."
    : `${pluralize(scanned.length, "patient")} in view had a PET-CT scan; ${measured}${quiet ? `, and ${quiet} showed no hypermetabolism` : ""}.`;
  const cirrhotic = inView.filter((p) => p.cirrhosis).map((p) => p.id);
  const cirrhosis = cirrhotic.length
    ? `Cirrhosis was recorded for ${cirrhotic.length === 1 ? "patient" : "patients"} ${listPatients(cirrhotic)}.`
    : "No patient in view had cirrhosis.";
  return `${pet} ${cirrhosis}`;
}
