import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {dataSource, registryClause} from "../../../src/lib/prose/dataSource.js";

const {study, timeline} = buildCohort(readSourceFolder(bundledSourceDir));

describe("dataSource: where the Data page says the rows come from", () => {
  it("dataSource(article.notes, timeline) of the bundled article says how it was checked and counts the events from the Results", () => {
    const fromText = timeline.filter((e) => e.source === "Results");
    const patients = new Set(fromText.map((e) => e.patient)).size;
    expect(dataSource(study.article.notes, timeline)).toBe(
      "The article's Tables 1 and 2 are transcribed cell for cell into tab-separated files, footnote markers and all, and the transcription was checked against the article twice. " +
        `Events that only the Results text gives (${fromText.length} events of ${patients} patients) are in a third file, each with the fragment of the sentence it came from.`
    );
  });
  it("dataSource without a transcription note does not claim the source was checked", () => {
    expect(dataSource({}, timeline)).not.toMatch(/checked|cell for cell/);
  });
  it("dataSource of a series whose text gives no event says every event is read from the tables", () => {
    expect(dataSource({}, timeline.filter((e) => e.source !== "Results"))).toBe("No event comes from the article's text alone: every event is read from the tables.");
  });
  it("dataSource counts one event of one patient in the singular", () => {
    expect(dataSource({}, [{patient: 4, source: "Results"}])).toBe(
      "Events that only the Results text gives (1 event of 1 patient) are in a third file, each with the fragment of the sentence it came from."
    );
  });
  it("registryClause names the registry's size when there is one, and is empty when there is none", () => {
    expect(registryClause({patients: 476})).toBe("; the centre's sarcoma registry held 476 patients with leiomyosarcoma");
    expect(registryClause(undefined)).toBe("");
  });
});
