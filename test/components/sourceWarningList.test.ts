import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {sourceWarningList} from "../../src/components/sourceWarningList.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

describe("sourceWarningList", () => {
  it("sourceWarningList gives one item per warning, its line as code text, markup kept inert", () => {
    const list = sourceWarningList([{message: 'table1.tsv row 12 (line 13), column "Sex": leading or trailing spaces trimmed, read as "F", got "F "'}, {message: "<b>x</b>"}], {document: doc});
    expect([...list.querySelectorAll("li > code")].map((c) => c.textContent)).toEqual([
      'table1.tsv row 12 (line 13), column "Sex": leading or trailing spaces trimmed, read as "F", got "F "',
      "<b>x</b>"
    ]);
    expect(list.querySelector("b")).toBeNull();
    expect(list.className).toBe("source-warnings");
  });
  it("sourceWarningList([]) is an empty list", () => {
    expect(sourceWarningList([], {document: doc}).children).toHaveLength(0);
  });
});
