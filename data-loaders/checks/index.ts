/**
 * The data checks, by id: the cross-checks of a series' tables that need no statement of the article, run on every
 * series (the article's own statements are claims.json's, audited apart). One check per file, each
 * `{title, rule, run}` (check.ts); the registry's order is the page's. Adding a check is adding a file and a line.
 */
import type {CheckEntry} from "../../src/lib/checks.js";
import type {CheckData, DataCheck} from "./check.js";
import {eventsWithinFollowUp} from "./events-within-follow-up.js";
import {lesionsVsSegments} from "./lesions-vs-segments.js";
import {missingCells} from "./missing-cells.js";
import {synchronousFootnote} from "./synchronous-footnote.js";
import {timesOnOneAxis} from "./times-on-one-axis.js";

export const dataChecks = {
  "lesions-vs-segments": lesionsVsSegments,
  "times-on-one-axis": timesOnOneAxis,
  "synchronous-footnote": synchronousFootnote,
  "events-within-follow-up": eventsWithinFollowUp,
  "missing-cells": missingCells
} as const satisfies Record<string, DataCheck>;

export type DataCheckId = keyof typeof dataChecks;

/**
 * Runs every data check on the cohort's parts: the checks dataset (checks.json), one entry per check in the
 * registry's order.
 * @example runChecks({patients, timeline}).map((c) => [c.id, c.verdict]) // [["lesions-vs-segments", "fail"], ["times-on-one-axis", "pass"], …]
 */
export function runChecks(data: CheckData): CheckEntry[] {
  return (Object.entries(dataChecks) as [DataCheckId, DataCheck][]).map(([id, check]) => ({id, title: check.title, rule: check.rule, ...check.run(data)}));
}
