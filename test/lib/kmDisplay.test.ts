import {describe, expect, it} from "vitest";
import {logRankGate, survivalWindow} from "../../src/lib/kmDisplay.js";
import type {Subject} from "../../src/lib/survival.js";

const dead = (...times: number[]): Subject[] => times.map((time) => ({time, event: true}));
const alive = (...times: number[]): Subject[] => times.map((time) => ({time, event: false}));
// Table 1, overall survival from liver resection: patients 2 and 3 died.
const cohort = [...alive(170), ...dead(24, 14), ...alive(20, 18, 19, 40, 18, 11, 8)];

describe("survivalWindow", () => {
  it("survivalWindow(article cohort) ends at 36 months, where 2 of 10 remain at risk, and says 2 are followed beyond", () => {
    expect(survivalWindow(cohort)).toEqual({end: 36, fullEnd: 170, truncated: true, atRiskAtEnd: 2, followedBeyond: 2, deathsBeyond: 0, minAtRisk: 2});
  });
  it("survivalWindow keeps the whole follow-up when cutting would save less than one 12-month break", () => {
    const w = survivalWindow([...alive(30, 30, 34), ...dead(10)]);
    expect(w).toMatchObject({end: 34, fullEnd: 34, truncated: false, followedBeyond: 0});
    expect(survivalWindow([...alive(30, 30, 40), ...dead(10)])).toMatchObject({end: 24, truncated: true, followedBeyond: 3});
  });
  it("survivalWindow counts deaths it would hide, and scales the floor to a tenth of a large series", () => {
    const many = [...alive(...Array.from({length: 90}, () => 12)), ...dead(100, 110), ...alive(...Array.from({length: 8}, () => 120))];
    const w = survivalWindow(many);
    expect(w.minAtRisk).toBe(10);
    expect(w).toMatchObject({end: 96, truncated: true, followedBeyond: 10, deathsBeyond: 2});
  });
  it("survivalWindow(the 3 men: 24 dead, 11, 8) shows the whole follow-up: fewer than 2 remain at risk even at 12 months", () => {
    expect(survivalWindow([...dead(24), ...alive(11, 8)])).toMatchObject({end: 24, fullEnd: 24, truncated: false});
  });
  it("survivalWindow of no patient or of one patient is the whole (empty or single) follow-up", () => {
    expect(survivalWindow([])).toMatchObject({end: 0, fullEnd: 0, truncated: false});
    expect(survivalWindow(alive(170))).toMatchObject({end: 170, truncated: false});
  });
});

describe("logRankGate", () => {
  it("logRankGate withholds the test with 2 deaths in all, naming the rule", () => {
    const gate = logRankGate([{n: 5, events: 2}, {n: 5, events: 0}]);
    expect(gate.testable).toBe(false);
    expect(gate.reason).toBe("there are 2 deaths in all, fewer than 5");
  });
  it("logRankGate withholds the test when a group has fewer than 5 patients", () => {
    expect(logRankGate([{n: 20, events: 6}, {n: 3, events: 1}]).reason).toBe("a group has fewer than 5 patients (the smallest has 3)");
  });
  it("logRankGate allows the test for groups of at least 5 patients with at least 5 deaths", () => {
    expect(logRankGate([{n: 21, events: 9}, {n: 21, events: 21}])).toEqual({testable: true, reason: null});
  });
  it("logRankGate of one group is not a comparison", () => {
    expect(logRankGate([{n: 10, events: 2}]).testable).toBe(false);
  });
});
