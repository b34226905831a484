/**
 * Times on one axis: the report puts every patient's times on one axis in months from the liver resection (time 0;
 * data-loaders/timeline.ts says why). On it, the primary resection comes at or before time 0, and every dated
 * event falls between time 0 and the last contact or death (the survival time). A dated event outside that span
 * means the times cannot all be counted from the liver resection.
 *
 * The check also reports what decides the origin: a patient, alive or dead, with a survival shorter than their interval
 * from the primary resection to the liver metastasis could not be on one axis counted from the primary resection
 * (the survival would end before the liver metastasis). Such patients support the report's origin; a series with
 * none is said not to show which origin its survival times use. Neither fails the check.
 */
import {formatNumber, pluralize} from "../../src/lib/format.js";
import {timeOriginEvidence} from "../timeline.js";
import {type CheckData, checkResult, type CheckEvent, type DataCheck, eventsByPatient, namedPatients} from "./check.js";

/** The table's primary resection sits at minus the interval by construction: the one event allowed before time 0. */
const isPrimaryResection = (e: CheckEvent) => e.event === "primary-resection" && e.source === "Table 1";

/**
 * @example timesOnOneAxis.run({patients, timeline}) // {verdict: "pass", patients: [8, 9], findings: [{patient: 8, text: "alive at 18 months with 19 months from the primary resection …"}, …], …}
 */
export const timesOnOneAxis: DataCheck = {
  title: "Times on one axis",
  rule:
    "Counted from the liver resection (time 0), each patient's primary resection comes at or before time 0, and every dated event falls between time 0 and the last contact or death.",
  run({patients, timeline}: CheckData) {
    const examined = patients.filter((p) => p.survivalMonths !== null && p.monthsToLiverMetastasis !== null);
    if (!examined.length) return checkResult("not applicable", "No patient has both a survival time and an interval to the liver metastasis recorded.", []);
    const left = patients.length - examined.length;
    const leftOut = left ? ` (${pluralize(left, "patient")} without a recorded survival or interval left out)` : "";
    const events = eventsByPatient(timeline);
    const broken = examined.flatMap((p) => {
      const survival = p.survivalMonths!;
      const misplaced = [
        ...(p.monthsToLiverMetastasis! < 0 ? [`the primary resection falls after the liver resection (interval ${formatNumber(p.monthsToLiverMetastasis)} months)`] : []),
        ...(events.get(p.id) ?? [])
          .filter((e) => e.monthsFromLiverResection !== null && !isPrimaryResection(e))
          .filter((e) => e.monthsFromLiverResection! < 0 || e.monthsFromLiverResection! > survival)
          .map((e) => `“${e.label}” at ${formatNumber(e.monthsFromLiverResection)} months falls ${e.monthsFromLiverResection! < 0 ? "before the liver resection" : `after the last contact or death at ${formatNumber(survival)} months`}`)
      ];
      return misplaced.length ? [{patient: p.id, text: `${misplaced.join("; ")}.`}] : [];
    });
    // timeline.ts's rule, the one study.json's evidence for the assumed origin uses: the check and the assumption
    // name the same patients.
    const evidence = new Set(timeOriginEvidence(examined).map((e) => e.patient));
    const decisive = examined.filter((p) => evidence.has(p.id));
    const origin = decisive.length
      ? decisive.map((p) => ({
          patient: p.id,
          text: `${p.dead === true ? "died" : p.dead === false ? "alive" : "last known"} at ${formatNumber(p.survivalMonths)} months with ${formatNumber(p.monthsToLiverMetastasis)} months from the primary resection to the liver metastasis: counted from the primary resection, the follow-up would end before the liver metastasis, so these times fit one axis only counted from the liver resection.`
        }))
      : [{patient: null, text: "No patient's times decide the origin: every patient's times would also fit counted from the primary resection, so the series does not show which origin its survival times use (the report counts them from the liver resection)."}];
    const originPhrase = decisive.length
      ? `; ${namedPatients(decisive.map((p) => p.id))} would not fit counted from the primary resection`
      : "; no patient's times decide the origin";
    if (broken.length) {
      const ids = broken.map((b) => b.patient);
      return checkResult(
        "fail",
        `Counted from the liver resection, the times of ${broken.length} of ${pluralize(examined.length, "patient")} do not fall in order (${namedPatients(ids)})${originPhrase}${leftOut}.`,
        [...broken, ...origin]
      );
    }
    return checkResult(
      "pass",
      `Counted from the liver resection, ${examined.length === 1 ? "the one patient's" : `all ${examined.length} patients'`} primary resection, dated events and last follow-up fall in order${originPhrase}${leftOut}.`,
      origin
    );
  }
};
