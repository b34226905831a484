/**
 * The cohort as a page loads it: patients.arrow (every field but the printed cells) decoded into the same plain
 * objects patients.json gives, in the same order, with the printed cells (printed.json) merged in for the pages
 * that show them. A page hands it to the live layer where it used to hand FileAttachment("data/patients.json"):
 * it has the same `json()`.
 *
 * The page passes a function that fetches the Arrow bytes, `() => FileAttachment("data/patients.arrow").arrayBuffer()`,
 * rather than the attachment itself: Framework reads an .arrow attachment that is not followed by a method call as
 * one for its own `.arrow()`, and then imports apache-arrow from a CDN in every build and page.
 *
 * flechette, the Arrow decoder, is imported only when `json()` is first called, so a page that never asks for the
 * patients never fetches it. The decoded rows are plain objects with plain arrays (no Arrow vectors; equal lists
 * are one frozen array), so views and statistics work on them unchanged, and nothing keeps the Arrow bytes alive
 * once they are decoded.
 */
import {type PrintedCells, verbatimOf} from "./printedCells.js";

/** Fetches the Arrow file's bytes: `() => FileAttachment("data/patients.arrow").arrayBuffer()`. */
export type ArrowBytes = () => Promise<ArrayBuffer>;

/** Framework's FileAttachment of printed.json (or anything with its json()). */
export interface PrintedFile {
  json(): Promise<PrintedCells>;
}

export interface CohortFile<P> {
  /** The patients, decoded once (later calls give the same objects); with their printed cells if `printed` was given. */
  json(): Promise<P[]>;
  /**
   * The same patient objects `json()` gives, with their printed cells (`verbatim`) added, for a page that needs
   * them only once the reader filters (the Liver page's note quotes one cell). Fetched and merged once.
   */
  withPrinted(printed: PrintedFile): Promise<P[]>;
}

/**
 * The cohort of an Arrow file, loaded when first asked for.
 * @example liveLayer({patients: cohortFile(() => FileAttachment("data/patients.arrow").arrayBuffer()), ...})
 * @example cohortFile(() => FileAttachment("data/patients.arrow").arrayBuffer(), {printed: FileAttachment("data/printed.json")}).json()
 * // [{id: 1, age: 42, ..., verbatim: {table1: {...}, table2: {...}}}, ...]
 */
export function cohortFile<P extends object = Record<string, unknown>>(arrow: ArrowBytes, options: {printed?: PrintedFile} = {}): CohortFile<P> {
  let fields: Promise<P[]> | undefined;
  let merged: Promise<P[]> | undefined;
  const decoded = () => (fields ??= decodePatients<P>(arrow));
  // Both files are fetched at once; the cells are added to the objects this module made, before anyone else
  // holds them (json() with `printed`), or to the ones the page already holds (withPrinted later).
  const withPrinted = (printed: PrintedFile) => (merged ??= Promise.all([decoded(), printed.json()]).then(([patients, cells]) => addPrinted(patients, cells)));
  return {json: () => (options.printed ? withPrinted(options.printed) : decoded()), withPrinted};
}

async function decodePatients<P>(arrow: ArrowBytes): Promise<P[]> {
  // Fetched side by side; Framework resolves the bare specifier to its copy of the package from node_modules
  // (dist/_node/@uwdata/flechette@.../index.js), the same module Arquero imports, never a CDN.
  const [flechette, bytes] = await Promise.all([import("@uwdata/flechette"), arrow()]);
  const started = performance.now();
  const table = flechette.tableFromIPC(bytes);
  const decodedAt = performance.now();
  const patients = rowsOf(table, flechette.Type.List) as P[];
  // For the benchmark: how long the decoding and the conversion to objects take (DevTools shows them too).
  performance.measure("cohortFile: decode patients.arrow", {start: started, end: decodedAt});
  performance.measure("cohortFile: rows as objects", {start: decodedAt, end: performance.now()});
  return patients;
}

/**
 * An Arrow table's rows as plain objects, keys in the order of its columns: each column extracted once as an
 * array (a typed array for numbers without nulls), a list column's lists as plain arrays.
 * Each row starts as a copy of one template object holding every key, then takes its values: objects built key by
 * key from {} (as flechette's own toArray() builds them) fall into V8's slow dictionary mode past a dozen keys: at
 * 100,000 patients in Chromium that took the tab's heap from 28 to 91 MB and the conversion from 0.5 to about 1 s,
 * and such objects are slower to read in every view after.
 */
function rowsOf(table: ReturnType<typeof import("@uwdata/flechette").tableFromIPC>, listType: number): Record<string, unknown>[] {
  const names = table.names;
  const columns = table.schema.fields.map(({name, type}) =>
    // A List (not LargeList) column's offsets are 32-bit: plain numbers.
    type.typeId === listType ? listValues(table.getChild(name) as unknown as {data: readonly ListBatch[]; length: number}) : (table.getChild(name).toArray() as ArrayLike<unknown>)
  );
  const template = Object.fromEntries(names.map((name) => [name, null]));
  const rows = new Array<Record<string, unknown>>(table.numRows);
  for (let i = 0; i < rows.length; ++i) {
    const row: Record<string, unknown> = {...template};
    for (let j = 0; j < names.length; ++j) row[names[j]!] = columns[j]![i];
    rows[i] = row;
  }
  return rows;
}

/**
 * A list column's values as plain arrays (null for a missing list), read straight from each batch's offsets and
 * child values: flechette's toArray() gives a typed-array view per row, which was then copied (at 100,000 patients,
 * some 30 MB of garbage left in the tab at load). Equal lists are one frozen array: a registry's patients share a
 * few hundred distinct lists of segments, drugs or sites (300,000 arrays become about 1,100 at 100,000 patients),
 * and a view that tried to change a patient's list would throw rather than change every patient sharing it.
 */
function listValues(column: {data: readonly ListBatch[]; length: number}): (readonly unknown[] | null)[] {
  const lists = new Array<readonly unknown[] | null>(column.length);
  const distinct = new Map<string, readonly unknown[]>();
  let row = 0;
  for (const batch of column.data) {
    const offsets = batch.offsets!;
    const child = batch.children![0]!;
    for (let i = 0; i < batch.length; ++i, ++row) {
      if (batch.nullCount > 0 && !batch.isValid(i)) {
        lists[row] = null;
        continue;
      }
      const start = offsets[i]!;
      const list = new Array<unknown>(offsets[i + 1]! - start);
      for (let k = 0; k < list.length; ++k) list[k] = child.at(start + k);
      // The key tells 1 from "1", null from "null" and NaN from null: each item's type and text.
      const key = list.map((item) => `${typeof item}:${String(item)}`).join("\u0001");
      let shared = distinct.get(key);
      if (!shared) distinct.set(key, (shared = Object.freeze(list)));
      lists[row] = shared;
    }
  }
  return lists;
}

/** What listValues reads of a flechette batch of a list column. */
interface ListBatch {
  length: number;
  nullCount: number;
  offsets?: ArrayLike<number>;
  children?: {at(index: number): unknown}[];
  isValid(index: number): boolean;
}

/** Adds each patient's printed cells, by patient number, to the objects themselves. */
function addPrinted<P>(patients: P[], printed: PrintedCells): P[] {
  for (const patient of patients as (P & {id: number; verbatim?: unknown})[]) {
    const verbatim = verbatimOf(printed, patient.id);
    if (!verbatim) throw new Error(`printed.json has no printed cells for patient ${patient.id}`);
    patient.verbatim = verbatim;
  }
  return patients;
}
