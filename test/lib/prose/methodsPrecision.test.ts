import {describe, expect, it} from "vitest";
import {methodsPrecision, precisionClause} from "../../../src/lib/prose/methodsPrecision.js";

/** A series of `n` patients, the first `deaths` of them dead. */
const series = (n: number, deaths: number) => Array.from({length: n}, (_, i) => ({dead: i < deaths}));

describe("methodsPrecision", () => {
  it("the bundled article's 10 patients and 2 deaths: imprecise estimates, a significant test resting on one or two deaths", () => {
    expect(methodsPrecision(series(10, 2))).toEqual({
      title: "What 10 patients can show.",
      text: "With 10 patients and 2 deaths, estimates are imprecise, confidence intervals are wide, and a test between groups has almost no power: a non-significant result is not evidence of no difference, and a significant one would rest on one or two deaths."
    });
  });

  it("one death is singular and the test would rest on that death", () => {
    const {text} = methodsPrecision(series(7, 1));
    expect(text).toMatch(/^With 7 patients and 1 death, estimates are imprecise/);
    expect(text).toMatch(/would rest on that single death\.$/);
  });

  it("no death: no median survival, no log-rank comparison, and nothing said about deaths a test would rest on", () => {
    const {title, text} = methodsPrecision(series(4, 0));
    expect(title).toBe("What 4 patients can show.");
    expect(text).toMatch(/^With 4 patients and no death, survival cannot be estimated beyond the follow-up itself/);
    expect(text).toContain("no median survival is reached");
    expect(text).toMatch(/Proportions are imprecise and their confidence intervals wide\.$/);
    expect(text).not.toMatch(/rest on/);
  });

  it("a large series without deaths calls its proportions reasonably precise", () => {
    expect(methodsPrecision(series(200, 0)).text).toMatch(/^With 200 patients and no death, .*Proportions of the whole series are reasonably precise/);
  });

  it("a small series with many deaths says the test has little power, not almost none, and rests on a few deaths", () => {
    const {text} = methodsPrecision(series(40, 25));
    expect(text).toContain("has little power");
    expect(text).toMatch(/rest on a few deaths\.$/);
  });

  it("a large series with few deaths is precise for proportions but not for survival", () => {
    expect(methodsPrecision(series(300, 4)).text).toMatch(/^With 300 patients and 4 deaths, proportions are reasonably precise, but survival rests on few deaths/);
  });

  it("a registry-sized series is not called imprecise", () => {
    const {title, text} = methodsPrecision(series(10000, 3000));
    expect(title).toBe("What 10,000 patients can show.");
    expect(text).toMatch(/^With 10,000 patients and 3,000 deaths, estimates for the whole series are reasonably precise/);
    expect(text).not.toMatch(/imprecise|almost no power/);
  });

  it("one patient or none: no estimate, no interval, no comparison", () => {
    expect(methodsPrecision(series(1, 1))).toEqual({
      title: "What a single patient can show.",
      text: "Only that patient's course: there is no spread to estimate, no confidence interval to give and no group to compare."
    });
    expect(methodsPrecision([])).toEqual({title: "What an empty series can show.", text: "Nothing: there is no patient to describe and no estimate to make."});
  });

  it("an unknown vital status (null) is not counted as a death", () => {
    expect(methodsPrecision([{dead: null}, {dead: true}, {dead: false}]).text).toMatch(/^With 3 patients and 1 death,/);
  });
});

describe("precisionClause", () => {
  it("precisionClause(10, 2) warns of wide uncertainty and descriptive comparisons", () => {
    expect(precisionClause(10, 2)).toBe("survival estimates carry wide uncertainty, and any comparison between subgroups is descriptive");
  });
  it("precisionClause(2000, 500) calls the whole series reasonably precise, not its small subgroups", () => {
    expect(precisionClause(2000, 500)).toMatch(/^survival estimates for the whole series are reasonably precise, but not those of small subgroups/);
  });
  it("precisionClause(2000, 5) still warns: few deaths make survival imprecise whatever the number of patients", () => {
    expect(precisionClause(2000, 5)).toMatch(/wide uncertainty/);
  });
});
