/**
 * The data dictionary of patients.json: every field with its type, unit, the printed column it comes from and
 * how it is derived. The Data & methods page renders it; a test checks it covers every field of Patient.
 */
import {brisbaneClass, describeBrisbaneClass, resectionClasses} from "../src/lib/brisbane.js";
import {ablationMethods} from "./liver-procedures.js";
import type {Patient} from "./patients.js";

export interface FieldDescription {
  field: keyof Patient;
  type: string;
  unit: string | null;
  source: string;
  derivation: string;
}

const t1 = "Table 1";
const t2 = "Table 2";

// The liver procedure vocabulary: Brisbane 2000 names, with two examples of how a name is read. How each name of the
// series was read is the Data & methods page's "Liver procedure" table (study.liverProcedures), not this constant.
const brisbaneNote =
  "Any resection named in Brisbane 2000 terms or their accepted synonyms (wedge or non-anatomical resection, segmentectomy N, " +
  "bisegmentectomy, the four sectionectomies, left and right hemihepatectomy or hepatectomy, trisectionectomy or extended hepatectomy), " +
  "or a name of the series' own mapped to one in liver-procedures.tsv (each with its reason); any other name stops the build. " +
  `For example, ${["Right hepatectomy", "Left lateral sectionectomy"].map((p) => `${describeBrisbaneClass(brisbaneClass(p))}`).join("; ")}. ` +
  "How each procedure of this series was read is listed under Liver procedure below.";
const ablationNote = Object.entries(ablationMethods).map(([suffix, method]) => `"+${suffix}" (${method})`).join(", ");

const describedFields: FieldDescription[] = [
  {field: "id", type: "integer", unit: null, source: `${t1}/${t2} "No."`, derivation: "Patient number as printed; joins the two tables."},
  {field: "age", type: "integer", unit: "years", source: `${t1} "Age (yr)"`, derivation: "As printed: the age at diagnosis of the liver metastasis."},
  {field: "sex", type: '"F" | "M"', unit: null, source: `${t1} "Sex"`, derivation: "As printed."},
  {field: "primarySite", type: "category", unit: null, source: `${t1} "Surgical procedure for primary lesion" + primary-sites.tsv`, derivation: "Organ of the primary tumour, read from the operation through primary-sites.tsv (each mapping with its reason). An open vocabulary: any organ the series names (uterus, inferior vena cava, ...)."},
  {field: "primaryProcedure", type: "text", unit: null, source: `${t1} "Surgical procedure for primary lesion"`, derivation: "As printed."},
  {field: "primarySizeCm", type: "number", unit: "cm", source: `${t1} "Size of primary tumor (cm)"`, derivation: "As printed."},
  {field: "adjuvantChemotherapy", type: "boolean", unit: null, source: `${t1} "Adjuvant treatment after primary surgery"`, derivation: "True when the cell lists a CTx regimen."},
  {field: "chemotherapyDrugs", type: "list of text", unit: null, source: `${t1} "Adjuvant treatment after primary surgery"`, derivation: "Drugs of the CTx regimen, lowercase generic names in printed order; [] when none."},
  {field: "chemotherapyCycles", type: "integer, or empty", unit: "cycles", source: `${t1} "Adjuvant treatment after primary surgery"`, derivation: "Cycles of the CTx regimen; empty when no CTx."},
  {field: "adjuvantRadiotherapy", type: "boolean", unit: null, source: `${t1} "Adjuvant treatment after primary surgery"`, derivation: "True when the cell lists an RTx course."},
  {field: "radiotherapyGy", type: "number, or empty", unit: "Gy", source: `${t1} "Adjuvant treatment after primary surgery"`, derivation: "Total RTx dose; printed cGy divided by 100; empty when no RTx."},
  {field: "radiotherapyFractions", type: "integer, or empty", unit: "fractions", source: `${t1} "Adjuvant treatment after primary surgery"`, derivation: "Number of RTx fractions; empty when no RTx."},
  {field: "monthsToLiverMetastasis", type: "number", unit: "months", source: `${t1} "Period to liver metastasis (mo)a)"`, derivation: "Months from primary resection to diagnosis of the liver metastasis; footnote marker removed."},
  {field: "synchronousResection", type: "boolean", unit: null, source: `${t1} footnote b)`, derivation: "True when the interval carries footnote b): primary and liver metastasis resected together."},
  {field: "additionalMetastasisSites", type: "list of text", unit: null, source: `${t1} "Additional metastasis after hepatectomy"`, derivation: "Sites split at commas, first letter capitalised; [] for \"None\"."},
  {field: "additionalMetastasis", type: "boolean", unit: null, source: `${t1} "Additional metastasis after hepatectomy"`, derivation: "True when at least one site is listed."},
  {field: "survivalMonths", type: "number", unit: "months", source: `${t1} "Overall survival period (mo)"`, derivation: "The number before the status; counted from the liver resection (see the time-origin assumption)."},
  {field: "dead", type: "boolean", unit: null, source: `${t1} "Overall survival period (mo)"`, derivation: "True for \"(Dead)\", false for \"(Alive)\": the event indicator for survival."},
  {field: "vitalStatus", type: '"Alive" | "Dead"', unit: null, source: `${t1} "Overall survival period (mo)"`, derivation: "The status in brackets, as a category for filters."},
  {field: "lesionSizeCm", type: "number", unit: "cm", source: `${t2} "Size (cm)a)"`, derivation: "Maximum diameter of the metastatic mass (footnote a)."},
  {field: "lesionCount", type: "integer", unit: "lesions", source: `${t2} "Number of liver mass"`, derivation: "As printed."},
  {field: "lesionMultiplicity", type: '"Single" | "Multiple"', unit: null, source: `${t2} "Number of liver mass"`, derivation: "Single when the count is 1, Multiple otherwise."},
  {field: "segments", type: "list of integers 1-8", unit: "Couinaud segment", source: `${t2} "Location of liver metastasis"`, derivation: "Segment numbers, sorted."},
  {field: "cirrhosis", type: "boolean", unit: null, source: `${t2} "Liver cirrhosis/ fatty liver"`, derivation: "First half of the cell: Positive is true."},
  {field: "fattyLiver", type: "boolean", unit: null, source: `${t2} "Liver cirrhosis/ fatty liver"`, derivation: "Second half of the cell: Positive is true."},
  {field: "suv", type: "number, or empty", unit: "SUV", source: `${t2} "Mean SUV of liver massb)"`, derivation: "Mean standardised uptake value on PET-CT; empty when not tested or not hypermetabolic (see suvStatus)."},
  {field: "suvStatus", type: '"measured" | "not tested" | "no hypermetabolism" | "not recorded"', unit: null, source: `${t2} "Mean SUV of liver massb)"`, derivation: "Why suv is or is not a number; \"not recorded\" when the cell says so."},
  {field: "liverProcedure", type: "category", unit: null, source: `${t2} "Surgical procedure"`, derivation: `The printed name, its ablation suffix removed. ${brisbaneNote}`},
  {field: "liverProcedureBrisbane", type: "text, or empty", unit: null, source: `${t2} "Surgical procedure"`, derivation: "The Brisbane 2000 term the name is or is mapped to (e.g. Right hemihepatectomy for \"Right hepatectomy\"); empty for a class outside the terms."},
  {field: "liverProcedureClass", type: "category", unit: null, source: `${t2} "Surgical procedure"`, derivation: `The kind of resection, from the smallest to the largest: ${resectionClasses.join(", ")}. "Minor resection" and "Major resection" give an extent alone, for a mapped name that says no more.`},
  {field: "resectionExtent", type: '"minor" | "major" | "unknown"', unit: null, source: `${t2} "Surgical procedure"`, derivation: "Major when the resection removes three or more Couinaud segments, minor when fewer (a wedge resection is minor); unknown when the name does not say (a non-anatomical resection)."},
  {field: "ablation", type: "boolean", unit: null, source: `${t2} "Surgical procedure"`, derivation: `True when the procedure carries an ablation suffix: ${ablationNote}.`},
  {field: "ablationMethod", type: '"IORFA" | "RFA" | "MWA", or empty', unit: null, source: `${t2} "Surgical procedure"`, derivation: "The ablation suffix without its \"+\"; empty without ablation."},
  {field: "marginPositive", type: "boolean", unit: null, source: `${t2} "Microscopic resection margin"`, derivation: "True for a Positive microscopic margin."},
  {field: "verbatim", type: "object", unit: null, source: `${t1} and ${t2}`, derivation: "The printed cells of both rows, keyed by printed column header."}
];

/** The cell a field is read from said it was not recorded (not-recorded.ts lists the spellings). */
const cellNotRecorded = "the printed cell says it was not recorded";
const adjuvantNotRecorded = "the adjuvant treatment cell says it was not recorded (neither given nor not given)";
const survivalNotRecorded = "the survival cell says it was not recorded (the patient is then left out of survival estimates)";

/**
 * Why each field may be null: every field but the patient number and the printed cells is null when its source
 * cell reads "–", "NA", "Unknown", "Not recorded" or is empty, and a field derived from such a cell is null too.
 */
const nullWhen: Partial<Record<keyof Patient, string>> = {
  age: cellNotRecorded,
  sex: cellNotRecorded,
  primarySite: "the primary operation was not recorded (there is then no operation to map)",
  primaryProcedure: cellNotRecorded,
  primarySizeCm: cellNotRecorded,
  adjuvantChemotherapy: adjuvantNotRecorded,
  chemotherapyDrugs: adjuvantNotRecorded,
  adjuvantRadiotherapy: adjuvantNotRecorded,
  monthsToLiverMetastasis: cellNotRecorded,
  synchronousResection: "the interval cell says it was not recorded",
  additionalMetastasisSites: `${cellNotRecorded} ([] means "None")`,
  additionalMetastasis: "the sites cell says it was not recorded",
  survivalMonths: survivalNotRecorded,
  dead: survivalNotRecorded,
  vitalStatus: survivalNotRecorded,
  lesionSizeCm: cellNotRecorded,
  lesionCount: cellNotRecorded,
  lesionMultiplicity: "the count cell says it was not recorded",
  segments: cellNotRecorded,
  cirrhosis: "its half of the cell (or the whole cell) says it was not recorded",
  fattyLiver: "its half of the cell (or the whole cell) says it was not recorded",
  liverProcedure: cellNotRecorded,
  liverProcedureBrisbane: "the procedure cell says it was not recorded",
  liverProcedureClass: "the procedure cell says it was not recorded",
  resectionExtent: "the procedure cell says it was not recorded",
  ablation: "the procedure cell says it was not recorded",
  marginPositive: cellNotRecorded
};

/**
 * Adds ", or empty" to a field's type and says when it is empty, once, for every field that may be null. The
 * dictionary is read by people: it says "empty" for JSON's null (an empty cell in the CSV).
 */
function withNulls(d: FieldDescription): FieldDescription {
  const reason = nullWhen[d.field];
  if (!reason) return d;
  return {
    ...d,
    type: d.type.endsWith(", or empty") ? d.type : `${d.type}, or empty`,
    derivation: `${d.derivation} Empty when ${reason}.`
  };
}

/**
 * Every field of patients.json with its type, unit, source and derivation, saying when it may be null.
 * @example patientDictionary.find((d) => d.field === "sex")!.type // '"F" | "M", or empty'
 */
export const patientDictionary: FieldDescription[] = describedFields.map(withNulls);
