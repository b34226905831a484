/**
 * The Liver page's sentence on the size and number of the lesions, for the patients in view. Plain text.
 */
import {formatCount, formatMedianRange, formatNumber, pluralize} from "../format.js";
import {describeNumeric, proportion} from "../stats.js";

export interface SizePatient {
  /** Largest diameter of the (largest) liver lesion, cm. */
  lesionSizeCm: number | null;
  lesionCount: number;
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
    const [only] = inView;
    const largest = size.n ? ` measuring ${formatNumber(size.max, 2)} cm${only!.lesionCount > 1 ? " for the largest" : ""}` : "";
    return `The one patient in view had ${only!.lesionCount === 1 ? "a single lesion" : pluralize(only!.lesionCount, "lesion")}${largest}.`;
  }
  const single = proportion(inView, (p) => p.lesionCount === 1);
  const sizeText = size.n ? `The largest lesion measured a median of ${formatMedianRange(size, 2)} cm (mean ${formatNumber(size.mean, 2)} cm); ` : "The size of the lesions is not given; ";
  const numberText = count.min === count.max
    ? `every patient in view had ${pluralize(count.min!, "lesion")}`
    : `${formatCount(single)} ${single.n === 1 ? "patient" : "patients"} had a single lesion, and the number of lesions ranged from ${count.min} to ${count.max}`;
  return `${sizeText}${numberText}.`;
}
