/**
 * Adjuvant treatment after the primary resection as a patient × agent matrix: a cell per drug given (labelled
 * with its cycles) and a radiotherapy column (labelled with dose and fractions), one row per patient in view,
 * patients without adjuvant treatment kept as empty rows so the matrix shows who had nothing too.
 */
import * as Plot from "@observablehq/plot";
import {accessiblePlot, plotClass} from "./plotA11y.js";
import {formatInteger, formatNumber} from "../lib/format.js";
import {notShownNote} from "../lib/prose/notRecorded.js";

export interface TreatmentPatient {
  id: number;
  primarySite: string | null;
  /** Null when the adjuvant treatment was not recorded: the patient then has no row (the caption counts them). */
  chemotherapyDrugs: string[] | null;
  chemotherapyCycles: number | null;
  radiotherapyGy: number | null;
  radiotherapyFractions: number | null;
}

export interface TreatmentCell {
  patient: string;
  agent: string;
  text: string;
  kind: "chemotherapy" | "radiotherapy";
  title: string;
}

export const radiotherapyColumn = "Radiotherapy";

/** The cells of the matrix: one per patient and drug, plus one per patient with radiotherapy. */
export function treatmentCells(patients: readonly TreatmentPatient[]): TreatmentCell[] {
  return patients.flatMap((p) => [
    ...(p.chemotherapyDrugs ?? []).map((drug) => ({
      patient: `Patient ${p.id}`,
      agent: drug,
      text: `${p.chemotherapyCycles}`,
      kind: "chemotherapy" as const,
      title: `Patient ${p.id} (${p.primarySite}): ${drug}, ${p.chemotherapyCycles} cycles, with ${(p.chemotherapyDrugs ?? []).filter((d) => d !== drug).join(", ") || "no other drug"}`
    })),
    ...(p.radiotherapyGy === null
      ? []
      : [{
          patient: `Patient ${p.id}`,
          agent: radiotherapyColumn,
          text: `${formatNumber(p.radiotherapyGy)} Gy/${p.radiotherapyFractions}`,
          kind: "radiotherapy" as const,
          title: `Patient ${p.id} (${p.primarySite}): radiotherapy ${formatNumber(p.radiotherapyGy)} Gy in ${p.radiotherapyFractions} fractions`
        }])
  ]);
}

/** @example treatmentMatrix(patientsInView, {width: 640, drugs: ["cisplatin", "ifosfamide"]}) */
export function treatmentMatrix(
  patientsInView: readonly TreatmentPatient[],
  {width, drugs, document, aggregateAbove = 40}: {width: number; drugs: readonly string[]; document?: Document; aggregateAbove?: number}
): SVGSVGElement | HTMLElement {
  // A patient whose adjuvant treatment was not recorded is neither treated nor untreated: no row, and a caption.
  const patients = patientsInView.filter((p) => p.chemotherapyDrugs !== null);
  const note = notShownNote(patientsInView.length - patients.length);
  if (patients.length > aggregateAbove) return regimenCounts(patients, {width, drugs, ...(document && {document})});
  const cells = treatmentCells(patients);
  const rows = patients.map((p) => `Patient ${p.id}`);
  const columns = [...drugs, radiotherapyColumn];
  const treated = new Set(cells.map((c) => c.patient));
  // The key lists only the kinds of cell drawn (no "radiotherapy" swatch when no patient in view had it).
  const kinds = (["chemotherapy", "radiotherapy"] as const).filter((kind) => cells.some((c) => c.kind === kind));
  const kindColor = {chemotherapy: "#0072B2", radiotherapy: "#E69F00"};
  const marginLeft = 80;
  const marginRight = 50; // room for the last column's rotated name ("Radiotherapy")
  // On a phone a cell is about 22 px wide: a dose is written in two short lines, its number over its fractions
  // ("58" over "/29"), the unit in the subtitle; on a wider screen in one ("58 Gy/29").
  const narrow = (width - marginLeft - marginRight) / columns.length < 56;
  const label = (c: {text: string; kind: string}) => (narrow && c.kind === "radiotherapy" ? c.text.replace(" Gy/", "\n/") : c.text);
  return accessiblePlot(Plot.plot({
    className: plotClass,
    ...(document && {document}),
    title: "Adjuvant treatment after the primary resection",
    subtitle: "Numbers are chemotherapy cycles; radiotherapy shows total dose (Gy) and fractions",
    ...(note && {caption: `Adjuvant treatment: ${note}.`}),
    width,
    height: 70 + 28 * Math.max(1, rows.length),
    marginLeft,
    marginRight,
    marginTop: 70,
    x: {domain: columns, axis: "top", label: null, tickRotate: -30},
    y: {domain: rows, label: null},
    color: {domain: kinds, range: kinds.map((kind) => kindColor[kind]), legend: kinds.length > 0},
    ariaLabel: "Matrix of adjuvant treatment, one row per patient and one column per drug and for radiotherapy",
    ariaDescription:
      cells.length === 0
        ? "No patient in view had adjuvant treatment."
        : cells.map((c) => c.title).join("; ") + `. Without adjuvant treatment: ${rows.filter((r) => !treated.has(r)).join(", ") || "none"}.${note ? ` Adjuvant treatment: ${note}.` : ""}`,
    marks: [
      Plot.cell(rows.flatMap((patient) => columns.map((agent) => ({patient, agent}))), {
        x: "agent",
        y: "patient",
        fill: "none",
        stroke: "currentColor",
        strokeOpacity: 0.12
      }),
      Plot.cell(cells, {x: "agent", y: "patient", fill: "kind", inset: 1, title: "title", tip: true}),
      // White on the blue cells, black on the orange ones (white on #E69F00 is about 2:1, black 9.7:1).
      Plot.text(cells, {x: "agent", y: "patient", text: label, fill: (c: {kind: string}) => (c.kind === "radiotherapy" ? "black" : "white"), fontWeight: "bold", ...(narrow && {fontSize: 9})})
    ]
  }));
}

/**
 * The aggregated form for large cohorts, where a row per patient is unreadable: how many patients received each
 * agent, by number of cycles (radiotherapy by total dose).
 */
function regimenCounts(
  patients: readonly TreatmentPatient[],
  {width, drugs, document}: {width: number; drugs: readonly string[]; document?: Document}
): SVGSVGElement | HTMLElement {
  const rows = treatmentCells(patients).map((c) => ({agent: c.agent, dose: c.kind === "radiotherapy" ? c.text : `${c.text} cycles`, kind: c.kind}));
  const columns = [...drugs, radiotherapyColumn];
  return accessiblePlot(Plot.plot({
    className: plotClass,
    ...(document && {document}),
    title: "Adjuvant treatment after the primary resection",
    subtitle: `Patients per agent and dose, ${formatInteger(patients.length)} patients in view`,
    width,
    height: 340,
    marginLeft: 110,
    marginBottom: 60,
    x: {domain: columns, label: null, tickRotate: -30},
    y: {label: null},
    color: {scheme: "blues", label: "Patients"}, // the counts are printed in the cells, so no colour ramp is needed
    ariaLabel: `Patients per adjuvant agent and dose among ${formatInteger(patients.length)} patients`,
    marks: [
      Plot.cell(rows, Plot.group({fill: "count"}, {x: "agent", y: "dose", tip: true, inset: 1})),
      Plot.text(rows, Plot.group({text: "count"}, {x: "agent", y: "dose", fill: "currentColor"}))
    ]
  }));
}
