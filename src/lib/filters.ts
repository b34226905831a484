/**
 * The cohort filters: which patient fields can be filtered, how a filter state reads from and writes to the
 * URL query, and how it selects patients. Keys are the dataset's field names and values are the category labels
 * a reader sees (`?primarySite=Stomach&primarySite=Pancreas&sex=F&age=40-60`), so a URL is readable and shareable.
 * Within a field the values are alternatives (OR); across fields all must hold (AND).
 */
import {procedureOrder} from "./brisbane.js";
import {formatInteger} from "./format.js";

export interface CategoryFilterField {
  key: string;
  label: string;
  /** "list": the field holds several values (segments); a patient matches if any of them is selected. */
  kind: "category" | "boolean" | "list";
  /**
   * Known at time zero (the liver resection). A survival comparison may only split by such a field: splitting by
   * the outcome itself, or by anything that happens after time zero, makes the comparison tautological.
   */
  baseline: boolean;
}

/** Filterable categorical fields, in the order the filter panel shows them. */
export const categoryFields: readonly CategoryFilterField[] = [
  {key: "primarySite", label: "Primary site", kind: "category", baseline: true},
  {key: "primaryProcedure", label: "Primary operation", kind: "category", baseline: true},
  {key: "liverProcedure", label: "Liver procedure", kind: "category", baseline: true},
  {key: "sex", label: "Sex", kind: "category", baseline: true},
  // Adjuvant treatment followed the primary operation, before the liver resection (Table 1's column heading).
  {key: "adjuvantChemotherapy", label: "Adjuvant chemotherapy", kind: "boolean", baseline: true},
  {key: "adjuvantRadiotherapy", label: "Adjuvant radiotherapy", kind: "boolean", baseline: true},
  {key: "lesionMultiplicity", label: "Liver lesions", kind: "category", baseline: true},
  {key: "vitalStatus", label: "Vital status", kind: "category", baseline: false},
  {key: "segments", label: "Liver segment with a lesion", kind: "list", baseline: true}
];

/**
 * The fields survival curves may be split by: one value per patient, and known at time zero.
 * @example splitFields.map((f) => f.key) // no "vitalStatus" (the outcome) and no "segments" (several per patient)
 */
export const splitFields: readonly CategoryFilterField[] = categoryFields.filter((f) => f.kind !== "list" && f.baseline);

/** How a category value reads where a code would be cryptic: sex F -> Female, segment 6 -> Segment 6. */
export const valueNames: Record<string, Record<string, string>> = {
  sex: {F: "Female", M: "Male"},
  segments: Object.fromEntries(Array.from({length: 8}, (_, i) => [String(i + 1), `Segment ${i + 1}`]))
};

/** The numeric range filter: age in whole years, written `age=40-60` (inclusive). */
export const rangeField = {key: "age", label: "Age (years)"} as const;

export interface AgeRange {
  min: number;
  max: number;
}

export interface FilterState {
  /** Selected labels per category field; a field absent or empty does not filter. */
  categories: Record<string, string[]>;
  age: AgeRange | null;
}

export interface IgnoredParameter {
  key: string;
  value: string;
  reason: string;
}

export const emptyFilters: FilterState = {categories: {}, age: null};

/** Longest query value considered; longer ones are ignored rather than processed. */
const maxValueLength = 200;

/**
 * The category a value not recorded in the source (a null field) falls in: a filter, a bar and a table row of
 * its own, so `?sex=Not%20recorded` selects the patients whose sex was not recorded.
 */
export const notRecordedLabel = "Not recorded";

/**
 * The label a patient shows for a field: "Yes"/"No" for booleans, the value as text otherwise (lists joined),
 * "Not recorded" for null; null only when the record has no such field.
 * @example fieldLabel({sex: null}, "sex") // "Not recorded"
 */
export function fieldLabel(patient: object, key: string): string | null {
  return valueLabel((patient as Record<string, unknown>)[key]);
}

/** The label of one value as fieldLabel gives it (the crossfilter reads values itself, in one pass per field). */
export function valueLabel(value: unknown): string | null {
  if (value === undefined) return null;
  if (value === null) return notRecordedLabel;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

/**
 * Every label a patient shows for a field: one for most fields, one per element for a list field ([] for an
 * empty list, "None"; ["Not recorded"] for a list not recorded).
 * @example fieldLabels({segments: [4, 7]}, "segments") // ["4", "7"]
 */
export function fieldLabels(patient: object, key: string): string[] {
  const value = (patient as Record<string, unknown>)[key];
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map(String);
  const label = fieldLabel(patient, key);
  return label === null ? [] : [label];
}

/**
 * Sorts labels for display: as given by `compare`, with "Not recorded" always last.
 * @example withNotRecordedLast(["Not recorded", "M", "F"], (a, b) => a.localeCompare(b)) // ["F", "M", "Not recorded"]
 */
export function withNotRecordedLast(labels: readonly string[], compare: (a: string, b: string) => number): string[] {
  return [...labels].sort((a, b) => Number(a === notRecordedLabel) - Number(b === notRecordedLabel) || compare(a, b));
}

/**
 * The labels each category field takes in `patients`, in a stable order (booleans Yes then No; liver procedures
 * by extent, minor to major, as every page lists them; others sorted; "Not recorded" last, present only when some
 * patient has the field null).
 * @example categoryOptions(patients).get("sex") // ["F", "M"]
 */
export function categoryOptions(patients: readonly object[]): Map<string, string[]> {
  return new Map(categoryFields.map((field) => [field.key, orderLabels(field, new Set(patients.flatMap((p) => fieldLabels(p, field.key))), patients)]));
}

/**
 * The labels a field takes, in the order categoryOptions gives them (the crossfilter collects them itself).
 * @example orderLabels(categoryFields[3], new Set(["M", "Not recorded", "F"]), patients) // ["F", "M", "Not recorded"]
 */
export function orderLabels({key, kind}: CategoryFilterField, labels: ReadonlySet<string>, patients: readonly object[]): string[] {
  return kind === "boolean"
    ? ["Yes", "No", notRecordedLabel].filter((l) => labels.has(l))
    : key === "liverProcedure"
      ? [...procedureOrder(patients), notRecordedLabel].filter((l) => labels.has(l))
      : withNotRecordedLast([...labels], (a, b) => a.localeCompare(b, "en", {numeric: true}));
}

/**
 * Reads a filter state from a URL query. Unknown keys, unknown labels, malformed or over-long values are not
 * applied but returned in `ignored`, so the page can say so; `keep` names other keys a page owns (not ignored).
 * @example parseFilters("?sex=F&colour=red", options) // {state: {categories: {sex: ["F"]}, age: null}, ignored: [{key: "colour", ...}]}
 */
export function parseFilters(
  search: string,
  options: Map<string, string[]>,
  {keep = []}: {keep?: readonly string[]} = {}
): {state: FilterState; ignored: IgnoredParameter[]} {
  const params = new URLSearchParams(search);
  const categories: Record<string, string[]> = {};
  const ignored: IgnoredParameter[] = [];
  let age: AgeRange | null = null;
  for (const [key, value] of params) {
    if (keep.includes(key)) continue;
    if (value.length > maxValueLength) {
      ignored.push({key, value, reason: `longer than ${maxValueLength} characters`});
    } else if (key === rangeField.key) {
      const match = /^(\d{1,3})-(\d{1,3})$/.exec(value);
      const [min, max] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
      if (!match || min > max) ignored.push({key, value, reason: "expected a range of whole years such as 40-60"});
      else if (age) ignored.push({key, value, reason: "only one age range applies; the first is kept"});
      else age = {min, max};
    } else if (options.has(key)) {
      if (!options.get(key)!.includes(value)) ignored.push({key, value, reason: "no patient has this value"});
      else if (!(categories[key] ??= []).includes(value)) categories[key]!.push(value);
    } else {
      ignored.push({key, value, reason: "not a filter of this report"});
    }
  }
  return {state: {categories, age}, ignored};
}

/**
 * Writes a filter state as a URL query (with "?", or "" when nothing is filtered), fields in panel order and
 * labels in option order, so one view always has one URL. `extra` parameters (a page's own) are appended.
 */
export function formatFilters(state: FilterState, options: Map<string, string[]>, extra: [string, string][] = []): string {
  const params = new URLSearchParams();
  for (const {key} of categoryFields) {
    const selected = state.categories[key] ?? [];
    for (const label of options.get(key) ?? []) if (selected.includes(label)) params.append(key, label);
  }
  if (state.age) params.append(rangeField.key, `${state.age.min}-${state.age.max}`);
  for (const [key, value] of extra) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** True when a patient passes every active filter, optionally leaving one field out (for faceted counts). */
export function matchesFilters(patient: object, state: FilterState, {except}: {except?: string} = {}): boolean {
  for (const [key, labels] of Object.entries(state.categories)) {
    if (key === except || labels.length === 0) continue;
    if (!fieldLabels(patient, key).some((label) => labels.includes(label))) return false;
  }
  if (state.age && except !== rangeField.key) {
    const age = (patient as {age?: number | null}).age;
    if (age === null || age === undefined || age < state.age.min || age > state.age.max) return false;
  }
  return true;
}

/** The patients in view. @example applyFilters(patients, {categories: {sex: ["M"]}, age: null}).length // 3 */
export function applyFilters<T extends object>(patients: readonly T[], state: FilterState): T[] {
  return patients.filter((p) => matchesFilters(p, state));
}

/** Number of active filter fields (a field with labels selected, or an age range). */
export function activeFilterCount(state: FilterState): number {
  return Object.values(state.categories).filter((l) => l.length > 0).length + (state.age ? 1 : 0);
}

/** The state with one label switched on or off for a field (what clicking a bar does). */
export function toggleCategory(state: FilterState, key: string, label: string): FilterState {
  const current = state.categories[key] ?? [];
  const next = current.includes(label) ? current.filter((l) => l !== label) : [...current, label];
  return {...state, categories: {...state.categories, [key]: next}};
}

/** One active filter as a reader names it: `{key: "sex", text: "Sex: Female"}`; for chips and captions. */
export interface ActiveFilter {
  key: string;
  text: string;
}

/**
 * The active filters in panel order, values by their display names (sex F -> Female).
 * @example activeFilters({categories: {sex: ["F"]}, age: {min: 40, max: 60}}) // [{key: "sex", text: "Sex: Female"}, {key: "age", text: "Age (years): 40–60"}]
 */
export function activeFilters(state: FilterState): ActiveFilter[] {
  const parts = categoryFields
    .filter(({key}) => (state.categories[key] ?? []).length > 0)
    .map(({key, label}) => ({key, text: `${label}: ${state.categories[key]!.map((v) => valueNames[key]?.[v] ?? v).join(" or ")}`}));
  if (state.age) parts.push({key: rangeField.key, text: `${rangeField.label}: ${state.age.min}–${state.age.max}`});
  return parts;
}

/** A plain-language summary of the active filters: "Primary site: Stomach or Pancreas; Sex: Female", or "none". */
export function describeFilters(state: FilterState): string {
  const parts = activeFilters(state).map((f) => f.text);
  return parts.length ? parts.join("; ") : "none";
}

/**
 * The subset a figure shows, for its title or caption, so a screenshot of the figure names its patients.
 * @example subsetLabel(emptyFilters, 10, 10) // "All 10 patients"
 * @example subsetLabel({categories: {sex: ["M"]}, age: null}, 3, 10) // "3 of 10 patients (Sex: Male)"
 */
export function subsetLabel(state: FilterState, inView: number, total: number): string {
  const described = describeFilters(state);
  if (described === "none") return total === 1 ? "The 1 patient" : `All ${formatInteger(total)} patients`;
  return `${formatInteger(inView)} of ${formatInteger(total)} patient${total === 1 ? "" : "s"} (${described})`;
}
