/**
 * The data checks' contract (checks.json, one entry per check) and their tally: types and pure counting, no DOM,
 * no Node, so the pipeline (data-loaders/checks/), the page loaders, the views and the prose share them.
 *
 * A check asks whether the series' tables hold together, whatever article they come from: it needs no statement
 * of the article (those are claims.json's, audited apart). Its verdict is one of four:
 * - `pass`: every patient it could examine fits its rule;
 * - `fail`: some patient's cells contradict each other under the rule (the findings say which and how);
 * - `noted`: the check found something a reader should know that is no contradiction: a cell left unrecorded is
 *   a gap in what was collected, not a fault of the series, so the missing-cells check reports it as noted and
 *   never fails;
 * - `not applicable`: nothing in the series for the rule to examine (an events file with no rows, say).
 */

export const checkVerdicts = ["fail", "noted", "not applicable", "pass"] as const;
export type CheckVerdict = (typeof checkVerdicts)[number];

/**
 * One thing a check found: about one patient (linked on the page), or about the series (`patient` null). A
 * patient's text continues "Patient 7: …", so it starts in lowercase; a series' text is a sentence of its own.
 */
export interface CheckFinding {
  patient: number | null;
  text: string;
}

/** What running a check gives. */
export interface CheckResult {
  verdict: CheckVerdict;
  /** One sentence saying what the check found over the whole series. */
  summary: string;
  /** The patients the findings concern, ascending (none when nothing was found). */
  patients: number[];
  findings: CheckFinding[];
}

/** One row of checks.json: the check (its id, title and rule in words) and its result on the series. */
export interface CheckEntry extends CheckResult {
  id: string;
  title: string;
  /** What the check requires of every patient, in words. */
  rule: string;
}

/** How a verdict reads on the page. */
export const checkVerdictLabel: Record<CheckVerdict, string> = {pass: "Pass", fail: "Fail", noted: "Noted", "not applicable": "Not applicable"};

/** The checks' tally: how many ran, and how many of each verdict; `failed` names the failing checks' titles. */
export interface ChecksSummary {
  checks: number;
  pass: number;
  fail: number;
  noted: number;
  notApplicable: number;
  /** Titles of the failing checks, in the dataset's order. */
  failed: string[];
  /** Patients named by a failing check's findings, ascending. */
  failedPatients: number[];
}

/**
 * Counts the data checks by verdict, for a sentence such as the Overview's trust paragraph or the Audit page's.
 * @example checksSummary(checks) // {checks: 5, pass: 4, fail: 1, noted: 0, notApplicable: 0, failed: ["Lesions against segments"], failedPatients: [7]}
 */
export function checksSummary(checks: readonly Pick<CheckEntry, "title" | "verdict" | "patients">[]): ChecksSummary {
  const count = (v: CheckVerdict) => checks.filter((c) => c.verdict === v).length;
  const failing = checks.filter((c) => c.verdict === "fail");
  return {
    checks: checks.length,
    pass: count("pass"),
    fail: failing.length,
    noted: count("noted"),
    notApplicable: count("not applicable"),
    failed: failing.map((c) => c.title),
    failedPatients: [...new Set(failing.flatMap((c) => c.patients))].sort((a, b) => a - b)
  };
}
