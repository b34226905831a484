/**
 * One statement of the article on the audit page: its verdict as a badge, the article's words, the figure it
 * reports beside the figure recomputed from the tables, the GRIM test where it applies, why the verdict was
 * given, and links to the patients it concerns. Rendered as <article class="claim <verdict>" id="claim-<id>">
 * so that links (#claim-<id>) and the browser tests can find it.
 */
import {documentOf, element} from "./dom.js";

export type ClaimVerdict = "consistent" | "inconsistent" | "not-checkable";

/** A claim as claims.json gives it (only what the card shows). */
export interface AuditedClaim {
  id: string;
  section: string;
  quote: string;
  reported: string;
  recomputed: string;
  verdict: ClaimVerdict;
  explanation: string;
  /** Patient numbers the claim concerns, ascending; empty for none in particular. */
  patients: readonly number[];
  grim: {possible: boolean; detail: string} | null;
}

/** How a verdict reads on the page (badge, summary cards, filter). */
export const verdictLabel: Record<ClaimVerdict, string> = {consistent: "Consistent", inconsistent: "Inconsistent", "not-checkable": "Not checkable"};

/** @example claimCard(claims.find((c) => c.id === "results-age-range")) // <article class="claim inconsistent" id="claim-results-age-range"> */
export function claimCard(claim: AuditedClaim, options: {document?: Document} = {}): HTMLElement {
  const document = documentOf(options);
  const value = (term: string, description: string) =>
    element(document, "div", {}, [element(document, "dt", {}, [term]), element(document, "dd", {}, [description])]);
  const patients = claim.patients.length
    ? element(document, "span", {}, [
        "Patients: ",
        ...claim.patients.flatMap((id, i) => [i ? ", " : null, element(document, "a", {href: `./patients#patient-${id}`}, [String(id)])])
      ])
    : element(document, "span", {class: "muted"}, ["No patient in particular"]);
  return element(document, "article", {class: `claim ${claim.verdict}`, id: `claim-${claim.id}`}, [
    element(document, "header", {}, [
      element(document, "span", {class: `badge ${claim.verdict}`}, [verdictLabel[claim.verdict]]),
      " ",
      element(document, "span", {class: "muted"}, [claim.section])
    ]),
    element(document, "blockquote", {}, [`“${claim.quote}”`]),
    element(document, "dl", {class: "claim-values"}, [
      value("Reported", claim.reported),
      value("Recomputed from the tables", claim.recomputed),
      claim.grim ? value("Arithmetic (GRIM)", `${claim.grim.possible ? "possible" : "impossible"}: ${claim.grim.detail}`) : null
    ]),
    element(document, "p", {}, [claim.explanation]),
    element(document, "p", {class: "claim-patients"}, [patients])
  ]);
}
