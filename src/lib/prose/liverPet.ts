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
  suvStatus: "measured" | "not tested" | "no hypermetabolism" | "not recorded";
  cirrhosis: boolean | null;
}

/**
 * "" when no patient is in view.
 * @example liverPet(patients) // "6 patients in view had a PET-CT scan; the mean SUV of the liver lesion ranged from 1.7 to 1.8 in the 5 patients ..."
 */
export function liverPet(inView: readonly PetPatient[]): string {
  if (inView.length === 0) return "";
  const scanned = inView.filter((p) => p.suvStatus !== "not tested" && p.suvStatus !== "not recorded");
  const petUnknown = inView.filter((p) => p.suvStatus === "not recorded").map((p) => p.id);
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
  const petNote = petUnknown.length ? ` Whether ${petUnknown.length === 1 ? "patient" : "patients"} ${listPatients(petUnknown)} had a PET-CT scan was not recorded.` : "";
  const cirrhotic = inView.filter((p) => p.cirrhosis === true).map((p) => p.id);
  const cirrhosisUnknown = inView.filter((p) => p.cirrhosis === null).map((p) => p.id);
  const cirrhosis = cirrhotic.length
    ? `${cirrhotic.length === 1 ? "Patient" : "Patients"} ${listPatients(cirrhotic)} had a cirrhotic liver.`
    : `No patient in view ${cirrhosisUnknown.length ? "with it recorded " : ""}had cirrhosis.`;
  const cirrhosisNote = cirrhosisUnknown.length ? ` Whether ${cirrhosisUnknown.length === 1 ? "patient" : "patients"} ${listPatients(cirrhosisUnknown)} had cirrhosis was not recorded.` : "";
  return `${pet}${petNote} ${cirrhosis}${cirrhosisNote}`;
}
