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
 * Whether `record` satisfies `condition`, in three values: true, false, or null when it turns on a value not
 * recorded (a null field), so "not dead" never counts a patient whose vital status is unknown. `all` is false if
 * any part is false, `any` true if any part is true, and `not` of unknown stays unknown. A field the record does
 * not have is an error (a typo in a claim must not silently select nobody).
 * @example evaluateCondition({sex: null}, {not: {field: "sex", equals: "M"}}) // null
 */
export function evaluateCondition(record: object, condition: Condition): boolean | null {
  if ("all" in condition) {
    const parts = condition.all.map((c) => evaluateCondition(record, c));
    return parts.includes(false) ? false : parts.includes(null) ? null : true;
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => evaluateCondition(record, c));
    return parts.includes(true) ? true : parts.includes(null) ? null : false;
  }
  if ("not" in condition) {
    const part = evaluateCondition(record, condition.not);
    return part === null ? null : !part;
  }
  if (!(condition.field in record)) throw new Error(`claim condition names a field patients do not have: "${condition.field}"`);
  const value = (record as Record<string, unknown>)[condition.field];
  if (value === null || value === undefined) return null;
  if ("equals" in condition) return value === condition.equals;
  if ("lessThan" in condition) return typeof value === "number" && value < condition.lessThan;
  if ("greaterThan" in condition) return typeof value === "number" && value > condition.greaterThan;
  const list = Array.isArray(value) ? value : [];
  if ("includes" in condition) return list.includes(condition.includes);
  return list.some((v) => v !== condition.includesOtherThan);
}

/**
 * True when `record` surely satisfies `condition`; a condition that turns on a value not recorded is not met.
 * @example matches({sex: "M"}, {field: "sex", equals: "M"}) // true
 * @example matches({dead: null}, {not: {field: "dead", equals: true}}) // false: not recorded is not "alive"
 */
export function matches(record: object, condition: Condition): boolean {
  return evaluateCondition(record, condition) === true;
}

/**
 * The records a condition cannot decide because a value it needs was not recorded.
 * @example undecided([{id: 4, sex: null}], {field: "sex", equals: "M"}) // [{id: 4, sex: null}]
 */
export function undecided<T extends object>(records: readonly T[], condition: Condition): T[] {
  return records.filter((r) => evaluateCondition(r, condition) === null);
}
