/**
 * One statement of the article on the audit page: its verdict as a badge, the article's words at every place it
 * makes the statement, the figure it reports beside the figure recomputed from the tables, other readings of the
 * figure and whether they reproduce it, the GRIM test where it applies, why the verdict was given, and links to
 * the patients behind the recomputed figure. Rendered as <article class="claim <verdict>" id="claim-<id>"> so
 * that links (#claim-<id>) and the browser tests can find it. `claimTable` is the same statements as one compact
 * row each, linking to their cards.
 */
import {documentOf, element} from "./dom.js";

const times = (n: number) => (n === 2 ? "twice" : `${n} times`);

export type ClaimVerdict = "consistent" | "inconsistent" | "ambiguous" | "not-checkable";

/** One definition of a statement's words, or one account of a contradicted cell, with its figure and verdict. */
export interface ClaimReading {
  label: string;
  recomputed: string;
  verdict: Exclude<ClaimVerdict, "ambiguous">;
}

/** Where the article makes a statement. */
export interface ClaimPlace {
  section: string;
  quote: string;
}

/** A claim as claims.json gives it (only what the card shows). */
export interface AuditedClaim {
  id: string;
  /** The first place (also the first of `places`). */
  section: string;
  quote: string;
  /** Every place the article makes the statement; absent in older datasets, which know one place only. */
  places?: readonly ClaimPlace[];
  reported: string;
  recomputed: string;
  verdict: ClaimVerdict;
  explanation: string;
  /** Patient numbers behind the recomputed figure, ascending; empty for none in particular. */
  patients: readonly number[];
  /** `informative` false: the test could not have failed for this n and precision (absent in older datasets). */
  grim: {statistic?: string; possible: boolean; informative?: boolean; detail: string} | null;
  /** Other computations that might give the reported figure, each with whether it does, and which entries' readings it excludes. */
  alternatives?: readonly {description: string; value: string; matches: boolean; conflictsWith?: readonly string[]}[];
  /** Each reading the verdict was checked under (several for an ambiguous statement); absent or empty for one. */
  readings?: readonly ClaimReading[];
}

/** How a verdict reads on the page (badge, summary cards, filter). */
export const verdictLabel: Record<ClaimVerdict, string> = {consistent: "Consistent", inconsistent: "Inconsistent", ambiguous: "Ambiguous", "not-checkable": "Not checkable"};

/** The GRIM line: an uninformative test is said to be one, never shown as a pass. */
export function grimText(grim: NonNullable<AuditedClaim["grim"]>): string {
  if (grim.informative === false) return grim.detail.startsWith("not informative") ? grim.detail : `not informative: ${grim.detail}`;
  return `${grim.possible ? "possible" : "impossible"}: ${grim.detail}`;
}

/**
 * The readings of a statement side by side, one column each: what it means, the figure it gives, its verdict.
 * @example claimReadings(claims.find((c) => c.id === "methods-complete")) // <div class="claim-readings"> with three <section class="reading …">
 */
export function claimReadings(readings: readonly ClaimReading[], options: {document?: Document} = {}): HTMLElement {
  const document = documentOf(options);
  return element(
    document,
    "div",
    {class: "claim-readings"},
    readings.map((r) =>
      element(document, "section", {class: `reading ${r.verdict}`}, [
        element(document, "h3", {}, [r.label]),
        element(document, "p", {class: "reading-figure"}, [r.recomputed]),
        element(document, "span", {class: `badge ${r.verdict}`}, [verdictLabel[r.verdict]])
      ])
    )
  );
}

/** Every place of a claim, the first one first (one place for a dataset without `places`). */
export function claimPlaces(claim: Pick<AuditedClaim, "section" | "quote" | "places">): readonly ClaimPlace[] {
  return claim.places?.length ? claim.places : [{section: claim.section, quote: claim.quote}];
}

/** The sections a claim is made in, each once, in the order of its places. @example claimSectionList(medianAge) // ["Abstract", "Results"] */
export function claimSectionList(claim: Pick<AuditedClaim, "section" | "quote" | "places">): string[] {
  return [...new Set(claimPlaces(claim).map((p) => p.section))];
}

/** The sections a claim is made in, each once, joined for reading: "Results", "Abstract and Results". */
export function claimSections(claim: Pick<AuditedClaim, "section" | "quote" | "places">): string {
  const sections = claimSectionList(claim);
  return sections.length <= 1 ? sections.join("") : `${sections.slice(0, -1).join(", ")} and ${sections.at(-1)}`;
}

/**
 * What a card and a table row carry for the Audit page's filter, which shows and hides them where they are
 * without the data behind them: the verdict, and the sections as a JSON list (a section name may hold any text).
 */
function filterAttributes(claim: AuditedClaim) {
  return {"data-verdict": claim.verdict, "data-sections": JSON.stringify(claimSectionList(claim))};
}

/** @example claimCard(claims.find((c) => c.id === "results-age-range")) // <article class="claim inconsistent" id="claim-results-age-range"> */
export function claimCard(claim: AuditedClaim, options: {document?: Document} = {}): HTMLElement {
  const document = documentOf(options);
  const value = (term: string, description: string) =>
    element(document, "div", {}, [element(document, "dt", {}, [term]), element(document, "dd", {}, [description])]);
  const places = claimPlaces(claim);
  const patients = claim.patients.length
    ? element(document, "span", {}, [
        "Patients: ",
        ...claim.patients.flatMap((id, i) => [i ? ", " : null, element(document, "a", {href: `./patients#patient-${id}`}, [String(id)])])
      ])
    : element(document, "span", {class: "muted"}, ["No patient in particular"]);
  // A repeated statement shows each place with its section, so the reader sees it is one statement, counted once.
  const quotes =
    places.length === 1
      ? [element(document, "blockquote", {}, [`“${places[0]!.quote}”`])]
      : [
          ...places.map((p) => element(document, "blockquote", {"data-section": p.section}, [element(document, "cite", {}, [p.section]), ` “${p.quote}”`])),
          element(document, "p", {class: "claim-repeated muted"}, [`The article makes this statement ${times(places.length)}; the audit counts it once.`])
        ];
  return element(document, "article", {class: `claim ${claim.verdict}`, id: `claim-${claim.id}`, ...filterAttributes(claim)}, [
    element(document, "header", {}, [
      element(document, "span", {class: `badge ${claim.verdict}`}, [verdictLabel[claim.verdict]]),
      " ",
      element(document, "span", {class: "muted"}, [claimSections(claim)])
    ]),
    ...quotes,
    element(document, "dl", {class: "claim-values"}, [
      value("Reported", claim.reported),
      value("Recomputed from the tables", claim.recomputed),
      ...(claim.alternatives ?? []).map((a) =>
        value(
          "Another reading",
          `${a.description}: ${a.value}, which ${a.matches ? "matches" : "does not match"} the reported figure${a.conflictsWith?.length ? `, but cannot hold together with the matching reading of ${a.conflictsWith.join(", ")}` : ""}`
        )
      ),
      claim.grim ? value(claim.grim.statistic === "median" ? "Arithmetic (printed precision)" : "Arithmetic (GRIM)", grimText(claim.grim)) : null
    ]),
    claim.readings?.length ? claimReadings(claim.readings, {document}) : null,
    element(document, "p", {}, [claim.explanation]),
    element(document, "p", {class: "claim-patients"}, [patients])
  ]);
}

/**
 * The statements as a compact table, one row per statement however often the article makes it: verdict,
 * section(s), the first quote (linking to the statement's card, #claim-<id>), reported and recomputed figures.
 * @example claimTable(claims) // <table class="claim-table"> with a <tr class="inconsistent" data-claim="abstract-median-age"> first if that claim comes first
 */
export function claimTable(claims: readonly AuditedClaim[], options: {document?: Document} = {}): HTMLTableElement {
  const document = documentOf(options);
  const cell = (tag: "th" | "td", children: (Node | string)[], attributes = {}) => element(document, tag, attributes, children);
  const head = element(document, "thead", {}, [
    element(document, "tr", {}, ["Verdict", "Section", "Statement", "Reported", "Recomputed"].map((h) => cell("th", [h], {scope: "col"})))
  ]);
  const rows = claims.map((c) => {
    const places = claimPlaces(c);
    return element(document, "tr", {class: c.verdict, "data-claim": c.id, ...filterAttributes(c)}, [
      cell("td", [element(document, "span", {class: `badge ${c.verdict}`}, [verdictLabel[c.verdict]])]),
      cell("td", [claimSections(c)]),
      cell("td", [
        element(document, "a", {href: `#claim-${c.id}`}, [`“${places[0]!.quote}”`]),
        places.length > 1 ? element(document, "span", {class: "muted"}, [` (stated ${times(places.length)})`]) : ""
      ]),
      cell("td", [c.reported]),
      cell("td", [c.recomputed])
    ]);
  });
  return element(document, "table", {class: "claim-table"}, [head, element(document, "tbody", {}, rows)]);
}
