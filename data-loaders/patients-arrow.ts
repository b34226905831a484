/**
 * The patients as an Apache Arrow IPC file: every field of patients.json but the printed cells (`verbatim`, about
 * half of its bytes, which only two pages show; see src/lib/printedCells.ts), one column per field. A page decodes
 * it with flechette (src/lib/cohortFile.ts) into the same objects patients.json gives.
 *
 * At 100,000 patients the JSON rows spend most of their bytes and parsing time on repeated keys and labels; here
 * each label is stored once (dictionary encoding), numbers as the narrowest exact integers or as doubles, and
 * booleans as bits, so a page downloads and decodes a fraction of it.
 */
import {bool, type DataType, dictionary, float64, int16, int32, int8, type IntType, list, tableFromArrays, tableToIPC, utf8} from "@uwdata/flechette";
import type {Patient} from "./patients.js";

/** How a field is stored. A "number" column holds the exact values: whole numbers as integers when all are. */
export type ColumnKind = "number" | "text" | "boolean" | "text list" | "number list";

/**
 * The kind of every field of the Arrow file, in the order of patients.json's keys (the decoded objects keep it).
 * A field added to Patient without a kind here fails the type check.
 */
export const patientColumns: {[K in Exclude<keyof Patient, "verbatim">]: ColumnKind} = {
  id: "number",
  age: "number",
  sex: "text",
  primarySite: "text",
  primaryProcedure: "text",
  primarySizeCm: "number",
  adjuvantChemotherapy: "boolean",
  chemotherapyDrugs: "text list",
  chemotherapyCycles: "number",
  adjuvantRadiotherapy: "boolean",
  radiotherapyGy: "number",
  radiotherapyFractions: "number",
  monthsToLiverMetastasis: "number",
  synchronousResection: "boolean",
  additionalMetastasisSites: "text list",
  additionalMetastasis: "boolean",
  survivalMonths: "number",
  dead: "boolean",
  vitalStatus: "text",
  lesionSizeCm: "number",
  lesionCount: "number",
  lesionMultiplicity: "text",
  segments: "number list",
  cirrhosis: "boolean",
  fattyLiver: "boolean",
  suv: "number",
  suvStatus: "text",
  liverProcedure: "text",
  liverProcedureBrisbane: "text",
  liverProcedureClass: "text",
  resectionExtent: "text",
  ablation: "boolean",
  ablationMethod: "text",
  marginPositive: "boolean"
};

type Field = keyof typeof patientColumns;

/**
 * Encodes the patients (without their printed cells) as an Arrow IPC file: text dictionary-encoded, lists as
 * list columns, nulls as nulls. Throws if a value does not have its field's kind (a pipeline bug, not a source
 * problem: the tables were validated before).
 * @example patientsToArrow(cohort.patients) // Uint8Array, "ARROW1" at both ends
 */
export function patientsToArrow(patients: readonly Patient[]): Uint8Array {
  const fields = Object.keys(patientColumns) as Field[];
  const data = Object.fromEntries(fields.map((f) => [f, patients.map((p) => p[f])]));
  const types = Object.fromEntries(fields.map((f) => [f, columnType(f, patientColumns[f], data[f]!, patients)]));
  return tableToIPC(tableFromArrays(data, {types}), {format: "file"})!;
}

function columnType(field: Field, kind: ColumnKind, values: readonly unknown[], patients: readonly Patient[]): DataType {
  const isList = kind.endsWith(" list");
  const items: unknown[] = [];
  values.forEach((value, i) => {
    if (value === null) return;
    if (isList && !Array.isArray(value)) throw new Error(`patients.arrow, field "${field}" of patient ${patients[i]!.id}: expected a list, got ${JSON.stringify(value)}`);
    for (const item of isList ? (value as unknown[]) : [value]) {
      if (typeof item !== itemTypes[kind]) throw new Error(`patients.arrow, field "${field}" of patient ${patients[i]!.id}: expected ${kind} values, got ${JSON.stringify(item)}`);
      items.push(item);
    }
  });
  const item = kind === "boolean" ? bool() : itemTypes[kind] === "string" ? dictionary(utf8(), indexType(new Set(items).size)) : numberType(items as number[]);
  return isList ? list(item) : item;
}

const itemTypes: Record<ColumnKind, "number" | "string" | "boolean"> = {
  number: "number",
  text: "string",
  boolean: "boolean",
  "text list": "string",
  "number list": "number"
};

/** The narrowest integer type holding every value exactly, or a double when one is not a whole number. */
function numberType(values: readonly number[]): DataType {
  if (!values.every((v) => Number.isInteger(v) && !Object.is(v, -0))) return float64();
  let min = 0;
  let max = 0;
  for (const v of values) (min = Math.min(min, v)), (max = Math.max(max, v));
  return min >= -(2 ** 7) && max < 2 ** 7 ? int8() : min >= -(2 ** 15) && max < 2 ** 15 ? int16() : min >= -(2 ** 31) && max < 2 ** 31 ? int32() : float64();
}

/** Dictionary keys as narrow as the number of distinct labels allows (signed, as Arrow recommends). */
function indexType(distinct: number): IntType {
  return distinct < 2 ** 7 ? int8() : distinct < 2 ** 15 ? int16() : int32();
}
