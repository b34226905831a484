/**
 * The Overview's headline cards for the patients in view: each a title, a value and a note, as plain strings.
 * A card never shows a figure that means nothing: with no patient in view only the count remains, a survival
 * figure nobody was followed long enough for is withheld and says so, and a confidence interval of no width
 * (before any death) is not printed as if it were certainty.
 */
import {formatCount, formatMonths, formatNumber, formatPercent, pluralize} from "../format.js";
import {describeNumeric, proportion} from "../stats.js";
import {kaplanMeier, reverseKaplanMeierFollowUp, survivalAt, survivalSubjects} from "../survival.js";

export interface OverviewPatient {
  age: number | null;
  survivalMonths: number;
  dead: boolean;
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
  const cards: HeadlineCard[] = [{title: "Patients in view", value: String(n), unit: "", note: `of ${total} resected, ${from} to ${to}`}];
  if (n === 0) return cards;
  const subjects = survivalSubjects(inView);
  const km = kaplanMeier(subjects);
  const age = describeNumeric(inView as readonly {age: number | null}[], "age");
  const deaths = proportion(inView, (p) => p.dead);
  const landmark = survivalAt(km, landmarkMonths);
  const followedPast = inView.filter((p) => p.survivalMonths >= landmarkMonths).length;
  const followUp = reverseKaplanMeierFollowUp(subjects);
  const count = (test: (p: OverviewPatient) => boolean) => proportion(inView, test);
  const ageNote = age.n === 0 ? "not recorded" : age.n === 1 ? "one patient" : `median (range ${formatNumber(age.min)}–${formatNumber(age.max)}); mean ${formatNumber(age.mean)}`;
  cards.push(
    {title: "Age at liver metastasis", value: age.n ? formatNumber(age.median) : "–", unit: age.n ? "years" : "", note: ageNote + (age.missing ? `; ${age.missing} not recorded` : "")},
    {
      title: "Died during follow-up",
      value: String(deaths.n),
      unit: "",
      note: n === 1 ? `of 1 patient` : `${formatCount(deaths)}; median survival ${formatMonths(km.median.estimate)} (Kaplan–Meier)`
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
    countCard("Single liver lesion", count((p) => p.lesionCount === 1), "of patients in view"),
    // The article's term: only for a series whose table uses it (`series`, the whole series, when given).
    ...((series ?? inView).some((p) => p.liverProcedure === "Partial hepatectomy")
      ? [countCard("Partial hepatectomy", count((p) => p.liverProcedure === "Partial hepatectomy"), "of patients in view; the article's term, extent not given")]
      : []),
    countCard("Further metastasis after resection", count((p) => p.additionalMetastasis === true), "of patients in view")
  );
  return cards;
}

/** A count with its share: value "8", note "80% of patients in view". */
function countCard(title: string, share: {n: number; percent: number | null}, note: string): HeadlineCard {
  return {title, value: String(share.n), unit: "", note: `${formatPercent(share.percent)} ${note}`};
}

/** "95% CI 8%–89%", or why there is none: no death yet (a band of no width), or too few to estimate one. */
function intervalNote(v: {survival: number; lower: number | null; upper: number | null}): string {
  if (v.lower === null || v.upper === null) return "no confidence interval (too few patients)";
  if (v.lower === v.upper) return "no death by then";
  return `95% CI ${formatPercent(100 * v.lower)}–${formatPercent(100 * v.upper)}`;
}
