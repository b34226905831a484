/**
 * What the Patients page's search box says beside it: how many rows of the table it shows. Written into the page
 * at build time for the whole table (so the line never reflows when the script takes over) and after each search.
 * @example patientsSearchCount(1) // "1 result"
 */
export function patientsSearchCount(shown: number): string {
  return `${shown} ${shown === 1 ? "result" : "results"}`;
}
