/**
 * Build-time helpers for the page loaders (src/*.md.ts): a server-side document for the components, HTML that
 * Framework's Markdown passes through untouched, and the page's Markdown narrative with its slots filled.
 *
 * Framework reads `${...}` in a page as a live JavaScript expression, so every `$` that reaches the page from
 * data is written as an entity: a source cell can never become code. Text is HTML-escaped for the same reason.
 */
import {readFileSync} from "node:fs";
import {parseHTML} from "linkedom";
import {filterPanel} from "../components/filterPanel.js";
import {loaderEntry} from "../data/emit-dataset.js";

/**
 * A page loader's entry: run by Framework (`tsx src/x.md.ts`, in `npm run dev`), it prints the page's Markdown;
 * imported by scripts/build.ts, it hands `render` over (see loaderEntry).
 * @example export default pageLoader(import.meta, () => fillTemplate(url, values));
 */
export function pageLoader(meta: ImportMeta, render: () => string): () => string {
  return loaderEntry(meta, render);
}

/** A document to render components into, as the browser's would be (components take a `document` option). */
export function pageDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

/** Text as HTML: `<`, `>`, `&`, quotes and `$` as entities. @example text("a < b $x") // "a &lt; b &#36;x" */
export function text(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\$/g, "&#36;")
    .replace(/`/g, "&#96;");
}

/** A rendered node as one line of HTML, `$` and backticks as entities (Markdown ends an HTML block at a blank line). */
export function html(node: Node): string {
  const markup = (node as Element).outerHTML ?? (node.textContent === null ? "" : text(node.textContent));
  return markup.replace(/\$/g, "&#36;").replace(/`/g, "&#96;").replace(/\n\s*\n/g, "\n");
}

/** A slot of the page: the static rendering the live layer replaces in place. */
export function slot(name: string, node: Node, tag: "div" | "span" = "div"): string {
  return `<${tag} data-slot="${text(name)}">${html(node)}</${tag}>`;
}

/**
 * The narrative with every `{{name}}` replaced by its value (already HTML or escaped text). A name without a
 * value, or a value the narrative does not use, is an error: a page never ships a hole or loses a figure.
 */
export function fillTemplate(path: URL, values: Record<string, string>): string {
  const template = readFileSync(path, "utf8");
  const used = new Set<string>();
  const filled = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`${path.pathname}: no value for {{${name}}}`);
    used.add(name);
    return values[name]!;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length) throw new Error(`${path.pathname}: values not used by the narrative: ${unused.join(", ")}`);
  return filled;
}

/**
 * The filter panel as the live layer will draw it for a URL without filters (same markup, so swapping it in
 * moves nothing): every box unticked, each with the whole series' count.
 */
export function staticPanel(patients: readonly object[], {document, keep = []}: {document: Document; keep?: readonly string[]}): string {
  const window = {location: {search: "", pathname: "", hash: ""}, history: {pushState() {}}, addEventListener() {}};
  return html(filterPanel(patients, {document, window: window as never, keep}));
}

/** Every view as its slot's HTML, by slot name. */
export function slots(views: Record<string, Node>): Record<string, string> {
  return Object.fromEntries(Object.entries(views).map(([name, node]) => [name, slot(name, node)]));
}
