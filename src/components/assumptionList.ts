/**
 * The assumptions the report makes where the article is silent, one section each with the patients it concerns.
 * Each section's id is "assumption-<id>" and each patient links to their summary on the Patients page: other
 * pages and the audit link to both anchors.
 */
import {documentOf, element} from "./dom.js";
import {formatInteger, maxListedPatients} from "../lib/format.js";

/** One assumption, as study.json gives it. */
export interface Assumption {
  id: string;
  title: string;
  text: string;
  patients: readonly number[];
}

/** @example assumptionList(study.assumptions) // <div> of <section id="assumption-time-origin">… */
export function assumptionList(assumptions: readonly Assumption[], options: {document?: Document} = {}): HTMLDivElement {
  const document = documentOf(options);
  return element(document, "div", {class: "assumptions"},
    assumptions.map((a) =>
      element(document, "section", {id: `assumption-${a.id}`}, [
        element(document, "h3", {}, [a.title]),
        element(document, "p", {}, [a.text]),
        element(document, "p", {class: "muted"}, [
          "Patients concerned: ",
          ...(a.patients.length
            ? a.patients.slice(0, maxListedPatients).flatMap((id, i) => [i ? ", " : "", element(document, "a", {href: `./patients#patient-${id}`}, [String(id)])])
            : ["none"]),
          // A registry's thousands are counted, not listed: the page would weigh megabytes.
          a.patients.length > maxListedPatients ? ` and ${formatInteger(a.patients.length - maxListedPatients)} more` : ""
        ])
      ])
    )
  );
}
