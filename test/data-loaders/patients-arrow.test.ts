import {tableFromIPC, Type} from "@uwdata/flechette";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {patientColumns, patientsToArrow} from "../../data-loaders/patients-arrow.js";
import type {Patient} from "../../data-loaders/patients.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";

const patients = buildCohort(readSourceFolder(bundledSourceDir)).patients;
const seriesB = buildCohort(readSourceFolder("test/fixtures/series-b")).patients;

/** Each column's Arrow type, as a short name: "dictionary<int8>", "list<int8>", "bool", "float64"... */
function columnTypes(bytes: Uint8Array): Record<string, string> {
  const name = (type: {typeId: number; bitWidth?: number; precision?: number; indices?: {bitWidth: number}; children?: {type: unknown}[]}): string => {
    if (type.typeId === Type.Dictionary) return `dictionary<int${type.indices!.bitWidth}>`;
    if (type.typeId === Type.List) return `list<${name(type.children![0]!.type as typeof type)}>`;
    if (type.typeId === Type.Int) return `int${type.bitWidth}`;
    if (type.typeId === Type.Float) return type.precision === 2 ? "float64" : "float";
    if (type.typeId === Type.Bool) return "bool";
    return `type ${type.typeId}`;
  };
  return Object.fromEntries(tableFromIPC(bytes).schema.fields.map((f) => [f.name, name(f.type as never)]));
}

describe("patientsToArrow(patients)", () => {
  it("writes an Arrow IPC file (ARROW1 magic at both ends) with one row per patient and every field but verbatim, in order", () => {
    const bytes = patientsToArrow(patients);
    const magic = [..."ARROW1"].map((c) => c.charCodeAt(0));
    expect([...bytes.subarray(0, 6)]).toEqual(magic);
    expect([...bytes.subarray(-6)]).toEqual(magic);
    const table = tableFromIPC(bytes);
    expect(table.numRows).toBe(10);
    expect(table.names).toEqual(Object.keys(patients[0]!).filter((k) => k !== "verbatim"));
  });

  it("stores text dictionary-encoded, lists as list columns, booleans as bits, whole numbers as narrow integers, others as doubles", () => {
    const types = columnTypes(patientsToArrow(seriesB));
    expect(types).toMatchObject({
      id: "int8",
      age: "int8",
      sex: "dictionary<int8>",
      primarySite: "dictionary<int8>",
      chemotherapyDrugs: "list<dictionary<int8>>",
      segments: "list<int8>",
      adjuvantChemotherapy: "bool",
      lesionSizeCm: "float64",
      radiotherapyGy: "float64", // 50.4 Gy
      survivalMonths: "int8"
    });
    for (const [field, kind] of Object.entries(patientColumns)) {
      const expected = {text: /^dictionary/, boolean: /^bool$/, number: /^(int|float64)/, "text list": /^list<dictionary/, "number list": /^list<(int|float64)/}[kind];
      expect(types[field], field).toMatch(expected);
    }
  });

  it("widens integers past their range and keeps the exact value (a patient number of 40,000; a size of 0.1 cm)", () => {
    const wide = patients.map((p, i) => ({...p, id: i === 9 ? 40_000 : p.id, lesionSizeCm: i === 0 ? 0.1 : p.lesionSizeCm}));
    const bytes = patientsToArrow(wide);
    expect(columnTypes(bytes)).toMatchObject({id: "int32", lesionSizeCm: "float64"});
    const table = tableFromIPC(bytes);
    expect(table.getChild("id").at(9)).toBe(40_000);
    expect(table.getChild("lesionSizeCm").at(0)).toBe(0.1);
  });

  it("keeps null apart from false, 0 and the empty list", () => {
    const table = tableFromIPC(patientsToArrow(seriesB)).toArray();
    const five = table.find((p) => p.id === 5)!;
    expect(five.adjuvantChemotherapy).toBeNull();
    expect(five.chemotherapyDrugs).toBeNull();
    expect(five.age).toBeNull();
    expect(table.some((p) => p.adjuvantChemotherapy === false)).toBe(true);
    expect(table.some((p) => Array.isArray(p.additionalMetastasisSites) && p.additionalMetastasisSites.length === 0)).toBe(true);
  });

  it("refuses a value of another kind than its field's, naming the field and the patient", () => {
    const broken = patients.map((p) => (p.id === 3 ? ({...p, age: "42"} as unknown as Patient) : p));
    expect(() => patientsToArrow(broken)).toThrow('patients.arrow, field "age" of patient 3: expected number values, got "42"');
    const notList = patients.map((p) => (p.id === 4 ? ({...p, segments: 6} as unknown as Patient) : p));
    expect(() => patientsToArrow(notList)).toThrow('patients.arrow, field "segments" of patient 4: expected a list, got 6');
  });

  it("writes an empty cohort as a table with every column and no row", () => {
    const table = tableFromIPC(patientsToArrow([]));
    expect(table.numRows).toBe(0);
    expect(table.names).toEqual(Object.keys(patientColumns));
  });
});
