/**
 * The clinical "Table 1" of the patients in view: numbers as median (range) and mean, categories and yes/no
 * items as n (%), optionally split into one column per value of a chosen field, with the whole view first. The
 * statistics are named in the table's footnotes, marked on each row label (¹ median (range); mean, ² n (%)).
 */
import {fieldLabel, valueNames} from "../lib/filters.js";
import {formatCount, formatMedianRange, formatNumber} from "../lib/format.js";
import {countCategories, describeNumeric, proportion} from "../lib/stats.js";
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
    const labels = [...new Set(levelsFrom.map((p) => fieldLabel(p, options.splitBy!)))].filter((l): l is string => l !== null).sort();
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
  for (const v of variables) {
    if (v.kind === "numeric") {
      const summaries = groups.map((g) => describeNumeric(g.rows as Record<string, number>[], v.field));
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
        ])
      );
    } else if (v.kind === "yes") {
      body.append(
        element(document, "tr", {"data-field": v.field}, [
          label(v.label, countNote, {scope: "row"}),
          ...groups.map((g) => td(formatCount(proportion(g.rows, (p) => fieldLabel(p, v.field) === "Yes")), {class: "num"}))
        ])
      );
    } else {
      const levels = countCategories(levelsFrom, v.field as never).map((c) => String(c.value));
      body.append(element(document, "tr", {"data-field": v.field, class: "group"}, [label(v.label, countNote, {scope: "rowgroup", colspan: groups.length + 1})]));
      for (const level of levels) {
        body.append(
          element(document, "tr", {"data-field": v.field, "data-level": level}, [
            th(v.labels?.[level] ?? level, {scope: "row", class: "level"}),
            ...groups.map((g) => td(formatCount(proportion(g.rows, (p) => fieldLabel(p, v.field) === level)), {class: "num"}))
          ])
        );
      }
    }
  }
  const note = (marker: Note, text: string) =>
    element(document, "tr", {}, [element(document, "td", {colspan: groups.length + 1}, [element(document, "sup", {}, [marker]), ` ${text}`])]);
  return element(document, "table", {class: "cohort-table"}, [
    element(document, "caption", {}, ["Characteristics of the patients in view."]),
    head,
    body,
    element(document, "tfoot", {}, [note(numericNote, "Median (range); mean"), note(countNote, "n (% of the column)")])
  ]);
}

type Note = typeof numericNote | typeof countNote;
const numericNote = "1";
const countNote = "2";
