// Observable Framework configuration. Every page imports Plot, Inputs and Arquero from node_modules (see the
// README: the build has no CDN), and no global stylesheet is loaded, so the site makes no request off its origin.
/** Each page's description, for search engines and link previews (Framework keeps no custom front matter). */
const descriptions: Record<string, string> = {
  "/index":
    "An interactive companion to Kim et al.'s case series of ten resected liver metastases of leiomyosarcoma: the study, its figures recomputed, and how far they can be trusted.",
  "/explore":
    "Filter the patients by primary site, procedure, treatment and outcome; every table and chart follows, and the address carries the view.",
  "/patients":
    "Tables 1 and 2 of the article as printed and as normalised, with a summary of each patient's course.",
  "/survival":
    "Kaplan–Meier survival after liver resection with confidence bands, number at risk, reverse Kaplan–Meier follow-up, log-rank tests and a swimmer plot.",
  "/liver":
    "Where the liver metastases were (Couinaud segments), how large and how many, and how they were removed.",
  "/treatment":
    "Adjuvant chemotherapy and radiotherapy after the primary resection, and the treatments that followed.",
  "/audit":
    "Every quantitative statement of the article recomputed from its own tables: consistent, inconsistent or not checkable, with GRIM tests.",
  "/data":
    "Data dictionary, assumptions, statistical methods and downloads of the cohort datasets."
};

const defaultDescription =
  "An interactive companion to a case series of patients whose liver metastases of leiomyosarcoma were resected: data, survival, and an audit of the article's figures.";

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

export default {
  title: "Liver metastasis of leiomyosarcoma: an interactive companion",
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
  // Per page: its description for search engines and link previews, and an inline
  // icon (no request, no 404 in the console). scripts/build.ts adds lang="en" and lets readers zoom.
  head: ({path}: {path: string}) =>
    `<meta name="description" content="${escapeAttribute(descriptions[path] ?? defaultDescription)}">
<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M1 7c0-4 5-6 9-5s5 3 5 4-3 3-6 4-8 3-8-3z" fill="#8b3a2b"/></svg>'
    ).toString("base64")}">`,
  footer:
    "Data: Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology. Figures are recomputed from the article's Tables 1–2."
};
