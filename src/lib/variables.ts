/**
 * The characteristics the clinical summary table reports, in the order a case series usually lists them:
 * numbers as median (range) with the mean, categories and yes/no items as n (%); under each, when some patient
 * has it not recorded, a "Not recorded" count (gtsummary's "Unknown" row).
 */
import {valueNames} from "./filters.js";

export type SummaryVariable =
  /** `missingLabel` names the row counting patients without a value, "Not recorded" unless the field says why. */
  | {kind: "numeric"; field: string; label: string; unit: string; digits?: number; missingLabel?: string}
  | {kind: "category"; field: string; label: string; labels?: Record<string, string>}
  | {kind: "yes"; field: string; label: string};

export const summaryVariables: readonly SummaryVariable[] = [
  {kind: "numeric", field: "age", label: "Age at liver metastasis", unit: "years"},
  {kind: "category", field: "sex", label: "Sex", labels: valueNames.sex},
  {kind: "category", field: "primarySite", label: "Primary site"},
  {kind: "numeric", field: "primarySizeCm", label: "Primary tumour size", unit: "cm"},
  {kind: "yes", field: "adjuvantChemotherapy", label: "Adjuvant chemotherapy after primary resection"},
  {kind: "yes", field: "adjuvantRadiotherapy", label: "Adjuvant radiotherapy after primary resection"},
  {kind: "numeric", field: "monthsToLiverMetastasis", label: "Primary resection to liver metastasis", unit: "months"},
  {kind: "yes", field: "synchronousResection", label: "Primary and liver resected together"},
  {kind: "category", field: "lesionMultiplicity", label: "Liver lesions"},
  {kind: "numeric", field: "lesionCount", label: "Liver lesions per patient", unit: "n", digits: 1},
  {kind: "numeric", field: "lesionSizeCm", label: "Largest liver lesion", unit: "cm", digits: 2},
  {kind: "yes", field: "cirrhosis", label: "Liver cirrhosis"},
  {kind: "category", field: "liverProcedure", label: "Liver procedure"},
  {kind: "yes", field: "ablation", label: "Ablation added to the resection"},
  {kind: "yes", field: "marginPositive", label: "Microscopically positive margin"},
  {kind: "yes", field: "additionalMetastasis", label: "Further metastasis after hepatectomy"},
  {kind: "numeric", field: "survivalMonths", label: "Follow-up (crude, alive or dead)", unit: "months"},
  {kind: "yes", field: "dead", label: "Died during follow-up"}
];
