import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {patientDictionary} from "../../data-loaders/dictionary.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";

const fields = Object.keys(buildCohort(readSourceFolder(bundledSourceDir)).patients[0]!).sort();

describe("the data dictionary", () => {
  it("patientDictionary describes exactly the fields of a patient, once each", () => {
    expect(patientDictionary.map((d) => d.field).sort()).toEqual(fields);
  });
  it("the README's dictionary table lists exactly the fields of a patient", () => {
    const readme = readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("## Data dictionary"), readme.indexOf("## Tests"));
    const listed = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(fields);
  });
});
