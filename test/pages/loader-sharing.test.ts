/**
 * scripts/build.ts runs every loader in one process, and readCohort() hands them all one parse of the datasets.
 * That is safe only if no loader writes to the cohort it is given: with every dataset frozen (deeply), each page
 * and data loader must still render (a write to a frozen object throws in a module), and render the same text
 * twice over (but for the numbers in the ids of clip paths and liver schematics, which count up across the process).
 */
import {readdirSync} from "node:fs";
import {join, resolve} from "node:path";
import {pathToFileURL} from "node:url";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {bundledSourceDir} from "../../data-loaders/read-source.js";
import {readCohort} from "../../src/data/emit-dataset.js";

const loaders = ["src", "src/data"].flatMap((dir) => readdirSync(dir).filter((f) => /\.\w+\.ts$/.test(f)).map((f) => join(dir, f)));

function deepFreeze(value: unknown, seen = new Set<object>()): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
}

describe.each([
  ["the article", bundledSourceDir],
  ["series B", resolve("test/fixtures/series-b")]
])("every loader, over %s's cohort frozen", (_, dir) => {
  beforeAll(() => {
    vi.stubEnv("LMS_SOURCE_DIR", dir);
    const cohort = readCohort();
    expect(readCohort(), "one parse per process").toBe(cohort);
    for (const dataset of Object.values(cohort)) deepFreeze(dataset);
    expect(Object.isFrozen(cohort.patients[0])).toBe(true);
  });
  afterAll(() => vi.unstubAllEnvs());

  it.each(loaders)("%s renders without writing to the cohort, the same twice", async (loader) => {
    const {default: render} = (await import(pathToFileURL(resolve(loader)).href)) as {default: () => string | Uint8Array};
    const text = () => Buffer.from(render()).toString("latin1").replace(/\b(plot-clip|liver-schematic)-\d+/g, "$1");
    const first = text();
    expect(first.length).toBeGreaterThan(0);
    expect(text() === first).toBe(true);
  });
});
