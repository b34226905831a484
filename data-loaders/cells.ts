/**
 * Schemas for single printed cells: each takes the cell text exactly as transcribed and yields a typed value,
 * or fails with a message saying what was expected. Row schemas (table1.ts, table2.ts) are built from these.
 */
import {z} from "zod";
import {isNotRecorded} from "./not-recorded.js";

/**
 * A cell read by a small grammar: `read` returns the value, or undefined when the text does not fit, and the
 * schema then fails with `expected`. Used where a regular expression alone cannot say what the value is.
 */
export function grammarCell<T>(expected: string, read: (text: string) => T | undefined) {
  return z.string().transform((text, ctx): T => {
    const value = read(text);
    if (value === undefined) {
      ctx.addIssue({code: "custom", message: expected});
      return z.NEVER;
    }
    return value;
  });
}

/**
 * A cell that may say the value was not recorded: a not-recorded cell ("–", "NA", "Unknown", an empty cell...,
 * see not-recorded.ts) yields null, any other text goes to `schema` unchanged, so a malformed cell is refused with
 * the schema's own message. Table schemas wrap every column but the patient number.
 * @example recorded(ageCell).parse("NA") // null
 * @example recorded(ageCell).parse("42") // 42; recorded(ageCell).parse("6O") fails "expected a whole number of years"
 */
export function recorded<S extends z.ZodType>(schema: S) {
  return z.string().transform((text, ctx): z.output<S> | null => {
    if (isNotRecorded(text)) return null;
    const result = schema.safeParse(text);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({code: "custom", message: issue.message});
    return z.NEVER;
  });
}

const decimal = /^\d+(?:\.\d+)?$/;

/** A patient number: a positive whole number, e.g. "7". */
export const patientNumberCell = z
  .string()
  .regex(/^[1-9]\d*$/, "expected a patient number (a positive whole number)")
  .transform(Number);

/** Age in whole years, 0-120, e.g. "42". */
export const ageCell = z
  .string()
  .regex(/^\d{1,3}$/, "expected a whole number of years")
  .transform(Number)
  .pipe(z.number().max(120, "expected an age of at most 120 years"));

/** Sex as printed: "F" or "M". */
export const sexCell = z.enum(["F", "M"], {error: 'expected "F" or "M"'});

/** A size in centimetres greater than zero, e.g. "17.5". */
export const sizeCmCell = z
  .string()
  .regex(decimal, "expected a size in centimetres (a positive number such as 3.5)")
  .transform(Number)
  .pipe(z.number().positive("expected a size greater than 0 cm"));

/** A non-empty free-text name without stray spaces, e.g. "Ileocecal resection". */
export const nameCell = z
  .string()
  .regex(/^\S(?:.*\S)?$/, "expected a non-empty name without leading or trailing spaces");

export interface Chemotherapy {
  /** Generic drug names in lowercase, in printed order. */
  drugs: string[];
  cycles: number;
}
export interface Radiotherapy {
  /** Total dose in gray (cGy converted). */
  gy: number;
  fractions: number;
}
export interface AdjuvantTreatment {
  chemotherapy: Chemotherapy | null;
  radiotherapy: Radiotherapy | null;
}

const chemotherapyPattern = /^CTx \(([a-z]+(?:\+[a-z]+)*), ([1-9]\d*) cycles?\)$/;
const radiotherapyPattern = /^RTx \(((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?) (Gy|cGy)\/([1-9]\d*) fx\)$/;

/** Splits on ", " outside parentheses: "CTx (a+b, 6 cycles), RTx (58 Gy/29 fx)" -> two parts. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (c === "(") ++depth;
    else if (c === ")") --depth;
    else if (c === "," && depth === 0 && text[i + 1] === " ") {
      parts.push(text.slice(start, i));
      start = i + 2;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Reads "None", "CTx (drug+drug, N cycles)", "RTx (dose Gy|cGy/N fx)" or both joined by ", ". */
export function readAdjuvantTreatment(text: string): AdjuvantTreatment | undefined {
  if (text === "None") return {chemotherapy: null, radiotherapy: null};
  const treatment: AdjuvantTreatment = {chemotherapy: null, radiotherapy: null};
  for (const part of splitTopLevel(text)) {
    const ctx = chemotherapyPattern.exec(part);
    const rtx = radiotherapyPattern.exec(part);
    if (ctx && !treatment.chemotherapy) {
      treatment.chemotherapy = {drugs: (ctx[1] as string).split("+"), cycles: Number(ctx[2])};
    } else if (rtx && !treatment.radiotherapy) {
      const dose = Number((rtx[1] as string).replaceAll(",", ""));
      treatment.radiotherapy = {gy: rtx[2] === "cGy" ? dose / 100 : dose, fractions: Number(rtx[3])};
    } else {
      return undefined;
    }
  }
  return treatment;
}

export const adjuvantTreatmentCell = grammarCell(
  'expected "None", "CTx (drug+drug, N cycles)", "RTx (dose Gy/N fx)" or both joined by ", "',
  readAdjuvantTreatment
);

/** "16" -> 16 months; "0b)" -> 0 months with footnote b (primary and liver resected together). */
export const monthsToLiverMetastasisCell = grammarCell(
  'expected whole months, optionally with footnote "b)" (e.g. "16" or "0b)")',
  (text) => {
    const match = /^(\d+)(b\))?$/.exec(text);
    return match ? {months: Number(match[1]), synchronous: match[2] !== undefined} : undefined;
  }
);

/** "None" -> []; "Lung, thigh, arm" -> ["Lung", "Thigh", "Arm"] (first letter capitalised). */
export const metastasisSitesCell = grammarCell(
  'expected "None" or a comma-separated list of sites (e.g. "Lung, thigh, arm")',
  (text) => {
    if (text === "None") return [];
    const sites = text.split(", ");
    if (!sites.every((site) => /^[A-Za-z][A-Za-z ]*[a-z]$/.test(site))) return undefined;
    return sites.map((site) => site[0]!.toUpperCase() + site.slice(1));
  }
);

/** "170 (Alive)" -> {months: 170, dead: false}. */
export const survivalCell = grammarCell(
  'expected months followed by "(Alive)" or "(Dead)" (e.g. "24 (Dead)")',
  (text) => {
    const match = /^(\d+(?:\.\d+)?) \((Alive|Dead)\)$/.exec(text);
    return match ? {months: Number(match[1]), dead: match[2] === "Dead"} : undefined;
  }
);

/** A positive whole count, e.g. "7". */
export const countCell = z
  .string()
  .regex(/^[1-9]\d*$/, "expected a whole number of lesions, at least 1")
  .transform(Number);

/**
 * Couinaud segments as printed: "Segment 6", "Segments 7 and 4", "Segments 1, 2, 3, 6, and 8". Returns the
 * segment numbers 1-8, sorted; a segment outside 1-8, a repeat, or one segment under "Segments" is refused.
 */
export function readSegments(text: string): number[] | undefined {
  const single = /^Segment ([1-8])$/.exec(text);
  if (single) return [Number(single[1])];
  const many = /^Segments ([1-8](?:, [1-8])*,? and [1-8])$/.exec(text);
  if (!many) return undefined;
  const segments = (many[1] as string).split(/,? and |, /).map(Number);
  if (new Set(segments).size !== segments.length) return undefined;
  return segments.sort((a, b) => a - b);
}

export const segmentsCell = grammarCell(
  'expected Couinaud segments 1-8 as "Segment N" or "Segments N and M" / "Segments N, M, and K"',
  readSegments
);

const positiveNegative = z.enum(["Positive", "Negative"]);

/** One half of the cirrhosis/fatty liver cell: true, false, null when not recorded, undefined when malformed. */
function readPositiveNegative(half: string | undefined): boolean | null | undefined {
  if (half === undefined) return undefined;
  if (isNotRecorded(half)) return null;
  const parsed = positiveNegative.safeParse(half);
  return parsed.success ? parsed.data === "Positive" : undefined;
}

/**
 * "Positive/Negative" -> cirrhosis true, fatty liver false; either half may say it was not recorded
 * ("Negative/NA" -> fatty liver null).
 */
export const cirrhosisFattyCell = grammarCell(
  'expected "Positive" or "Negative" for cirrhosis and for fatty liver, as "Negative/Negative"',
  (text) => {
    const [cirrhosis, fatty, ...rest] = text.split("/");
    const c = readPositiveNegative(cirrhosis);
    const f = readPositiveNegative(fatty);
    return c !== undefined && f !== undefined && rest.length === 0 ? {cirrhosis: c, fattyLiver: f} : undefined;
  }
);

/** Why suv is or is not a number; "not recorded" when the whole cell says the value was not recorded. */
export type SuvStatus = "measured" | "not tested" | "no hypermetabolism" | "not recorded";

/** "1.8" -> measured; "Not tested" and "No hypermetabolism" -> suv null with that reason. */
export const suvCell = grammarCell(
  'expected a mean SUV (a number such as 1.8), "Not tested" or "No hypermetabolism"',
  (text): {suv: number | null; suvStatus: SuvStatus} | undefined => {
    if (text === "Not tested") return {suv: null, suvStatus: "not tested"};
    if (text === "No hypermetabolism") return {suv: null, suvStatus: "no hypermetabolism"};
    return decimal.test(text) ? {suv: Number(text), suvStatus: "measured"} : undefined;
  }
);

// The liver procedure cell (an open vocabulary with a standard, and a mapping file) is liver-procedures.ts's.

/** "Positive" or "Negative" microscopic margin. */
export const marginCell = z.enum(["Positive", "Negative"], {error: 'expected "Positive" or "Negative"'});
