/**
 * Joins Table 1, Table 2 and the primary-site mapping into one record per patient: the public data
 * dictionary of the report (field names are also the URL filter keys). Absent values are null, never 0 or "";
 * a value not recorded in the source is null too, and so is every field derived from it.
 */
import type {ResectionClass, ResectionExtent} from "../src/lib/brisbane.js";
import type {SuvStatus} from "./cells.js";
import type {AblationMethod} from "./liver-procedures.js";
import type {PrimarySite} from "./primary-sites.js";
import type {parsePrimarySites} from "./primary-sites.js";
import {SourceError} from "./source-error.js";
import type {parseTable1} from "./table1.js";
import type {parseTable2} from "./table2.js";

/**
 * One patient. Every field but `id` and `verbatim` is null when its printed cell says the value was not recorded
 * ("–", "NA", "Unknown", an empty cell...; see not-recorded.ts), and a field derived from such a cell is null too:
 * null means "not recorded", never "no" or 0. A list is [] when the cell reads "None" and null when not recorded.
 */
export interface Patient {
  /** Patient number as printed ("No."). */
  id: number;
  /** Age in years at diagnosis of the liver metastasis. */
  age: number | null;
  sex: "F" | "M" | null;
  /** Null when the primary operation was not recorded (no operation, no site). */
  primarySite: PrimarySite | null;
  primaryProcedure: string | null;
  primarySizeCm: number | null;
  /** Null (as are the drugs, cycles and radiotherapy fields) when the adjuvant treatment was not recorded. */
  adjuvantChemotherapy: boolean | null;
  /** Lowercase generic names; [] when no chemotherapy was given. */
  chemotherapyDrugs: string[] | null;
  chemotherapyCycles: number | null;
  adjuvantRadiotherapy: boolean | null;
  /** Total dose in Gy (printed cGy converted). */
  radiotherapyGy: number | null;
  radiotherapyFractions: number | null;
  /** Months from resection of the primary to diagnosis of the liver metastasis (0 when synchronous). */
  monthsToLiverMetastasis: number | null;
  /** Footnote b): primary and liver metastasis resected in one operation. */
  synchronousResection: boolean | null;
  /** Sites of metastasis after the hepatectomy, as printed (first letter capitalised); [] for "None". */
  additionalMetastasisSites: string[] | null;
  additionalMetastasis: boolean | null;
  /** Overall survival in months; see the timeline for the assumed origin. Null with dead and vitalStatus. */
  survivalMonths: number | null;
  dead: boolean | null;
  vitalStatus: "Alive" | "Dead" | null;
  /** Maximum diameter of the (largest) liver metastasis, cm. */
  lesionSizeCm: number | null;
  lesionCount: number | null;
  lesionMultiplicity: "Single" | "Multiple" | null;
  /** Couinaud segments 1-8 holding lesions, sorted. */
  segments: number[] | null;
  cirrhosis: boolean | null;
  fattyLiver: boolean | null;
  /** Mean SUV on PET-CT; null when not tested, not hypermetabolic or not recorded (see suvStatus). */
  suv: number | null;
  suvStatus: SuvStatus;
  /** The liver resection as printed, without the ablation suffix (a Brisbane 2000 name or one the series maps). */
  liverProcedure: string | null;
  /** Its Brisbane 2000 term (e.g. "Right hemihepatectomy"); null for a class outside the terms (non-anatomical, or an extent alone). */
  liverProcedureBrisbane: string | null;
  /** Its kind of resection, from non-anatomical to trisectionectomy. */
  liverProcedureClass: ResectionClass | null;
  /** Minor (fewer than three Couinaud segments), major (three or more), or unknown when the name does not say. */
  resectionExtent: ResectionExtent | null;
  /** An ablation in addition to the resection (the procedure's "+IORFA", "+RFA" or "+MWA"). */
  ablation: boolean | null;
  /** Which ablation: IORFA (intraoperative radiofrequency), RFA (radiofrequency), MWA (microwave); null without one. */
  ablationMethod: AblationMethod | null;
  marginPositive: boolean | null;
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
      // A primary operation not recorded has no site to look up: both are null, not a mapping failure.
      const site = procedure === null ? null : sites.get(procedure);
      if (site === undefined) {
        throw new SourceError(
          {file: files.table1, row, line, column: "Surgical procedure for primary lesion", value: procedure!},
          `expected an operation listed in ${files.sites}, which names its organ`
        );
      }
      const t2 = t2row.values;
      const adjuvant = t1["Adjuvant treatment after primary surgery"];
      const chemotherapy = adjuvant?.chemotherapy ?? null;
      const radiotherapy = adjuvant?.radiotherapy ?? null;
      const survival = t1["Overall survival period (mo)"];
      const toLiver = t1["Period to liver metastasis (mo)a)"];
      const sites2 = t1["Additional metastasis after hepatectomy"];
      const count = t2["Number of liver mass"];
      const liver = t2["Liver cirrhosis/ fatty liver"];
      const suv = t2["Mean SUV of liver massb)"];
      const operation = t2["Surgical procedure"];
      const margin = t2["Microscopic resection margin"];
      const patient: Patient = {
        id: t1["No."],
        age: t1["Age (yr)"],
        sex: t1["Sex"],
        primarySite: site === null ? null : site["Primary site"],
        primaryProcedure: procedure,
        primarySizeCm: t1["Size of primary tumor (cm)"],
        // Treatment not recorded: neither "given" nor "not given", and no drugs or doses either.
        adjuvantChemotherapy: adjuvant === null ? null : chemotherapy !== null,
        chemotherapyDrugs: adjuvant === null ? null : (chemotherapy?.drugs ?? []),
        chemotherapyCycles: chemotherapy?.cycles ?? null,
        adjuvantRadiotherapy: adjuvant === null ? null : radiotherapy !== null,
        radiotherapyGy: radiotherapy?.gy ?? null,
        radiotherapyFractions: radiotherapy?.fractions ?? null,
        monthsToLiverMetastasis: toLiver?.months ?? null,
        synchronousResection: toLiver?.synchronous ?? null,
        additionalMetastasisSites: sites2,
        additionalMetastasis: sites2 === null ? null : sites2.length > 0,
        survivalMonths: survival?.months ?? null,
        dead: survival?.dead ?? null,
        vitalStatus: survival === null ? null : survival.dead ? "Dead" : "Alive",
        lesionSizeCm: t2["Size (cm)a)"],
        lesionCount: count,
        lesionMultiplicity: count === null ? null : count > 1 ? "Multiple" : "Single",
        segments: t2["Location of liver metastasis"],
        cirrhosis: liver?.cirrhosis ?? null,
        fattyLiver: liver?.fattyLiver ?? null,
        suv: suv?.suv ?? null,
        suvStatus: suv?.suvStatus ?? "not recorded",
        liverProcedure: operation?.liverProcedure ?? null,
        liverProcedureBrisbane: operation?.liverProcedureBrisbane ?? null,
        liverProcedureClass: operation?.liverProcedureClass ?? null,
        resectionExtent: operation?.resectionExtent ?? null,
        ablation: operation?.ablation ?? null,
        ablationMethod: operation?.ablationMethod ?? null,
        marginPositive: margin === null ? null : margin === "Positive",
        verbatim: {table1: v1, table2: t2row.verbatim}
      };
      return patient;
    })
    .sort((a, b) => a.id - b.id);
}
