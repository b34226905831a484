/**
 * The Liver page's paragraph "How they were removed", for the patients in view: how the procedures are ordered,
 * what each procedure present is in Brisbane 2000 terms (which segments it removes, minor or major), what a name
 * of the series' own is read as, the ablations added to a resection, and, only when a "Partial hepatectomy" is in
 * view, why its extent is an assumption. Plain text; the view adds the link to the assumption.
 */
import {ablationWords, brisbaneClass, orderByExtent, type ResectionClass, type ResectionExtent} from "../brisbane.js";
import {formatInteger, listPatients} from "../format.js";

export interface ProcedureProsePatient {
  id: number;
  liverProcedure: string | null;
  liverProcedureBrisbane: string | null;
  liverProcedureClass: ResectionClass | null;
  resectionExtent: ResectionExtent | null;
  ablation: boolean | null;
  ablationMethod: string | null;
}

export interface LiverProceduresProse {
  /** The paragraph; "" when no patient with a recorded procedure is in view. */
  text: string;
  /** Whether the paragraph speaks of a partial hepatectomy, so the page should link the assumption behind it. */
  partialHepatectomy: boolean;
}

/** "segment 6", "segments 2 and 3", "segments 5 to 8", "segments 2, 3, 4, 5 and 8". */
function segmentWords(s: readonly number[]): string {
  if (s.length === 1) return `segment ${s[0]}`;
  if (s.length === 2) return `segments ${s[0]} and ${s[1]}`;
  const run = s.every((x, i) => i === 0 || x === s[i - 1]! + 1);
  return run ? `segments ${s[0]} to ${s.at(-1)}` : `segments ${s.slice(0, -1).join(", ")} and ${s.at(-1)}`;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);
const extentWords = (extent: ResectionExtent) => (extent === "unknown" ? "extent not given" : extent);

/** One procedure in Brisbane 2000 words, from its printed name and the class its record carries. */
function clause(p: ProcedureProsePatient & {liverProcedure: string}): string {
  const name = p.liverProcedure;
  const c = brisbaneClass(name);
  const extent = extentWords(p.resectionExtent ?? "unknown");
  if (c.class === null) {
    // A name of the series' own, read through its mapping file: say what it was mapped to.
    const as = p.liverProcedureBrisbane ?? p.liverProcedureClass ?? "a resection";
    return `“${name}” is the series' own name, read as ${article(as.toLowerCase())} (${extent})`;
  }
  if (c.class === "Non-anatomical resection") {
    return `${article(name.toLowerCase())} removes liver around the lesion without following segment boundaries (${extent})`;
  }
  if (c.class === "Minor resection" || c.class === "Major resection") return `${article(name.toLowerCase())} gives its extent alone (${extent})`;
  const segments = c.segmentsResected?.length
    ? segmentWords(c.segmentsResected)
    : c.class === "Bisegmentectomy" ? "two Couinaud segments" : "one Couinaud segment";
  // A segmentectomy's name is its term with its numbers; any other name Brisbane accepts is said as its term.
  const same = c.brisbane === null || c.class === "Segmentectomy" || c.class === "Bisegmentectomy" ||
    c.brisbane.toLowerCase() === name.trim().replace(/\s+/g, " ").toLowerCase();
  return same
    ? `${article(name.toLowerCase())} removes ${segments} (${extent})`
    : `${article(name.toLowerCase())} is ${article(c.brisbane!.toLowerCase())}, removing ${segments} (${extent})`;
}

/** "a and b", or "a; b; and c" (clauses hold commas of their own). */
const joinClauses = (xs: readonly string[]) =>
  xs.length <= 1 ? xs.join("") : xs.length === 2 ? `${xs[0]}, and ${xs[1]}` : `${xs.slice(0, -1).join("; ")}; and ${xs.at(-1)}`;

/** "a and b", "a, b and c": short items without commas. */
const joinWords = (xs: readonly string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

const extentLead: Record<ResectionExtent, {many: string; one: string}> = {
  minor: {many: "minor resections (fewer than three Couinaud segments)", one: "a minor resection (fewer than three Couinaud segments)"},
  unknown: {many: "those whose extent the name does not give", one: "of an extent its name does not give"},
  major: {many: "major resections (three or more segments)", one: "a major resection (three or more Couinaud segments)"}
};

/**
 * The paragraph for the patients in view.
 * @example liverProcedures(patients.filter((p) => p.id === 5)) // {text: "Every procedure in view is a major resection (three or more Couinaud segments). In Brisbane 2000 terms, a right hepatectomy is a right hemihepatectomy, removing segments 5 to 8 (major).", partialHepatectomy: false}
 */
export function liverProcedures(inView: readonly ProcedureProsePatient[]): LiverProceduresProse {
  const recorded = inView.filter((p): p is ProcedureProsePatient & {liverProcedure: string} => typeof p.liverProcedure === "string");
  if (recorded.length === 0) return {text: "", partialHepatectomy: false};
  const byName = new Map(recorded.map((p) => [p.liverProcedure, p]));
  const ordered = orderByExtent([...byName.values()].map((p) => ({...p, name: p.liverProcedure, extent: p.resectionExtent ?? "unknown", class: p.liverProcedureClass})));
  const isPartial = (name: string) => name.trim().toLowerCase() === "partial hepatectomy";
  const partial = recorded.filter((p) => isPartial(p.liverProcedure));

  const extents = [...new Set(ordered.map((p) => p.extent))];
  const lead =
    extents.length > 1
      ? `Procedures are listed by extent: ${extents.map((e) => extentLead[e].many).join(" first, then ").replace(/ first, then (.*) first, then /, " first, then $1, then ")}.`
      : `Every procedure in view is ${extentLead[extents[0]!].one}.`;

  const described = ordered.filter((p) => !isPartial(p.name)).map(clause);
  const terms = described.length ? ` In Brisbane 2000 terms, ${joinClauses(described)}.` : "";

  const partialText = partial.length
    ? ` “Partial hepatectomy” is Table 2's term, not a Brisbane 2000 one, and the extent is not given: the article does not say whether these were wedge (non-anatomical) or anatomical resections, and the report reads them as ${extentWords(partial[0]!.resectionExtent ?? "unknown") === "minor" ? "minor resections" : "resections of unknown extent"}.`
    : "";

  const ablated = recorded.filter((p) => p.ablation);
  const byMethod = new Map<string, number[]>();
  for (const p of ablated) {
    const method = p.ablationMethod ? ablationWords(p.ablationMethod) : "an ablation of unrecorded method";
    byMethod.set(method, [...(byMethod.get(method) ?? []), p.id]);
  }
  const who = (ids: readonly number[]) => `${ids.length === 1 ? "patient" : "patients"} ${listPatients(ids)}`;
  const [only] = byMethod;
  const added =
    byMethod.size === 1
      ? `${who(only![1])} also had ${only![0]}`
      : `${formatInteger(ablated.length)} patients also had an ablation: ${joinWords([...byMethod].map(([method, ids]) => `${method} (${who(ids)})`))}`;
  const ablation = ablated.length ? ` An ablation is an addition to the resection, not a procedure of its own: ${added}.` : "";

  // The partial hepatectomy comes last, so the link the view adds to its assumption follows it.
  return {text: `${lead}${terms}${ablation}${partialText}`, partialHepatectomy: partial.length > 0};
}
