/**
 * The Survival page's paragraph on the article's own summary of survival: what the article calls its median
 * survival, beside the plain median and mean of the printed times, and why neither is the Kaplan–Meier estimate.
 * Only when article.json records what the article calls median survival; otherwise the page says nothing of it.
 */
import {formatNumber} from "../format.js";

/**
 * @example survivalArticleMedian({term: "median survival period", section: "Results", quote: "…"}, {n: 10, crudeMedian: 18.5, crudeMean: 34.2})
 * // "In its Results, the article gives a single “median survival period” for the series. For a reader comparing: over all 10 patients, …"
 */
export function survivalArticleMedian(
  statement: {term: string; section: string} | undefined,
  {n, crudeMedian, crudeMean}: {n: number; crudeMedian: number | null; crudeMean: number | null}
): string {
  if (!statement || n === 0) return "";
  return (
    `In its ${statement.section}, the article gives a single “${statement.term}” for the series. ` +
    `For a reader comparing: over all ${n} patients, the plain median of the printed survival times is ${formatNumber(crudeMedian)} months and their mean ${formatNumber(crudeMean)} months; ` +
    "both treat the patients still alive as if their follow-up ended in death, which is why the Kaplan–Meier estimate above is the one to read."
  );
}
