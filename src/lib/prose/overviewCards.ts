/**
 * The Overview's headline cards for the patients in view: each a title, a value and a note, as plain strings.
 * A card never shows a figure that means nothing: with no patient in view only the count remains, a survival
 * figure nobody was followed long enough for is withheld and says so, and a confidence interval of no width
 * (before any death) is not printed as if it were certainty.
 */
import {formatCount, formatMonth, formatMonths, formatNumber, formatPercent, pluralize} from "../format.js";
import {describeNumeric, proportionRecorded, type RecordedProportion} from "../stats.js";
import {hasSurvival, kaplanMeier, reverseKaplanMeierFollowUp, survivalAt, survivalSubjects} from "../survival.js";

export interface OverviewPatient {
  /** The patient number, by which the survival note names a patient left out. */
  id: number;
  age: number | null;
  survivalMonths: number | null;
  dead: boolean | null;
  lesionCount: number | null;
  liverProcedure: string | null;
  additionalMetastasis: boolean | null;
}

export interface HeadlineCard {
  title: string;
  value: string;
  /** Unit after the value ("years"), or "" when the value carries none. */
  unit: string;
  note: string;
}

/** The time (months) the survival card reports: two years after the liver resection. */
export const landmarkMonths = 24;

/**
 * `series` (the whole series) decides the cards that depend on the source's vocabulary: a series whose Table 2
 * never says "Partial hepatectomy" has no card for it, under any filter.
 * @example overviewCards(patients, {total: 10, from: "2003-02", to: "2015-11"})[1]
 * // {title: "Age at liver metastasis", value: "46.5", unit: "years", note: "median (range 38–69); mean 48.2"}
 */
export function overviewCards(
  inView: readonly OverviewPatient[],
  {total, from, to, series}: {total: number; from: string; to: string; series?: readonly OverviewPatient[]}
): HeadlineCard[] {
  const n = inView.length;
  const cards: HeadlineCard[] = [{title: "Patients in view", value: String(n), unit: "", note: `of ${total} resected, ${formatMonth(from)} to ${formatMonth(to)}`}];
  if (n === 0) return cards;
  const subjects = survivalSubjects(inView);
  const km = kaplanMeier(subjects);
  const age = describeNumeric(inView as readonly {age: number | null}[], "age");
  // Counts are of the patients with the value recorded; a card says how many were not (never counted as "no").
  const deaths = proportionRecorded(inView, "dead", (dead) => dead);
  const landmark = survivalAt(km, landmarkMonths);
  const followedPast = inView.filter(hasSurvival).filter((p) => p.survivalMonths >= landmarkMonths).length;
  const followUp = reverseKaplanMeierFollowUp(subjects);
  const ageNote = age.n === 0 ? "not recorded" : age.n === 1 ? "one patient" : `median (range ${formatNumber(age.min)}–${formatNumber(age.max)}); mean ${formatNumber(age.mean)}`;
  cards.push(
    {title: "Age at liver metastasis", value: age.n ? formatNumber(age.median) : "–", unit: age.n ? "years" : "", note: ageNote + (age.missing ? `; ${age.missing} not recorded` : "")},
    {
      title: "Died during follow-up",
      value: String(deaths.n),
      unit: "",
      note:
        (deaths.total === 1 ? `of 1 patient` : `${formatCount(deaths)}; median survival ${formatMonths(km.median.estimate)} (Kaplan–Meier)`) +
        (deaths.notRecorded ? `; ${deaths.notRecorded} not recorded, left out` : "")
    },
    followedPast === 0
      ? {title: `Alive ${landmarkMonths / 12} years after resection`, value: "–", unit: "", note: `no patient in view was followed ${landmarkMonths} months`}
      : {
          title: `Alive ${landmarkMonths / 12} years after resection`,
          value: formatPercent(100 * landmark.survival),
          unit: "",
          note: `${intervalNote(landmark)}; ${pluralize(landmark.atRisk, "patient")} still followed at ${landmarkMonths} months`
        },
    {
      title: "Median follow-up",
      value: followUp.median === null ? "not reached" : formatNumber(followUp.median),
      unit: followUp.median === null ? "" : "months",
      note: "reverse Kaplan–Meier"
    },
    countCard("Single liver lesion", proportionRecorded(inView, "lesionCount", (c) => c === 1), ""),
    // The article's term: only for a series whose table uses it (`series`, the whole series, when given).
    ...((series ?? inView).some((p) => p.liverProcedure === "Partial hepatectomy")
      ? [countCard("Partial hepatectomy", proportionRecorded(inView, "liverProcedure", (p) => p === "Partial hepatectomy"), "; the article's term, extent not given")]
      : []),
    countCard("Further metastasis after resection", proportionRecorded(inView, "additionalMetastasis", (m) => m), "")
  );
  return cards;
}

/**
 * A count with its share: value "8", note "80% of patients in view", or, when some were not recorded, "89% of the
 * 9 in view with it recorded; 1 not recorded".
 */
function countCard(title: string, share: RecordedProportion, more: string): HeadlineCard {
  const of = share.notRecorded ? `of the ${share.total} in view with it recorded; ${share.notRecorded} not recorded` : "of patients in view";
  return {title, value: String(share.n), unit: "", note: `${formatPercent(share.percent)} ${of}${more}`};
}

/** "95% CI 8%–89%", or why there is none: no death yet (a band of no width), or too few to estimate one. */
function intervalNote(v: {survival: number; lower: number | null; upper: number | null}): string {
  if (v.lower === null || v.upper === null) return "no confidence interval (too few patients)";
  if (v.lower === v.upper) return "no death by then";
  return `95% CI ${formatPercent(100 * v.lower)}–${formatPercent(100 * v.upper)}`;
}
