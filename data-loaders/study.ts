/**
 * What the report needs to know about its source beyond the rows: the article's metadata, the primary-site
 * mapping with reasons, and the assumptions made where the article is silent, each with the patients it touches.
 */
import {ablationWords, brisbaneClass, describeBrisbaneClass} from "../src/lib/brisbane.js";
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
  const spread = partial.filter((p) => !p.ablation && (p.segments?.length ?? 0) > 1);
  const most = [...spread].sort((a, b) => (b.lesionCount ?? 0) - (a.lesionCount ?? 0) || a.id - b.id)[0];
  const others = [...new Set(patients.map((p) => p.liverProcedure))].filter((name): name is NonNullable<typeof name> => name !== null && name !== "Partial hepatectomy");
  // The source's liver-procedures.tsv may say how much liver a "partial hepatectomy" removed (the bundled one maps
  // it to a minor resection); without such a mapping its extent stays unknown and nothing is assumed.
  const minor = partial.length > 0 && partial.every((p) => p.resectionExtent === "minor");
  return {
    id: "partial-hepatectomy",
    title: minor
      ? "“Partial hepatectomy” is read as a minor resection, not as a technique"
      : "“Partial hepatectomy” gives neither technique nor extent, and none is assumed",
    text:
      "Table 2 calls the operation of " +
      `${partial.length} of ${patients.length} patients “Partial hepatectomy” and the article never says whether these were ` +
      "non-anatomical (wedge) resections or anatomical ones, nor how much liver they removed. " +
      (minor
        ? "The report reads “partial hepatectomy” as a minor resection of less than a section (two Couinaud segments), " +
          "as the source's liver-procedures.tsv maps it, and not as a statement of technique. "
        : "The source maps no extent to it (liver-procedures.tsv), so the report lists these operations with an unknown extent, " +
          "between the minor and the major resections, and counts them as neither. ") +
      [...others, "Partial hepatectomy"].map((name) => `${describeBrisbaneClass(brisbaneClass(name))}. `).join("") +
      (spread.length
        ? `${spread.length === 1 ? "Patient" : "Patients"} ${list(spread.map((p) => p.id))} had lesions in more than one segment` +
          (most && most.lesionCount !== null ? ` (patient ${most.id}: ${most.lesionCount} lesions in segments ${most.segments!.join(", ")})` : "") +
          ", so a “partial hepatectomy” may have been several resections."
        : ""),
    patients: partial.map((p) => p.id)
  };
}

const list = (xs: readonly number[]) => xs.join(", ");

/**
 * Where survival is counted from. When patients alive with a survival shorter than their interval to liver
 * metastasis rule out the primary resection (timeOriginEvidence), the assumption names them; otherwise it says the
 * liver resection is the origin by convention and that the data settle nothing either way.
 * @example timeOrigin(patients).text // "… It cannot be the primary resection: patients 8, 9 were alive with a survival shorter than …"
 */
function timeOrigin(patients: readonly Patient[]): Assumption {
  const evidence = timeOriginEvidence(patients).map((e) => e.patient);
  const lead = "The article does not say where “overall survival period” starts. ";
  const origin = "the index liver resection, and the diagnosis of the liver metastasis is taken to coincide with it.";
  return {
    id: "time-origin",
    title: "Survival is counted from the liver resection",
    text: evidence.length
      ? lead +
        `It cannot be the primary resection: ${evidence.length === 1 ? "patient" : "patients"} ${list(evidence)} had a survival shorter ` +
        `than their interval from primary resection to liver metastasis, so counted from the primary resection their follow-up would end before the liver metastasis was found. ` +
        `Survival and every timeline are therefore measured from ${origin}`
      : lead +
        `Survival and every timeline are measured from ${origin} This is a convention, the usual origin for outcomes after resection of metastases. ` +
        "The data neither confirm nor rule out another origin: no patient's survival is shorter than their interval from primary resection to liver metastasis, which would rule out the primary resection.",
    patients: evidence
  };
}

/**
 * How the interval to liver metastasis is read, from Table 1's footnote on it: a footnote that names the
 * retroperitoneum ("(retroperitoneal)") is stretched to every site, and touches the patients with another site
 * (none: nothing to assume, and the assumption is left out); without a footnote, the interval is read from the
 * primary resection for every patient; a footnote that defines it for every site leaves nothing to assume.
 * @example intervalOrigin(article, patients)?.patients // [4, 5, 6, 7, 10]: the non-retroperitoneal primaries
 */
function intervalOrigin(article: Article, patients: readonly Patient[]): Assumption | null {
  const footnote = article.tables.flatMap((t) => (t.file === "table1.tsv" ? t.footnotes : [])).find((f) => f.column.startsWith("Period to liver metastasis"));
  const title = "The interval to liver metastasis starts at the primary resection for every patient";
  if (footnote && /retroperitone/i.test(footnote.text)) {
    const others = patients.filter((p) => p.primarySite !== "Retroperitoneum").map((p) => p.id);
    if (others.length === 0) return null;
    return {
      id: "interval-origin",
      title,
      text:
        `Table 1 footnote ${footnote.marker} defines the interval from resection of the primary “(retroperitoneal)”, but the ` +
        "column is filled for every primary site; it is read as the interval from the primary resection whatever the site.",
      patients: others
    };
  }
  // A footnote that defines the interval for every site leaves nothing to assume.
  if (footnote) return null;
  return {
    id: "interval-origin",
    title,
    text: "Table 1 does not say where the interval to liver metastasis starts; it is read as the interval from the primary resection for every patient.",
    patients: patients.map((p) => p.id)
  };
}

/**
 * Where Table 1 marks a synchronous resection: its footnote on operating on both at the same time, by marker.
 * @example synchronousNote(article) // "Table 1 footnote b"
 */
function synchronousNote(article: Article): string {
  const footnote = article.tables
    .flatMap((t) => (t.file === "table1.tsv" ? t.footnotes : []))
    .find((f) => /same time|simultaneous|synchronous|one operation|together/i.test(f.text));
  // "b)" as "footnote b": the marker's own parenthesis would close the one around it.
  return footnote ? `Table 1 footnote ${footnote.marker.replace(/\)$/, "")}` : "Table 1";
}

/**
 * How a liver procedure with ablation is recorded: each printed form in the series, as its procedure with the
 * ablation flag. Left out when no patient had ablation, so it never names a procedure the series lacks.
 * @example ablation(patients)?.text // "“Partial hepatectomy+IORFA” is recorded as a partial hepatectomy with intraoperative radiofrequency ablation."
 */
function ablation(patients: readonly Patient[]): Assumption | null {
  const ablated = patients.filter((p) => p.ablation);
  if (ablated.length === 0) return null;
  const forms = new Map<string, {procedure: string; method: string | null}>();
  for (const p of ablated) {
    const cell = p.verbatim.table2["Surgical procedure"] ?? "";
    if (cell && p.liverProcedure) forms.set(cell, {procedure: p.liverProcedure, method: p.ablationMethod});
  }
  const sentences = [...forms].map(([cell, {procedure, method}]) => `“${cell}” is recorded as ${indefinite(procedure.toLowerCase())} with ${ablationWords(method)}.`);
  return {
    id: "ablation",
    title: "Ablation is an addition to the liver procedure, not a procedure of its own",
    text: sentences.length ? sentences.join(" ") : "A liver procedure with ablation is recorded as that procedure with the ablation flag.",
    patients: ablated.map((p) => p.id)
  };
}

/** "a partial hepatectomy", "an extended right hepatectomy". */
function indefinite(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

export function describeSource(article: Article, patients: readonly Patient[], sites: ReturnType<typeof parsePrimarySites>) {
  const evidence = timeOriginEvidence(patients);
  const ids = (keep: (p: Patient) => boolean) => patients.filter(keep).map((p) => p.id);
  const synchronous = ids((p) => p.synchronousResection === true);
  const partial = partialHepatectomy(patients);
  // An assumption that touches no patient and says nothing general is left out: it would only say "none".
  const assumptions: Assumption[] = [
    timeOrigin(patients),
    intervalOrigin(article, patients),
    synchronous.length
      ? {
          id: "synchronous",
          title: "“The surgery” of a synchronous patient is the combined operation",
          text:
            `For patients whose primary and liver metastasis were resected together (${synchronousNote(article)}), the primary ` +
            "resection and the liver resection are one operation, at time 0, and any time the text gives “after the surgery” is counted from it.",
          patients: synchronous
        }
      : null,
    {
      id: "primary-site",
      title: "The primary site is read from the primary operation",
      text:
        "Table 1 has no site column. Each operation is mapped to an organ in primary-sites.tsv: " +
        [...sites.values()].map((s) => `${s["Surgical procedure for primary lesion"]} → ${s["Primary site"]}`).join("; ") +
        ".",
      patients: patients.map((p) => p.id)
    },
    partial.patients.length ? partial : null,
    ablation(patients),
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
  ].filter((a): a is Assumption => a !== null);
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
