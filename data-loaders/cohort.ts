/**
 * The whole pipeline as one pure function: the texts of the source files in, every dataset out.
 * source texts -> parse + validate (table1, table2, primary-sites, events, article) -> join -> derive.
 */
import {parseArticle} from "./article.js";
import {parseClaims} from "./audit/claim-schema.js";
import {auditClaims} from "./audit/evaluate.js";
import {runChecks} from "./checks/index.js";
import {parseEvents} from "./events.js";
import {joinPatients} from "./patients.js";
import {parsePrimarySites} from "./primary-sites.js";
import {describeSource} from "./study.js";
import {parseTable1} from "./table1.js";
import {parseTable2} from "./table2.js";
import {buildTimeline} from "./timeline.js";
import {drugRows, segmentRows} from "./tidy.js";

/** The files a source folder must hold, by role. */
export const sourceFiles = {
  table1: "table1.tsv",
  table2: "table2.tsv",
  primarySites: "primary-sites.tsv",
  events: "events.tsv",
  article: "article.json",
  claims: "claims.json"
} as const;

/** Files a source folder may leave out, with the text that stands for them (another series has no claims). */
export const optionalSourceFiles: Partial<Record<keyof typeof sourceFiles, string>> = {claims: "[]"};

export type SourceTexts = Record<keyof typeof sourceFiles, string>;

/** Parses, validates and derives every dataset; throws SourceError on the first problem in any file. */
export function buildCohort(texts: SourceTexts) {
  const article = parseArticle(texts.article, sourceFiles.article);
  const table1 = parseTable1(texts.table1, sourceFiles.table1);
  const table2 = parseTable2(texts.table2, sourceFiles.table2);
  const sites = parsePrimarySites(texts.primarySites, sourceFiles.primarySites);
  const events = parseEvents(texts.events, sourceFiles.events);
  const patients = joinPatients(table1, table2, sites, {
    table1: sourceFiles.table1,
    table2: sourceFiles.table2,
    sites: sourceFiles.primarySites
  });
  const timeline = buildTimeline(patients, events, sourceFiles.events);
  const claims = auditClaims(parseClaims(texts.claims, sourceFiles.claims), {patients, timeline});
  return {
    patients,
    segments: segmentRows(patients),
    drugs: drugRows(patients),
    timeline,
    study: describeSource(article, patients, sites),
    claims,
    checks: runChecks({patients, timeline})
  };
}

export type Cohort = ReturnType<typeof buildCohort>;
