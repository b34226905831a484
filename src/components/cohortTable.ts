/**
 * The clinical "Table 1" of the patients in view: numbers as median (range) and mean, categories and yes/no
 * items as n (%), optionally split into one column per value of a chosen field, with the whole view first.
 */
import {fieldLabel} from "../lib/filters.js";
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
  const td = (text: string, attrs = {}) => element(document, "td", attrs, [text]);
  const head = element(document, "thead", {}, [
    element(document, "tr", {}, [
      th("Characteristic", {scope: "col"}),
      ...groups.map((g) =>
        element(document, "th", {scope: "col", class: "num"}, [
          options.splitBy && g.name !== "All in view" ? `${options.splitLabel ?? options.splitBy}: ${g.name}` : g.name,
          element(document, "br"),
          element(document, "span", {class: "muted"}, [`n = ${g.rows.length}`])
        ])
      )
    ])
  ]);
  const body = element(document, "tbody");
  for (const v of variables) {
    if (v.kind === "numeric") {
      const summaries = groups.map((g) => describeNumeric(g.rows as Record<string, number>[], v.field));
      body.append(
        element(document, "tr", {"data-field": v.field}, [
          th(`${v.label}, ${v.unit}: median (range); mean`, {scope: "row"}),
          ...summaries.map((s) =>
            td(s.n === 0 ? "–" : `${formatMedianRange(s, v.digits ?? 1)}; ${formatNumber(s.mean, v.digits ?? 1)}`, {class: "num"})
          )
        ])
      );
    } else if (v.kind === "yes") {
      body.append(
        element(document, "tr", {"data-field": v.field}, [
          th(`${v.label}, n (%)`, {scope: "row"}),
          ...groups.map((g) => td(formatCount(proportion(g.rows, (p) => fieldLabel(p, v.field) === "Yes")), {class: "num"}))
        ])
      );
    } else {
      const levels = countCategories(levelsFrom, v.field as never).map((c) => String(c.value));
      body.append(element(document, "tr", {"data-field": v.field, class: "group"}, [th(`${v.label}, n (%)`, {scope: "rowgroup", colspan: groups.length + 1})]));
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
  return element(document, "table", {class: "cohort-table"}, [
    element(document, "caption", {}, [
      "Characteristics of the patients in view. Numbers: median (range); mean. Categories: n (% of the column)."
    ]),
    head,
    body
  ]);
}
