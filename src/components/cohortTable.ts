/**
 * The clinical "Table 1" of the patients in view: numbers as median (range) and mean, categories and yes/no
 * items as n (%), optionally split into one column per value of a chosen field, with the whole view first. The
 * statistics are named in the table's footnotes, marked on each row label (¹ median (range); mean, ² n (%)).
 */
import {fieldLabel, notRecordedLabel, valueNames, withNotRecordedLast} from "../lib/filters.js";
import {formatCount, formatMedianRange, formatNumber} from "../lib/format.js";
import {procedureOrder} from "../lib/brisbane.js";
import {countCategories, type NumericSummary, type RecordedProportion, recordedShare, summarizeNumbers} from "../lib/stats.js";
import {perCohort} from "../lib/perCohort.js";
import {type SummaryVariable, summaryVariables} from "../lib/variables.js";
import {documentOf, element} from "./dom.js";

export interface CohortTableOptions {
  document?: Document;
  /** Field to split by (one column per label), e.g. "primarySite". */
  splitBy?: string | null;
  splitLabel?: string;
  variables?: readonly SummaryVariable[];
  /** The whole cohort, so every category level is listed even when absent from the view (as 0). */
  levelsFrom?: readonly object[];
}

/** @example cohortTable(patientsInView, {splitBy: "sex"}) // <table> with columns All, F, M */
export function cohortTable(patients: readonly object[], options: CohortTableOptions = {}): HTMLTableElement {
  const document = documentOf(options);
  const variables = options.variables ?? summaryVariables;
  const levelsFrom = options.levelsFrom ?? patients;
  const groups: {name: string; rows: readonly object[]}[] = [{name: "All in view", rows: patients}];
  if (options.splitBy) {
    const labels = withNotRecordedLast(
      [...new Set(levelsFrom.map((p) => fieldLabel(p, options.splitBy!)))].filter((l): l is string => l !== null),
      (a, b) => (a < b ? -1 : a > b ? 1 : 0)
    );
    for (const label of labels) groups.push({name: label, rows: patients.filter((p) => fieldLabel(p, options.splitBy!) === label)});
  }
  const th = (text: string, attrs = {}) => element(document, "th", attrs, [text]);
  // The statistic is named once, in a footnote marked on each row's label, as gtsummary does: not in every label.
  const label = (text: string, note: Note, attrs = {}) => element(document, "th", attrs, [text, element(document, "sup", {class: "note-marker"}, [note])]);
  const td = (text: string, attrs = {}) => element(document, "td", attrs, [text]);
  const n = (rows: readonly object[]) => element(document, "span", {class: "muted"}, [`n = ${rows.length}`]);
  // A column head names its value as a reader knows it (sex F -> Female), with the column's n below.
  const groupHead = (g: (typeof groups)[number], attrs = {}) =>
    element(document, "th", {scope: "col", class: "num", ...attrs}, [valueNames[options.splitBy ?? ""]?.[g.name] ?? g.name, element(document, "br"), n(g.rows)]);
  const [all, ...split] = groups;
  // Split columns sit under one spanning head naming the field (as gtsummary's tbl_summary(by =) does), so each
  // column head is only its value and stays short enough not to be cut or pushed off the table.
  const head = element(document, "thead", {}, [
    element(document, "tr", {}, [
      th("Characteristic", {scope: "col", rowspan: split.length ? 2 : null}),
      groupHead(all!, {rowspan: split.length ? 2 : null}),
      split.length ? element(document, "th", {scope: "colgroup", colspan: split.length, class: "spanner"}, [options.splitLabel || options.splitBy || ""]) : null
    ]),
    split.length ? element(document, "tr", {}, split.map((g) => groupHead(g))) : null
  ]);
  const body = element(document, "tbody");
  // gtsummary's "Unknown" row: under a characteristic, how many in each column have it not recorded; drawn only
  // when some column has one, and then percentages are of the patients with the value recorded.
  let anyNotRecorded = false;
  const notRecordedRow = (field: string, counts: readonly number[], rowLabel = notRecordedLabel) => {
    if (counts.every((c) => c === 0)) return [];
    anyNotRecorded = true;
    return [element(document, "tr", {"data-field": field, "data-level": notRecordedLabel, class: "not-recorded"}, [
      th(rowLabel, {scope: "row", class: "level"}),
      ...counts.map((c) => td(String(c), {class: "num"}))
    ])];
  };
  // One pass over each column's records reads every variable of a record while it is at hand (a registry's
  // 100,000 records are scattered over the heap: a pass per variable would fetch each one eighteen times). It
  // gathers each number, and counts each other value as text (the level's name) with the records not recorded,
  // from which a level's n (%) reads as proportionRecorded gives it.
  const tallies = groups.map((g) => tallyColumn(g.rows, variables));
  for (const v of variables) {
    if (v.kind === "numeric") {
      const summaries = tallies.map((t) => t.numbers(v.field));
      body.append(
        element(document, "tr", {"data-field": v.field}, [
          label(`${v.label}, ${v.unit}`, numericNote, {scope: "row"}),
          ...summaries.map((s) =>
            s.n === 0
              ? td("–", {class: "num"})
              : s.n === 1
                ? // One patient has a value, not a median, range and mean ("42; 42" would read as two figures).
                  td(formatNumber(s.median, v.digits ?? 1), {class: "num", title: "one patient"})
              : // Two unbreakable parts, so a narrow column puts the mean under the median (range), never splits a range.
                element(document, "td", {class: "num"}, [
                  element(document, "span", {class: "stat"}, [`${formatMedianRange(s, v.digits ?? 1)};`]),
                  " ",
                  element(document, "span", {class: "stat"}, [formatNumber(s.mean, v.digits ?? 1)])
                ])
          )
        ]),
        ...notRecordedRow(v.field, summaries.map((s) => s.missing), v.missingLabel)
      );
    } else if (v.kind === "yes") {
      body.append(
        element(document, "tr", {"data-field": v.field}, [
          label(v.label, countNote, {scope: "row"}),
          ...tallies.map((t) => td(formatCount(t.share(v.field, "true")), {class: "num"}))
        ]),
        ...notRecordedRow(v.field, tallies.map((t) => t.missing(v.field)))
      );
    } else {
      const levels = levelsOf(levelsFrom, v.field);
      body.append(element(document, "tr", {"data-field": v.field, class: "group"}, [label(v.label, countNote, {scope: "rowgroup", colspan: groups.length + 1})]));
      for (const level of levels) {
        body.append(
          element(document, "tr", {"data-field": v.field, "data-level": level}, [
            th(v.labels?.[level] ?? level, {scope: "row", class: "level"}),
            ...tallies.map((t) => td(formatCount(t.share(v.field, level)), {class: "num"}))
          ])
        );
      }
      body.append(...notRecordedRow(v.field, tallies.map((t) => t.missing(v.field))));
    }
  }
  const note = (marker: Note, text: string) =>
    element(document, "tr", {}, [element(document, "td", {colspan: groups.length + 1}, [element(document, "sup", {}, [marker]), ` ${text}`])]);
  return element(document, "table", {class: "cohort-table"}, [
    element(document, "caption", {}, ["Characteristics of the patients in view."]),
    head,
    body,
    element(document, "tfoot", {}, [
      note(numericNote, anyNotRecorded ? "Median (range); mean, of the patients with the value recorded" : "Median (range); mean"),
      note(countNote, anyNotRecorded ? "n (% of the column's patients with the value recorded); “Not recorded” rows count the others" : "n (% of the column)")
    ])
  ]);
}

/** One column's records tallied in one pass: each number gathered, each other value counted as text. */
function tallyColumn(rows: readonly object[], variables: readonly SummaryVariable[]) {
  const numeric = variables.filter((v) => v.kind === "numeric").map((v) => v.field);
  const counted = variables.filter((v) => v.kind !== "numeric").map((v) => v.field);
  const numbers = numeric.map(() => new Float64Array(rows.length));
  const filled = new Int32Array(numeric.length);
  const counts = counted.map(() => new Map<string, number>());
  const missing = new Int32Array(counted.length);
  for (const row of rows as readonly Record<string, unknown>[]) {
    for (let k = 0; k < numeric.length; k++) {
      const v = row[numeric[k]!];
      if (typeof v === "number" && Number.isFinite(v)) numbers[k]![filled[k]!++] = v;
    }
    for (let k = 0; k < counted.length; k++) {
      const v = row[counted[k]!];
      if (v === null || v === undefined) missing[k]!++;
      else {
        const key = String(v);
        counts[k]!.set(key, (counts[k]!.get(key) ?? 0) + 1);
      }
    }
  }
  return {
    numbers: (field: string): NumericSummary => {
      const k = numeric.indexOf(field);
      return summarizeNumbers(numbers[k]!.subarray(0, filled[k]!), rows.length - filled[k]!);
    },
    missing: (field: string) => missing[counted.indexOf(field)]!,
    share: (field: string, level: string): RecordedProportion => {
      const k = counted.indexOf(field);
      return recordedShare(counts[k]!.get(level) ?? 0, rows.length - missing[k]!, missing[k]!);
    }
  };
}

/** A category's levels in a cohort: liver procedures by extent, minor to major, as every page lists them; other categories by frequency. */
function levelsOf(cohort: readonly object[], field: string): string[] {
  return perCohort(cohort, `levels:${field}`, () =>
    field === "liverProcedure" ? procedureOrder(cohort) : countCategories(cohort, field as never).map((c) => String(c.value))
  );
}

type Note = typeof numericNote | typeof countNote;
const numericNote = "1";
const countNote = "2";
