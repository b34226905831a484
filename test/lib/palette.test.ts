import {describe, expect, it} from "vitest";
import {groupColors, siteColor, sitePalette} from "../../src/lib/palette.js";

const patientsAt = (sites: string[]) => sites.flatMap((site, i) => Array.from({length: sites.length - i}, () => ({primarySite: site})));

describe("sitePalette", () => {
  it("sitePalette colours the article's four sites by frequency from Okabe–Ito", () => {
    const palette = sitePalette(patientsAt(["Retroperitoneum", "Small bowel", "Pancreas", "Stomach"]));
    expect(palette.domain).toEqual(["Retroperitoneum", "Small bowel", "Pancreas", "Stomach"]);
    expect(palette.range).toEqual(["#0072B2", "#E69F00", "#009E73", "#CC79A7"]);
  });
  it("sitePalette gives each of 30 sites its own colour: no colour repeats past Okabe–Ito's eight", () => {
    const sites = Array.from({length: 30}, (_, i) => `Site ${String(i).padStart(2, "0")}`);
    const palette = sitePalette(patientsAt(sites));
    expect(new Set(palette.range).size).toBe(30);
    expect(palette.color("Site 08")).toBe("#332288");
    expect(palette.color("Site 17")).toBe("hsl(137.5 55% 42%)");
  });
});

describe("siteColor", () => {
  it("siteColor(i) is Okabe–Ito for 0-7, Tol's muted scheme for 8-16, then golden-angle hues", () => {
    expect([siteColor(0), siteColor(7), siteColor(8), siteColor(16), siteColor(18)]).toEqual([
      "#0072B2", "#999999", "#332288", "#AA4499", "hsl(275.0 55% 42%)"
    ]);
  });
});

describe("groupColors", () => {
  it("groupColors(null) colours nine groups of a split with nine colours", () => {
    const color = groupColors(null);
    expect(new Set(Array.from({length: 9}, (_, i) => color(`group ${i}`, i))).size).toBe(9);
    expect(color("Female", 0)).toBe("#0072B2");
  });
  it("groupColors(sites) keeps each site's own colour whatever its place in the split", () => {
    const sites = sitePalette(patientsAt(["Retroperitoneum", "Stomach"]));
    expect(groupColors(sites)("Stomach", 0)).toBe("#E69F00");
  });
});
