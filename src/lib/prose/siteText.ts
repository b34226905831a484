/**
 * The site's own words about the series it shows, for observablehq.config.ts: its title, the footer's citation and
 * each page's description for search engines and link previews. All drawn from article.json, so another series
 * (LMS_SOURCE_DIR) is never cited as the bundled article. Plain text; the config escapes what it writes as HTML.
 */
import {citationText, type CitedArticle} from "../citation.js";
import {shortAuthors} from "./overviewStudy.js";

/** What the site's words need of article.json (data-loaders/article.ts). */
export type SiteArticle = CitedArticle;

export interface SiteText {
  title: string;
  /** The article's citation as one line (src/lib/citation.ts), for the page's head and downloaded figures. */
  citation: string;
  footer: string;
  /** Each page's description, by Framework's page path ("/index", "/explore", ...). */
  descriptions: Record<string, string>;
}

/**
 * @example siteText({title: "Surgical resection of liver metastasis of leiomyosarcoma", authors: ["Kim", "Lee", "Kim", "Kang"], journal: "Korean Journal of Clinical Oncology"}, {audited: true}).footer
 * // "Data: Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology. Figures are recomputed from the article's Tables 1–2."
 */
export function siteText(article: SiteArticle, {audited}: {audited: boolean}): SiteText {
  const citation = citationText(article);
  return {
    // The sidebar holds the title on two short lines; the article's own title, often long, is in the footer.
    title: `${shortAuthors(article.authors)}: an interactive companion`,
    citation,
    footer: `Data: ${citation} Figures are recomputed from the article's Tables 1–2.`,
    descriptions: {
      "/index": `An interactive companion to ${possessive(shortAuthors(article.authors))} case series of resected liver metastases of leiomyosarcoma: the study, its figures recomputed, and how far they can be trusted.`,
      "/explore": "Filter the patients by primary site, procedure, treatment and outcome; every table and chart follows, and the address carries the view.",
      "/patients": "Tables 1 and 2 of the article as printed and as normalised, with a summary of each patient's course.",
      "/survival":
        "Kaplan–Meier survival after liver resection with confidence bands, number at risk, reverse Kaplan–Meier follow-up, log-rank tests and a swimmer plot.",
      "/liver": "Where the liver metastases were (Couinaud segments), how large and how many, and how they were removed.",
      "/treatment": "Adjuvant chemotherapy and radiotherapy after the primary resection, and the treatments that followed.",
      "/audit": audited
        ? "Every quantitative statement of the article recomputed from its own tables: consistent, inconsistent or not checkable, with GRIM tests."
        : "Checks of the series' tables against each other; this series comes without the article's statements to audit.",
      "/data": "Data dictionary, assumptions, statistical methods and downloads of the cohort datasets."
    }
  };
}

/** "Kim et al.'s", "Roe and Doe's", "Jones's". */
function possessive(name: string): string {
  return `${name}'s`;
}
