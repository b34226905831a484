/**
 * A figure of a whole cohort worked out once: every redraw of a page asks for its cohort's palette, levels or
 * extents, and a cohort (the array the page loaded) never changes. Keyed weakly by the array, so a cohort
 * dropped by the page is dropped here too.
 * @example perCohort(patients, "extent:age", () => extentOf(patients, "age"))
 */
const known = new WeakMap<readonly object[], Map<string, unknown>>();

export function perCohort<T>(cohort: readonly object[], key: string, compute: () => T): T {
  let figures = known.get(cohort);
  if (!figures) known.set(cohort, (figures = new Map()));
  if (!figures.has(key)) figures.set(key, compute());
  return figures.get(key) as T;
}
