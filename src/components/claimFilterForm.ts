/**
 * The Audit page's filter as plain HTML: a checkbox per verdict (with its count) under a legend, and a labelled
 * select of the sections the article makes statements in. Drawn at build time by the page loader; the page's
 * script (claimFilter.ts) binds it.
 */
import {allSections, auditVerdicts} from "../lib/claimFilter.js";
import {type ClaimVerdict, verdictLabel} from "./claimCard.js";
import {documentOf, element} from "./dom.js";

export interface ClaimFilterFormOptions {
  document?: Document;
  /** Statements per verdict, shown beside each checkbox. */
  counts: Record<ClaimVerdict, number>;
  /** The sections to choose from, in the order the select lists them. */
  sections: readonly string[];
}

/**
 * The controls, every verdict ticked and all sections chosen. They arrive disabled: without the script they could
 * not filter, and the script enables them once it can.
 * @example claimFilterForm({counts, sections: ["Abstract", "Results"], document}) // <form id="claim-filter" class="survival-controls claim-filter">
 */
export function claimFilterForm(options: ClaimFilterFormOptions): HTMLFormElement {
  const document = documentOf(options);
  const boxes = auditVerdicts.map((v) =>
    element(document, "label", {}, [element(document, "input", {type: "checkbox", name: "verdict", value: v, checked: true, disabled: true}), ` ${verdictLabel[v]} (${options.counts[v]})`])
  );
  const select = element(
    document,
    "select",
    {id: "claim-section", name: "section", disabled: true},
    [allSections, ...options.sections].map((s) => element(document, "option", {value: s, selected: s === allSections}, [s]))
  );
  // The Survival page's controls have the same parts (a fieldset of boxes, a labelled select): same layout.
  return element(document, "form", {id: "claim-filter", class: "survival-controls claim-filter"}, [
    element(document, "fieldset", {class: "control"}, [element(document, "legend", {}, ["Verdict"]), ...boxes]),
    element(document, "div", {class: "control"}, [element(document, "label", {for: "claim-section"}, ["Section"]), " ", select])
  ]);
}
