/**
 * The article's citation in the forms a reader pastes elsewhere: a line of text (Vancouver style, as the journal
 * prints its references), BibTeX and RIS. Built from article.json alone: the title, the authors as the source names
 * them, the journal, and whatever bibliographic details it gives (year, volume, issue, pages, DOI, address). A
 * detail the source does not give is left out, never guessed, and `missingDetails` names it for the page to say so.
 */

export interface CitedArticle {
  title: string;
  authors: readonly string[];
  journal: string;
  /** As article.json gives it (absent: no detail given). */
  bibliography?: {year?: number; volume?: string; issue?: string; pages?: string; doi?: string; url?: string};
}

/** The details a full citation has, in the words a reader knows them by. */
const details = [
  ["year", "year"],
  ["volume", "volume"],
  ["pages", "pages"],
  ["doi", "DOI"]
] as const;

/** The usual details the source does not give. @example missingDetails(bundled) // ["year", "volume", "pages", "DOI"] */
export function missingDetails(article: CitedArticle): string[] {
  return details.filter(([key]) => article.bibliography?.[key] === undefined).map(([, name]) => name);
}

const sentence = (text: string) => text.replace(/[.\s]+$/, "") + ".";

/**
 * One line, Vancouver style: authors, title, journal, then year;volume(issue):pages and the DOI where given.
 * @example citationText({title: "Surgical resection", authors: ["Kim", "Lee"], journal: "Korean J Clin Oncol", bibliography: {year: 2016, volume: "12", pages: "1-5"}})
 * // "Kim, Lee. Surgical resection. Korean J Clin Oncol. 2016;12:1-5."
 */
export function citationText(article: CitedArticle): string {
  const {year, volume, issue, pages, doi} = article.bibliography ?? {};
  let where = year === undefined ? "" : String(year);
  if (volume !== undefined) where += `${where ? ";" : ""}${volume}${issue === undefined ? "" : `(${issue})`}`;
  if (pages !== undefined) where += `${where ? ":" : ""}${pages}`;
  return [sentence(article.authors.join(", ")), sentence(article.title), sentence(article.journal), where ? sentence(where) : "", doi ? `doi:${doi}` : ""]
    .filter(Boolean)
    .join(" ");
}

/** A BibTeX value: braces kept balanced and TeX's special characters escaped. */
function bib(value: string): string {
  return value.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
}

/** The first and last page of a range ("81-7" -> ["81", "87"], as printed references shorten the last). */
function pageRange(pages: string): [string, string | null] {
  const [first, last] = pages.split(/[-–]/) as [string, string | undefined];
  if (last === undefined) return [first, null];
  const full = /^\d+$/.test(first) && /^\d+$/.test(last) && last.length < first.length ? first.slice(0, first.length - last.length) + last : last;
  return [first, full];
}

/**
 * A BibTeX @article entry, its key from the first author, the year (where given) and the title's first word.
 * @example bibtex(bundled) // "@article{kim_surgical,\n  author = {Kim and Lee and Kim and Kang},\n ..."
 */
export function bibtex(article: CitedArticle): string {
  const {year, volume, issue, pages, doi, url} = article.bibliography ?? {};
  const ascii = (text: string) => text.normalize("NFKD").replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  const key = [ascii(article.authors[0] ?? "anon"), year ?? "", ascii(article.title.split(/\s+/)[0] ?? "")].filter((p) => p !== "").join("_");
  const range = pages === undefined ? null : pageRange(pages);
  const fields: [string, string | undefined][] = [
    ["author", article.authors.map(bib).join(" and ")],
    ["title", `{${bib(article.title)}}`],
    ["journal", bib(article.journal)],
    ["year", year === undefined ? undefined : String(year)],
    ["volume", volume && bib(volume)],
    ["number", issue && bib(issue)],
    ["pages", range === null ? undefined : range[1] ? `${range[0]}--${range[1]}` : range[0]],
    ["doi", doi && bib(doi)],
    ["url", url]
  ];
  const body = fields.filter(([, value]) => value !== undefined).map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@article{${key},\n${body}\n}`;
}

/**
 * An RIS record (reference managers' import format): type, authors, title, journal and the details given.
 * @example ris(bundled).split("\n")[0] // "TY  - JOUR"
 */
export function ris(article: CitedArticle): string {
  const {year, volume, issue, pages, doi, url} = article.bibliography ?? {};
  const range = pages === undefined ? null : pageRange(pages);
  const one = (text: string) => text.replace(/\s+/g, " ").trim();
  const lines: [string, string | undefined][] = [
    ["TY", "JOUR"],
    ...article.authors.map((a): [string, string] => ["AU", one(a)]),
    ["TI", one(article.title)],
    ["JO", one(article.journal)],
    ["PY", year === undefined ? undefined : String(year)],
    ["VL", volume],
    ["IS", issue],
    ["SP", range?.[0]],
    ["EP", range?.[1] ?? undefined],
    ["DO", doi],
    ["UR", url],
    ["ER", ""]
  ];
  return lines.filter(([, value]) => value !== undefined).map(([tag, value]) => `${tag}  - ${value}`).join("\n");
}
