import {describe, expect, it} from "vitest";
import {parseClaims} from "../../../data-loaders/audit/claim-schema.js";
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
  it("parseClaims refuses a duplicate id", () => {
    const twice = JSON.stringify([...JSON.parse(one({kind: "time-axis"})), ...JSON.parse(one({kind: "time-axis"}))]);
    expect(errorMessage(() => parseClaims(twice))).toBe('claims.json row 2, column "id": expected each claim id once, got "x-1"');
  });
  it("parseClaims refuses text that is not JSON", () => {
    expect(errorMessage(() => parseClaims("[{"))).toMatch(/^claims\.json: expected valid JSON/);
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
