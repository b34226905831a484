import {cpSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {errorMessage} from "../helpers.js";

let dir: string;
afterEach(() => rmSync(dir, {recursive: true, force: true}));
const copy = () => {
  dir = mkdtempSync(join(tmpdir(), "lms-source-"));
  cpSync(bundledSourceDir, dir, {recursive: true});
  return dir;
};

describe("readSourceFolder", () => {
  it("readSourceFolder(copy of the bundled folder) returns the seven texts", () => {
    expect(Object.keys(readSourceFolder(copy())).sort()).toEqual(["article", "claims", "events", "liverProcedures", "primarySites", "table1", "table2"]);
  });
  it("readSourceFolder stands an empty mapping in for a missing liver-procedures.tsv (a series naming every procedure in Brisbane terms)", () => {
    const d = copy();
    rmSync(join(d, "liver-procedures.tsv"));
    expect(readSourceFolder(d).liverProcedures).toBe("Surgical procedure\tBrisbane 2000 term\tReason\n");
  });
  it("readSourceFolder reads a table saved with a UTF-8 BOM, the BOM dropped", () => {
    const d = copy();
    writeFileSync(join(d, "table2.tsv"), `\ufeffNo.\tSize (cm)a)\n`);
    expect(readSourceFolder(d).table2).toBe("No.\tSize (cm)a)\n");
  });
  it("readSourceFolder stands an empty claim list in for a missing claims.json (another series has none)", () => {
    const d = copy();
    rmSync(join(d, "claims.json"));
    expect(readSourceFolder(d).claims).toBe("[]");
  });
  it("readSourceFolder refuses a folder without events.tsv, naming the file", () => {
    const d = copy();
    rmSync(join(d, "events.tsv"));
    expect(errorMessage(() => readSourceFolder(d))).toBe(`${join(d, "events.tsv")}: expected a readable file (ENOENT)`);
  });
  it("readSourceFolder refuses a table saved as UTF-16", () => {
    const d = copy();
    writeFileSync(join(d, "table2.tsv"), Buffer.from("\ufeffNo.\tSize (cm)a)\n", "utf16le"));
    expect(errorMessage(() => readSourceFolder(d))).toMatch(/^table2\.tsv: expected UTF-8 text, got UTF-16/);
  });
});
