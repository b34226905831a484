import {describe, expect, it} from "vitest";
import {fillTemplate, html, pageDocument, slot, text} from "../../src/pages/compose.js";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";

const template = (body: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "compose-")), "page.md.tmpl");
  writeFileSync(file, body);
  return pathToFileURL(file);
};

describe("compose", () => {
  it("text() escapes markup and writes $ and backticks as entities, so a source cell never becomes page code", () => {
    expect(text('<img src=x onerror="alert(1)"> ${alert(1)} `x`')).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &#36;{alert(1)} &#96;x&#96;");
  });
  it("html(node) keeps the markup, escapes text, and writes $ as an entity", () => {
    const document = pageDocument();
    const p = document.createElement("p");
    p.textContent = "${process.exit()} <b>";
    expect(html(p)).toBe("<p>&#36;{process.exit()} &lt;b&gt;</p>");
    expect(slot("cards", p)).toBe('<div data-slot="cards"><p>&#36;{process.exit()} &lt;b&gt;</p></div>');
  });
  it("fillTemplate fills every {{name}} and refuses a missing value or a value the narrative does not use", () => {
    expect(fillTemplate(template("A {{n}} and {{m}}."), {n: "1", m: "2"})).toBe("A 1 and 2.");
    expect(() => fillTemplate(template("A {{n}}."), {})).toThrow(/no value for \{\{n\}\}/);
    expect(() => fillTemplate(template("A {{n}}."), {n: "1", extra: "2"})).toThrow(/values not used by the narrative: extra/);
  });
});
