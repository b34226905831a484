// Observable Framework configuration. Every page imports Plot, Inputs and Arquero from node_modules (see the
// README: the build has no CDN), and no global stylesheet is loaded, so the site makes no request off its origin.
import {parseArticle} from "./data-loaders/article.js";
import {bundledSourceDir, readSourceFolder, sourceDirVariable} from "./data-loaders/read-source.js";
import {siteText} from "./src/lib/prose/siteText.js";

// The title, footer and page descriptions cite the series being built (LMS_SOURCE_DIR, else the bundled article),
// read as the pipeline reads it; a malformed article.json stops here with the pipeline's one-line message.
const source = readSourceFolder(process.env[sourceDirVariable] || bundledSourceDir);
const site = siteText(parseArticle(source.article), {audited: source.claims.trim() !== "[]"});

const defaultDescription =
  "An interactive companion to a case series of patients whose liver metastases of leiomyosarcoma were resected: data, survival, and an audit of the article's figures.";

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export default {
  title: site.title,
  root: "src",
  // scripts/build.ts builds into a scratch folder and swaps it into dist/ only when the build succeeds.
  output: process.env.LMS_OUTPUT_DIR || "dist",
  pages: [
    {name: "Overview", path: "/"},
    {name: "Explore", path: "/explore"},
    {name: "Patients", path: "/patients"},
    {name: "Survival", path: "/survival"},
    {name: "Liver", path: "/liver"},
    {name: "Treatment", path: "/treatment"},
    {name: "Audit", path: "/audit"},
    {name: "Data & methods", path: "/data"}
  ],
  globalStylesheets: [],
  // style.css imports the air (light) and near-midnight (dark) themes and adds the report's own rules.
  style: "style.css",
  search: false,
  // Per page: its description for search engines and link previews, the article's citation (for a downloaded
  // figure's source line, src/components/figureExport.ts), and an inline
  // icon (no request, no 404 in the console). scripts/build.ts adds lang="en" and lets readers zoom.
  head: ({path}: {path: string}) =>
    `<meta name="description" content="${escapeAttribute(site.descriptions[path] ?? defaultDescription)}">
<meta name="source-citation" content="${escapeAttribute(site.citation)}">
<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M1 7c0-4 5-6 9-5s5 3 5 4-3 3-6 4-8 3-8-3z" fill="#8b3a2b"/></svg>'
    ).toString("base64")}">`,
  // Framework writes the footer as HTML: the citation is text from the source folder, so it is escaped.
  footer: escapeText(site.footer)
};
