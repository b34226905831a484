/**
 * The Data & methods page's last statistical caveat: what a series of this many patients and deaths can show.
 * Written from the whole series the build read, so it stays true for another source folder (the bundled article
 * has 10 patients and 2 deaths). Plain text; the page adds the emphasis to the title.
 */
import {formatInteger, pluralize} from "../format.js";

/** Fewer patients than this and every proportion is imprecise (a 95% interval spans more than ±14 points). */
const fewPatients = 50;
/** Fewer deaths than this and survival curves move in large steps, and tests between groups have almost no power. */
const fewDeaths = 10;

/**
 * @example methodsPrecision(patients) // {title: "What 10 patients can show.", text: "With 10 patients and 2 deaths, estimates are imprecise, ..."}
 */
export function methodsPrecision(patients: readonly {dead: boolean | null}[]): {title: string; text: string} {
  const n = patients.length;
  const deaths = patients.filter((p) => p.dead === true).length;
  if (n === 0) return {title: "What an empty series can show.", text: "Nothing: there is no patient to describe and no estimate to make."};
  if (n === 1) {
    return {
      title: "What a single patient can show.",
      text: "Only that patient's course: there is no spread to estimate, no confidence interval to give and no group to compare."
    };
  }
  const title = `What ${formatInteger(n)} patients can show.`;
  const lead = `With ${pluralize(n, "patient")} and ${deaths === 0 ? "no death" : pluralize(deaths, "death")}`;
  if (deaths === 0) {
    return {
      title,
      text:
        `${lead}, survival cannot be estimated beyond the follow-up itself: the Kaplan–Meier curve stays at 100%, no median survival is reached, and a log-rank test has no death to compare groups by. ` +
        (n < fewPatients ? "Proportions are imprecise and their confidence intervals wide." : "Proportions of the whole series are reasonably precise; those of small subgroups are not.")
    };
  }
  if (n < fewPatients) {
    const hinge = deaths === 1 ? "that single death" : deaths === 2 ? "one or two deaths" : "a few deaths";
    return {
      title,
      text: `${lead}, estimates are imprecise, confidence intervals are wide, and a test between groups has ${deaths < fewDeaths ? "almost no" : "little"} power: a non-significant result is not evidence of no difference, and a significant one would rest on ${hinge}.`
    };
  }
  if (deaths < fewDeaths) {
    return {
      title,
      text: `${lead}, proportions are reasonably precise, but survival rests on few deaths: the curve moves in large steps, its confidence intervals are wide, and a test between groups has almost no power, so a non-significant result is not evidence of no difference.`
    };
  }
  return {
    title,
    text: `${lead}, estimates for the whole series are reasonably precise, but confidence intervals widen in small subgroups and in the tail of a survival curve, where few patients remain at risk; a non-significant test between groups is still not evidence of no difference.`
  };
}

/**
 * The Overview's clause on precision, after "With N patients and D deaths, ": wide uncertainty for a small series
 * or few deaths (the thresholds of methodsPrecision), otherwise precise for the whole series only.
 * @example precisionClause(10, 2) // "survival estimates carry wide uncertainty, and any comparison between subgroups is descriptive"
 */
export function precisionClause(n: number, deaths: number): string {
  return n < fewPatients || deaths < fewDeaths
    ? "survival estimates carry wide uncertainty, and any comparison between subgroups is descriptive"
    : "survival estimates for the whole series are reasonably precise, but not those of small subgroups, and comparisons between subgroups are observational, not randomised";
}
