/**
 * What the report needs to know about its source beyond the rows: the article's metadata, the primary-site
 * mapping with reasons, and the assumptions made where the article is silent, each with the patients it touches.
 */
import {brisbaneClass, describeBrisbaneClass} from "../src/lib/brisbane.js";
import type {Article} from "./article.js";
import {patientDictionary} from "./dictionary.js";
import type {Patient} from "./patients.js";
import type {parsePrimarySites} from "./primary-sites.js";
import {timeOriginEvidence} from "./timeline.js";

export interface Assumption {
  id: string;
  title: string;
  text: string;
  patients: number[];
}

/**
 * What "partial hepatectomy" is taken to mean. The article never says whether these were non-anatomical (wedge)
 * resections; it touches every patient with that procedure, and names those whose lesions lay in several
 * segments (patient 3: seven lesions in five), for whom one "partial hepatectomy" may have been several resections.
 */
function partialHepatectomy(patients: readonly Patient[]): Assumption {
  const partial = patients.filter((p) => p.liverProcedure === "Partial hepatectomy");
  // An ablated lesion was not resected (patient 7: resection in segment 8, ablation in 7), so it does not count.
  const spread = partial.filter((p) => !p.ablation && p.segments.length > 1);
  const most = [...spread].sort((a, b) => b.lesionCount - a.lesionCount || a.id - b.id)[0];
  const others = [...new Set(patients.map((p) => p.liverProcedure))].filter((name) => name !== "Partial hepatectomy");
  return {
    id: "partial-hepatectomy",
    title: "“Partial hepatectomy” is read as a minor resection, not as a technique",
    text:
      "Table 2 calls the operation of " +
      `${partial.length} of ${patients.length} patients “Partial hepatectomy” and the article never says whether these were ` +
      "non-anatomical (wedge) resections or anatomical ones, nor how much liver they removed. " +
      "The report reads “partial hepatectomy” as a minor resection of less than a section (two Couinaud segments), " +
      "and not as a statement of technique; the audit checks what the article's text calls these operations. " +
      [...others, "Partial hepatectomy"].map((name) => `${describeBrisbaneClass(brisbaneClass(name))}. `).join("") +
      (spread.length
        ? `${spread.length === 1 ? "Patient" : "Patients"} ${list(spread.map((p) => p.id))} had lesions in more than one segment` +
          (most ? ` (patient ${most.id}: ${most.lesionCount} lesions in segments ${most.segments.join(", ")})` : "") +
          ", so a “partial hepatectomy” may have been several resections."
        : ""),
    patients: partial.map((p) => p.id)
  };
}

const list = (xs: number[]) => (xs.length ? xs.join(", ") : "none");

export function describeSource(article: Article, patients: readonly Patient[], sites: ReturnType<typeof parsePrimarySites>) {
  const evidence = timeOriginEvidence(patients);
  const ids = (keep: (p: Patient) => boolean) => patients.filter(keep).map((p) => p.id);
  const assumptions: Assumption[] = [
    {
      id: "time-origin",
      title: "Survival is counted from the liver resection",
      text:
        "The article does not say where “overall survival period” starts. It cannot be the primary resection: " +
        `patients ${list(evidence.map((e) => e.patient))} were alive with a survival shorter than their interval ` +
        "from primary resection to liver metastasis. Survival and every timeline are therefore measured from the " +
        "index liver resection, and the diagnosis of the liver metastasis is taken to coincide with it.",
      patients: evidence.map((e) => e.patient)
    },
    {
      id: "interval-origin",
      title: "The interval to liver metastasis starts at the primary resection for every patient",
      text:
        "Table 1 footnote a) defines the interval from resection of the primary “(retroperitoneal)”, but the " +
        "column is filled for every primary site; it is read as the interval from the primary resection whatever the site.",
      patients: ids((p) => p.primarySite !== "Retroperitoneum")
    },
    {
      id: "synchronous",
      title: "“The surgery” of a synchronous patient is the combined operation",
      text:
        "For patients whose primary and liver metastasis were resected together (footnote b), times the Results " +
        "give “after the surgery” are counted from that one operation.",
      patients: ids((p) => p.synchronousResection)
    },
    {
      id: "primary-site",
      title: "The primary site is read from the primary operation",
      text:
        "Table 1 has no site column. Each operation is mapped to an organ in primary-sites.tsv: " +
        [...sites.values()].map((s) => `${s["Surgical procedure for primary lesion"]} → ${s["Primary site"]}`).join("; ") +
        ".",
      patients: patients.map((p) => p.id)
    },
    partialHepatectomy(patients),
    {
      id: "ablation",
      title: "Ablation is an addition to the liver procedure, not a procedure of its own",
      text: "“Partial hepatectomy+IORFA” is recorded as a partial hepatectomy with intraoperative radiofrequency ablation.",
      patients: ids((p) => p.ablation)
    },
    {
      id: "suv",
      title: "Missing SUV values keep their reason",
      text: "“Not tested” and “No hypermetabolism” both give no SUV number; suvStatus records which, so neither is read as 0.",
      patients: ids((p) => p.suv === null)
    },
    {
      id: "radiotherapy-units",
      title: "Radiotherapy doses are in gray",
      text: "Doses printed in cGy are divided by 100 so every dose is in Gy.",
      patients: patients.filter((p) => /cGy/.test(p.verbatim.table1["Adjuvant treatment after primary surgery"] ?? "")).map((p) => p.id)
    }
  ];
  return {
    article,
    timeOrigin: {
      origin: "index liver resection",
      field: "monthsFromLiverResection",
      evidence
    },
    primarySiteMapping: [...sites.values()].map((s) => ({
      primaryProcedure: s["Surgical procedure for primary lesion"],
      primarySite: s["Primary site"],
      reason: s["Reason"]
    })),
    assumptions,
    dictionary: patientDictionary
  };
}
