import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {writeJson} from "../../src/data/emit-dataset.js";

// The datasets' cache files are written an array chunk at a time; they must hold exactly JSON.stringify's bytes.
const dir = mkdtempSync(join(tmpdir(), "lms-write-json-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const written = (value: unknown) => {
  const path = join(dir, "x.json");
  writeJson(path, value);
  return readFileSync(path, "utf8");
};

describe("writeJson", () => {
  it("writes an array longer than a chunk as JSON.stringify does, unicode, nulls and a missing item included", () => {
    const rows = Array.from({length: 2503}, (_, i) => ({id: i, label: i % 7 ? `Patient ${i} — “quoted”` : null, list: [i, i / 3]}));
    const value: unknown[] = [...rows, undefined, () => 1, "tail"];
    expect(written(value)).toBe(JSON.stringify(value));
    expect(JSON.parse(written(value))).toHaveLength(2506);
  });
  it("writes an empty array, an array of exactly one chunk and a plain object as JSON.stringify does", () => {
    expect(written([])).toBe("[]");
    const chunk = Array.from({length: 1000}, (_, i) => i);
    expect(written(chunk)).toBe(JSON.stringify(chunk));
    const study = {title: "Série", n: 10, nested: {a: [1, null]}};
    expect(written(study)).toBe(JSON.stringify(study));
  });
});
