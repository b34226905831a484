/**
 * The Audit page's views, drawn once at build time by its page loader (src/audit.md.ts): the checks of the tables
 * (every series), and for the article's statements the tallies, the statements that fail the arithmetic tests,
 * the filter's controls, the table at a glance and a card per statement. The page's script only shows and hides
 * the statements these put in the HTML (claimFilter.ts); the checks need no script.
 */
import {type AuditedClaim, claimCard, claimSectionList, claimSections, claimTable, type ClaimVerdict, verdictLabel} from "../components/claimCard.js";
import {checkCard} from "../components/checkCard.js";
import {claimFilterForm} from "../components/claimFilterForm.js";
import {documentOf, element} from "../components/dom.js";
import {auditVerdicts} from "../lib/claimFilter.js";
import {type CheckEntry, checksSummary} from "../lib/checks.js";
import {auditRepeatedLine, checksLine, grimLead} from "../lib/prose/audit.js";
import {type TrustClaim, tallyClaims} from "../lib/prose/trust.js";

export type AuditClaim = AuditedClaim & TrustClaim;

/**
 * The statements in the order the page gives them: inconsistent, ambiguous, not checkable, consistent; the
 * dataset's order within each verdict.
 * @example orderClaims(claims)[0].verdict // "inconsistent"
 */
export function orderClaims<T extends {verdict: ClaimVerdict}>(claims: readonly T[]): T[] {
  return auditVerdicts.flatMap((v) => claims.filter((c) => c.verdict === v));
}

/**
 * Every section the statements are made in, each once, in the order the dataset first names them.
 * @example auditSections(claims) // ["Abstract", "Methods", "Discussion", …]
 */
export function auditSections(claims: readonly AuditedClaim[]): string[] {
  return [...new Set(claims.flatMap(claimSectionList))];
}

/**
 * The statements whose figure cannot be arithmetically right (GRIM, or a median against its printed precision).
 * A test that could not have failed (not informative) is no finding either way.
 * @example grimFailures(claims).map((c) => c.id) // ["abstract-median-age", "abstract-median-survival"]
 */
export function grimFailures<T extends Pick<AuditedClaim, "grim">>(claims: readonly T[]): T[] {
  return claims.filter((c) => c.grim && c.grim.informative !== false && !c.grim.possible);
}

/** Statements per verdict. */
export function verdictCounts(claims: readonly {verdict: ClaimVerdict}[]): Record<ClaimVerdict, number> {
  return Object.fromEntries(auditVerdicts.map((v) => [v, claims.filter((c) => c.verdict === v).length])) as Record<ClaimVerdict, number>;
}

/**
 * Every view of the page for a non-empty audit (the page says there is nothing to audit otherwise, without views).
 * @example renderAudit({claims, document}).cards // <div class="claims"> with an <article class="claim …"> per statement, inconsistent first
 */
export function renderAudit({claims, document: doc}: {claims: readonly AuditClaim[]; document?: Document}): {
  tallies: HTMLElement;
  grim: HTMLElement | null;
  controls: HTMLFormElement;
  table: HTMLElement;
  cards: HTMLElement;
} {
  const document = documentOf({document: doc});
  const tally = tallyClaims(claims);
  const counts = verdictCounts(claims);
  const ordered = orderClaims(claims);
  const big = (testId: string, n: number) => element(document, "span", {class: "big", "data-testid": testId}, [String(n)]);
  const tallies = element(document, "div", {class: "grid grid-cols-4 grid-auto"}, [
    element(document, "div", {class: "card"}, [
      element(document, "h2", {}, ["Statements and checks"]),
      big("audit-statements", tally.statements),
      element(document, "p", {class: "muted", "data-testid": "audit-repeated"}, [auditRepeatedLine(tally)])
    ]),
    ...auditVerdicts.map((v) => element(document, "div", {class: `card verdict-card ${v}`}, [element(document, "h2", {}, [verdictLabel[v]]), big(`audit-${v}`, counts[v])]))
  ]);
  const failed = grimFailures(claims);
  const grim = failed.length
    ? element(document, "p", {}, [
        `${grimLead(failed.length)}: `,
        ...failed.flatMap((c, i) => [
          i ? "; " : "",
          `${claimSections(c)}, `,
          element(document, "a", {href: `#claim-${c.id}`}, [`“${c.quote}”`]),
          ` (${c.grim!.detail})`
        ]),
        "."
      ])
    : null;
  return {
    tallies,
    grim,
    controls: claimFilterForm({counts, sections: auditSections(claims), document}),
    table: element(document, "div", {class: "claim-table-wrap"}, [claimTable(ordered, {document})]),
    cards: element(document, "div", {class: "claims"}, ordered.map((c) => claimCard(c, {document})))
  };
}

/**
 * The checks of the tables, for any series (with or without the article's statements): how they came out in one
 * sentence, then a card per check in the dataset's order.
 * @example renderChecks({checks, document}) // <div class="data-checks"> with <p data-testid="checks-line">Of the 5 checks, 1 fails …</p> and an <article class="data-check …"> per check
 */
export function renderChecks({checks, document: doc}: {checks: readonly CheckEntry[]; document?: Document}): HTMLElement {
  const document = documentOf({document: doc});
  return element(document, "div", {class: "data-checks"}, [
    element(document, "p", {"data-testid": "checks-line"}, [checksLine(checksSummary(checks))]),
    ...checks.map((c) => checkCard(c, {document}))
  ]);
}
