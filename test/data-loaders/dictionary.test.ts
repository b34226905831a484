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

describe("the data dictionary's liver procedures", () => {
  const liverProcedure = patientDictionary.find((d) => d.field === "liverProcedure")!;
  it("the liverProcedure entry describes the Brisbane 2000 vocabulary with two examples and names no procedure of a particular series", () => {
    expect(liverProcedure.derivation).toContain("“Right hepatectomy” is a right hemihepatectomy in Brisbane 2000 terms (segments 5–8; major)");
    expect(liverProcedure.derivation).toContain("“Left lateral sectionectomy” is a Brisbane 2000 term (segments 2 and 3; also “bisegmentectomy 2,3”; minor)");
    expect(liverProcedure.derivation).toContain("liver-procedures.tsv");
    expect(liverProcedure.derivation).not.toMatch(/Partial hepatectomy/);
  });
});
