import {describe, expect, it} from "vitest";
import {buildCohort} from "../../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../../data-loaders/read-source.js";
import {overviewStory} from "../../../src/lib/prose/overviewStory.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));

describe("overviewStory", () => {
  it("overviewStory(patients) gives the whole series' figures the Overview quotes", () => {
    // Survival times add up to 342 months, 170 of them patient 1's (50%); 7 patients were followed under 24 months.
    expect(overviewStory(patients)).toEqual({
      n: "10",
      sites: "retroperitoneum (5), small bowel (3), pancreas (1), stomach (1)",
      synchronous: "2 patients (2 and 3)",
      interval: "in the others it appeared a median of 15 months after the primary resection",
      partial: "8 (80%)",
      margins: "The microscopic margin was positive in 1 patient (3).",
      deaths: "2 patients died (2 and 3), both of them among the synchronous patients, and 5 patients developed further metastases.",
      kmMedian: "not reached",
      followUp: "19 months",
      longest: "patient 1 was alive 170 months after resection",
      deathCount: "2 deaths",
      under2y: "7 (70%)",
      longestShare: "patient 1's 170 months make up 50% of all the follow-up in the series, so any average of survival times mostly reflects one patient",
      seriesOutcome: "2 deaths; Kaplan–Meier median survival not reached; median follow-up 19 months"
    });
  });
  it("overviewStory of a series with no death and no synchronous patient says so instead of listing nobody", () => {
    const story = overviewStory(patients.filter((p) => !p.dead));
    expect(story.deaths).toBe("No patient died, and 3 patients developed further metastases.");
    expect(story.synchronous).toBe("no patient");
    expect(story.margins).toBe("No margin was positive.");
  });
  it("overviewStory of a series where no patient holds half the follow-up does not say an average reflects one patient", () => {
    // Without patient 1 (170 months), patient 10's 47 of 172 months are 27% of the follow-up.
    const story = overviewStory(patients.filter((p) => p.id !== 1));
    expect(story.longestShare).toMatch(/^patient \d+'s \d+ months make up \d+% of all the follow-up in the series$/);
  });
});
