/**
 * Joins Table 1, Table 2 and the primary-site mapping into one record per patient: the public data
 * dictionary of the report (field names are also the URL filter keys). Absent values are null, never 0 or "".
 */
import type {ResectionClass, ResectionExtent} from "../src/lib/brisbane.js";
import type {SuvStatus} from "./cells.js";
import type {AblationMethod} from "./liver-procedures.js";
import type {PrimarySite} from "./primary-sites.js";
import type {parsePrimarySites} from "./primary-sites.js";
import {SourceError} from "./source-error.js";
import type {parseTable1} from "./table1.js";
import type {parseTable2} from "./table2.js";

export interface Patient {
  /** Patient number as printed ("No."). */
  id: number;
  /** Age in years at diagnosis of the liver metastasis. */
  age: number;
  sex: "F" | "M";
  primarySite: PrimarySite;
  primaryProcedure: string;
  primarySizeCm: number;
  adjuvantChemotherapy: boolean;
  /** Lowercase generic names; [] when no chemotherapy was given. */
  chemotherapyDrugs: string[];
  chemotherapyCycles: number | null;
  adjuvantRadiotherapy: boolean;
  /** Total dose in Gy (printed cGy converted). */
  radiotherapyGy: number | null;
  radiotherapyFractions: number | null;
  /** Months from resection of the primary to diagnosis of the liver metastasis (0 when synchronous). */
  monthsToLiverMetastasis: number;
  /** Footnote b): primary and liver metastasis resected in one operation. */
  synchronousResection: boolean;
  /** Sites of metastasis after the hepatectomy, as printed (first letter capitalised); [] for "None". */
  additionalMetastasisSites: string[];
  additionalMetastasis: boolean;
  /** Overall survival in months; see the timeline for the assumed origin. */
  survivalMonths: number;
  dead: boolean;
  vitalStatus: "Alive" | "Dead";
  /** Maximum diameter of the (largest) liver metastasis, cm. */
  lesionSizeCm: number;
  lesionCount: number;
  lesionMultiplicity: "Single" | "Multiple";
  /** Couinaud segments 1-8 holding lesions, sorted. */
  segments: number[];
  cirrhosis: boolean;
  fattyLiver: boolean;
  /** Mean SUV on PET-CT; null when not tested or not hypermetabolic (see suvStatus). */
  suv: number | null;
  suvStatus: SuvStatus;
  /** The liver resection as printed, without the ablation suffix (a Brisbane 2000 name or one the series maps). */
  liverProcedure: string;
  /** Its Brisbane 2000 term (e.g. "Right hemihepatectomy"); null for a class outside the terms (non-anatomical, or an extent alone). */
  liverProcedureBrisbane: string | null;
  /** Its kind of resection, from non-anatomical to trisectionectomy. */
  liverProcedureClass: ResectionClass;
  /** Minor (fewer than three Couinaud segments), major (three or more), or unknown when the name does not say. */
  resectionExtent: ResectionExtent;
  /** An ablation in addition to the resection (the procedure's "+IORFA", "+RFA" or "+MWA"). */
  ablation: boolean;
  /** Which ablation: IORFA (intraoperative radiofrequency), RFA (radiofrequency), MWA (microwave); null without one. */
  ablationMethod: AblationMethod | null;
  marginPositive: boolean;
  /** The printed cells this record was read from. */
  verbatim: {table1: Record<string, string>; table2: Record<string, string>};
}

type Table1Rows = ReturnType<typeof parseTable1>;
type Table2Rows = ReturnType<typeof parseTable2>;
type SiteMap = ReturnType<typeof parsePrimarySites>;

/**
 * Builds the patients from validated rows, sorted by patient number. Both tables must list the same patients;
 * every primary operation must be in the primary-site mapping. Either failure is a SourceError.
 */
export function joinPatients(
  table1: Table1Rows,
  table2: Table2Rows,
  sites: SiteMap,
  files = {table1: "table1.tsv", table2: "table2.tsv", sites: "primary-sites.tsv"}
): Patient[] {
  const byNumber = new Map(table2.map((r) => [r.values["No."], r]));
  const inTable1 = new Set(table1.map((t) => t.values["No."]));
  for (const r of table2) {
    if (!inTable1.has(r.values["No."])) {
      throw new SourceError(
        {file: files.table2, row: r.row, line: r.line, column: "No.", value: r.verbatim["No."]!},
        `expected a patient also listed in ${files.table1}`
      );
    }
  }
  return table1
    .map(({values: t1, verbatim: v1, row, line}) => {
      const t2row = byNumber.get(t1["No."]);
      if (!t2row) {
        throw new SourceError(
          {file: files.table1, row, line, column: "No.", value: v1["No."]!},
          `expected a patient also listed in ${files.table2}`
        );
      }
      const procedure = t1["Surgical procedure for primary lesion"];
      const site = sites.get(procedure);
      if (!site) {
        throw new SourceError(
          {file: files.table1, row, line, column: "Surgical procedure for primary lesion", value: procedure},
          `expected an operation listed in ${files.sites}, which names its organ`
        );
      }
      const t2 = t2row.values;
      const {chemotherapy, radiotherapy} = t1["Adjuvant treatment after primary surgery"];
      const survival = t1["Overall survival period (mo)"];
      const toLiver = t1["Period to liver metastasis (mo)a)"];
      const sites2 = t1["Additional metastasis after hepatectomy"];
      const patient: Patient = {
        id: t1["No."],
        age: t1["Age (yr)"],
        sex: t1["Sex"],
        primarySite: site["Primary site"],
        primaryProcedure: procedure,
        primarySizeCm: t1["Size of primary tumor (cm)"],
        adjuvantChemotherapy: chemotherapy !== null,
        chemotherapyDrugs: chemotherapy?.drugs ?? [],
        chemotherapyCycles: chemotherapy?.cycles ?? null,
        adjuvantRadiotherapy: radiotherapy !== null,
        radiotherapyGy: radiotherapy?.gy ?? null,
        radiotherapyFractions: radiotherapy?.fractions ?? null,
        monthsToLiverMetastasis: toLiver.months,
        synchronousResection: toLiver.synchronous,
        additionalMetastasisSites: sites2,
        additionalMetastasis: sites2.length > 0,
        survivalMonths: survival.months,
        dead: survival.dead,
        vitalStatus: survival.dead ? "Dead" : "Alive",
        lesionSizeCm: t2["Size (cm)a)"],
        lesionCount: t2["Number of liver mass"],
        lesionMultiplicity: t2["Number of liver mass"] > 1 ? "Multiple" : "Single",
        segments: t2["Location of liver metastasis"],
        cirrhosis: t2["Liver cirrhosis/ fatty liver"].cirrhosis,
        fattyLiver: t2["Liver cirrhosis/ fatty liver"].fattyLiver,
        suv: t2["Mean SUV of liver massb)"].suv,
        suvStatus: t2["Mean SUV of liver massb)"].suvStatus,
        liverProcedure: t2["Surgical procedure"].liverProcedure,
        liverProcedureBrisbane: t2["Surgical procedure"].liverProcedureBrisbane,
        liverProcedureClass: t2["Surgical procedure"].liverProcedureClass,
        resectionExtent: t2["Surgical procedure"].resectionExtent,
        ablation: t2["Surgical procedure"].ablation,
        ablationMethod: t2["Surgical procedure"].ablationMethod,
        marginPositive: t2["Microscopic resection margin"] === "Positive",
        verbatim: {table1: v1, table2: t2row.verbatim}
      };
      return patient;
    })
    .sort((a, b) => a.id - b.id);
}
