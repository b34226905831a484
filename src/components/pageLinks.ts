/**
 * The report's page links carry the reader's cohort filters (the URL query) from page to page. Its own module, so
 * that a page without the filter panel (the Audit page) can keep its links in step without loading the panel and
 * the filter definitions behind it.
 */

/**
 * Points every link to another page of the report at the same filtered view, by giving it the current query.
 * Links to files, downloads, in-page anchors and other sites are left alone.
 * @example carryQuery(document, "?sex=F") // <a href="./survival#curve"> becomes <a href="./survival?sex=F#curve">
 */
export function carryQuery(document: Document, search: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const original = a.dataset.pageHref ?? a.getAttribute("href")!;
    if (a.hasAttribute("download") || /^([a-z]+:|\/\/|#)/i.test(original) || /(^|\/)_file\//.test(original)) continue;
    if (/\.[a-z0-9]+($|[?#])/i.test(original.replace(/^\.\.?\//, ""))) continue; // a file, not a page
    a.dataset.pageHref = original;
    const [path, hash] = splitHash(original.split("?")[0]!, original);
    const href = `${path}${search}${hash}`;
    if (a.getAttribute("href") !== href) a.setAttribute("href", href); // an unchanged link is no change to the page
  }
}

function splitHash(path: string, original: string): [string, string] {
  const i = original.indexOf("#");
  return [path.split("#")[0]!, i >= 0 ? original.slice(i) : ""];
}
