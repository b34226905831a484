/**
 * A button that saves text built on demand (the filtered cohort as CSV or JSON) as a file, so the download is
 * always the view the reader has, not a copy made at build time.
 */
import {documentOf, element} from "./dom.js";

/** @example downloadButton(() => toCsv(rows), {filename: "cohort.csv", type: "text/csv", label: "CSV"}) */
export function downloadButton(
  content: () => string,
  {filename, type, label, document: doc}: {filename: string; type: string; label: string; document?: Document}
): HTMLButtonElement {
  const document = documentOf({...(doc && {document: doc})});
  const button = element(document, "button", {type: "button", "data-download": filename}, [label]);
  button.addEventListener("click", () => {
    const url = URL.createObjectURL(new Blob([content()], {type: `${type};charset=utf-8`}));
    const a = element(document, "a", {href: url, download: filename});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return button;
}
