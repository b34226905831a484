/**
 * Shared colours. One colour per primary site everywhere (charts, tables, legends), so a reader who learns a
 * site's colour on one page can rely on it on every page. Colours are assigned once from the whole cohort (never
 * from the filtered view, so a filter never re-colours a site), most frequent site first. The hues are from the
 * Okabe–Ito palette, distinguishable with common colour-vision deficiencies and legible on light and dark pages.
 * Primary sites are an open vocabulary, so a series may have more than eight: the ninth to seventeenth sites take
 * Paul Tol's "muted" scheme (also designed for colour-vision deficiencies), and any further site a hue of its own
 * stepped round the colour wheel by the golden angle, so no two sites ever share a colour. Past a dozen or so
 * colours no eye tells them all apart, which is why every chart also names the site beside its colour.
 */
import {perCohort} from "./perCohort.js";
const okabeIto = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];
const tolMuted = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"];
const named = [...okabeIto, ...tolMuted];

/**
 * The colour of the site ranked `index` (0 most frequent): a named colour while they last, then golden-angle hues.
 * @example siteColor(0) // "#0072B2"
 * @example siteColor(17) // "hsl(137.5 55% 42%)"
 */
export function siteColor(index: number): string {
  if (index < named.length) return named[index]!;
  const hue = ((index - named.length + 1) * 137.508) % 360;
  return `hsl(${hue.toFixed(1)} 55% 42%)`;
}

export interface SitePalette {
  domain: string[];
  range: string[];
  color: (site: string) => string;
}

/** @example sitePalette(patients).color("Stomach") // "#CC79A7" for the article's cohort */
export function sitePalette(patients: readonly {primarySite: string | null}[]): SitePalette {
  return perCohort(patients, "sitePalette", () => paletteOf(patients));
}

function paletteOf(patients: readonly {primarySite: string | null}[]): SitePalette {
  const counts = new Map<string, number>();
  // A site not recorded takes no hue: it is drawn in the grey every unknown site gets.
  for (const {primarySite} of patients) if (primarySite !== null) counts.set(primarySite, (counts.get(primarySite) ?? 0) + 1);
  const domain = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const range = domain.map((_, i) => siteColor(i));
  const lookup = new Map(domain.map((site, i) => [site, range[i]!]));
  return {domain, range, color: (site) => lookup.get(site) ?? "#999999"};
}

/**
 * The colour of a single survival curve (all patients in view): the text colour, so it never borrows a site's
 * hue and so reads as "no grouping" in light and dark themes alike.
 */
export const singleCurveColor = "currentColor";

/**
 * Colours for groups of a split: the site palette when the groups are primary sites (a site keeps its colour
 * everywhere), otherwise the same sequence in order of the groups (Okabe–Ito first), so that a split with more
 * than eight groups (liver procedures of a larger series) never repeats a colour either.
 * @example groupColors(null)("Female", 0) // "#0072B2"
 */
export function groupColors(sites: SitePalette | null): (name: string, index: number) => string {
  return sites ? (name) => sites.color(name) : (_, index) => siteColor(index);
}
