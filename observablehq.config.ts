// Observable Framework configuration. Every page imports Plot, Inputs and Arquero from node_modules (see the
// README: the build has no CDN), and no global stylesheet is loaded, so the site makes no request off its origin.
export default {
  title: "Liver metastasis of leiomyosarcoma: an interactive companion",
  root: "src",
  // The build writes to a scratch folder first and swaps it into dist/ only when it succeeds (package.json).
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
  // An inline icon (no request, no 404 in the console) and the page language for screen readers.
  head: `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M1 7c0-4 5-6 9-5s5 3 5 4-3 3-6 4-8 3-8-3z" fill="#8b3a2b"/></svg>'
  ).toString("base64")}">
<script>document.documentElement.lang = "en";</script>`,
  footer:
    "Data: Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology. Figures are recomputed from the article's Tables 1–2."
};
