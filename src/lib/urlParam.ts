/**
 * A page's own URL parameter (not a filter), such as the attribute a view is split by: read once on load and
 * written with replaceState, so the address always carries the view without adding a history step per change.
 */

/** The parameter's value if it is one of `allowed`, else `fallback`. */
export function readParam<T extends string>(name: string, allowed: readonly T[], fallback: T, search = globalThis.location?.search ?? ""): T {
  const value = new URLSearchParams(search).get(name);
  return allowed.find((a) => a === value) ?? fallback;
}

/** Sets (or, for the fallback value, removes) the parameter in the address bar without reloading. */
export function writeParam(name: string, value: string, fallback: string): void {
  const url = new URL(globalThis.location.href);
  if (value === fallback) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (url.href !== globalThis.location.href) globalThis.history.replaceState(globalThis.history.state, "", url.href);
}
