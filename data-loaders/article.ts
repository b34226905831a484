/**
 * The article's metadata (article.json): citation, study period, the tables' footnotes, and, where the article
 * has them, its registry, the series it cites, and the statements a page quotes (its conclusion, what it says of
 * complications, ...). A page quotes a statement only when article.json holds it, so a series without one reads
 * true: the report says nothing rather than the bundled article's words.
 */
import {z} from "zod";
import {SourceError} from "./source-error.js";

const text = z.string().min(1);

/** A strict object: a misspelt key is refused by name, not silently ignored (the page would then omit a sentence). */
function strictObject<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? `expected only the keys ${Object.keys(shape).join(", ")}, got the key ${issue.keys.map((k) => `"${k}"`).join(", ")}` : undefined)
  });
}

/** The article's words, quoted exactly: a missing or empty quote is refused in words a transcriber can act on. */
const quote = z.string({error: "expected the article's words as text"}).min(1, {error: "expected the article's words, not an empty text"});
const section = z
  .string({error: 'expected the section that makes the statement, e.g. "Results"'})
  .min(1, {error: 'expected the section that makes the statement, e.g. "Results", not an empty text'});

/** The article's own words for a statement, and the section that makes it ("Results", "Discussion", ...). */
const quotedSchema = strictObject({quote, section});

/**
 * What only this article says, each in its own words (quoted exactly) with its section. Every field is optional:
 * the sentence that quotes it is left out of the report when it is absent.
 */
export const statementsSchema = strictObject({
  /** The authors' conclusion, as the Overview quotes it. */
  conclusion: quotedSchema.optional(),
  /** What the article says of complications (the tables record none). */
  complications: quotedSchema.optional(),
  /** The figure the article calls its median survival, and its name for it (`term`, found in the quote). */
  medianSurvival: strictObject({term: quote, quote, section})
    .refine((s) => s.quote.toLowerCase().includes(s.term.toLowerCase()), {message: "expected the term to appear in the quote", path: ["term"]})
    .optional(),
  /** What the article says of adjuvant chemotherapy's benefit, as the Treatment page quotes it. */
  adjuvantChemotherapy: quotedSchema.optional()
});

/** The report's own words about this source: how it was transcribed and checked, how the cited series differ. */
export const notesSchema = strictObject({
  /** How the tables were transcribed and checked, as the Data page says it ("cell for cell ... checked twice"). */
  transcription: z.string({error: "expected a sentence"}).min(1, {error: "expected a sentence, not an empty text"}).optional(),
  /** How the series the article cites differ from this one, said under the Overview's table of them. */
  citedSeries: z.string({error: "expected a sentence"}).min(1, {error: "expected a sentence, not an empty text"}).optional()
});

/**
 * The article's bibliographic details, where the source gives them: every one optional, and none invented. The
 * bundled article's text names no year, volume, pages or DOI, so its article.json has none; a series whose source
 * does can fill them in, and the citations on the Data page and under every downloaded figure carry them.
 */
export const bibliographySchema = strictObject({
  year: z.number({error: "expected the year of publication as a number"}).int().min(1800).max(2100).optional(),
  volume: z.string().regex(/^[\w .-]{1,20}$/, {error: "expected a volume such as \"12\""}).optional(),
  issue: z.string().regex(/^[\w .-]{1,20}$/, {error: "expected an issue such as \"1\""}).optional(),
  pages: z.string().regex(/^[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?$/, {error: "expected pages such as \"81-87\" or \"e70\""}).optional(),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, {error: "expected a DOI such as \"10.14216/kjco.16001\", without https://doi.org/"}).optional(),
  url: z.url({protocol: /^https?$/, error: "expected the article's address, starting https://"}).optional()
});

export const articleSchema = z.object({
  title: text,
  authors: z.array(text).min(1),
  journal: text,
  /** Year, volume, issue, pages, DOI and address, each only where the source gives it. */
  bibliography: bibliographySchema.default({}),
  centre: text,
  design: text,
  studyPeriod: z.object({
    from: z.string().regex(/^\d{4}-\d{2}$/, "expected a month as YYYY-MM"),
    to: z.string().regex(/^\d{4}-\d{2}$/, "expected a month as YYYY-MM"),
    fragment: text
  }),
  /** The centre's registry the series was drawn from, when the article names one. */
  registry: z
    .object({
      patients: z.number().int().positive(),
      fragment: text,
      fiveYearSurvivalPercent: z.number().min(0).max(100).nullable(),
      survivalFragment: text.nullable()
    })
    .optional(),
  /** Earlier series the article cites, with its own words for each; none when absent. */
  citedSeries: z.array(
    z.object({
      ref: z.number().int().positive(),
      authors: text,
      year: z.number().int().min(1900).max(2100),
      patients: z.number().int().positive().nullable(),
      population: text,
      outcome: text,
      section: text,
      fragment: text
    })
  ).default([]),
  statements: statementsSchema.default({}),
  notes: notesSchema.default({}),
  tables: z.array(
    z.object({
      file: text,
      caption: text,
      abbreviations: text,
      footnotes: z.array(z.object({marker: z.string().regex(/^[a-z]\)$/, 'expected a marker such as "a)"'), column: text, text}))
    })
  )
});

export type Article = z.output<typeof articleSchema>;

/** Parses article.json, naming the JSON path of the first problem. */
export function parseArticle(jsonText: string, file = "article.json"): Article {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    throw new SourceError({file}, `expected valid JSON (${(error as Error).message})`);
  }
  const result = articleSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.join(".");
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], json);
    throw new SourceError({file, column: path, value: value === undefined ? "(missing)" : JSON.stringify(value)}, issue.message);
  }
  return result.data;
}
