/**
 * The liver procedure of Table 2, as an open vocabulary with a standard: any resection named in Brisbane 2000
 * terms (src/lib/brisbane.ts: wedge, segmentectomy, bisegmentectomy, sectionectomies, hemihepatectomies,
 * trisectionectomies and their accepted synonyms), optionally followed by an ablation ("+IORFA", "+RFA", "+MWA"),
 * or a name of the series' own that liver-procedures.tsv maps to such a term, with its reason (the article's
 * "Partial hepatectomy", say). Any other name is refused with a message saying how to map it.
 */
import {z} from "zod";
import {
  type AblationMethod,
  ablationMethods,
  brisbaneClass,
  type BrisbaneClass,
  type ResectionClass,
  type ResectionExtent
} from "../src/lib/brisbane.js";
import {grammarCell, nameCell} from "./cells.js";
import {parseDelimited, type SourceWarning} from "./read-delimited.js";
import {validateTable} from "./validate-table.js";

// The ablation suffixes are src/lib/brisbane.ts's (pages name them too); re-exported for the loaders.
export {ablationMethods, type AblationMethod};

/** The mapping file's name in a source folder. */
export const liverProcedureFile = "liver-procedures.tsv";

/** Targets a mapping row may name beside Brisbane 2000's terms: classes that give the kind or the extent alone. */
const classTargets = ["Non-anatomical resection", "Minor resection", "Major resection"];

const examples = ["Wedge resection", "Segmentectomy 6", "Right posterior sectionectomy", "Left hepatectomy", "Right trisectionectomy"];

/** A resection name brisbaneClass places in a class, or undefined. */
const classified = (name: string): BrisbaneClass | undefined => {
  const c = brisbaneClass(name);
  return c.class === null ? undefined : c;
};

export const liverProcedureMappingSchema = z.object({
  // A name of unstated kind ("Partial hepatectomy") may be mapped: the series then says what it was.
  "Surgical procedure": nameCell.refine((name) => (classified(name)?.class ?? "Unclassified resection") === "Unclassified resection" && !/\+\s*(?:IORFA|RFA|MWA)$/.test(name), {
    message: "expected a name of the series' own, without an ablation suffix (a Brisbane 2000 term needs no mapping)"
  }),
  "Brisbane 2000 term": grammarCell(
    `expected a Brisbane 2000 term (e.g. ${examples.slice(1).map((e) => `"${e}"`).join(", ")}) or a class: ${classTargets.map((c) => `"${c}"`).join(", ")}`,
    classified
  ),
  "Reason": nameCell
});

export const liverProcedureColumns = Object.keys(liverProcedureMappingSchema.shape);

/** A series' own name for a liver procedure, mapped to its class. */
export interface MappedProcedure {
  /** The class of the term the name is mapped to (its `name` is the term as the mapping file gives it). */
  term: BrisbaneClass;
  reason: string;
}

export type LiverProcedureMap = ReadonlyMap<string, MappedProcedure>;

/** The stand-in for a source folder without liver-procedures.tsv: the header, no mapping. */
export const noLiverProcedureMapping = `${liverProcedureColumns.join("\t")}\n`;

/**
 * Parses liver-procedures.tsv into a map from the series' own name to the term it stands for. A header with no
 * rows is allowed (nothing mapped); each name once.
 * @example parseLiverProcedures("Surgical procedure\tBrisbane 2000 term\tReason\nHepatic debulking\tNon-anatomical resection\tOperative note\n").get("Hepatic debulking")?.term.class // "Non-anatomical resection"
 */
export function parseLiverProcedures(text: string, file = liverProcedureFile, {warnings}: {warnings?: SourceWarning[]} = {}): LiverProcedureMap {
  const rows = validateTable(parseDelimited(text, {file, columns: liverProcedureColumns, allowNoRows: true, ...(warnings && {warnings})}), liverProcedureMappingSchema, {
    file,
    unique: {column: "Surgical procedure", what: "procedure", key: (v) => `"${v["Surgical procedure"]}"`}
  });
  return new Map(rows.map(({values}) => [values["Surgical procedure"], {term: values["Brisbane 2000 term"], reason: values["Reason"]}]));
}

/** A liver procedure cell read: the printed name without its suffix, its class and extent, and any ablation. */
export interface LiverProcedureReading {
  /** The name as printed, the ablation suffix removed. */
  liverProcedure: string;
  /** The Brisbane 2000 term, or null for a class outside it (non-anatomical, or an extent alone). */
  liverProcedureBrisbane: string | null;
  liverProcedureClass: ResectionClass;
  resectionExtent: ResectionExtent;
  ablation: boolean;
  ablationMethod: AblationMethod | null;
}

/** A name, then optionally "+" and an ablation method (spaces around "+" allowed). */
const withSuffix = new RegExp(`^(.*?)(?:\\s*\\+\\s*(${Object.keys(ablationMethods).join("|")}))?$`);

/**
 * Reads a printed liver procedure: a name brisbaneClass classifies or `mapped` holds, optionally followed by an
 * ablation suffix (spaces around "+" allowed). Undefined when the name is neither.
 * @example readLiverProcedure("Wedge resection+RFA", new Map()) // {liverProcedure: "Wedge resection", liverProcedureBrisbane: null, liverProcedureClass: "Non-anatomical resection", resectionExtent: "minor", ablation: true, ablationMethod: "RFA"}
 */
export function readLiverProcedure(text: string, mapped: LiverProcedureMap): LiverProcedureReading | undefined {
  const match = withSuffix.exec(text);
  const name = match?.[1] ?? "";
  const method = (match?.[2] as AblationMethod | undefined) ?? null;
  const own = mapped.get(name);
  const c = own?.term ?? classified(name);
  if (!name || !c || c.class === null) return undefined;
  return {
    liverProcedure: name,
    liverProcedureBrisbane: c.brisbane,
    liverProcedureClass: c.class,
    resectionExtent: c.extent,
    ablation: method !== null,
    ablationMethod: method
  };
}

/**
 * The schema of Table 2's "Surgical procedure" cell, knowing the series' mapped names.
 * @example liverProcedureCell().parse("Right hepatectomy+IORFA").ablationMethod // "IORFA"
 */
export function liverProcedureCell(mapped: LiverProcedureMap = new Map(), file = liverProcedureFile) {
  return grammarCell(
    `expected a liver resection named in Brisbane 2000 terms (e.g. ${examples.map((e) => `"${e}"`).join(", ")}) ` +
      `optionally followed by "+IORFA", "+RFA" or "+MWA", or a name mapped in ${file}`,
    (text) => readLiverProcedure(text, mapped)
  );
}

/** One procedure of the series as the Data & methods page lists it. */
export interface LiverProcedureEntry {
  liverProcedure: string;
  brisbane: string | null;
  class: ResectionClass;
  extent: ResectionExtent;
  /** Where the reading comes from: the Brisbane 2000 vocabulary, or the series' mapping (with its reason). */
  source: "Brisbane 2000" | typeof liverProcedureFile;
  /** The term the mapping names, for a mapped name. */
  mappedTo?: string;
  reason?: string;
}

/**
 * Every liver procedure the patients had, with how it was read, in order of first appearance (a procedure not
 * recorded is no name to read, and is left out).
 * @example liverProcedureEntries([{liverProcedure: "Right hepatectomy"}], new Map())[0].brisbane // "Right hemihepatectomy"
 */
export function liverProcedureEntries(patients: readonly {liverProcedure: string | null}[], mapped: LiverProcedureMap): LiverProcedureEntry[] {
  return [...new Set(patients.flatMap((p) => (p.liverProcedure === null ? [] : [p.liverProcedure])))].map((name) => {
    const own = mapped.get(name);
    const c = own?.term ?? brisbaneClass(name);
    return {
      liverProcedure: name,
      brisbane: c.brisbane,
      class: c.class as ResectionClass,
      extent: c.extent,
      source: own ? liverProcedureFile : "Brisbane 2000",
      ...(own && {mappedTo: own.term.name, reason: own.reason})
    };
  });
}
