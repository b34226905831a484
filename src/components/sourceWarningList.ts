/**
 * What the build corrected or set aside in the source rather than refused (spaces trimmed around cells, a retired
 * cross-check in claims.json), one line per warning as the build printed it, so a reader of the report sees what a
 * reader of the build log saw.
 */
import {documentOf, element} from "./dom.js";

/** @example sourceWarningList([{message: 'table1.tsv row 12 (line 13), column "Size of primary tumor (cm)": leading or trailing spaces trimmed, read as "13", got "13 "'}]) // <ul><li><code>table1.tsv row 12 …</code></li></ul> */
export function sourceWarningList(warnings: readonly {message: string}[], options: {document?: Document} = {}): HTMLUListElement {
  const document = documentOf(options);
  return element(
    document,
    "ul",
    {class: "source-warnings"},
    warnings.map((w) => element(document, "li", {}, [element(document, "code", {}, [w.message])]))
  );
}
