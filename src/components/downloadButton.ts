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
  button.addEventListener("click", () => saveFile(new Blob([content()], {type: `${type};charset=utf-8`}), filename, document));
  return button;
}

/** Saves a file made in the page (a blob) under the name given, as a download. */
export function saveFile(blob: Blob, filename: string, document: Document): void {
  const url = URL.createObjectURL(blob);
  const a = element(document, "a", {href: url, download: filename});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
