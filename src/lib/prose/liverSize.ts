/**
 * The Liver page's sentence on the size and number of the lesions, for the patients in view. Plain text.
 */
import {formatCount, formatMedianRange, formatNumber, pluralize} from "../format.js";
import {describeNumeric, proportionRecorded} from "../stats.js";
import {notRecordedClause} from "./notRecorded.js";

export interface SizePatient {
  /** Largest diameter of the (largest) liver lesion, cm. */
  lesionSizeCm: number | null;
  lesionCount: number | null;
}

/**
 * "" when no patient is in view.
 * @example liverSize(patients) // "The largest lesion measured a median of 2.55 (0.9–3) cm (mean 2.39 cm); 6 (60%) patients had a single lesion, ..."
 */
export function liverSize(inView: readonly SizePatient[]): string {
  if (inView.length === 0) return "";
  const size = describeNumeric(inView, "lesionSizeCm");
  const count = describeNumeric(inView, "lesionCount");
  if (inView.length === 1) {
    const count = inView[0]!.lesionCount;
    const largest = size.n ? ` measuring ${formatNumber(size.max, 2)} cm${count !== null && count > 1 ? " for the largest" : ""}` : "";
    const lesions = count === null ? "a number of lesions not recorded" : count === 1 ? "a single lesion" : pluralize(count, "lesion");
    return `The one patient in view had ${lesions}${largest}${size.n ? "" : " (size not recorded)"}.`;
  }
  const single = proportionRecorded(inView, "lesionCount", (c) => c === 1);
  const sizeText = size.n
    ? `The largest lesion measured a median of ${formatMedianRange(size, 2)} cm (mean ${formatNumber(size.mean, 2)} cm)${notRecordedClause(size.missing)}; `
    : "The size of the lesions is not given; ";
  const numberText =
    count.n === 0
      ? "the number of lesions was not recorded"
      : count.min === count.max
        ? `every patient in view ${count.missing ? "with a count recorded " : ""}had ${pluralize(count.min!, "lesion")}${notRecordedClause(count.missing)}`
        : `${formatCount(single)} ${single.n === 1 ? "patient" : "patients"} had a single lesion, and the number of lesions ranged from ${count.min} to ${count.max}${notRecordedClause(count.missing)}`;
  return `${sizeText}${numberText}.`;
}
