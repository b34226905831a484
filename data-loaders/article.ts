/** The article's metadata (article.json): citation, study period, registry size and the tables' footnotes. */
import {z} from "zod";
import {SourceError} from "./source-error.js";

const text = z.string().min(1);

export const articleSchema = z.object({
  title: text,
  authors: z.array(text).min(1),
  journal: text,
  centre: text,
  design: text,
  studyPeriod: z.object({
    from: z.string().regex(/^\d{4}-\d{2}$/, "expected a month as YYYY-MM"),
    to: z.string().regex(/^\d{4}-\d{2}$/, "expected a month as YYYY-MM"),
    fragment: text
  }),
  registry: z.object({
    patients: z.number().int().positive(),
    fragment: text,
    fiveYearSurvivalPercent: z.number().min(0).max(100).nullable(),
    survivalFragment: text.nullable()
  }),
  /** Earlier series the Discussion cites, with the article's own words for each. */
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
  ),
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
