/**
 * What the Audit page's filter does in the browser: the controls (claimFilterForm.ts, drawn at build time with
 * every statement shown) are set from the URL, and each change shows and hides the cards and table rows already in
 * the page, rewrites the count line and keeps the URL in step. Nothing is drawn again. Kept apart from the form's
 * renderer, so the page loads only this and the pure filter (no card renderer, no DOM builder).
 */
import {allSections, auditVerdicts, claimFilterParams, type ClaimFilter, matchesClaimFilter, parseClaimFilter} from "../lib/claimFilter.js";
import {auditShownLine} from "../lib/prose/audit.js";
import {writeParam} from "../lib/urlParam.js";

const sectionSelect = (form: HTMLFormElement) => form.querySelector<HTMLSelectElement>("select[name=section]")!;
const verdictBoxes = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>("input[name=verdict]")];

/** The filter the controls show. */
export function readClaimFilterForm(form: HTMLFormElement): ClaimFilter {
  const ticked = new Set(verdictBoxes(form).filter((box) => box.checked).map((box) => box.value));
  return {verdicts: auditVerdicts.filter((v) => ticked.has(v)), section: sectionSelect(form).value};
}

/** Sets the controls to a filter. */
export function setClaimFilterForm(form: HTMLFormElement, filter: ClaimFilter): void {
  for (const box of verdictBoxes(form)) box.checked = (filter.verdicts as readonly string[]).includes(box.value);
  sectionSelect(form).value = filter.section;
}

/** A card's or row's verdict and sections, as claimCard and claimTable write them. */
function entryOf(node: HTMLElement): {verdict: string; sections: string[]} {
  return {verdict: node.dataset.verdict ?? "", sections: JSON.parse(node.dataset.sections ?? "[]") as string[]};
}

/**
 * Shows the statements that pass the filter and hides the others (`hidden`, so neither the eye nor a screen
 * reader meets them), in the statement cards and in the table alike; then says how many are shown, and says so
 * when none is (the table, empty, is hidden). Touches only what changes.
 * @returns how many statements are shown
 */
export function showClaims(document: Document, filter: ClaimFilter): number {
  const cards = [...document.querySelectorAll<HTMLElement>("article.claim")];
  const rows = [...document.querySelectorAll<HTMLElement>("table.claim-table tbody tr")];
  let shown = 0;
  for (const card of cards) {
    const show = matchesClaimFilter(entryOf(card), filter);
    if (card.hidden === show) card.hidden = !show;
    if (show) shown++;
  }
  for (const row of rows) {
    const show = matchesClaimFilter(entryOf(row), filter);
    if (row.hidden === show) row.hidden = !show;
  }
  const line = document.getElementById("audit-shown");
  const text = auditShownLine(shown, cards.length, choicesOf(document, filter));
  if (line && line.textContent !== text) line.textContent = text;
  const none = document.getElementById("audit-no-match");
  if (none) none.hidden = shown > 0;
  const table = document.querySelector<HTMLElement>(".claim-table-wrap");
  if (table) table.hidden = shown === 0;
  return shown;
}

/**
 * The filter's choices in the controls' own words, when it leaves statements out: "Verdict: Inconsistent or
 * Ambiguous", "Section: Results".
 */
function choicesOf(document: Document, filter: ClaimFilter): string[] {
  const choices: string[] = [];
  if (filter.verdicts.length < auditVerdicts.length) {
    const label = (verdict: string) =>
      document.querySelector(`#claim-filter input[name=verdict][value="${verdict}"]`)?.parentElement?.textContent?.replace(/\(\d+\)\s*$/, "").trim() ?? verdict;
    choices.push(filter.verdicts.length ? `Verdict: ${filter.verdicts.map(label).join(" or ")}` : "no verdict ticked");
  }
  if (filter.section !== allSections) choices.push(`Section: ${filter.section}`);
  return choices;
}

/** Writes the filter's non-default values to the URL (replaceState: no history step per click). */
function writeClaimFilter(filter: ClaimFilter): void {
  const {verdict, section} = claimFilterParams(filter);
  writeParam("verdict", verdict, "all");
  writeParam("section", section, allSections);
}

/**
 * Binds the controls drawn at build time: sets them from the URL (`verdict`, `section`), enables them, shows the
 * statements that pass, and does so again on every change, keeping the URL in step. A page without the controls
 * (an audit without statements) is left as it is.
 * @example bindClaimFilter(document) // at ?verdict=inconsistent: only the inconsistent cards and rows remain shown
 */
export function bindClaimFilter(document: Document, search = globalThis.location?.search ?? ""): void {
  const form = document.getElementById("claim-filter") as HTMLFormElement | null;
  if (!form) return;
  const sections = [...sectionSelect(form).options].map((o) => o.value).filter((s) => s !== allSections);
  const filter = parseClaimFilter(search, sections);
  setClaimFilterForm(form, filter);
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) control.disabled = false;
  showClaims(document, filter);
  // As when the page was drawn in the browser: a value the URL cannot mean ("all", an unknown verdict) is dropped.
  writeClaimFilter(filter);
  form.addEventListener("change", () => {
    const next = readClaimFilterForm(form);
    showClaims(document, next);
    writeClaimFilter(next);
  });
}
