/**
 * What the report needs to know about its source beyond the rows: the article's metadata, the primary-site
 * mapping with reasons, and the assumptions made where the article is silent, each with the patients it touches.
 */
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

export function describeSource(article: Article, patients: readonly Patient[], sites: ReturnType<typeof parsePrimarySites>) {
  const evidence = timeOriginEvidence(patients);
  const ids = (keep: (p: Patient) => boolean) => patients.filter(keep).map((p) => p.id);
  const list = (xs: number[]) => (xs.length ? xs.join(", ") : "none");
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
