import {afterEach, describe, expect, it, vi} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {bindClaimFilter, readClaimFilterForm, setClaimFilterForm, showClaims} from "../../src/components/claimFilter.js";
import {claimFilterForm} from "../../src/components/claimFilterForm.js";
import {allSections} from "../../src/lib/claimFilter.js";
import {html, pageDocument} from "../../src/pages/compose.js";
import {renderAudit, verdictCounts} from "../../src/views/audit.js";

const {claims} = buildCohort(readSourceFolder(bundledSourceDir));
const counts = verdictCounts(claims);

afterEach(() => {
  vi.unstubAllGlobals();
});

// linkedom's <select> reads its value from the selected option but cannot be set: give it the browser's setter.
const selectPrototype = Object.getPrototypeOf(pageDocument().createElement("select")) as object;
const linkedomValue = Object.getOwnPropertyDescriptor(selectPrototype, "value")!;
Object.defineProperty(selectPrototype, "value", {
  configurable: true,
  get: linkedomValue.get,
  set(this: HTMLSelectElement, value: string) {
    for (const option of this.querySelectorAll("option")) option.toggleAttribute("selected", option.value === value);
  }
});

/** The page as the loader draws it: controls, the count line, the no-match note, the table and the cards. */
function auditPage() {
  const document = pageDocument();
  const views = renderAudit({claims, document});
  document.body.innerHTML = [
    html(views.controls),
    `<p id="audit-shown">${claims.length} of ${claims.length} statements shown.</p>`,
    '<p id="audit-no-match" hidden>No statement matches these filters.</p>',
    html(views.table),
    html(views.cards)
  ].join("");
  const form = document.getElementById("claim-filter") as HTMLFormElement;
  const shownCards = () => [...document.querySelectorAll<HTMLElement>("article.claim")].filter((a) => !a.hidden);
  const shownRows = () => [...document.querySelectorAll<HTMLElement>("table.claim-table tbody tr")].filter((tr) => !tr.hidden);
  const change = () => form.dispatchEvent(new (document.defaultView!.Event)("change", {bubbles: true}));
  return {document, form, shownCards, shownRows, change, line: () => document.getElementById("audit-shown")!.textContent};
}

/** A page address whose replaceState the test can read. */
function stubLocation(href: string) {
  const location = {href, search: new URL(href).search};
  const replaceState = vi.fn((_state: unknown, _title: string, url: string) => {
    location.href = url;
    location.search = new URL(url).search;
  });
  vi.stubGlobal("location", location);
  vi.stubGlobal("history", {state: null, replaceState});
  return location;
}

describe("claimFilterForm", () => {
  const form = claimFilterForm({counts, sections: ["Abstract", "Results"], document: pageDocument()});
  it("claimFilterForm: a fieldset of verdict checkboxes under its legend, each with its count, then a labelled select of sections", () => {
    expect(form.querySelector("fieldset legend")!.textContent).toBe("Verdict");
    expect([...form.querySelectorAll("fieldset label")].map((l) => [l.querySelector("input")!.value, l.textContent])).toEqual([
      ["inconsistent", " Inconsistent (13)"],
      ["ambiguous", " Ambiguous (9)"],
      ["not-checkable", " Not checkable (39)"],
      ["consistent", " Consistent (35)"]
    ]);
    expect(form.querySelector('label[for="claim-section"]')!.textContent).toBe("Section");
    expect([...form.querySelectorAll("#claim-section option")].map((o) => o.textContent)).toEqual([allSections, "Abstract", "Results"]);
  });
  it("claimFilterForm arrives with every verdict ticked and all sections, disabled until the script binds it", () => {
    expect([...form.querySelectorAll("input")].map((box) => box.hasAttribute("checked"))).toEqual([true, true, true, true]);
    expect(form.querySelector("option[selected]")!.textContent).toBe(allSections);
    expect([...form.querySelectorAll("input, select")].every((c) => c.hasAttribute("disabled"))).toBe(true);
  });
  it("setClaimFilterForm then readClaimFilterForm gives the filter back", () => {
    setClaimFilterForm(form, {verdicts: ["ambiguous", "consistent"], section: "Results"});
    expect(readClaimFilterForm(form)).toEqual({verdicts: ["ambiguous", "consistent"], section: "Results"});
  });
});

describe("showClaims", () => {
  it("showClaims hides the cards and rows the filter leaves out, in the cards and the table alike, and rewrites the count", () => {
    const page = auditPage();
    expect(showClaims(page.document, {verdicts: ["ambiguous"], section: allSections})).toBe(counts.ambiguous);
    expect(page.shownCards().map((a) => a.dataset.verdict)).toEqual(Array(counts.ambiguous).fill("ambiguous"));
    expect(page.shownRows().map((tr) => tr.dataset.claim)).toEqual(page.shownCards().map((a) => a.id.replace(/^claim-/, "")));
    expect(page.line()).toBe(`${counts.ambiguous} of ${claims.length} statements shown (Verdict: Ambiguous).`);
  });
  it("showClaims with nothing chosen hides the table and says no statement matches; choosing again brings them back", () => {
    const page = auditPage();
    expect(showClaims(page.document, {verdicts: [], section: allSections})).toBe(0);
    expect(page.document.getElementById("audit-no-match")!.hidden).toBe(false);
    expect((page.document.querySelector(".claim-table-wrap") as HTMLElement).hidden).toBe(true);
    expect(page.line()).toBe(`0 of ${claims.length} statements shown (no verdict ticked).`);
    showClaims(page.document, {verdicts: ["inconsistent", "ambiguous", "not-checkable", "consistent"], section: allSections});
    expect([page.shownCards().length, page.shownRows().length]).toEqual([claims.length, claims.length]);
    expect(page.document.getElementById("audit-no-match")!.hidden).toBe(true);
    expect((page.document.querySelector(".claim-table-wrap") as HTMLElement).hidden).toBe(false);
  });
});

describe("bindClaimFilter", () => {
  it("bindClaimFilter at ?verdict=inconsistent ticks that verdict only, shows its statements, enables the controls and keeps the URL", () => {
    const location = stubLocation("https://example.org/report/audit?verdict=inconsistent");
    const page = auditPage();
    bindClaimFilter(page.document, location.search);
    expect(readClaimFilterForm(page.form).verdicts).toEqual(["inconsistent"]);
    expect(page.shownCards()).toHaveLength(counts.inconsistent);
    expect(page.shownRows()).toHaveLength(counts.inconsistent);
    expect(page.line()).toBe(`${counts.inconsistent} of ${claims.length} statements shown (Verdict: Inconsistent).`);
    expect([...page.form.querySelectorAll("input, select")].some((c) => c.hasAttribute("disabled"))).toBe(false);
    expect(location.href).toBe("https://example.org/report/audit?verdict=inconsistent");
  });
  it("bindClaimFilter drops what the URL cannot mean (verdict=all, an unknown section) and keeps the cohort filters and hash", () => {
    const location = stubLocation("https://example.org/report/audit?sex=F&verdict=all&section=Nowhere#claim-x");
    const page = auditPage();
    bindClaimFilter(page.document, location.search);
    expect(page.shownCards()).toHaveLength(claims.length);
    expect(location.href).toBe("https://example.org/report/audit?sex=F#claim-x");
  });
  it("bindClaimFilter: a change of the controls filters again and writes only the non-default values to the URL", () => {
    const location = stubLocation("https://example.org/report/audit");
    const page = auditPage();
    bindClaimFilter(page.document, location.search);
    const box = (v: string) => page.form.querySelector<HTMLInputElement>(`input[value="${v}"]`)!;
    for (const v of ["ambiguous", "not-checkable", "consistent"]) box(v).checked = false;
    page.change();
    expect(location.href).toBe("https://example.org/report/audit?verdict=inconsistent");
    expect(page.shownCards()).toHaveLength(counts.inconsistent);
    page.form.querySelector<HTMLSelectElement>("#claim-section")!.value = "Abstract";
    page.change();
    expect(location.href).toBe("https://example.org/report/audit?verdict=inconsistent&section=Abstract");
    expect(page.shownCards().every((a) => JSON.parse(a.dataset.sections!).includes("Abstract"))).toBe(true);
    box("consistent").checked = true;
    page.change();
    expect(location.href).toBe("https://example.org/report/audit?section=Abstract");
  });
  it("bindClaimFilter on a page without the controls (an audit without statements) does nothing", () => {
    const document = pageDocument();
    document.body.innerHTML = '<p data-testid="audit-empty">Nothing to audit.</p>';
    expect(() => bindClaimFilter(document, "?verdict=inconsistent")).not.toThrow();
    expect(document.body.innerHTML).toBe('<p data-testid="audit-empty">Nothing to audit.</p>');
  });
});
