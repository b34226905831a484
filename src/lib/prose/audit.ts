/**
 * The Audit page's computed sentences: facts in, plain strings out. The page loader writes them into the HTML for
 * the whole audit, and the page's script rewrites the shown line after each change of the filter.
 */
import {pluralize} from "../format.js";

/**
 * How many statements the filter shows, of how many.
 * @example auditShownLine(14, 98) // "14 of 98 statements shown."
 */
export function auditShownLine(shown: number, total: number): string {
  return `${shown} of ${pluralize(total, "statement")} shown.`;
}

/**
 * Under the count of statements: how many the article makes more than once, each counted once.
 * @example auditRepeatedLine({repeated: 18, places: 121}) // "18 statements the article makes more than once, each counted once (121 places in all)"
 */
export function auditRepeatedLine(tally: {repeated: number; places: number}): string {
  if (!tally.repeated) return "each made once in the article";
  return `${pluralize(tally.repeated, "statement")} the article makes more than once, each counted once (${tally.places} places in all)`;
}

/**
 * The start of the sentence listing the figures that fail the GRIM or printed-precision test.
 * @example grimLead(2) // "2 reported figures cannot be arithmetically right as stated"
 */
export function grimLead(failed: number): string {
  return `${pluralize(failed, "reported figure")} cannot be arithmetically right as stated`;
}
