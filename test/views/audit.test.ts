import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {pageDocument} from "../../src/pages/compose.js";
import {auditSections, grimFailures, orderClaims, renderAudit, renderChecks, verdictCounts} from "../../src/views/audit.js";

const {claims, checks} = buildCohort(readSourceFolder(bundledSourceDir));
const verdicts = ["inconsistent", "ambiguous", "not-checkable", "consistent"];

describe("the audit's order, sections and arithmetic failures", () => {
  it("orderClaims puts the inconsistent first, then the ambiguous, the not checkable and the consistent, keeping the dataset's order within each", () => {
    const ordered = orderClaims(claims);
    expect(ordered).toHaveLength(claims.length);
    expect(ordered.map((c) => verdicts.indexOf(c.verdict))).toEqual([...ordered.map((c) => verdicts.indexOf(c.verdict))].sort((a, b) => a - b));
    for (const v of verdicts) expect(ordered.filter((c) => c.verdict === v)).toEqual(claims.filter((c) => c.verdict === v));
  });
  it("auditSections lists every section a statement is made in, once, the Abstract's repeats in the Results included", () => {
    const sections = auditSections(claims);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections.slice(0, 2)).toEqual(["Abstract", "Methods"]);
    expect(sections).toContain("Results");
    expect(new Set(sections)).toEqual(new Set(claims.flatMap((c) => c.places.map((p) => p.section))));
  });
  it("grimFailures keeps the figures whose test could fail and did: the median age and the median survival", () => {
    expect(grimFailures(claims).map((c) => c.id)).toEqual(["abstract-median-age", "abstract-median-survival"]);
    const grim = (possible: boolean, informative?: boolean) => ({grim: {possible, detail: "d", ...(informative === undefined ? {} : {informative})}});
    expect(grimFailures([grim(false), grim(false, false), grim(true), {grim: null}, grim(false, true)])).toHaveLength(2);
  });
  it("verdictCounts gives the article's tallies: 13 inconsistent, 9 ambiguous, 39 not checkable, 35 consistent", () => {
    expect(verdictCounts(claims)).toEqual({inconsistent: 13, ambiguous: 9, "not-checkable": 39, consistent: 35});
    expect(verdictCounts([])).toEqual({inconsistent: 0, ambiguous: 0, "not-checkable": 0, consistent: 0});
  });
});

describe("renderAudit", () => {
  const views = renderAudit({claims, document: pageDocument()});
  const counts = verdictCounts(claims);
  it("renderAudit().tallies: the statements (each once) and each verdict's count, under its label", () => {
    const text = (id: string) => views.tallies.querySelector(`[data-testid=${id}]`)!.textContent;
    expect(text("audit-statements")).toBe(String(claims.length));
    expect(text("audit-repeated")).toMatch(/^\d+ statements the article makes more than once, each counted once \(\d+ places in all\)$/);
    expect(verdicts.map((v) => text(`audit-${v}`))).toEqual(verdicts.map((v) => String(counts[v as keyof typeof counts])));
    expect([...views.tallies.querySelectorAll(".verdict-card h2")].map((h) => h.textContent)).toEqual(["Inconsistent", "Ambiguous", "Not checkable", "Consistent"]);
  });
  it("renderAudit().grim names each failing figure with its sections, a link to its card and the reason", () => {
    const links = [...views.grim!.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(grimFailures(claims).map((c) => `#claim-${c.id}`));
    expect(views.grim!.textContent).toMatch(/^2 reported figures cannot be arithmetically right as stated: Abstract and Results, “the median age was 48 years” \(with each .*\)\.$/);
    expect(renderAudit({claims: claims.map((c) => ({...c, grim: null})), document: pageDocument()}).grim).toBeNull();
  });
  it("renderAudit(): a row and a card per statement, in the page's order, and the controls with each verdict's count", () => {
    const order = orderClaims(claims).map((c) => c.id);
    expect([...views.table.querySelectorAll("tbody tr")].map((tr) => tr.getAttribute("data-claim"))).toEqual(order);
    expect([...views.cards.querySelectorAll("article.claim")].map((a) => a.id)).toEqual(order.map((id) => `claim-${id}`));
    expect([...views.controls.querySelectorAll("label:has(input)")].map((l) => l.textContent)).toEqual([
      ` Inconsistent (${counts.inconsistent})`,
      ` Ambiguous (${counts.ambiguous})`,
      ` Not checkable (${counts["not-checkable"]})`,
      ` Consistent (${counts.consistent})`
    ]);
    expect([...views.controls.querySelectorAll("option")].map((o) => o.textContent)).toEqual(["All sections", ...auditSections(claims)]);
  });
});

describe("renderChecks", () => {
  it("renderChecks(): how the checks came out in one sentence, then a card per check in the dataset's order, none of them a statement's card", () => {
    const view = renderChecks({checks, document: pageDocument()});
    expect(view.className).toBe("data-checks");
    expect(view.querySelector("[data-testid=checks-line]")!.textContent).toBe("Of the 5 checks, 1 fails (Lesions against segments) and 4 pass.");
    expect([...view.querySelectorAll("article.data-check")].map((a) => a.id)).toEqual(checks.map((c) => `check-${c.id}`));
    expect(view.querySelectorAll("article.claim, [data-verdict]")).toHaveLength(0);
  });
});
