/**
 * Liver operations in the Brisbane 2000 terminology (IHPBA; Strasberg, HPB 2000;2:333-9): which Brisbane term a
 * printed name is, its class (segmentectomy, sectionectomy, hemihepatectomy, ...), which Couinaud segments it
 * removes when the name fixes them, and its extent, major being three or more segments. A wedge or other
 * non-anatomical resection, outside the terms, has a class of its own; a series can also map a name to an extent
 * alone ("Minor resection", "Major resection"). A name the terminology does not define ("partial hepatectomy",
 * "lobectomy") gets no class and extent "unknown": the extent is then the source's to say, never guessed.
 */

/**
 * The ablations a liver procedure may carry as a suffix ("Partial hepatectomy+IORFA"), with what each stands for.
 * Not Brisbane 2000 terms: an ablation is an addition to a resection, never a resection of its own.
 */
export const ablationMethods = {
  IORFA: "intraoperative radiofrequency ablation",
  RFA: "radiofrequency ablation",
  MWA: "microwave ablation"
} as const;
export type AblationMethod = keyof typeof ablationMethods;

/**
 * An ablation method in words; a method outside the list as given, and a missing one as "ablation".
 * @example ablationWords("MWA") // "microwave ablation"
 */
export function ablationWords(method: string | null | undefined): string {
  return method ? ((ablationMethods as Record<string, string>)[method] ?? method) : "ablation";
}

/** Minor: fewer than three Couinaud segments; major: three or more; unknown: the name does not say. */
export type ResectionExtent = "minor" | "major" | "unknown";

/**
 * The kinds of liver resection, from the smallest to the largest: Brisbane's orders (segmentectomy and
 * bisegmentectomy, sectionectomy, hemihepatectomy, trisectionectomy), the non-anatomical (wedge) resection outside
 * them, and the two classes that give an extent alone, for a series that knows no more than that.
 */
export const resectionClasses = [
  "Unclassified resection",
  "Non-anatomical resection",
  "Minor resection",
  "Segmentectomy",
  "Bisegmentectomy",
  "Sectionectomy",
  "Major resection",
  "Hemihepatectomy",
  "Trisectionectomy"
] as const;
export type ResectionClass = (typeof resectionClasses)[number];

export interface BrisbaneClass {
  /** The name as given. */
  name: string;
  /** The Brisbane 2000 term, or null when the name is not one. */
  brisbane: string | null;
  /** The kind of resection, or null when the name does not say (then extent is "unknown"). */
  class: ResectionClass | null;
  extent: ResectionExtent;
  /** Couinaud segments removed, when the name fixes them (segment 1, optional in hemihepatectomies, left out). */
  segmentsResected?: number[];
  /** Other names Brisbane 2000 accepts for the same operation, when there are any besides the given one. */
  alsoCalled?: string[];
  /** Why a name has no Brisbane term or extent, when it is a known name outside the terminology. */
  note?: string;
}

interface Term {
  brisbane: string;
  class: ResectionClass;
  segments: number[];
  /** Every name Brisbane 2000 accepts for it, its own term first. */
  names: string[];
}

const range = (from: number, to: number) => Array.from({length: to - from + 1}, (_, i) => from + i);

// Brisbane 2000's terms and the synonyms it accepts, lowercase, each with the segments it removes.
const terms = new Map<string, Term>();
const define = (brisbane: string, kind: ResectionClass, segments: number[], ...names: string[]) => {
  for (const name of [brisbane, ...names]) terms.set(name.toLowerCase(), {brisbane, class: kind, segments, names: [brisbane, ...names]});
};
define("Right hemihepatectomy", "Hemihepatectomy", range(5, 8), "Right hepatectomy");
define("Left hemihepatectomy", "Hemihepatectomy", range(2, 4), "Left hepatectomy");
define("Right anterior sectionectomy", "Sectionectomy", [5, 8], "Bisegmentectomy 5,8");
define("Right posterior sectionectomy", "Sectionectomy", [6, 7], "Bisegmentectomy 6,7");
define("Left medial sectionectomy", "Sectionectomy", [4]);
define("Left lateral sectionectomy", "Sectionectomy", [2, 3], "Bisegmentectomy 2,3");
define("Right trisectionectomy", "Trisectionectomy", range(4, 8), "Extended right hepatectomy", "Extended right hemihepatectomy");
define("Left trisectionectomy", "Trisectionectomy", [2, 3, 4, 5, 8], "Extended left hepatectomy", "Extended left hemihepatectomy");

// Resections outside the Brisbane terms whose name still says what kind they are, and what extent follows.
const named = new Map<string, {class: ResectionClass; extent: ResectionExtent; note: string}>(Object.entries({
  // A wedge is by definition a limited resection of liver around a lesion, short of a segment.
  "wedge resection": {class: "Non-anatomical resection", extent: "minor", note: "a non-anatomical resection outside the Brisbane 2000 terms, minor by definition (a wedge of liver around the lesion)"},
  "non-anatomical resection": {class: "Non-anatomical resection", extent: "unknown", note: "outside the Brisbane 2000 terms; the name gives no extent"},
  "nonanatomical resection": {class: "Non-anatomical resection", extent: "unknown", note: "outside the Brisbane 2000 terms; the name gives no extent"},
  "minor resection": {class: "Minor resection", extent: "minor", note: "a resection of fewer than three Couinaud segments, technique not stated"},
  "major resection": {class: "Major resection", extent: "major", note: "a resection of three or more Couinaud segments, technique not stated"}
}));

// Names in use that Brisbane 2000 does not define, with why no extent follows from them.
const outside = new Map<string, string>(Object.entries({
  "partial hepatectomy": "not a Brisbane 2000 term: any resection short of the whole liver; the name gives neither technique nor extent",
  "lobectomy": "not a Brisbane 2000 term: “lobe” has been used for a hemiliver and for the left lateral section",
  "right lobectomy": "not a Brisbane 2000 term: used for a right hemihepatectomy and for a right trisectionectomy",
  "left lobectomy": "not a Brisbane 2000 term: used for a left lateral sectionectomy and for a left hemihepatectomy"
}));

const extentOf = (segments: readonly number[]): ResectionExtent => (segments.length >= 3 ? "major" : "minor");

/** "segmentectomy 6", "bisegmentectomy 5,6" (or "5 and 6"): Brisbane's third-order resections. */
function segmentectomy(key: string): {brisbane: string; segments: number[]} | undefined {
  const match = /^(bi)?segmentectomy(?:\s+([1-9])(?:\s*(?:,|and)\s*([1-9]))?)?$/.exec(key);
  if (!match) return undefined;
  const [, bi, first, second] = match;
  if (!bi) return second ? undefined : {brisbane: "Segmentectomy", segments: first ? [Number(first)] : []};
  if (first && (!second || first === second)) return undefined;
  return {brisbane: "Bisegmentectomy", segments: first ? [Number(first), Number(second)].sort((a, b) => a - b) : []};
}

/** The key a name is looked up by: trimmed, spaces collapsed, no space around commas, lowercase. */
const keyOf = (procedure: string) => procedure.trim().replace(/\s+/g, " ").replace(/\s*,\s*/g, ",").toLowerCase();

/**
 * The Brisbane 2000 class of a liver operation's name (case and spacing ignored). A segmentectomy or
 * bisegmentectomy without numbers is minor with no segments listed; an unknown name has class null and extent
 * "unknown".
 * @example brisbaneClass("Right hepatectomy") // {name: "Right hepatectomy", brisbane: "Right hemihepatectomy", class: "Hemihepatectomy", extent: "major", segmentsResected: [5, 6, 7, 8]}
 * @example brisbaneClass("Wedge resection") // {name: "Wedge resection", brisbane: null, class: "Non-anatomical resection", extent: "minor", note: "..."}
 * @example brisbaneClass("Partial hepatectomy").extent // "unknown"
 */
export function brisbaneClass(procedure: string): BrisbaneClass {
  const key = keyOf(procedure);
  const term = terms.get(key);
  if (term) {
    const alsoCalled = term.names.filter((n) => n !== term.brisbane && n.toLowerCase() !== key);
    return {
      name: procedure,
      brisbane: term.brisbane,
      class: term.class,
      extent: extentOf(term.segments),
      segmentsResected: term.segments,
      ...(alsoCalled.length ? {alsoCalled} : {})
    };
  }
  const third = segmentectomy(key.replace(/,/g, ", "));
  if (third) {
    const segments = third.segments.length ? {segmentsResected: third.segments} : {};
    return {name: procedure, brisbane: third.brisbane, class: third.brisbane as ResectionClass, extent: "minor", ...segments};
  }
  const kind = named.get(key);
  if (kind) return {name: procedure, brisbane: null, ...kind};
  // A name in use outside the terms ("partial hepatectomy") is a resection of unstated kind and extent; a series
  // may say more in liver-procedures.tsv. Any other name is not known at all (class null).
  const note = outside.get(key);
  if (note) return {name: procedure, brisbane: null, class: "Unclassified resection", extent: "unknown", note};
  return {name: procedure, brisbane: null, class: null, extent: "unknown"};
}

const extentRank: Record<ResectionExtent, number> = {minor: 0, unknown: 1, major: 2};

/**
 * The liver procedures of `patients`, each once, ordered by extent (orderByExtent), read from the fields each
 * patient record carries (liverProcedure, resectionExtent, liverProcedureClass; a record without the last two
 * counts as unknown). For the pages' lists, bars and filter options.
 * @example procedureOrder(patients) // ["Partial hepatectomy", "Left lateral sectionectomy", "Right hepatectomy"] for the article
 */
export function procedureOrder(patients: readonly object[]): string[] {
  const seen = new Map<string, {name: string; extent: ResectionExtent; class: ResectionClass | null}>();
  for (const p of patients as readonly {liverProcedure?: unknown; resectionExtent?: ResectionExtent; liverProcedureClass?: ResectionClass | null}[]) {
    if (typeof p.liverProcedure !== "string" || seen.has(p.liverProcedure)) continue;
    seen.set(p.liverProcedure, {name: p.liverProcedure, extent: p.resectionExtent ?? "unknown", class: p.liverProcedureClass ?? null});
  }
  return orderByExtent([...seen.values()]).map((p) => p.name);
}

/**
 * Orders liver procedures by extent: minor, then unknown, then major (an operation of unknown extent may be either,
 * so it sits between them), and within an extent by class from the smallest (non-anatomical) to the largest
 * (trisectionectomy), then by name. Takes what a patient record carries, so pages can order what they show.
 * @example orderByExtent([{name: "Right hepatectomy", extent: "major", class: "Hemihepatectomy"}, {name: "Wedge resection", extent: "minor", class: "Non-anatomical resection"}]).map((p) => p.name) // ["Wedge resection", "Right hepatectomy"]
 */
export function orderByExtent<T extends {name: string; extent: ResectionExtent; class: ResectionClass | null}>(procedures: readonly T[]): T[] {
  const classRank = (c: ResectionClass | null) => (c === null ? -1 : resectionClasses.indexOf(c));
  return [...procedures].sort(
    (a, b) => extentRank[a.extent] - extentRank[b.extent] || classRank(a.class) - classRank(b.class) || a.name.localeCompare(b.name)
  );
}

/**
 * One class in words, for notes and assumptions.
 * @example describeBrisbaneClass(brisbaneClass("Right hepatectomy")) // "“Right hepatectomy” is a right hemihepatectomy in Brisbane 2000 terms (segments 5–8; major)"
 * @example describeBrisbaneClass(brisbaneClass("Left lateral sectionectomy")) // "“Left lateral sectionectomy” is a Brisbane 2000 term (segments 2 and 3; also “bisegmentectomy 2,3”; minor)"
 */
export function describeBrisbaneClass(c: BrisbaneClass): string {
  if (c.brisbane === null) return `“${c.name}” is ${c.note ?? "not a Brisbane 2000 term; the name gives no extent"}`;
  const s = c.segmentsResected ?? [];
  const segments =
    s.length === 0 ? "" : s.length === 1 ? `segment ${s[0]}; ` : s.length === 2 ? `segments ${s[0]} and ${s[1]}; ` : isRun(s) ? `segments ${s[0]}–${s.at(-1)}; ` : `segments ${s.join(", ")}; `;
  const same = c.brisbane.toLowerCase() === c.name.trim().replace(/\s+/g, " ").toLowerCase();
  const also = c.alsoCalled?.length ? `also ${c.alsoCalled.map((n) => `“${n.toLowerCase()}”`).join(" or ")}; ` : "";
  return `“${c.name}” is ${same ? "a Brisbane 2000 term" : `a ${c.brisbane.toLowerCase()} in Brisbane 2000 terms`} (${segments}${also}${c.extent})`;
}

const isRun = (xs: readonly number[]) => xs.every((x, i) => i === 0 || x === xs[i - 1]! + 1);
