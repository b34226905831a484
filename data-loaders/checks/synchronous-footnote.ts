/**
 * Synchronous footnote against a zero interval: Table 1's footnote b) marks a primary resected in the same
 * operation as the liver metastasis, so a marked row has 0 months from the primary resection to the liver
 * metastasis, and a row with 0 months should carry the mark. Either direction broken is a finding: a marked row
 * with months between the operations contradicts the footnote; an unmarked zero is two operations in one month
 * or a mark left out, and the table cannot say which.
 */
import {formatNumber, pluralize} from "../../src/lib/format.js";
import {type CheckData, checkResult, type DataCheck, namedPatients} from "./check.js";

/**
 * @example synchronousFootnote.run({patients: [{id: 2, synchronousResection: true, monthsToLiverMetastasis: 3, …}], timeline: []})
 * // {verdict: "fail", patients: [2], findings: [{patient: 2, text: "marked b) (resected in one operation) but 3 months from the primary resection to the liver metastasis."}], …}
 */
export const synchronousFootnote: DataCheck = {
  title: "Synchronous footnote against a zero interval",
  rule: "A row marked with footnote b) (primary and liver metastasis resected in one operation) has an interval of 0 months to the liver metastasis, and a row with 0 months carries the mark.",
  run({patients}: CheckData) {
    const examined = patients.filter((p) => p.synchronousResection !== null && p.monthsToLiverMetastasis !== null);
    if (!examined.length) return checkResult("not applicable", "No patient has an interval to the liver metastasis recorded.", []);
    const left = patients.length - examined.length;
    const leftOut = left ? ` (${pluralize(left, "patient")} without a recorded interval left out)` : "";
    const findings = examined.flatMap((p) => {
      if (p.synchronousResection && p.monthsToLiverMetastasis !== 0)
        return [{patient: p.id, text: `marked b) (resected in one operation) but ${formatNumber(p.monthsToLiverMetastasis)} months from the primary resection to the liver metastasis.`}];
      if (!p.synchronousResection && p.monthsToLiverMetastasis === 0)
        return [{patient: p.id, text: "0 months from the primary resection to the liver metastasis without the b) mark: two operations in the same month, or a mark left out; the table cannot say which."}];
      return [];
    });
    if (findings.length) {
      const ids = findings.map((f) => f.patient);
      return checkResult("fail", `The mark and the interval disagree for ${ids.length} of ${pluralize(examined.length, "patient")} (${namedPatients(ids)})${leftOut}.`, findings);
    }
    const marked = examined.filter((p) => p.synchronousResection).map((p) => p.id);
    const rows = marked.length
      ? `${namedPatients(marked)} marked b), ${marked.length === 1 ? "with" : "each with"} 0 months`
      : "no row marked b) and no interval of 0 months";
    return checkResult("pass", `The mark and a zero interval go together in every row (${rows})${leftOut}.`, []);
  }
};
