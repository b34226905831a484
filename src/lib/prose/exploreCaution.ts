import {pluralize} from "../format.js";

/**
 * The Explore page's warning under the characteristics table: how coarse its percentages are for the columns
 * in view, and that differences between columns describe, they do not test. A column of n patients moves in
 * steps of 100/n points, so the smallest column sets how coarse the table is; the sentence says so only where it
 * matters (steps of a point or more).
 * @example exploreCaution([10]) // "With 10 patients in view, percentages move in steps of 10 points: …"
 * @example exploreCaution([5, 3, 2], "Sex") // "The smallest column (2 patients) moves in steps of 50 points: …"
 */
export function exploreCaution(columnSizes: readonly number[], splitLabel?: string): string {
  const sizes = columnSizes.filter((n) => n > 0);
  if (sizes.length === 0) return "No patient is in view, so the table has nothing to describe.";
  const smallest = Math.min(...sizes);
  const step = 100 / smallest;
  const patients = pluralize(smallest, "patient");
  const coarse = step >= 1 ? ` move${sizes.length > 1 ? "s" : ""} in steps of ${formatStep(step)} ${step === 1 ? "point" : "points"}` : null;
  if (sizes.length === 1) {
    const opening = `With ${patients} in view, percentages`;
    return coarse ? `${opening}${coarse.replace(/^ moves/, " move")}: a single patient more or less changes them visibly.` : `${opening} are precise to less than a point, but they describe these patients only.`;
  }
  const split = splitLabel ? ` by ${splitLabel.toLowerCase()}` : "";
  const differences = `differences between the columns${split} are descriptive, not evidence of an effect`;
  return coarse ? `The smallest column (${patients})${coarse}, and ${differences}.` : `Each column holds ${smallest} patients or more, but ${differences}.`;
}

function formatStep(step: number): string {
  return Number.isInteger(step) ? String(step) : step >= 10 ? `about ${Math.round(step)}` : step.toFixed(1);
}
