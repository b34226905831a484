/**
 * The small condition language claims use to say which patients a statement is about, e.g.
 * `{"field": "sex", "equals": "M"}` or `{"all": [{...}, {"not": {...}}]}`. Validated with zod; evaluated on
 * patient records.
 */
import {z} from "zod";

export type Condition =
  | {all: Condition[]}
  | {any: Condition[]}
  | {not: Condition}
  | {field: string; equals: string | number | boolean}
  | {field: string; lessThan: number}
  | {field: string; greaterThan: number}
  | {field: string; includes: string | number}
  | {field: string; includesOtherThan: string | number};

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({all: z.array(conditionSchema)}),
    z.strictObject({any: z.array(conditionSchema)}),
    z.strictObject({not: conditionSchema}),
    z.strictObject({field: z.string(), equals: scalar}),
    z.strictObject({field: z.string(), lessThan: z.number()}),
    z.strictObject({field: z.string(), greaterThan: z.number()}),
    z.strictObject({field: z.string(), includes: z.union([z.string(), z.number()])}),
    z.strictObject({field: z.string(), includesOtherThan: z.union([z.string(), z.number()])})
  ])
);

/**
 * True when `record` satisfies `condition`. A field the record does not have is an error (a typo in a claim
 * must not silently select nobody).
 * @example matches({sex: "M"}, {field: "sex", equals: "M"}) // true
 */
export function matches(record: object, condition: Condition): boolean {
  if ("all" in condition) return condition.all.every((c) => matches(record, c));
  if ("any" in condition) return condition.any.some((c) => matches(record, c));
  if ("not" in condition) return !matches(record, condition.not);
  if (!(condition.field in record)) throw new Error(`claim condition names a field patients do not have: "${condition.field}"`);
  const value = (record as Record<string, unknown>)[condition.field];
  if ("equals" in condition) return value === condition.equals;
  if ("lessThan" in condition) return typeof value === "number" && value < condition.lessThan;
  if ("greaterThan" in condition) return typeof value === "number" && value > condition.greaterThan;
  const list = Array.isArray(value) ? value : [];
  if ("includes" in condition) return list.includes(condition.includes);
  return list.some((v) => v !== condition.includesOtherThan);
}
