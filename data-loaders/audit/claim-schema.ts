/**
 * claims.json: every quantitative statement of the article (and the cross-checks between two of its statements) as
 * data: where it is, the words that carry the number, what it reports, and how to recompute it from the datasets.
 * The recomputation itself is code (evaluate.ts). Checks of the tables against each other that need no statement
 * of the article run in code on every series (data-loaders/checks/), not here.
 *
 * A statement the article makes more than once (the Abstract repeating the Results, say) is one claim: its
 * first place is `section` and `quote`, the others are listed under `alsoIn`, so the audit checks and counts it
 * once and still shows every place. A place that reports a different figure is a different statement, and a
 * claim of its own.
 */
import {z} from "zod";
import type {SourceWarning} from "../read-delimited.js";
import {formatSourceProblem, SourceError} from "../source-error.js";
import {conditionSchema} from "./conditions.js";

const text = z.string().min(1);
const number = z.number();

/** A computation that may reproduce a figure the article reports differently (e.g. a mean called a median). */
const alternativeCheck = z.discriminatedUnion("kind", [
  z.strictObject({kind: z.literal("mean"), field: text, among: conditionSchema.optional()}),
  z.strictObject({kind: z.literal("median"), field: text, among: conditionSchema.optional()}),
  z.strictObject({kind: z.literal("range"), field: text, among: conditionSchema.optional()}),
  z.strictObject({kind: z.literal("count"), where: conditionSchema})
]);
const alternatives = z.array(z.strictObject({description: text, check: alternativeCheck})).optional();
const precision = {decimals: z.number().int().min(0).max(6), granularity: z.number().positive()};

export const checkSchema = z.discriminatedUnion("kind", [
  z.strictObject({kind: z.literal("count"), where: conditionSchema, reported: number, percent: number.optional(), alternatives}),
  z.strictObject({kind: z.literal("patients"), where: conditionSchema, reported: z.array(z.number().int()), percent: number.optional()}),
  z.strictObject({kind: z.literal("mean"), field: text, reported: number, ...precision, among: conditionSchema.optional(), alternatives}),
  z.strictObject({kind: z.literal("median"), field: text, reported: number, ...precision, among: conditionSchema.optional(), alternatives}),
  z.strictObject({kind: z.literal("survival-median"), reported: number, ...precision, alternatives}),
  z.strictObject({kind: z.literal("range"), field: text, reported: z.tuple([number, number]), among: conditionSchema.optional(), alternatives}),
  z.strictObject({kind: z.literal("categories"), field: text, reported: z.array(text), among: conditionSchema.optional()}),
  z.strictObject({kind: z.literal("event-count"), where: z.strictObject({kind: text, at: number}), reported: number}),
  z.strictObject({kind: z.literal("patient-value"), patient: z.number().int(), field: text, reported: z.union([number, text])}),
  z.strictObject({kind: z.literal("patient-includes"), patient: z.number().int(), field: text, reported: z.union([number, text])}),
  z.strictObject({
    kind: z.literal("event-within-follow-up"),
    patient: z.number().int(),
    events: z.array(text).min(1),
    also: z.strictObject({field: text, includes: z.union([number, text])}).optional()
  }),
  z.strictObject({kind: z.literal("event-after-hepatectomy"), patient: z.number().int(), event: text}),
  z.strictObject({kind: z.literal("abbreviation"), table: z.enum(["table1", "table2"]), abbreviation: text, expected: text}),
  /** A statement that every patient (of `among`) satisfies `where`, e.g. a footnote's definition; it states no count. */
  z.strictObject({kind: z.literal("every"), statement: text, where: conditionSchema, among: conditionSchema.optional()}),
  /**
   * A conclusion checked against what the data can support: "achievable" (some patient reached the horizon),
   * "recommendation" (a benefit, which needs a comparison group: `comparison` names the field that splits the
   * series, if one does), "hedged" (a possibility the article itself says remains to be confirmed).
   */
  z.strictObject({
    kind: z.literal("conclusion"),
    statement: text,
    claim: z.enum(["achievable", "recommendation", "hedged"]),
    horizonMonths: z.number().positive(),
    comparison: z.strictObject({field: text, label: text}).optional()
  }),
  /** The study period against the follow-up of the living patients ("YYYY-MM" months). */
  z.strictObject({
    kind: z.literal("study-window"),
    start: z.string().regex(/^\d{4}-\d{2}$/),
    end: z.string().regex(/^\d{4}-\d{2}$/),
    /** Whether the living patients' follow-up is read as ending at one review date or at each one's last visit. */
    followedTo: z.enum(["one review date", "last visit"])
  }),
  /** A claim of no association with an outcome, for a variable the tables do not hold: how much could the series show? */
  z.strictObject({kind: z.literal("no-association"), statement: text, outcome: text, variable: text}),
  /** "The procedure was chosen according to the location": which procedures the same segment received. */
  z.strictObject({kind: z.literal("procedure-by-location")}),
  z.strictObject({
    kind: z.literal("not-checkable"),
    reported: z.union([number, text, z.null()]),
    reason: text,
    patients: z.array(z.number().int()).optional(),
    decimals: z.number().int().min(0).optional(),
    granularity: z.number().positive().optional(),
    grimN: z.number().int().positive().optional()
  })
]);

/** Where in the article a statement is made: the section and the words that carry the figure. */
export const placeSchema = z.strictObject({section: text, quote: text});

/**
 * A statement whose words admit more than one definition ("complete resection": R0, or R0 and R1): each reading
 * is checked on its own, and when their verdicts differ the statement is ambiguous. `check` is then the first reading.
 */
export const readingSchema = z.strictObject({label: text, check: checkSchema});

export const claimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "expected an id in lowercase-with-hyphens"),
  section: text,
  quote: text,
  /** The other places the article makes the same statement, in the article's order. */
  alsoIn: z.array(placeSchema).min(1).optional(),
  check: checkSchema,
  /** Other definitions of the statement's words, each checked beside `check` (which `label` then names). */
  label: text.optional(),
  readings: z.array(readingSchema).min(1).optional(),
  note: text.optional()
});

export type Claim = z.output<typeof claimSchema>;
export type Check = Claim["check"];
export type Place = z.output<typeof placeSchema>;
export type ReadingSource = z.output<typeof readingSchema>;

/**
 * Every place a claim is made, its own first.
 * @example placesOf({section: "Abstract", quote: "q", alsoIn: [{section: "Results", quote: "q"}], ...}) // two places
 */
export function placesOf(claim: Pick<Claim, "section" | "quote" | "alsoIn">): Place[] {
  return [{section: claim.section, quote: claim.quote}, ...(claim.alsoIn ?? [])];
}

/**
 * Cross-checks of the tables that claims.json once held and that now run in code on every series, by the data
 * check that replaced each (data-loaders/checks/): an older claims.json naming one is told where it went.
 */
export const retiredKinds: Readonly<Record<string, string>> = {"time-axis": "times-on-one-axis", "lesions-vs-segments": "lesions-vs-segments"};

/**
 * Parses claims.json; the first problem names the claim (by index and id) and the JSON path. A cross-check an older
 * claims.json still holds (retiredKinds) is set aside with a warning, not refused, so a source folder that built
 * before still builds: the data check that replaced it runs on every series.
 */
export function parseClaims(jsonText: string, file = "claims.json", {warnings}: {warnings?: SourceWarning[]} = {}): Claim[] {
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    throw new SourceError({file}, `expected valid JSON (${(error as Error).message})`);
  }
  // Rows keep the numbers they have in the file, whatever is set aside.
  let rows: number[] = [];
  if (Array.isArray(json)) {
    const kept: unknown[] = [];
    json.forEach((entry: {id?: unknown; check?: {kind?: unknown}} | null, i) => {
      const kind = entry?.check?.kind;
      if (typeof kind === "string" && Object.hasOwn(retiredKinds, kind)) {
        const where = {file, row: i + 1, column: "check.kind", value: kind};
        const why = `set aside: this cross-check of the tables runs on every series as the data check "${retiredKinds[kind]}" (checks.json), not as a statement of the article`;
        warnings?.push({...where, message: formatSourceProblem(where, why)});
      } else {
        kept.push(entry);
        rows.push(i + 1);
      }
    });
    json = kept;
  }
  const result = z.array(claimSchema).safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [index, ...path] = issue.path;
    const id = Array.isArray(json) && typeof index === "number" ? (json[index] as {id?: string})?.id : undefined;
    throw new SourceError(
      {file, ...(typeof index === "number" && {row: rows[index] ?? index + 1}), column: path.join(".") || "(claim)", ...(id && {value: id})},
      issue.message
    );
  }
  rows = rows.length ? rows : result.data.map((_, i) => i + 1);
  const seen = new Set<string>();
  // The same words at the same place are the same statement: two claims holding them would count it twice.
  const placed = new Map<string, string>();
  result.data.forEach((claim, i) => {
    if (seen.has(claim.id)) throw new SourceError({file, row: rows[i]!, column: "id", value: claim.id}, "expected each claim id once");
    seen.add(claim.id);
    placesOf(claim).forEach((place, j) => {
      const key = JSON.stringify([place.section, place.quote]);
      const owner = placed.get(key);
      if (owner !== undefined) {
        const where = {file, row: rows[i]!, column: j ? `alsoIn.${j - 1}` : "quote", value: place.quote};
        throw new SourceError(
          where,
          owner === claim.id
            ? `expected each place of a claim once (${place.section} repeats)`
            : `expected a statement in one claim only (${place.section} is already quoted by "${owner}"; list a repeated statement under its claim's alsoIn)`
        );
      }
      placed.set(key, claim.id);
    });
  });
  return result.data;
}
