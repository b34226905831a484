// Observable Framework configuration. Every page imports Plot, Inputs and Arquero from node_modules (see the
// README: the build has no CDN), and no global stylesheet is loaded, so the site makes no request off its origin.
export default {
  title: "Liver metastasis of leiomyosarcoma: an interactive companion",
  root: "src",
  // The build writes to a scratch folder first and swaps it into dist/ only when it succeeds (package.json).
  output: process.env.LMS_OUTPUT_DIR || "dist",
  pages: [
    {name: "Explore", path: "/explore"},
    {name: "Patients", path: "/patients"},
    {name: "Survival", path: "/survival"},
    {name: "Liver", path: "/liver"},
    {name: "Treatment", path: "/treatment"},
    {name: "Data & methods", path: "/data"}
  ],
  globalStylesheets: [],
  // style.css imports the air (light) and near-midnight (dark) themes and adds the report's own rules.
  style: "style.css",
  search: false,
  footer:
    "Data: Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology. Figures are recomputed from the article's Tables 1–2."
};
