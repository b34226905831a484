/**
 * The Data & methods page's downloads of the patients in view: the sentence that leads to the two files, and their
 * names. A filtered download says so in its name, so a saved file is never mistaken for the whole series.
 */
import {activeFilters, describeFilters, type FilterState} from "../filters.js";
import {pluralize} from "../format.js";

/**
 * @example downloadLead(10, emptyFilters) // "The patients in view (10 patients; filters: none):"
 * @example downloadLead(0, {categories: {sex: ["M"], primarySite: ["Stomach"]}, age: null}) // "No patient is in view (filters: ...), so there is nothing to download."
 */
export function downloadLead(inView: number, filters: FilterState): string {
  const described = describeFilters(filters);
  if (inView === 0) return `No patient is in view (filters: ${described}), so there is nothing to download.`;
  return `The patients in view (${pluralize(inView, "patient")}; filters: ${described}):`;
}

/** @example downloadFilename(emptyFilters, "csv") // "lms-liver-cohort.csv"; with any filter on, "lms-liver-cohort-filtered.csv" */
export function downloadFilename(filters: FilterState, extension: "csv" | "json"): string {
  return `lms-liver-cohort${activeFilters(filters).length > 0 ? "-filtered" : ""}.${extension}`;
}
