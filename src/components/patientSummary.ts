/**
 * One patient's story on one card: who, the primary tumour and its treatment, the liver metastasis and its
 * resection, and every event the article gives, in time order (months from the liver resection), each with
 * the words of the article it rests on. Rendered as a <details> with id "patient-N" so links can open it.
 */
import {ablationWords} from "../lib/brisbane.js";
import {formatNumber} from "../lib/format.js";
import {documentOf, element} from "./dom.js";
import {citeSources, type EventSourceRef} from "./eventTable.js";

export interface SummaryPatient {
  id: number;
  age: number;
  sex: "F" | "M";
  primarySite: string;
  primaryProcedure: string;
  primarySizeCm: number;
  chemotherapyDrugs: string[];
  chemotherapyCycles: number | null;
  radiotherapyGy: number | null;
  radiotherapyFractions: number | null;
  monthsToLiverMetastasis: number;
  synchronousResection: boolean;
  lesionCount: number;
  lesionSizeCm: number;
  segments: number[];
  liverProcedure: string;
  ablation: boolean;
  /** "IORFA", "RFA" or "MWA"; absent or null when not recorded. */
  ablationMethod?: string | null;
  marginPositive: boolean;
  cirrhosis: boolean;
  suv: number | null;
  suvStatus: string;
  survivalMonths: number;
  dead: boolean;
}

export interface SummaryEvent {
  patient: number;
  label: string;
  kind: string;
  monthsFromLiverResection: number | null;
  notBeforeMonths: number | null;
  source: string;
  fragment: string | null;
  /** Every cell or fragment the event rests on (see eventTable's citeSources). */
  sources?: readonly EventSourceRef[];
}

/** @example patientSummary(patient, timeline.filter((e) => e.patient === patient.id), {open: true}) */
export function patientSummary(
  p: SummaryPatient,
  events: readonly SummaryEvent[],
  options: {document?: Document; open?: boolean; color?: string} = {}
): HTMLDetailsElement {
  const document = documentOf(options);
  const sex = p.sex === "F" ? "woman" : "man";
  const treatment = [
    p.chemotherapyDrugs.length ? `chemotherapy (${p.chemotherapyDrugs.join(", ")}, ${p.chemotherapyCycles} cycles)` : null,
    p.radiotherapyGy !== null ? `radiotherapy (${formatNumber(p.radiotherapyGy)} Gy in ${p.radiotherapyFractions} fractions)` : null
  ].filter(Boolean);
  const suv = p.suv !== null ? `mean SUV ${formatNumber(p.suv)}` : p.suvStatus === "not tested" ? "no PET-CT" : "no hypermetabolism on PET-CT";
  const lines = [
    `${p.age}-year-old ${sex}; primary leiomyosarcoma of the ${p.primarySite.toLowerCase()} (${formatNumber(p.primarySizeCm)} cm), resected by ${p.primaryProcedure.toLowerCase()}.`,
    treatment.length ? `Adjuvant ${treatment.join(" and ")} after the primary resection.` : "No adjuvant treatment after the primary resection.",
    p.synchronousResection
      ? "The liver metastasis was found with the primary and resected in the same operation."
      : `Liver metastasis diagnosed ${p.monthsToLiverMetastasis} months after the primary resection.`,
    `${p.lesionCount} liver ${p.lesionCount === 1 ? "lesion" : "lesions"} (largest ${formatNumber(p.lesionSizeCm, 2)} cm) in segment${p.segments.length > 1 ? "s" : ""} ${p.segments.join(", ")}; ${suv}${p.cirrhosis ? "; cirrhotic liver" : ""}.`,
    `${p.liverProcedure}${p.ablation ? ` with ${ablationWords(p.ablationMethod)}` : ""}; microscopic margin ${p.marginPositive ? "positive" : "negative"}.`,
    p.dead ? `Died ${p.survivalMonths} months after the liver resection.` : `Alive ${p.survivalMonths} months after the liver resection (last contact).`
  ];
  const when = (e: SummaryEvent) =>
    e.monthsFromLiverResection !== null
      ? `${formatNumber(e.monthsFromLiverResection)} mo`
      : e.notBeforeMonths !== null
        ? `after ${formatNumber(e.notBeforeMonths)} mo`
        : "time not given";
  const rows = events.map((e) =>
    element(document, "tr", {}, [
      element(document, "td", {class: "num"}, [when(e)]),
      element(document, "td", {}, [e.label]),
      element(document, "td", {class: "muted"}, [citeSources(e)])
    ])
  );
  return element(document, "details", {id: `patient-${p.id}`, class: "patient-summary", open: options.open ?? false}, [
    element(document, "summary", {}, [
      options.color ? element(document, "span", {class: "legend-swatch", style: `background:${options.color}`, "aria-hidden": "true"}) : null,
      element(document, "strong", {}, [`Patient ${p.id}`]),
      ` · ${p.primarySite} · ${p.liverProcedure} · ${p.dead ? "died" : "alive"} at ${p.survivalMonths} months`
    ]),
    ...lines.map((line) => element(document, "p", {}, [line])),
    element(document, "table", {class: "plain-table"}, [
      element(document, "caption", {}, ["Events, in months from the liver resection (negative: before it)"]),
      element(document, "thead", {}, [
        element(document, "tr", {}, ["When", "Event", "Source"].map((h) => element(document, "th", {scope: "col"}, [h])))
      ]),
      element(document, "tbody", {}, rows)
    ])
  ]);
}
