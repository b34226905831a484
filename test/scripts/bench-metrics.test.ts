import {describe, expect, it} from "vitest";
import {clickOrder, interactionToNextPaint, quantile, residentMemory, tabRenderer} from "../../scripts/bench-metrics.js";

describe("quantile", () => {
  it("quantile([10, 20, 30, 40], q) interpolates between order statistics, whatever the input order", () => {
    expect(quantile([40, 10, 30, 20], 0.5)).toBe(25);
    expect(quantile([10, 20, 30, 40], 0.95)).toBeCloseTo(38.5, 10);
    expect(quantile([10, 20, 30, 40], 1)).toBe(40);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it("quantile([], q) is NaN, not a figure", () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe("interactionToNextPaint", () => {
  it("an interaction lasts as long as its longest entry; entries without an interaction are ignored", () => {
    const entries = [
      {interactionId: 1, duration: 24},
      {interactionId: 1, duration: 40}, // the click of the same press, longer
      {interactionId: 0, duration: 200}, // a pointerover: no interaction
      {interactionId: 2, duration: 32}
    ];
    expect(interactionToNextPaint(entries, 2)).toBe(40);
  });

  it("below 50 interactions INP is the worst one", () => {
    const entries = Array.from({length: 49}, (_, i) => ({interactionId: i + 1, duration: 16 + i}));
    expect(interactionToNextPaint(entries, 49)).toBe(64);
  });

  it("from 50 interactions one in every 50 is forgiven, counting those too short to be observed", () => {
    const slow = [300, 200, 100].map((duration, i) => ({interactionId: i + 1, duration}));
    // 3 entries observed, but Chrome counted 101 interactions: the two worst are forgiven.
    expect(interactionToNextPaint(slow, 101)).toBe(100);
    expect(interactionToNextPaint(slow, 50)).toBe(200);
    // Never past the shortest observed interaction.
    expect(interactionToNextPaint(slow.slice(0, 1), 400)).toBe(300);
  });

  it("no interaction reaching the threshold gives null, not 0", () => {
    expect(interactionToNextPaint([{interactionId: 0, duration: 48}], 20)).toBeNull();
    expect(interactionToNextPaint([], 0)).toBeNull();
  });
});

describe("clickOrder", () => {
  it("clickOrder(29, 100) walks every seventh box and reaches each of the 29", () => {
    const order = clickOrder(29, 100);
    expect(order.slice(0, 5)).toEqual([0, 7, 14, 21, 28]);
    expect(new Set(order).size).toBe(29);
  });

  it("clickOrder(14, 28) moves to a stride prime to 14, so no box is skipped", () => {
    const order = clickOrder(14, 28);
    expect(new Set(order).size).toBe(14);
    expect(order[1]).toBe(9); // stride 9: 7 and 8 share a factor with 14
  });

  it("clickOrder(0, n) refuses: a page without filter boxes cannot be measured", () => {
    expect(() => clickOrder(0, 10)).toThrow("no filter box to click (found 0)");
  });
});

describe("tabRenderer", () => {
  const before = [
    {type: "browser", id: 1, cpuTime: 5},
    {type: "renderer", id: 2, cpuTime: 0.02}, // the spare renderer
    {type: "renderer", id: 3, cpuTime: 0.8}, // the tab's
    {type: "renderer", id: 4, cpuTime: 0.9} // left by an earlier navigation
  ];

  it("picks the renderer whose CPU time rose while the page spun, not the busiest overall", () => {
    const after = [
      {type: "browser", id: 1, cpuTime: 6},
      {type: "renderer", id: 2, cpuTime: 0.02},
      {type: "renderer", id: 3, cpuTime: 1.1},
      {type: "renderer", id: 4, cpuTime: 0.91}
    ];
    expect(tabRenderer(before, after, 0.1)).toBe(3);
  });

  it("gives null when no renderer gained enough CPU time to be sure", () => {
    const after = before.map((p) => ({...p, cpuTime: p.cpuTime + 0.01}));
    expect(tabRenderer(before, after, 0.1)).toBeNull();
  });

  it("gives null when another renderer gained more than half as much: two busy renderers cannot be told apart", () => {
    const after = [
      {type: "renderer", id: 2, cpuTime: 0.02},
      {type: "renderer", id: 3, cpuTime: 1.2},
      {type: "renderer", id: 4, cpuTime: 1.15}
    ];
    expect(tabRenderer(before, after, 0.1)).toBeNull();
  });

  it("counts a renderer that appeared during the spin from zero", () => {
    const after = [...before, {type: "renderer", id: 9, cpuTime: 0.5}];
    expect(tabRenderer(before, after, 0.1)).toBe(9);
  });
});

describe("residentMemory", () => {
  it("reads Rss and Pss from smaps_rollup in bytes", () => {
    const text = "55d0c0a00000-7ffd1b3fe000 ---p 00000000 00:00 0 [rollup]\nRss:              189416 kB\nPss:               94388 kB\nPss_Dirty:         80000 kB\n";
    expect(residentMemory(text)).toEqual({rss: 189416 * 1024, pss: 94388 * 1024});
  });

  it("refuses a text without the lines", () => {
    expect(() => residentMemory("Size: 4 kB\n")).toThrow("smaps_rollup: no Rss line");
  });
});
