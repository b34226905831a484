import {describe, expect, it} from "vitest";
import {timesOnOneAxis} from "../../../data-loaders/checks/times-on-one-axis.js";
import {followUp, patient, tableEvents} from "./fixtures.js";

const data = (...patients: ReturnType<typeof patient>[]) => ({patients, timeline: patients.flatMap(tableEvents)});

describe("timesOnOneAxis", () => {
  it("passes when every dated event lies between the liver resection and the last contact, and names the patients who decide the origin", () => {
    const p8 = patient(8, {survivalMonths: 18, monthsToLiverMetastasis: 19});
    const {patients, timeline} = data(patient(1), p8);
    const result = timesOnOneAxis.run({patients, timeline: [...timeline, followUp(1, 10), followUp(1, 24)]});
    expect(result.verdict).toBe("pass");
    expect(result.summary).toBe("Counted from the liver resection, all 2 patients' primary resection, dated events and last follow-up fall in order; patient 8 would not fit counted from the primary resection.");
    expect(result.patients).toEqual([8]);
    expect(result.findings).toEqual([
      {
        patient: 8,
        text: "alive at 18 months with 19 months from the primary resection to the liver metastasis: counted from the primary resection, the follow-up would end before the liver metastasis, so these times fit one axis only counted from the liver resection."
      }
    ]);
  });
  it("with no patient deciding the origin, passes and says the series does not show which origin its times use", () => {
    const result = timesOnOneAxis.run(data(patient(1), patient(2, {dead: true, survivalMonths: 15})));
    expect(result.verdict).toBe("pass");
    expect(result.summary).toMatch(/; no patient's times decide the origin\.$/);
    expect(result.findings).toEqual([
      {patient: null, text: "No patient's times decide the origin: every patient's times would also fit counted from the primary resection, so the series does not show which origin its survival times use (the report counts them from the liver resection)."}
    ]);
    expect(result.patients).toEqual([]);
  });
  it("names a patient who died before their interval to liver metastasis had run: counted from the primary resection, death would precede the metastasis", () => {
    const result = timesOnOneAxis.run(data(patient(1), patient(2, {dead: true, survivalMonths: 5})));
    expect(result.verdict).toBe("pass");
    expect(result.patients).toEqual([2]);
    expect(result.findings[0]).toEqual({
      patient: 2,
      text: "died at 5 months with 12 months from the primary resection to the liver metastasis: counted from the primary resection, the follow-up would end before the liver metastasis, so these times fit one axis only counted from the liver resection."
    });
  });
  it("fails when a dated event falls after the last contact, naming the event and both times", () => {
    const {patients, timeline} = data(patient(1), patient(2));
    const result = timesOnOneAxis.run({patients, timeline: [...timeline, followUp(1, 30, null, "Repeat hepatectomy")]});
    expect(result.verdict).toBe("fail");
    expect(result.summary).toBe("Counted from the liver resection, the times of 1 of 2 patients do not fall in order (patient 1); no patient's times decide the origin.");
    expect(result.findings[0]).toEqual({patient: 1, text: "“Repeat hepatectomy” at 30 months falls after the last contact or death at 24 months."});
  });
  it("fails when a dated event falls before the liver resection (only the table's primary resection may)", () => {
    const {patients, timeline} = data(patient(3));
    const result = timesOnOneAxis.run({patients, timeline: [...timeline, {...followUp(3, -2), label: "Recurrence"}]});
    expect(result).toMatchObject({verdict: "fail", patients: [3]});
    expect(result.findings[0]!.text).toBe("“Recurrence” at -2 months falls before the liver resection.");
  });
  it("leaves out a patient without a survival time; with none it is not applicable", () => {
    expect(timesOnOneAxis.run(data(patient(1), patient(2, {survivalMonths: null}))).summary).toMatch(/\(1 patient without a recorded survival or interval left out\)\.$/);
    expect(timesOnOneAxis.run(data(patient(2, {survivalMonths: null}))).verdict).toBe("not applicable");
  });
});
