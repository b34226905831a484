import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {eventTable, type EventTableOptions, type TableEvent} from "../../src/components/eventTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {timeline} = buildCohort(readSourceFolder(bundledSourceDir));

const render = (events: readonly TableEvent[], options: Omit<EventTableOptions, "document">) => eventTable(events, {document: doc, ...options});
const rows = (table: HTMLTableElement) => [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
const headings = (table: HTMLTableElement) => [...table.querySelectorAll("thead th")].map((th) => th.textContent);
const links = (table: HTMLTableElement) => [...table.querySelectorAll("tbody a")].map((a) => [a.getAttribute("href"), a.textContent]);

// As on the survival page: events the article gives without a time.
const untimed = timeline.filter((e) => e.monthsFromLiverResection === null);
// As on the treatment page: treatments after the liver resection that the Results report.
const later = timeline.filter((e) => e.source === "Results" && ["chemotherapy", "radiotherapy", "resection", "ablation"].includes(e.kind));

describe("eventTable of the untimed events (survival page)", () => {
  const table = render(untimed, {caption: "Events the article gives without a time (not drawn above)", columns: ["patient", "event", "notBefore", "source"]});

  it("eventTable(untimed, {columns: patient, event, notBefore, source}) has those headings and the caption", () => {
    expect(headings(table)).toEqual(["Patient", "Event", "Not before", "Source"]);
    expect(table.querySelector("caption")!.textContent).toBe("Events the article gives without a time (not drawn above)");
  });
  it("eventTable(untimed) lists the 12 untimed events, the first patient 1's adjuvant treatment, not before -16 mo", () => {
    expect(rows(table)).toHaveLength(12);
    expect(rows(table)[0]).toEqual([
      "1",
      "Adjuvant treatment after primary surgery: CTx (cisplatin+ifosfamide, 6 cycles), RTx (58 Gy/29 fx)",
      "-16 mo",
      "Table 1, “Adjuvant treatment after primary surgery”: “CTx (cisplatin+ifosfamide, 6 cycles), RTx (58 Gy/29 fx)”; " +
        "Table 1, “Period to liver metastasis (mo)a)”: “16”"
    ]);
  });
  it("eventTable(untimed) gives patient 3's cancelled chemotherapy as not before 10 mo, citing its Results sentence and the recurrence's", () => {
    expect(rows(table)).toContainEqual([
      "3",
      "Further chemotherapy planned but cancelled because of severe cytopenia",
      "10 mo",
      "Results: “Additional CTx was planned but canceled due to severe cytopenia”; " +
        "Results: “was diagnosed with multiple liver metastases 10 months after surgery”"
    ]);
  });
  it("eventTable(untimed) cites a table event by its table and printed column", () => {
    expect(rows(table)).toContainEqual([
      "9",
      "Additional metastasis after hepatectomy: Peritoneal carcinomatosis",
      "0 mo",
      "Table 1, “Additional metastasis after hepatectomy”: “Peritoneal carcinomatosis”"
    ]);
  });
  it("eventTable(untimed) links each patient number to the patient's card", () => {
    expect(links(table).map(([href]) => href)).toEqual(untimed.map((e) => `./patients#patient-${e.patient}`));
    expect(links(table)[0]).toEqual(["./patients#patient-1", "1"]);
  });
  it("eventTable marks the time column as numeric and the source as muted", () => {
    const first = table.querySelectorAll("tbody tr")[0]!.querySelectorAll("td");
    expect([...first].map((td) => td.className)).toEqual(["", "", "num", "muted"]);
  });
});

describe("eventTable of the later treatments (treatment page)", () => {
  const table = render(later, {
    caption: "Treatments at or after the liver resection that the Results report, in months from the liver resection",
    columns: ["patient", "when", "event", "words"],
    headings: {event: "Treatment", words: "The article’s words (Results)"}
  });

  it("eventTable(later, {headings}) renames the event and words columns", () => {
    expect(headings(table)).toEqual(["Patient", "When", "Treatment", "The article’s words (Results)"]);
  });
  it('eventTable(later) gives timed events as "40 months" and untimed ones as "time not given (after 0 months)"', () => {
    expect(rows(table).map(([patient, when]) => [patient, when])).toEqual([
      ["1", "time not given (after 0 months)"],
      ["1", "40 months"],
      ["1", "54 months"],
      ["1", "85 months"],
      ["3", "time not given (after 10 months)"],
      ["6", "0 months"],
      ["6", "time not given (after 0 months)"],
      ["7", "0 months"]
    ]);
  });
  it("eventTable(later) quotes the article's words alone", () => {
    expect(rows(table)[1]).toEqual([
      "1",
      "40 months",
      "Repeat partial hepatectomy for liver metastasis",
      "“had additional partial hepatectomy 40 months later due to metastasis”"
    ]);
  });
});

describe("eventTable edge cases", () => {
  const event: TableEvent = {patient: 4, label: "Something", monthsFromLiverResection: null, notBeforeMonths: null, source: "Results", fragment: null};

  it("eventTable of an event with neither time nor bound nor words leaves them out rather than printing null", () => {
    const table = render([event], {caption: "c", columns: ["when", "notBefore", "source", "words"]});
    expect(rows(table)).toEqual([["time not given", "–", "Results", ""]]);
  });
  it("eventTable([]) draws the headings and an empty body", () => {
    const table = render([], {caption: "c", columns: ["patient", "event"]});
    expect(headings(table)).toEqual(["Patient", "Event"]);
    expect(rows(table)).toEqual([]);
  });
  it("eventTable cites every source of an event: table, printed column and cell, or section and words", () => {
    const cell = {table: "Table 2", column: "Surgical procedure", row: 3, fragment: "Partial hepatectomy"};
    const words = {table: "Results", column: null, row: null, fragment: "had a partial hepatectomy"};
    const table = render([{...event, source: "Table 2", fragment: cell.fragment, sources: [cell, words]}], {caption: "c", columns: ["source", "words"]});
    expect(rows(table)).toEqual([["Table 2, “Surgical procedure”: “Partial hepatectomy”; Results: “had a partial hepatectomy”", "“Partial hepatectomy”"]]);
  });
  it("eventTable sets labels and words as text, never as HTML", () => {
    const table = render([{...event, label: "<b>bold</b>", fragment: "<script>x()</script>"}], {caption: "<i>c</i>", columns: ["event", "source"]});
    expect(table.querySelector("b, script, i")).toBeNull();
    expect(rows(table)).toEqual([["<b>bold</b>", "Results: “<script>x()</script>”"]]);
    expect(table.querySelector("caption")!.textContent).toBe("<i>c</i>");
  });
});

describe("eventTable({maxRows})", () => {
  it("eventTable(events, {maxRows: 2}) shows the first two rows and says how many there are", () => {
    const events = [1, 2, 3].map((patient) => ({patient, label: `event ${patient}`, monthsFromLiverResection: patient, notBeforeMonths: null, source: "Results", fragment: null}));
    const table = render(events, {caption: "Events", columns: ["patient", "event"], maxRows: 2});
    expect(table.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(table.querySelector("caption")!.textContent).toBe("Events (the first 2 of 3)");
  });
});
