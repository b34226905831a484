/**
 * The cohort's filters, kept incrementally: which patients are in view, and for every category field the faceted
 * counts (the patients matching every filter but that field's own, per label) that the filter panel and the bar
 * charts show. The same numbers as `matchesFilters` gives patient by patient, but a change of filters touches
 * only the patients it changes, as crossfilter (Square, 2012) does: per-label lists of patients and an age-sorted
 * index find them, and a bitmask per patient records which filters it fails.
 *
 * Adding or removing one label of a field already filtered touches the patients with that label; a range change
 * touches the patients between the old and new bounds; only switching a field's filter on or off touches every
 * patient once. Each touched patient updates the counts of the fields whose "every other filter" verdict it
 * changes. A Zobrist hash of the patients in view (and of each field's "every other filter" set) changes with
 * them, so a view can tell in constant time whether its patients changed since it was drawn.
 */
import {categoryFields, type FilterState, orderLabels, rangeField, valueLabel} from "./filters.js";
import {countUpTo} from "./sorted.js";

export interface Crossfilter<P> {
  readonly patients: readonly P[];
  /** Applies a filter state (any state: what changed since the last one is worked out here). */
  apply(state: FilterState): void;
  /** The state last applied. */
  readonly state: FilterState;
  /** Patients in view: matching every filter. */
  readonly size: number;
  /** The patients in view, in the cohort's order (computed once per state). */
  inView(): P[];
  /** The labels of a category field in display order (as `categoryOptions`). */
  labels(key: string): readonly string[];
  /** Per label of `labels(key)`: patients with that label matching every filter but the field's own. */
  counts(key: string): readonly number[];
  /** Patients matching every filter but the field's own (the denominator of its bars). */
  others(key: string): number;
  /**
   * A key that changes when the set of patients in view changes (with `except`, the set matching every filter
   * but that field's own): equal keys mean the same patients, but for a 2^-64 chance.
   */
  key(except?: string): string;
  /** Patients whose verdict the last `apply` re-examined: what it cost (for tests and the benchmark). */
  readonly touched: number;
}

/** Fields the crossfilter keeps: the category fields, then the age range. */
const ageBit = categoryFields.length;
if (ageBit >= 31) throw new Error("crossfilter: more than 30 filter fields do not fit a patient's bitmask");

/** Two 32-bit words per patient for the Zobrist hash: fixed by the index, so a hash is the same on every load. */
function zobrist(n: number): Uint32Array {
  const words = new Uint32Array(2 * n);
  let x = 0x9e3779b9;
  for (let i = 0; i < words.length; i++) {
    // xorshift32: fast, and ample for telling sets of patients apart
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return words;
}

/** A typed array twice as long, with the same start. */
function grow(codes: Int32Array): Int32Array {
  const longer = new Int32Array(Math.max(16, codes.length * 2));
  longer.set(codes);
  return longer;
}

/** @example const cf = crossfilter(patients); cf.apply({categories: {sex: ["F"]}, age: null}); cf.counts("primarySite") */
export function crossfilter<P extends object>(patients: readonly P[]): Crossfilter<P> {
  const n = patients.length;
  const fields = categoryFields.map((spec) => {
    const {key} = spec;
    // One pass: each patient's labels as codes in order of first appearance (compressed rows: a list field has
    // several, most fields one), then the codes renumbered in display order.
    const seen = new Map<string, number>();
    const offsets = new Int32Array(n + 1);
    let codes: Int32Array = new Int32Array(n);
    let used = 0;
    const push = (label: string) => {
      let c = seen.get(label);
      if (c === undefined) seen.set(label, (c = seen.size));
      if (used === codes.length) codes = grow(codes);
      codes[used++] = c;
    };
    for (let i = 0; i < n; i++) {
      // The labels fieldLabels gives, read here without an array per patient.
      const value = (patients[i] as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const v of value) if (v !== null && v !== undefined) push(String(v));
      } else {
        const label = valueLabel(value);
        if (label !== null) push(label);
      }
      offsets[i + 1] = used;
    }
    const labels = orderLabels(spec, new Set(seen.keys()), patients);
    const code = new Map(labels.map((l, i) => [l, i]));
    const renumber = Int32Array.from(seen.keys(), (l) => code.get(l)!);
    codes = codes.slice(0, used);
    for (let j = 0; j < used; j++) codes[j] = renumber[codes[j]!]!;
    // Per label, its patients (a counting sort of the codes).
    const sizes = new Int32Array(labels.length);
    for (let j = 0; j < used; j++) sizes[codes[j]!]!++;
    const postings = labels.map((_, c) => new Int32Array(sizes[c]!));
    const filled = new Int32Array(labels.length);
    for (let i = 0; i < n; i++) for (let j = offsets[i]!; j < offsets[i + 1]!; j++) postings[codes[j]!]![filled[codes[j]!]!++] = i;
    return {
      key,
      labels,
      code,
      offsets,
      codes,
      postings,
      /** The labels selected, by code; `active` even when every selected label is unknown (nobody matches). */
      selected: new Uint8Array(labels.length),
      active: false,
      selection: [] as string[],
      // No filter on: every patient counts everywhere.
      counts: Int32Array.from(sizes),
      others: n,
      hash: [0, 0]
    };
  });
  const fieldIndex = new Map(fields.map((f, i) => [f.key, i]));
  const ages = Float64Array.from(patients, (p) => {
    const age = (p as {age?: number | null}).age;
    return age === null || age === undefined ? NaN : age;
  });
  const byAge = Int32Array.from(
    [...ages.keys()].filter((i) => !Number.isNaN(ages[i]!)).sort((a, b) => ages[a]! - ages[b]! || a - b)
  );
  /** Positions in `byAge` of the first patient aged >= x (lower) or > x (upper). */
  const bound = (x: number, upper: boolean) => countUpTo(byAge.length, (i) => ages[byAge[i]!]!, x, upper);
  const z = zobrist(n);
  const fails = new Uint32Array(n);
  const inViewHash = [0, 0];
  let size = n;
  let state: FilterState = {categories: {}, age: null};
  let inViewCache: P[] | null = null;
  let touched = 0;

  // No filter on: every patient is in view, and in every field's "every other filter" set.
  for (let i = 0; i < n; i++) {
    inViewHash[0]! ^= z[2 * i]!;
    inViewHash[1]! ^= z[2 * i + 1]!;
  }
  for (const f of fields) f.hash = [...inViewHash];

  /** Sets patient i's verdict on filter `bit`, updating every count the change moves. */
  const setFails = (i: number, bit: number, failing: boolean) => {
    touched++;
    const before = fails[i]!;
    const after = failing ? before | (1 << bit) : before & ~(1 << bit);
    if (after === before) return;
    fails[i] = after;
    if ((before === 0) !== (after === 0)) {
      size += after === 0 ? 1 : -1;
      inViewHash[0]! ^= z[2 * i]!;
      inViewHash[1]! ^= z[2 * i + 1]!;
    }
    for (let k = 0; k < fields.length; k++) {
      const mask = ~(1 << k);
      const was = (before & mask) === 0;
      const is = (after & mask) === 0;
      if (was === is) continue;
      const f = fields[k]!;
      const step = is ? 1 : -1;
      f.others += step;
      f.hash[0]! ^= z[2 * i]!;
      f.hash[1]! ^= z[2 * i + 1]!;
      for (let j = f.offsets[i]!; j < f.offsets[i + 1]!; j++) f.counts[f.codes[j]!]! += step;
    }
  };

  const passesField = (k: number, i: number) => {
    const f = fields[k]!;
    if (!f.active) return true;
    for (let j = f.offsets[i]!; j < f.offsets[i + 1]!; j++) if (f.selected[f.codes[j]!]) return true;
    return false;
  };

  const applyField = (k: number, selection: readonly string[]) => {
    const f = fields[k]!;
    const next = [...new Set(selection)];
    const same = next.length === f.selection.length && next.every((l) => f.selection.includes(l));
    if (same) return;
    const wasActive = f.active;
    const changed = [...next.filter((l) => !f.selection.includes(l)), ...f.selection.filter((l) => !next.includes(l))];
    f.selected.fill(0);
    for (const l of next) if (f.code.has(l)) f.selected[f.code.get(l)!] = 1;
    f.active = next.length > 0;
    f.selection = next;
    if (wasActive && f.active) {
      // Only the patients with a label switched on or off can change verdict.
      for (const label of changed) {
        const c = f.code.get(label);
        if (c === undefined) continue;
        for (const i of f.postings[c]!) setFails(i, k, !passesField(k, i));
      }
    } else {
      for (let i = 0; i < n; i++) setFails(i, k, !passesField(k, i));
    }
  };

  const applyAge = (range: FilterState["age"]) => {
    const old = state.age;
    if (old?.min === range?.min && old?.max === range?.max) return;
    const inRange = (i: number) => range === null || (!Number.isNaN(ages[i]!) && ages[i]! >= range.min && ages[i]! <= range.max);
    if (old === null || range === null) {
      for (let i = 0; i < n; i++) setFails(i, ageBit, !inRange(i));
      return;
    }
    // Only the patients between the old and the new bounds change verdict.
    const a0 = bound(old.min, false);
    const a1 = bound(old.max, true);
    const b0 = bound(range.min, false);
    const b1 = bound(range.max, true);
    const touch = (from: number, to: number) => {
      for (let p = from; p < to; p++) setFails(byAge[p]!, ageBit, !inRange(byAge[p]!));
    };
    if (a1 <= b0 || b1 <= a0) {
      touch(a0, a1);
      touch(b0, b1);
    } else {
      touch(Math.min(a0, b0), Math.max(a0, b0));
      touch(Math.min(a1, b1), Math.max(a1, b1));
    }
  };

  const hashKey = (h: number[]) => `${h[0]!.toString(36)}.${h[1]!.toString(36)}`;
  const field = (key: string) => {
    const k = fieldIndex.get(key);
    if (k === undefined) throw new Error(`crossfilter: no category field "${key}"`);
    return fields[k]!;
  };

  return {
    patients,
    apply(next) {
      touched = 0;
      const unknown = Object.keys(next.categories).find((key) => !fieldIndex.has(key) && next.categories[key]!.length > 0);
      if (unknown !== undefined) throw new Error(`crossfilter: no category field "${unknown}"`);
      fields.forEach((f, k) => applyField(k, next.categories[f.key] ?? []));
      applyAge(next.age);
      state = next;
      inViewCache = null;
    },
    get state() {
      return state;
    },
    get touched() {
      return touched;
    },
    get size() {
      return size;
    },
    inView() {
      if (inViewCache) return inViewCache;
      const rows: P[] = [];
      for (let i = 0; i < n; i++) if (fails[i] === 0) rows.push(patients[i]!);
      return (inViewCache = rows);
    },
    labels: (key) => field(key).labels,
    counts: (key) => Array.from(field(key).counts),
    others: (key) => field(key).others,
    key: (except) => (except === undefined || except === rangeField.key ? hashKey(except ? ageOthersHash() : inViewHash) : hashKey(field(except).hash))
  };

  /** The hash of the patients matching every filter but the age range (not kept incrementally: rarely asked). */
  function ageOthersHash(): number[] {
    const h = [0, 0];
    const mask = ~(1 << ageBit);
    for (let i = 0; i < n; i++) {
      if ((fails[i]! & mask) !== 0) continue;
      h[0]! ^= z[2 * i]!;
      h[1]! ^= z[2 * i + 1]!;
    }
    return h;
  }
}
