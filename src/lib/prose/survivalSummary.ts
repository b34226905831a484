/**
 * The Survival page's summary of the curve for the patients in view, as plain text: who died and when, the
 * median with its interval, survival at a landmark time with its interval, and median follow-up. A figure is
 * withheld, with the reason, where it would mean nothing: survival at a time nobody was followed to, or an
 * interval of no width before any death.
 */
import {formatMedianInterval, formatMonths, formatNumber, formatPercent, listPatients, pluralize} from "../format.js";
import {hasSurvival, kaplanMeier, reverseKaplanMeierFollowUp, survivalAt, survivalLeftOut, type SurvivalRecord, survivalSubjects} from "../survival.js";
import {survivalLeftOutNote} from "./notRecorded.js";

/**
 * Patients without a survival time or vital status (not recorded) are left out of every figure, and the summary
 * ends by naming them.
 * @example survivalSummary(patients) // "Of the 10 patients in view, 2 died (patients 2 and 3, at 24 and 14 months). ..."
 */
export function survivalSummary(
  patientsInView: readonly ({id: number} & SurvivalRecord)[],
  {landmark = 24}: {landmark?: number} = {}
): string {
  if (patientsInView.length === 0) return "";
  const inView = patientsInView.filter(hasSurvival);
  const leftOut = survivalLeftOutNote(survivalLeftOut(patientsInView));
  if (inView.length === 0) return `No patient in view has a survival time and vital status recorded. ${leftOut}`;
  const subjects = survivalSubjects(inView);
  const km = kaplanMeier(subjects);
  const deaths = inView.filter((p) => p.dead);
  const at = survivalAt(km, landmark);
  const followedPast = inView.filter((p) => p.survivalMonths >= landmark).length;
  const followUp = reverseKaplanMeierFollowUp(subjects);
  const died =
    deaths.length === 0
      ? "none died"
      : `${pluralize(deaths.length, "patient")} died (${deaths.length === 1 ? "patient" : "patients"} ${listPatients(deaths.map((p) => p.id))}, at ${listPatients(deaths.map((p) => p.survivalMonths))} months)`;
  const median =
    deaths.length === 0
      ? "With no death, there is no median survival to estimate."
      : `Median survival was ${formatMonths(km.median.estimate)}${formatMedianInterval(km.median)}: the curve ${km.median.estimate === null ? "never falls to 50%" : "falls to 50%"} within the follow-up.`;
  let landmarkText: string;
  if (followedPast === 0) landmarkText = `No patient in view was followed ${landmark} months, so survival at ${landmark} months cannot be estimated.`;
  else if (at.lower === null || at.upper === null || at.lower === at.upper) {
    landmarkText = `No patient in view died in the first ${landmark} months; ${pluralize(followedPast, "patient")} ${followedPast === 1 ? "was" : "were"} still followed then.`;
  } else {
    landmarkText = `An estimated ${formatPercent(100 * at.survival)} (95% CI ${formatPercent(100 * at.lower)} to ${formatPercent(100 * at.upper)}) were alive ${landmark} months after the resection, with ${pluralize(at.atRisk, "patient")} still followed then.`;
  }
  const follow =
    followUp.median === null
      ? "Median follow-up, by the reverse Kaplan–Meier method, is not reached."
      : `Median follow-up, by the reverse Kaplan–Meier method, was ${formatNumber(followUp.median)} months.`;
  const whose = leftOut ? " with a survival recorded" : "";
  return `Of the ${pluralize(inView.length, "patient")} in view${whose}, ${died}. ${median} ${landmarkText} ${follow}${leftOut ? ` ${leftOut}` : ""}`;
}
