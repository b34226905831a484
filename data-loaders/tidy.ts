/** Long ("tidy") tables derived from the patients, one row per patient and item, for faceted views. */
import type {Patient} from "./patients.js";

/** One row per patient and Couinaud segment holding a lesion (none for a patient whose segments were not recorded). */
export interface SegmentRow {
  patient: number;
  segment: number;
}

/** One row per patient and adjuvant chemotherapy drug (after the primary resection); none when not recorded. */
export interface DrugRow {
  patient: number;
  drug: string;
  cycles: number | null;
}

/** @example segmentRows([{id: 2, segments: [4, 7]}]) // [{patient: 2, segment: 4}, {patient: 2, segment: 7}] */
export function segmentRows(patients: readonly Pick<Patient, "id" | "segments">[]): SegmentRow[] {
  return patients.flatMap(({id, segments}) => (segments ?? []).map((segment) => ({patient: id, segment})));
}

/** @example drugRows([{id: 6, chemotherapyDrugs: ["ifosfamide", "doxorubicin"], chemotherapyCycles: 6}]) // two rows */
export function drugRows(
  patients: readonly Pick<Patient, "id" | "chemotherapyDrugs" | "chemotherapyCycles">[]
): DrugRow[] {
  return patients.flatMap(({id, chemotherapyDrugs, chemotherapyCycles}) =>
    (chemotherapyDrugs ?? []).map((drug) => ({patient: id, drug, cycles: chemotherapyCycles}))
  );
}
