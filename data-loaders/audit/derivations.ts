/**
 * Where a derived field comes from. Table 1 has no primary-site column: the pipeline reads the site from the
 * primary operation, through primary-sites.tsv. Where the operation's words name one organ, the site is the
 * table's own evidence; where they name more than one (an ileocecal resection takes ileum, which is small bowel,
 * and caecum, which is colon), the mapping had to choose, and in this article the only words that could choose
 * are the Results' list of sites. A check of that list against the mapped sites would then confirm the list with
 * itself, so the audit treats it as not checkable (evaluate.ts).
 */
import type {Patient} from "../patients.js";

/** Words of an operation and the organ each names (lowercase stems). */
const organWords: readonly [RegExp, string][] = [
  [/pancrea/, "Pancreas"],
  [/small bowel|jejun|ileum|ileal|ileo/, "Small bowel"],
  [/cec|caec|colon|colectomy|sigmoid/, "Colon"],
  [/stomach|gastr/, "Stomach"],
  [/retroperitone/, "Retroperitoneum"]
];

/**
 * The organs an operation's words name, in the order above.
 * @example organsNamed("Ileocecal resection") // ["Small bowel", "Colon"]
 * @example organsNamed("Distal pancreatectomy and splenectomy") // ["Pancreas"]
 */
export function organsNamed(operation: string): string[] {
  const words = operation.toLowerCase();
  return organWords.filter(([pattern]) => pattern.test(words)).map(([, organ]) => organ);
}

export interface SiteChoice {
  patient: number;
  operation: string;
  mapped: string;
  /** Every organ the operation names; the mapped site is one of them, or the operation names none. */
  admissible: string[];
}

/**
 * The patients whose primary site the operation alone does not decide.
 * @example undecidedSites(patients) // [{patient: 3, operation: "Ileocecal resection", mapped: "Small bowel", admissible: ["Small bowel", "Colon"]}]
 */
export function undecidedSites(patients: readonly Patient[]): SiteChoice[] {
  // An operation or site not recorded decides nothing and is not a choice the mapping made.
  return patients
    .flatMap((p) => (p.primaryProcedure === null || p.primarySite === null ? [] : [{patient: p.id, operation: p.primaryProcedure, mapped: p.primarySite as string}]))
    .map((c) => ({...c, admissible: organsNamed(c.operation)}))
    .filter((c) => c.admissible.length !== 1 || c.admissible[0] !== c.mapped)
    .map((c) => ({...c, admissible: c.admissible.length ? c.admissible : [c.mapped]}));
}
