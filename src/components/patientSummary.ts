/**
 * One patient's story on one card: who, the primary tumour and its treatment, the liver metastasis and its
 * resection, and every event the article gives, in time order (months from the liver resection), each with
 * the words of the article it rests on. Rendered as a <details> with id "patient-N" so links can open it.
 */
import {ablationWords} from "../lib/brisbane.js";
import {formatNumber} from "../lib/format.js";
import {documentOf, element} from "./dom.js";
import {citeSources, type EventSourceRef} from "./eventTable.js";

/** One patient's record; a null field was not recorded, and the summary says so in words. */
export interface SummaryPatient {
  id: number;
  age: number | null;
  sex: "F" | "M" | null;
  primarySite: string | null;
  primaryProcedure: string | null;
  primarySizeCm: number | null;
  chemotherapyDrugs: string[] | null;
  chemotherapyCycles: number | null;
  radiotherapyGy: number | null;
  radiotherapyFractions: number | null;
  monthsToLiverMetastasis: number | null;
  synchronousResection: boolean | null;
  lesionCount: number | null;
  lesionSizeCm: number | null;
  segments: number[] | null;
  liverProcedure: string | null;
  ablation: boolean | null;
  /** "IORFA", "RFA" or "MWA"; absent or null when not recorded. */
  ablationMethod?: string | null;
  marginPositive: boolean | null;
  cirrhosis: boolean | null;
  suv: number | null;
  suvStatus: string;
  survivalMonths: number | null;
  dead: boolean | null;
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
  const lines = summaryLines(p);
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
      ` · ${p.primarySite ?? "site not recorded"} · ${p.liverProcedure ?? "procedure not recorded"} · ${outcome(p)}`
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

/** "died at 24 months", "alive at 170 months", or "survival not recorded". */
function outcome(p: SummaryPatient): string {
  return p.survivalMonths === null || p.dead === null ? "survival not recorded" : `${p.dead ? "died" : "alive"} at ${p.survivalMonths} months`;
}

/**
 * The summary's sentences, one per stage of the course; a value not recorded reads "not recorded", never "null".
 * @example summaryLines(patient1)[0] // "42-year-old woman; primary leiomyosarcoma of the pancreas (18 cm), resected by distal pancreatectomy and splenectomy."
 */
export function summaryLines(p: SummaryPatient): string[] {
  const person = p.sex === null ? "patient" : p.sex === "F" ? "woman" : "man";
  const unknown = [p.age === null ? "age" : null, p.sex === null ? "sex" : null].filter(Boolean).join(" and ");
  const who = `${p.age === null ? person[0]!.toUpperCase() + person.slice(1) : `${p.age}-year-old ${person}`}${unknown ? ` (${unknown} not recorded)` : ""}`;
  const site = p.primarySite === null ? "primary leiomyosarcoma (site not recorded)" : `primary leiomyosarcoma of the ${p.primarySite.toLowerCase()}`;
  const size = p.primarySizeCm === null ? "size not recorded" : `${formatNumber(p.primarySizeCm)} cm`;
  const operation = p.primaryProcedure === null ? "operation not recorded" : `resected by ${p.primaryProcedure.toLowerCase()}`;
  const treatment = [
    p.chemotherapyDrugs?.length ? `chemotherapy (${p.chemotherapyDrugs.join(", ")}, ${p.chemotherapyCycles} cycles)` : null,
    p.radiotherapyGy !== null ? `radiotherapy (${formatNumber(p.radiotherapyGy)} Gy in ${p.radiotherapyFractions} fractions)` : null
  ].filter(Boolean);
  const suv =
    p.suv !== null
      ? `mean SUV ${formatNumber(p.suv)}`
      : p.suvStatus === "not tested" ? "no PET-CT" : p.suvStatus === "not recorded" ? "PET-CT not recorded" : "no hypermetabolism on PET-CT";
  const lesions = p.lesionCount === null ? "Number of liver lesions not recorded" : `${p.lesionCount} liver ${p.lesionCount === 1 ? "lesion" : "lesions"}`;
  const largest = p.lesionSizeCm === null ? "largest not recorded" : `largest ${formatNumber(p.lesionSizeCm, 2)} cm`;
  const where = p.segments === null ? ", segments not recorded" : ` in segment${p.segments.length > 1 ? "s" : ""} ${p.segments.join(", ")}`;
  const cirrhosis = p.cirrhosis === null ? "; cirrhosis not recorded" : p.cirrhosis ? "; cirrhotic liver" : "";
  const margin = p.marginPositive === null ? "not recorded" : p.marginPositive ? "positive" : "negative";
  return [
    `${who}; ${site} (${size}), ${operation}.`,
    p.chemotherapyDrugs === null
      ? "Adjuvant treatment after the primary resection not recorded."
      : treatment.length ? `Adjuvant ${treatment.join(" and ")} after the primary resection.` : "No adjuvant treatment after the primary resection.",
    p.synchronousResection
      ? "The liver metastasis was found with the primary and resected in the same operation."
      : p.monthsToLiverMetastasis === null
        ? "Interval from the primary resection to the liver metastasis not recorded."
        : `Liver metastasis diagnosed ${p.monthsToLiverMetastasis} months after the primary resection.`,
    `${lesions} (${largest})${where}; ${suv}${cirrhosis}.`,
    `${p.liverProcedure ?? "Liver procedure not recorded"}${p.ablation ? ` with ${ablationWords(p.ablationMethod)}` : ""}; microscopic margin ${margin}.`,
    p.survivalMonths === null || p.dead === null
      ? "Survival after the liver resection not recorded (left out of survival estimates)."
      : p.dead ? `Died ${p.survivalMonths} months after the liver resection.` : `Alive ${p.survivalMonths} months after the liver resection (last contact).`
  ];
}
