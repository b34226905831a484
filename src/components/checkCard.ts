/**
 * One data check on the Audit page: its title and verdict, its rule in words, what it found over the series, and
 * each finding, a patient's linking to that patient's summary (./patients#patient-N). Rendered as
 * <article class="data-check <verdict>" id="check-<id>">, apart from the article's statements (article.claim), so
 * the statements' filter never touches it. Static HTML: it needs no script.
 */
import {type CheckEntry, checkVerdictLabel, type CheckVerdict} from "../lib/checks.js";
import {documentOf, element} from "./dom.js";

/** Findings and patient links a card lists before it counts the rest (checks.json keeps every one). */
export const shownFindings = 50;

/**
 * A verdict as a class name ("not applicable" -> "not-applicable").
 * @example verdictClass("not applicable") // "not-applicable"
 */
export function verdictClass(verdict: CheckVerdict): string {
  return verdict.replace(/ /g, "-");
}

/** A link to a patient's summary on the Patients page. */
function patientLink(document: Document, id: number, label = String(id)): HTMLAnchorElement {
  return element(document, "a", {href: `./patients#patient-${id}`}, [label]);
}

/** "And 12 more findings, all listed in checks.json.", or nothing when every finding is shown. */
function more(document: Document, total: number, noun: string): HTMLElement | null {
  const rest = total - shownFindings;
  return rest > 0 ? element(document, "p", {class: "muted"}, [`And ${rest} more ${rest === 1 ? noun : `${noun}s`}, all listed in checks.json.`]) : null;
}

/**
 * @example checkCard(checks.find((c) => c.id === "lesions-vs-segments")) // <article class="data-check fail" id="check-lesions-vs-segments"> with a finding for patient 7
 */
export function checkCard(check: CheckEntry, options: {document?: Document} = {}): HTMLElement {
  const document = documentOf(options);
  const verdict = verdictClass(check.verdict);
  const findings = check.findings.slice(0, shownFindings).map((f) =>
    element(document, "li", {}, f.patient === null ? [f.text] : [patientLink(document, f.patient, `Patient ${f.patient}`), `: ${f.text}`])
  );
  // Findings about the series (missing cells per column) name no patient: the patients they concern are linked apart.
  const unlinked = check.patients.filter((id) => !check.findings.some((f) => f.patient === id));
  const patients = unlinked.length
    ? element(document, "p", {class: "check-patients"}, [
        "Patients: ",
        ...unlinked.slice(0, shownFindings).flatMap((id, i) => [i ? ", " : null, patientLink(document, id)]),
        unlinked.length > shownFindings ? ` and ${unlinked.length - shownFindings} more` : null
      ])
    : null;
  return element(document, "article", {class: `data-check ${verdict}`, id: `check-${check.id}`}, [
    element(document, "header", {}, [
      element(document, "h3", {}, [check.title]),
      " ",
      element(document, "span", {class: `badge check-${verdict}`, "data-testid": `check-verdict-${check.id}`}, [checkVerdictLabel[check.verdict]])
    ]),
    element(document, "p", {class: "check-rule muted"}, [`Rule: ${check.rule}`]),
    element(document, "p", {class: "check-summary"}, [check.summary]),
    findings.length ? element(document, "ul", {class: "check-findings"}, findings) : null,
    more(document, check.findings.length, "finding"),
    patients
  ]);
}
