/**
 * The figures the Overview's narrative quotes about the whole series, as plain strings keyed by the names its
 * Markdown uses ({{sites}}, {{deaths}}, ...). Grammar that depends on the data (plurals, lists, "both" or "all")
 * is settled here; the sentences around them stay in the page's Markdown.
 */
import {formatCount, formatMonths, formatNumber, formatPercent, listPatients, pluralize} from "../format.js";
import {countCategories, countNotRecorded, describeNumeric, proportionRecorded} from "../stats.js";
import {hasSurvival, kaplanMeier, reverseKaplanMeierFollowUp, survivalSubjects} from "../survival.js";
import {notRecordedClause} from "./notRecorded.js";

export interface StoryPatient {
  id: number;
  primarySite: string | null;
  synchronousResection: boolean | null;
  monthsToLiverMetastasis: number | null;
  liverProcedure: string | null;
  marginPositive: boolean | null;
  additionalMetastasis: boolean | null;
  survivalMonths: number | null;
  dead: boolean | null;
}

/**
 * A value not recorded is never counted as "no": counts are of the patients with it recorded, and a figure over
 * fewer patients than the series says how many were not recorded; survival figures leave such patients out.
 * @example overviewStory(patients).sites // "retroperitoneum (5), small bowel (3), pancreas (1), stomach (1)"
 */
export function overviewStory(patients: readonly StoryPatient[]): Record<string, string> {
  const subjects = survivalSubjects(patients);
  const km = kaplanMeier(subjects);
  const followUp = reverseKaplanMeierFollowUp(subjects);
  const followed = patients.filter(hasSurvival);
  const deaths = followed.filter((p) => p.dead);
  const synchronous = patients.filter((p) => p.synchronousResection === true).map((p) => p.id);
  // "The others" are every patient not known to be synchronous; an interval not recorded is counted as such.
  const metachronous = patients.filter((p) => p.synchronousResection !== true);
  const positive = patients.filter((p) => p.marginPositive).map((p) => p.id);
  const further = patients.filter((p) => p.additionalMetastasis).length;
  const deadSynchronous = deaths.filter((p) => p.synchronousResection).length;
  const longest = followed.reduce<(typeof followed)[number] | null>((a, b) => (a === null || b.survivalMonths > a.survivalMonths ? b : a), null);
  const totalFollowUp = followed.reduce((sum, p) => sum + p.survivalMonths, 0);
  const interval = metachronous.length ? describeNumeric(metachronous, "monthsToLiverMetastasis") : null;
  const among =
    deadSynchronous === 0 ? "" : `, ${deadSynchronous === deaths.length ? (deaths.length === 2 ? "both" : deaths.length === 1 ? "the one" : "all") : deadSynchronous} of them among the synchronous patients`;
  return {
    n: String(patients.length),
    sites: [
      ...countCategories(patients, "primarySite").map((s) => `${String(s.value).toLowerCase()} (${s.n})`),
      ...(countNotRecorded(patients, "primarySite") ? [`not recorded (${countNotRecorded(patients, "primarySite")})`] : [])
    ].join(", "),
    synchronous: synchronous.length ? `${pluralize(synchronous.length, "patient")} (${listPatients(synchronous)})` : "no patient",
    interval: !interval
      ? "no patient had it found later"
      : interval.n === 0
        ? "in the others the interval from the primary resection was not recorded"
        : `in the others it appeared a median of ${formatNumber(interval.median)} months after the primary resection${notRecordedClause(interval.missing)}`,
    partial: formatRecorded(proportionRecorded(patients, "liverProcedure", (p) => p === "Partial hepatectomy")),
    margins: positive.length ? `The microscopic margin was positive in ${pluralize(positive.length, "patient")} (${listPatients(positive)}).` : "No margin was positive.",
    deaths:
      deaths.length === 0
        ? `No patient died, and ${pluralize(further, "patient")} developed further metastases.`
        : `${pluralize(deaths.length, "patient")} died (${listPatients(deaths.map((p) => p.id))})${among}, and ${pluralize(further, "patient")} developed further metastases.`,
    kmMedian: formatMonths(km.median.estimate),
    followUp: formatMonths(followUp.median),
    longest: longest ? `patient ${longest.id} was ${longest.dead ? "followed until death at" : "alive"} ${formatNumber(longest.survivalMonths)} months after resection` : "",
    deathCount: pluralize(deaths.length, "death"),
    under2y: formatRecorded(proportionRecorded(patients, "survivalMonths", (m) => m < 24)),
    longestShare: longest && totalFollowUp > 0 ? longestShare(longest, totalFollowUp) : "",
    seriesOutcome: `${pluralize(deaths.length, "death")}; Kaplan–Meier median survival ${formatMonths(km.median.estimate)}; median follow-up ${formatMonths(followUp.median)}`
  };
}

/**
 * The longest-followed patient's share of all follow-up, and, when it is half or more, what that does to an
 * average of survival times (with a smaller share no one patient dominates, and the page does not say so).
 * @example longestShare({id: 1, survivalMonths: 170}, 342) // "patient 1's 170 months make up 50% of all the follow-up in the series, so any average of survival times mostly reflects one patient"
 */
function longestShare(longest: {id: number; survivalMonths: number}, totalFollowUp: number): string {
  const share = longest.survivalMonths / totalFollowUp;
  const part = `patient ${longest.id}'s ${formatNumber(longest.survivalMonths)} months make up ${formatPercent(100 * share)} of all the follow-up in the series`;
  // Judged on the share as printed (170 of 342 months prints as 50%), so the two halves of the sentence agree.
  return Math.round(100 * share) >= 50 ? `${part}, so any average of survival times mostly reflects one patient` : part;
}

/** "8 (80%)", or "8 (89% of 9; 1 not recorded)" when the share is of fewer than every patient. */
function formatRecorded(share: {n: number; total: number; percent: number | null; notRecorded: number}): string {
  return share.notRecorded ? `${share.n} (${formatPercent(share.percent)} of ${share.total}; ${share.notRecorded} not recorded)` : formatCount(share);
}
