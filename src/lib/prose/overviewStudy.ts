/**
 * The Overview's sentences about the article rather than the patients: its design, where the series came from,
 * what it concludes and what it says of complications. Each is drawn from article.json, and a sentence whose
 * source field is absent is an empty string, so the page says nothing rather than another article's words.
 */

/** An article's own words for a statement, with the section that makes it. */
export interface Quoted {
  quote: string;
  section: string;
}

/** What the sentences need of article.json (data-loaders/article.ts). */
export interface StudyArticle {
  authors: readonly string[];
  design: string;
  registry?: {patients: number} | undefined;
  statements: {conclusion?: Quoted | undefined; complications?: Quoted | undefined};
}

/**
 * The authors as a citation names them in running text: one surname, two joined by "and", three or more as the
 * first "et al.".
 * @example shortAuthors(["Kim", "Lee", "Kim", "Kang"]) // "Kim et al."
 * @example shortAuthors(["Roe", "Doe"]) // "Roe and Doe"
 */
export function shortAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? "";
  if (authors.length === 2) return `${authors[0]} and ${authors[1]}`;
  return `${authors[0]} et al.`;
}

/**
 * "This is a …" for any design as article.json words it: the indefinite article chosen by sound, the design's
 * first letter lowered unless it starts an acronym ("SEER-based"), a closing full stop not doubled. A design that
 * already starts with an article is kept as it is.
 * @example designSentence("Retrospective single-centre case series") // "This is a retrospective single-centre case series."
 * @example designSentence("Observational two-centre cohort") // "This is an observational two-centre cohort."
 */
export function designSentence(design: string): string {
  const words = design.trim().replace(/\.$/, "");
  if (/^(a|an|the)\s/i.test(words)) return `This is ${words.charAt(0).toLowerCase()}${words.slice(1)}.`;
  const acronym = /^[A-Z]{2,}/.test(words);
  const lowered = acronym ? words : `${words.charAt(0).toLowerCase()}${words.slice(1)}`;
  // "an" before a vowel sound; "a" before "uni-"/"eu-" (a unicentre, a European) and "one-".
  const article = /^(uni|eu|one)/i.test(lowered) ? "a" : /^[aeiou]/i.test(lowered) ? "an" : "a";
  return `This is ${article} ${lowered}.`;
}

/**
 * Where the n patients came from: the centre's registry when the article gives one; otherwise just the count (the
 * centre is article.json's free text, "Two teaching hospitals (…)", which does not fit mid-sentence; the citation
 * names it). The Overview's narrative continues the sentence ("… who had liver metastases …").
 * @example studyCohort({registry: {patients: 476}}, 10)
 * // "The centre's sarcoma registry held 476 patients treated for leiomyosarcoma; among them, the authors found 10"
 */
export function studyCohort(article: Pick<StudyArticle, "registry">, n: number): string {
  return article.registry
    ? `The centre's sarcoma registry held ${article.registry.patients} patients treated for leiomyosarcoma; among them, the authors found ${n}`
    : `The authors found ${n} patients`;
}

/**
 * The authors' conclusion in their words, for the end of "What it found"; "" when article.json gives none.
 * @example conclusionSentence({quote: "Surgery should be considered.", section: "Abstract"})
 * // "The authors conclude (Abstract): “Surgery should be considered.”"
 */
export function conclusionSentence(conclusion: Quoted | undefined): string {
  if (!conclusion) return "";
  return `The authors conclude (${conclusion.section}): “${closeQuote(conclusion.quote)}”`;
}

/**
 * What the article says of complications, which the tables never record; "" when article.json gives nothing.
 * @example complicationsSentence({quote: "There were no complications after hepatectomy in this series", section: "Results"})
 * // "On complications the article says “There were no complications after hepatectomy in this series” (Results); its tables do not record them."
 */
export function complicationsSentence(complications: Quoted | undefined): string {
  if (!complications) return "";
  return `On complications the article says “${complications.quote.replace(/\.$/, "")}” (${complications.section}); its tables do not record them.`;
}

/** A quote that ends a sentence keeps its own full stop; one that does not gets one. */
function closeQuote(quote: string): string {
  return /[.!?]$/.test(quote) ? quote : `${quote}.`;
}
