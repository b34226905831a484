import {existsSync, readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {parseEvents} from "../../data-loaders/events.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {table1Columns} from "../../data-loaders/table1.js";
import {table2Columns} from "../../data-loaders/table2.js";
import {buildTimeline, type EventSource, type TimelineEvent} from "../../data-loaders/timeline.js";

const texts = readSourceFolder(bundledSourceDir);
const {patients, timeline} = buildCohort(texts);
const textEvents = parseEvents(texts.events);
const patient = (id: number) => patients.find((p) => p.id === id)!;
const printedColumns: Record<string, readonly string[]> = {"Table 1": table1Columns, "Table 2": table2Columns};
const verbatimOf = (id: number, table: string) => (table === "Table 1" ? patient(id).verbatim.table1 : patient(id).verbatim.table2);
const tableEvents = timeline.filter((e) => e.source !== "Results");
const textTimeline = timeline.filter((e) => e.source === "Results");
const sourcesOf = (e: TimelineEvent): EventSource[] => e.sources ?? [];
const name = (e: TimelineEvent) => `patient ${e.patient} ${e.event}`;

describe("buildTimeline(bundled cohort): every event cites where it came from", () => {
  it("buildTimeline gives every event at least one source, the first one's table and words as source and fragment", () => {
    for (const e of timeline) {
      expect(sourcesOf(e).length, name(e)).toBeGreaterThan(0);
      expect([e.source, e.fragment], name(e)).toEqual([sourcesOf(e)[0]!.table, sourcesOf(e)[0]!.fragment]);
    }
  });
  it("a table event's words are a printed cell of the table it names (the index hepatectomy is in Table 2)", () => {
    for (const e of tableEvents) {
      expect(Object.values(verbatimOf(e.patient, e.source)), name(e)).toContain(e.fragment);
    }
  });
  it("every table source is the verbatim cell of its table, printed column and the event's own row", () => {
    const cited = tableEvents.flatMap((e) => sourcesOf(e).map((s) => ({e, s})));
    expect(cited.length).toBeGreaterThanOrEqual(tableEvents.length);
    for (const {e, s} of cited) {
      expect(s.table, name(e)).not.toBe("Results");
      expect(printedColumns[s.table], `${name(e)}: "${s.column}"`).toContain(s.column);
      expect(s.row, name(e)).toBe(e.patient);
      expect(s.fragment, `${name(e)}: ${s.table} "${s.column}"`).toBe(verbatimOf(s.row!, s.table)[s.column!]);
    }
  });
  it("each kind of table event cites the columns it rests on: what happened first, then when", () => {
    const expected: Record<string, string[]> = {
      "primary-resection": ["Table 1 Surgical procedure for primary lesion", "Table 1 Period to liver metastasis (mo)a)"],
      "index-hepatectomy": ["Table 2 Surgical procedure"],
      "adjuvant-after-primary": ["Table 1 Adjuvant treatment after primary surgery", "Table 1 Period to liver metastasis (mo)a)"],
      "additional-metastasis": ["Table 1 Additional metastasis after hepatectomy"],
      "death": ["Table 1 Overall survival period (mo)"],
      "last-contact": ["Table 1 Overall survival period (mo)"]
    };
    for (const e of tableEvents) {
      expect(Object.keys(expected), `${name(e)} is a table event the test knows`).toContain(e.event);
      expect(sourcesOf(e).map((s) => `${s.table} ${s.column}`), name(e)).toEqual(expected[e.event]);
    }
  });
  it("buildTimeline cites patient 3's partial hepatectomy as Table 2, “Surgical procedure”, row 3", () => {
    const index = timeline.find((e) => e.patient === 3 && e.event === "index-hepatectomy")!;
    expect(index.sources).toEqual([{table: "Table 2", column: "Surgical procedure", row: 3, fragment: "Partial hepatectomy"}]);
    expect(index.source).toBe("Table 2");
  });
  it("buildTimeline cites patient 2's synchronous primary resection by its operation and its footnoted interval", () => {
    const primary = timeline.find((e) => e.patient === 2 && e.event === "primary-resection")!;
    expect(primary.sources).toEqual([
      {table: "Table 1", column: "Surgical procedure for primary lesion", row: 2, fragment: "Small bowel resection and anastomosis"},
      {table: "Table 1", column: "Period to liver metastasis (mo)a)", row: 2, fragment: "0b)"}
    ]);
  });
});

describe("buildTimeline(bundled cohort): Results events cite the sentence of their events.tsv row", () => {
  const rowOf = (e: TimelineEvent) => textEvents.find((r) => r.values.Patient === e.patient && r.values.Event === e.event);

  it("every Results event comes from one events.tsv row, and its first source is that row's fragment", () => {
    expect(textTimeline).toHaveLength(textEvents.length);
    for (const e of textTimeline) {
      const row = rowOf(e);
      expect(row, name(e)).toBeDefined();
      expect(sourcesOf(e)[0], name(e)).toEqual({table: "Results", column: null, row: null, fragment: row!.values["Source fragment (Results)"]});
    }
  });
  it("a Results event timed from an earlier event also cites that event's sentences (patient 1's thigh excisions)", () => {
    const chain = (patient: number, event: string): string[] => {
      const row = textEvents.find((r) => r.values.Patient === patient && r.values.Event === event);
      return row ? [row.values["Source fragment (Results)"], ...chain(patient, row.values.Anchor)] : [];
    };
    for (const e of textTimeline) {
      const expected = chain(e.patient, e.event);
      expect(sourcesOf(e).map((s) => s.fragment), name(e)).toEqual(expected);
      expect(sourcesOf(e).every((s) => s.table === "Results" && s.column === null && s.row === null), name(e)).toBe(true);
    }
    const thigh = timeline.find((e) => e.patient === 1 && e.event === "thigh-excision-2")!;
    expect(thigh.sources.map((s) => s.fragment)).toEqual([
      "had wide local excisions of metastatic masses in the left thigh twice, 14 months and 45 months after the last hepatectomy",
      "had additional partial hepatectomy 40 months later due to metastasis"
    ]);
  });

  // The article's text is not part of the source folder; where the shared copy is at hand, the fragments are
  // checked against its Results section word for word.
  const articlePath = new URL("../../../shared/source/article.txt", import.meta.url);
  it.runIf(existsSync(articlePath))("every Results fragment occurs word for word in the article's Results section", () => {
    const article = readFileSync(articlePath, "utf8");
    const results = article.slice(article.indexOf("\nRESULTS\n"), article.indexOf("\nDISCUSSION\n"));
    expect(results.length).toBeGreaterThan(1000);
    for (const e of textTimeline) for (const s of sourcesOf(e)) expect(results, name(e)).toContain(s.fragment);
  });
});

describe("buildTimeline on its own", () => {
  it("buildTimeline(patients, []) gives the table events only, each citing its own patient's row", () => {
    const alone = buildTimeline([patient(5)], []);
    expect(alone.map((e) => e.event)).toEqual(["primary-resection", "adjuvant-after-primary", "index-hepatectomy", "last-contact"]);
    expect(alone.flatMap((e) => e.sources.map((s) => s.row))).toEqual([5, 5, 5, 5, 5, 5]);
    expect(alone.find((e) => e.event === "index-hepatectomy")!.fragment).toBe("Right hepatectomy");
  });
});
