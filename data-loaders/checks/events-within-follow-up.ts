/**
 * Events within follow-up: a follow-up event (a row of the events file: a repeat operation, a recurrence, a
 * treatment the text reports) must happen while the patient was followed, at or before the last contact or death
 * that ends their survival time. A dated event is held to its time; an undated one to the earliest time the text
 * allows (its anchor's), since even that would be too late if it falls after the follow-up. An events file with
 * no rows leaves nothing to check: the verdict is then "not applicable".
 */
import {formatNumber, pluralize} from "../../src/lib/format.js";
import {type CheckData, checkResult, type DataCheck, eventsByPatient, isFollowUpEvent, namedPatients} from "./check.js";

/**
 * @example eventsWithinFollowUp.run({patients: [{id: 1, survivalMonths: 170, …}], timeline: [{patient: 1, label: "Repeat hepatectomy", monthsFromLiverResection: 200, source: "Results", …}]})
 * // {verdict: "fail", patients: [1], findings: [{patient: 1, text: "“Repeat hepatectomy” at 200 months, after the last contact at 170 months."}], …}
 */
export const eventsWithinFollowUp: DataCheck = {
  title: "Events within follow-up",
  rule: "Every follow-up event (a row of the events file) happens at or before the patient's last contact or death: a dated event by its time, an undated one by the earliest time the text allows.",
  run({patients, timeline}: CheckData) {
    const followUp = timeline.filter(isFollowUpEvent);
    if (!followUp.length) return checkResult("not applicable", "The series lists no follow-up events, so there is nothing to place within follow-up.", []);
    const byPatient = eventsByPatient(followUp);
    const examined = patients.filter((p) => p.survivalMonths !== null && byPatient.has(p.id));
    const unplaced = patients.filter((p) => p.survivalMonths === null && byPatient.has(p.id)).length;
    if (!examined.length) return checkResult("not applicable", "No patient with follow-up events has a survival time recorded, so none can be placed within follow-up.", []);
    const leftOut = unplaced ? ` (${pluralize(unplaced, "patient")} with events but no recorded survival time left out)` : "";
    const end = (dead: boolean | null) => (dead === true ? "death" : dead === false ? "last contact" : "last contact or death");
    let events = 0;
    let undated = 0;
    const findings = examined.flatMap((p) => {
      const survival = p.survivalMonths!;
      const late = byPatient.get(p.id)!.flatMap((e) => {
        events++;
        const dated = e.monthsFromLiverResection !== null;
        if (!dated) undated++;
        const time = dated ? e.monthsFromLiverResection : e.notBeforeMonths;
        if (time === null || time <= survival) return [];
        return [`“${e.label}” ${dated ? "at" : "no earlier than"} ${formatNumber(time)} months, after the ${end(p.dead)} at ${formatNumber(survival)} months`];
      });
      return late.length ? [{patient: p.id, text: `${late.join("; ")}.`}] : [];
    });
    const undatedPhrase = undated ? `; ${undated} undated, held to the earliest time the text allows` : "";
    if (findings.length) {
      const ids = findings.map((f) => f.patient);
      return checkResult("fail", `Follow-up events fall after the last contact or death for ${ids.length} of ${pluralize(examined.length, "patient")} with events (${namedPatients(ids)})${leftOut}.`, findings);
    }
    return checkResult(
      "pass",
      `${events === 1 ? "The one follow-up event falls" : `All ${events} follow-up events, of ${pluralize(examined.length, "patient")}, fall`} at or before the last contact or death${undatedPhrase}${leftOut}.`,
      []
    );
  }
};
