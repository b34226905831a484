/**
 * The whole pipeline as one pure function: the texts of the source files in, every dataset out.
 * source texts -> parse + validate (table1, table2, primary-sites, liver-procedures, events, article) -> join ->
 * derive. What the reader corrected rather than refused (spaces around cells) comes out as study.sourceWarnings.
 */
import {parseArticle} from "./article.js";
import {parseClaims} from "./audit/claim-schema.js";
import {auditClaims} from "./audit/evaluate.js";
import {runChecks} from "./checks/index.js";
import {parseEvents} from "./events.js";
import {liverProcedureEntries, noLiverProcedureMapping, parseLiverProcedures} from "./liver-procedures.js";
import {joinPatients} from "./patients.js";
import {parsePrimarySites} from "./primary-sites.js";
import {describeSource} from "./study.js";
import {parseTable1} from "./table1.js";
import type {SourceWarning} from "./read-delimited.js";
import {parseTable2} from "./table2.js";
import {buildTimeline} from "./timeline.js";
import {drugRows, segmentRows} from "./tidy.js";

/** The files a source folder must hold, by role. */
export const sourceFiles = {
  table1: "table1.tsv",
  table2: "table2.tsv",
  primarySites: "primary-sites.tsv",
  liverProcedures: "liver-procedures.tsv",
  events: "events.tsv",
  article: "article.json",
  claims: "claims.json"
} as const;

/**
 * Files a source folder may leave out, with the text that stands for them: another series has no claims, and
 * one whose liver procedures are all named in Brisbane 2000 terms needs no mapping.
 */
export const optionalSourceFiles: Partial<Record<keyof typeof sourceFiles, string>> = {claims: "[]", liverProcedures: noLiverProcedureMapping};

/**
 * The texts of a source folder's files by role. The liver-procedure mapping, newer than the rest, may be left
 * out (nothing mapped), so callers that assemble texts themselves need not know of it.
 */
export type SourceTexts = Record<Exclude<keyof typeof sourceFiles, "liverProcedures">, string> & {liverProcedures?: string};

/**
 * Parses, validates and derives every dataset; throws SourceError on the first problem in any file.
 * @example buildCohort(readSourceFolder(bundledSourceDir)).patients.length // 10
 */
export function buildCohort(texts: SourceTexts) {
  const sourceWarnings: SourceWarning[] = [];
  const warnings = {warnings: sourceWarnings};
  const article = parseArticle(texts.article, sourceFiles.article);
  const table1 = parseTable1(texts.table1, sourceFiles.table1, warnings);
  const mapping = parseLiverProcedures(texts.liverProcedures ?? noLiverProcedureMapping, sourceFiles.liverProcedures, warnings);
  const table2 = parseTable2(texts.table2, sourceFiles.table2, {procedures: mapping, proceduresFile: sourceFiles.liverProcedures, ...warnings});
  const sites = parsePrimarySites(texts.primarySites, sourceFiles.primarySites, warnings);
  const events = parseEvents(texts.events, sourceFiles.events, warnings);
  const patients = joinPatients(table1, table2, sites, {
    table1: sourceFiles.table1,
    table2: sourceFiles.table2,
    sites: sourceFiles.primarySites
  });
  const timeline = buildTimeline(patients, events, sourceFiles.events);
  const claims = auditClaims(parseClaims(texts.claims, sourceFiles.claims, warnings), {patients, timeline});
  return {
    patients,
    segments: segmentRows(patients),
    drugs: drugRows(patients),
    timeline,
    study: {
      ...describeSource(article, patients, sites),
      liverProcedures: liverProcedureEntries(patients, mapping),
      sourceWarnings
    },
    claims,
    checks: runChecks({patients, timeline})
  };
}

export type Cohort = ReturnType<typeof buildCohort>;
