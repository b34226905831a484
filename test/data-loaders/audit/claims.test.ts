import {describe, expect, it} from "vitest";
import {parseClaims, placesOf} from "../../../data-loaders/audit/claim-schema.js";
import {matches} from "../../../data-loaders/audit/conditions.js";
import {errorMessage} from "../../helpers.js";

const one = (check: object, extra: object = {}) => JSON.stringify([{id: "x-1", section: "Results", quote: "q", check, ...extra}]);

describe("parseClaims", () => {
  it("parseClaims reads a count claim with a nested condition", () => {
    const [c] = parseClaims(one({kind: "count", where: {all: [{field: "sex", equals: "M"}, {not: {field: "dead", equals: true}}]}, reported: 2}));
    expect(c!.check).toMatchObject({kind: "count", reported: 2});
  });
  it("parseClaims refuses an unknown check kind, naming the claim", () => {
    expect(errorMessage(() => parseClaims(one({kind: "mode", field: "age", reported: 4})))).toMatch(/^claims\.json row 1, column "check\.kind": .*got "x-1"$/);
  });
  it("parseClaims refuses a misspelt key instead of ignoring it", () => {
    expect(errorMessage(() => parseClaims(one({kind: "count", where: {field: "sex", equal: "M"}, reported: 2})))).toMatch(/^claims\.json row 1, column "check\.where"/);
  });
  it("parseClaims sets the retired cross-check kinds aside with a warning naming the data check that runs them now", () => {
    const warnings: {file: string; row?: number; column?: string; value: string; message: string}[] = [];
    const text = JSON.stringify([{id: "y", section: "S", quote: "q", check: {kind: "lesions-vs-segments"}}, JSON.parse(one({kind: "procedure-by-location"}))[0]]);
    expect(parseClaims(text, "claims.json", {warnings}).map((c) => c.id)).toEqual(["x-1"]);
    expect(warnings).toEqual([
      {
        file: "claims.json",
        row: 1,
        column: "check.kind",
        value: "lesions-vs-segments",
        message:
          'claims.json row 1, column "check.kind": set aside: this cross-check of the tables runs on every series as the data check "lesions-vs-segments" (checks.json), not as a statement of the article, got "lesions-vs-segments"'
      }
    ]);
  });
  it("parseClaims names a later claim by its row in the file, counting a set-aside cross-check", () => {
    const text = JSON.stringify([{id: "y", section: "S", quote: "q", check: {kind: "time-axis"}}, {id: "z", section: "S", quote: "q2", check: {kind: "mode"}}]);
    expect(errorMessage(() => parseClaims(text))).toMatch(/^claims\.json row 2, column "check\.kind"/);
  });
  it("parseClaims refuses a duplicate id", () => {
    const twice = JSON.stringify([...JSON.parse(one({kind: "procedure-by-location"})), ...JSON.parse(one({kind: "procedure-by-location"}))]);
    expect(errorMessage(() => parseClaims(twice))).toBe('claims.json row 2, column "id": expected each claim id once, got "x-1"');
  });
  it("parseClaims refuses text that is not JSON", () => {
    expect(errorMessage(() => parseClaims("[{"))).toMatch(/^claims\.json: expected valid JSON/);
  });
});

describe("parseClaims with a statement the article repeats", () => {
  const median = {kind: "median", field: "age", reported: 48, decimals: 0, granularity: 1};
  const results = {section: "Results", quote: "the median age was 48 years"};
  it("parseClaims reads alsoIn, and placesOf lists the claim's own place first", () => {
    const [c] = parseClaims(one(median, {section: "Abstract", quote: "the median age was 48 years", alsoIn: [results]}));
    expect(placesOf(c!)).toEqual([{section: "Abstract", quote: "the median age was 48 years"}, results]);
  });
  it("a claim without alsoIn has one place", () => {
    const [c] = parseClaims(one(median));
    expect(placesOf(c!)).toEqual([{section: "Results", quote: "q"}]);
  });
  it("parseClaims refuses an empty alsoIn and a place without its quote", () => {
    expect(errorMessage(() => parseClaims(one(median, {alsoIn: []})))).toMatch(/^claims\.json row 1, column "alsoIn": .*got "x-1"$/);
    expect(errorMessage(() => parseClaims(one(median, {alsoIn: [{section: "Results"}]})))).toMatch(/^claims\.json row 1, column "alsoIn\.0\.quote"/);
    expect(errorMessage(() => parseClaims(one(median, {alsoIn: [{...results, page: 3}]})))).toMatch(/^claims\.json row 1, column "alsoIn\.0"/);
  });
  it("parseClaims refuses a place listed twice in one claim", () => {
    expect(errorMessage(() => parseClaims(one(median, {alsoIn: [{section: "Results", quote: "q"}]})))).toBe(
      'claims.json row 1, column "alsoIn.0": expected each place of a claim once (Results repeats), got "q"'
    );
  });
  it("parseClaims refuses the same statement in two claims, which would count it twice", () => {
    const twice = JSON.stringify([
      {id: "abstract-age", section: "Abstract", quote: "the median age was 48 years", check: median},
      {id: "results-age", section: "Abstract", quote: "the median age was 48 years", check: median}
    ]);
    expect(errorMessage(() => parseClaims(twice))).toBe(
      'claims.json row 2, column "quote": expected a statement in one claim only (Abstract is already quoted by "abstract-age"; list a repeated statement under its claim\'s alsoIn), got "the median age was 48 years"'
    );
  });
  it("the same words in two sections are two places, which two claims may hold", () => {
    const two = JSON.stringify([
      {id: "abstract-age", section: "Abstract", quote: "the median age was 48 years", check: median},
      {id: "results-age", ...results, check: median}
    ]);
    expect(parseClaims(two).map((c) => c.id)).toEqual(["abstract-age", "results-age"]);
  });
});

describe("matches", () => {
  const patient = {sex: "M", age: 50, dead: false, additionalMetastasisSites: ["Liver"]};
  it("matches combines all, any and not", () => {
    expect(matches(patient, {all: [{field: "sex", equals: "M"}, {not: {field: "dead", equals: true}}]})).toBe(true);
    expect(matches(patient, {any: [{field: "age", lessThan: 40}, {field: "age", greaterThan: 60}]})).toBe(false);
  });
  it("includesOtherThan is true only when a list holds something besides the value", () => {
    expect(matches(patient, {field: "additionalMetastasisSites", includesOtherThan: "Liver"})).toBe(false);
    expect(matches({...patient, additionalMetastasisSites: ["Liver", "Lung"]}, {field: "additionalMetastasisSites", includesOtherThan: "Liver"})).toBe(true);
  });
  it("a condition on a field patients do not have is an error, not an empty selection", () => {
    expect(() => matches(patient, {field: "gender", equals: "M"})).toThrow('claim condition names a field patients do not have: "gender"');
  });
});
