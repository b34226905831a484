import {describe, expect, it} from "vitest";
import {eventsWithinFollowUp} from "../../../data-loaders/checks/events-within-follow-up.js";
import {followUp, patient, tableEvents} from "./fixtures.js";

describe("eventsWithinFollowUp", () => {
  it("is not applicable when the events file has no rows (only the tables' events)", () => {
    const patients = [patient(1), patient(2)];
    expect(eventsWithinFollowUp.run({patients, timeline: patients.flatMap(tableEvents)})).toEqual({
      verdict: "not applicable",
      summary: "The series lists no follow-up events, so there is nothing to place within follow-up.",
      patients: [],
      findings: []
    });
  });
  it("passes events at or before the last contact, an undated one held to its earliest time", () => {
    const result = eventsWithinFollowUp.run({patients: [patient(1), patient(2)], timeline: [followUp(1, 24), followUp(1, null, 10), followUp(2, 3)]});
    expect(result).toEqual({
      verdict: "pass",
      summary: "All 3 follow-up events, of 2 patients, fall at or before the last contact or death; 1 undated, held to the earliest time the text allows.",
      patients: [],
      findings: []
    });
  });
  it("fails a dated event after death, and an undated one whose earliest time is after the last contact", () => {
    const result = eventsWithinFollowUp.run({
      patients: [patient(1, {dead: true, survivalMonths: 14}), patient(2)],
      timeline: [followUp(1, 20, null, "Repeat hepatectomy"), followUp(2, null, 30, "Radiotherapy")]
    });
    expect(result.verdict).toBe("fail");
    expect(result.summary).toBe("Follow-up events fall after the last contact or death for 2 of 2 patients with events (patients 1 and 2).");
    expect(result.findings).toEqual([
      {patient: 1, text: "“Repeat hepatectomy” at 20 months, after the death at 14 months."},
      {patient: 2, text: "“Radiotherapy” no earlier than 30 months, after the last contact at 24 months."}
    ]);
  });
  it("leaves out a patient with events but no survival time, and says so", () => {
    const result = eventsWithinFollowUp.run({patients: [patient(1), patient(2, {survivalMonths: null})], timeline: [followUp(1, 2), followUp(2, 50)]});
    expect(result).toMatchObject({verdict: "pass", summary: "The one follow-up event falls at or before the last contact or death (1 patient with events but no recorded survival time left out)."});
    expect(eventsWithinFollowUp.run({patients: [patient(2, {survivalMonths: null})], timeline: [followUp(2, 50)]}).verdict).toBe("not applicable");
  });
});
