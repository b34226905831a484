/**
 * A synthetic cohort of any size in exactly the source format (table1.tsv, table2.tsv, events.tsv,
 * primary-sites.tsv, liver-procedures.tsv, article.json), for benchmarking the report at 100 to 100,000 patients. The distributions are
 * loosely modelled on the article's ten patients; the numbers mean nothing clinically. No claims.json is written:
 * the article's statements are about its ten patients, and a folder without one gets an empty audit.
 *
 * Usage: npx tsx scripts/synthetic-cohort.ts <n> <outDir> [seed]
 * then:  LMS_SOURCE_DIR=<outDir> npm run build
 */
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import bundledArticle from "../data-loaders/source/article.json" with {type: "json"};
import {eventColumns} from "../data-loaders/events.js";
import {liverProcedureColumns} from "../data-loaders/liver-procedures.js";
import {primarySiteColumns} from "../data-loaders/primary-sites.js";
import {bundledSourceDir} from "../data-loaders/read-source.js";
import {table1Columns} from "../data-loaders/table1.js";
import {table2Columns} from "../data-loaders/table2.js";

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32, a small 32-bit seeded PRNG: the same seed gives the same sequence on every run and platform, which
 * Math.random cannot, and it is fast enough for millions of draws.
 *
 * @example const random = mulberry32(1); random(); // 0.6270739405881613, every time
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const chance = (random: Random, p: number) => random() < p;
const integerBetween = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/** One item drawn with probability proportional to its weight. */
function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [item, weight] of items) {
    r -= weight;
    if (r < 0) return item;
  }
  return items.at(-1)![0]; // only reached through rounding at r ≈ total
}

/** `count` distinct items, each drawn with probability proportional to its weight among those left. */
function pickDistinctWeighted<T>(random: Random, items: readonly (readonly [T, number])[], count: number): T[] {
  const left = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && left.length > 0) {
    const item = pickWeighted(random, left);
    chosen.push(item);
    left.splice(left.findIndex(([candidate]) => candidate === item), 1);
  }
  return chosen;
}

/** A standard normal draw (Box–Muller); 1 - u keeps the logarithm away from 0. */
function standardNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const exponential = (random: Random, mean: number) => -mean * Math.log(1 - random());

/** One decimal as the article prints it: "17.5", but "18" rather than "18.0". */
export const oneDecimal = (x: number) => String(Math.round(x * 10) / 10);

/** Groups thousands with commas as the article prints cGy doses, without depending on the runtime's locale. */
export const withThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

/**
 * Couinaud segments as the article prints them.
 *
 * @example formatSegments([6]) // "Segment 6"
 * @example formatSegments([4, 7]) // "Segments 4 and 7"
 * @example formatSegments([1, 2, 3, 6, 8]) // "Segments 1, 2, 3, 6, and 8"
 */
export function formatSegments(segments: readonly number[]): string {
  if (segments.length === 1) return `Segment ${segments[0]}`;
  if (segments.length === 2) return `Segments ${segments[0]} and ${segments[1]}`;
  return `Segments ${segments.slice(0, -1).join(", ")}, and ${segments.at(-1)}`;
}

/**
 * Metastasis sites as the article prints them: the first capitalised, the rest in lowercase.
 *
 * @example formatSites(["Lung", "Thigh", "Left kidney"]) // "Lung, thigh, left kidney"
 */
export function formatSites(sites: readonly string[]): string {
  if (sites.length === 0) return "None";
  return sites.map((site, i) => (i === 0 ? site : site.toLowerCase())).join(", ");
}

/**
 * The bundled primary-sites.tsv, row for row: Table 1 has no site column, so the organ comes from the operation
 * and the synthetic operations must be ones this mapping knows. A test checks it against the bundled file.
 */
const primarySiteRows = [
  ["Distal pancreatectomy and splenectomy", "Pancreas", 'The only pancreatic operation; Results: the other primaries were "in the pancreas, small bowel, and stomach"'],
  ["Small bowel resection and anastomosis", "Small bowel", "The operation names the organ"],
  ["Ileocecal resection", "Small bowel", "The ileum is small bowel, and Results names no colonic primary"],
  ["Retroperitoneal mass excision", "Retroperitoneum", 'Results: "Five patients had primary lesions in the retroperitoneum"; five rows carry this operation'],
  ["Laparoscopic wedge resection of stomach", "Stomach", "The operation names the organ"]
] as const;

type PrimaryOperation = (typeof primarySiteRows)[number][0];

/** Retroperitoneum 50%, small bowel 30% (two operations, 2:1 as in the article), pancreas 10%, stomach 10%. */
const primaryOperations: readonly (readonly [PrimaryOperation, number])[] = [
  ["Retroperitoneal mass excision", 50],
  ["Small bowel resection and anastomosis", 20],
  ["Ileocecal resection", 10],
  ["Distal pancreatectomy and splenectomy", 10],
  ["Laparoscopic wedge resection of stomach", 10]
];

/** The article's four regimens, printed as it prints them. */
const chemotherapyRegimens = [
  "CTx (cisplatin+ifosfamide, 6 cycles)",
  "CTx (cyclophosphamide+vincristine+doxorubicin+dacarbazine, 4 cycles)",
  "CTx (ifosfamide+doxorubicin, 6 cycles)",
  "CTx (ifosfamide+etoposide+cisplatin, 4 cycles)"
] as const;

/** The article's two courses (58 Gy/29 fx, 50 Gy/25 fx); either may be printed in Gy or in cGy, as the article does both. */
const radiotherapyCourses = [
  {gy: 58, fractions: 29},
  {gy: 50, fractions: 25}
] as const;

/** Sites of metastasis after hepatectomy: the article's, with lung and liver the commonest, as for leiomyosarcoma. */
const metastasisSites: readonly (readonly [string, number])[] = [
  ["Lung", 30],
  ["Liver", 25],
  ["Peritoneum", 12],
  ["Bone", 10],
  ["Left kidney", 4],
  ["Thigh", 4],
  ["Arm", 3],
  ["Rectum", 3],
  ["Small bowel mesentery", 3],
  ["Pleura", 3],
  ["Peritoneal carcinomatosis", 3]
];

/** The bundled liver-procedures.tsv, row for row: "Partial hepatectomy" is not a Brisbane 2000 name and needs mapping. */
const liverProcedureRows = [
  [
    "Partial hepatectomy",
    "Minor resection",
    'Not a Brisbane 2000 term and the article gives neither technique nor extent; read as a minor resection, as the Discussion does: "the relatively minor range of the operations ... because eight of our patients (80%) had only a partial hepatectomy"'
  ]
] as const;

const liverProcedures: readonly (readonly [string, number])[] = [
  ["Partial hepatectomy", 80],
  ["Right hepatectomy", 10],
  ["Left lateral sectionectomy", 10]
];

/** Age ~ normal(50, 10) in whole years, clipped to 25-85. */
const age = (random: Random) => String(clamp(Math.round(50 + 10 * standardNormal(random)), 25, 85));

/** Primary size lognormal with median 8 cm (σ 0.6 spans roughly 2.5-26 cm), clipped to 1-40 cm. */
const primarySize = (random: Random) => oneDecimal(clamp(8 * Math.exp(0.6 * standardNormal(random)), 1, 40));

/** None 60%; else a regimen, with radiotherapy for one chemotherapy patient in three. */
function adjuvantTreatment(random: Random): string {
  if (chance(random, 0.6)) return "None";
  const regimen = pick(random, chemotherapyRegimens);
  if (!chance(random, 1 / 3)) return regimen;
  const {gy, fractions} = pick(random, radiotherapyCourses);
  const dose = chance(random, 0.5) ? `${gy} Gy` : `${withThousands(gy * 100)} cGy`;
  return `${regimen}, RTx (${dose}/${fractions} fx)`;
}

/** 20% synchronous ("0b)"); else exponential with mean 15 months, at least 1 so that 0 always means footnote b). */
const monthsToLiverMetastasis = (random: Random) =>
  chance(random, 0.2) ? "0b)" : String(Math.max(1, Math.round(exponential(random, 15))));

/** None for half the patients; else 1-3 distinct sites. */
const additionalSites = (random: Random): string[] =>
  chance(random, 0.5) ? [] : pickDistinctWeighted(random, metastasisSites, integerBetween(random, 1, 3));

/** Whole months, exponential with median 24 (mean 24 / ln 2), at least 1; a quarter of the patients dead. */
function survival(random: Random): {months: number; dead: boolean} {
  const months = Math.max(1, Math.round(exponential(random, 24 / Math.LN2)));
  return {months, dead: chance(random, 0.25)};
}

/** 1 mass for 60%, else 2-7. */
const massCount = (random: Random) => (chance(random, 0.6) ? 1 : integerBetween(random, 2, 7));

/** Distinct segments, as many as min(masses, 1-4), in ascending order as the article mostly prints them. */
function segments(random: Random, masses: number): number[] {
  const count = Math.min(masses, integerBetween(random, 1, 4));
  const pool = [1, 2, 3, 4, 5, 6, 7, 8];
  for (let i = 0; i < count; ++i) {
    const j = integerBetween(random, i, pool.length - 1); // partial Fisher-Yates: the first `count` are a fair sample
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count).sort((a, b) => a - b);
}

const positiveNegative = (random: Random, p: number) => (chance(random, p) ? "Positive" : "Negative");

/** Not tested 40%, no hypermetabolism 10%, else 1.2-3.0. */
function suv(random: Random): string {
  const r = random();
  if (r < 0.4) return "Not tested";
  if (r < 0.5) return "No hypermetabolism";
  return oneDecimal(integerBetween(random, 12, 30) / 10);
}

function liverProcedure(random: Random): string {
  const procedure = pickWeighted(random, liverProcedures);
  return procedure === "Partial hepatectomy" && chance(random, 0.1) ? `${procedure}+IORFA` : procedure;
}

/**
 * For half the patients with further metastasis and room for it, a recurrence in events.tsv: whole months after
 * the index hepatectomy, at least 1 (an event at 0 would read as metastasis found with the liver metastasis) and
 * strictly before the end of follow-up.
 */
function recurrenceEvent(random: Random, id: number, sites: readonly string[], survivalMonths: number): string[] | null {
  if (sites.length === 0 || survivalMonths < 2 || !chance(random, 0.5)) return null;
  const offset = integerBetween(random, 1, survivalMonths - 1);
  const where = sites.map((site) => site.toLowerCase()).join(", ");
  return [
    String(id),
    "recurrence",
    "metastasis",
    "index hepatectomy",
    String(offset),
    `Metastasis to ${where}`,
    `synthetic event: metastasis to ${where} ${offset} months after the surgery`
  ];
}

/**
 * The event written when no patient drew a recurrence (likely below about 20 patients): events.tsv must hold at
 * least one row, and an untimed chemotherapy after the liver surgery, like patient 6's in the article, is the one
 * event that contradicts nothing in the tables of any patient.
 */
const standInEvent = [
  "1",
  "chemotherapy-after-hepatectomy",
  "chemotherapy",
  "index hepatectomy",
  "unknown",
  "Chemotherapy after the liver surgery",
  "synthetic event: written because events.tsv needs at least one row"
];

/** One patient's row of each table (and event row, if any); the draws are made in a fixed order, for determinism. */
function syntheticPatient(random: Random, id: number) {
  const sites = additionalSites(random);
  const {months, dead} = survival(random);
  const table1 = [
    String(id),
    age(random),
    chance(random, 0.7) ? "F" : "M",
    pickWeighted(random, primaryOperations),
    primarySize(random),
    adjuvantTreatment(random),
    monthsToLiverMetastasis(random),
    formatSites(sites),
    `${months} (${dead ? "Dead" : "Alive"})`
  ];
  const masses = massCount(random);
  const table2 = [
    String(id),
    oneDecimal(integerBetween(random, 5, 50) / 10),
    String(masses),
    formatSegments(segments(random, masses)),
    `${positiveNegative(random, 0.1)}/${positiveNegative(random, 0.05)}`,
    suv(random),
    liverProcedure(random),
    positiveNegative(random, 0.1)
  ];
  return {table1, table2, event: recurrenceEvent(random, id, sites, months)};
}

const tsv = (rows: readonly (readonly string[])[]) => rows.map((cells) => cells.join("\t") + "\n").join("");

/**
 * The bundled article.json with a title and design that say the cohort is synthetic, and how it was made; without
 * the article's statements (its conclusion, complications, ...) and the notes on its transcription, which are true
 * of its ten patients only.
 */
function syntheticArticle(n: number, seed: number): string {
  const {statements: _statements, notes: _notes, ...metadata} = bundledArticle;
  const article = {
    ...metadata,
    title: `Synthetic cohort of ${n} patients (seed ${seed}), modelled on: ${bundledArticle.title}`,
    design: `Synthetic cohort for benchmarking, generated by scripts/synthetic-cohort.ts; not patient data (the original: ${bundledArticle.design})`
  };
  return JSON.stringify(article, null, 2) + "\n";
}

/**
 * Generates a synthetic cohort of `n` patients (numbered 1..n) as the texts of a source folder, file name ->
 * text. Pure and deterministic: the same (n, seed) always gives byte-identical files. Every cohort passes
 * buildCohort's validation; claims.json is left out, so the audit is empty.
 *
 * @example
 * const files = syntheticSource(1000, 1);
 * files["table1.tsv"].split("\n")[1]; // "1\t..." the first patient's Table 1 row
 */
export function syntheticSource(n: number, seed: number): Record<string, string> {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`expected a whole number of patients, at least 1, got ${n}`);
  // A seed outside 32 bits would be truncated by the PRNG and silently repeat another seed's cohort.
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`expected a seed from 0 to ${0xffffffff}, got ${seed}`);
  }
  const random = mulberry32(seed);
  const table1: string[][] = [[...table1Columns]];
  const table2: string[][] = [[...table2Columns]];
  const events: string[][] = [[...eventColumns]];
  for (let id = 1; id <= n; ++id) {
    const patient = syntheticPatient(random, id);
    table1.push(patient.table1);
    table2.push(patient.table2);
    if (patient.event) events.push(patient.event);
  }
  if (events.length === 1) events.push(standInEvent);
  return {
    "table1.tsv": tsv(table1),
    "table2.tsv": tsv(table2),
    "events.tsv": tsv(events),
    "primary-sites.tsv": tsv([[...primarySiteColumns], ...primarySiteRows]),
    "liver-procedures.tsv": tsv([[...liverProcedureColumns], ...liverProcedureRows]),
    "article.json": syntheticArticle(n, seed)
  };
}

export const usage = "usage: npx tsx scripts/synthetic-cohort.ts <n> <outDir> [seed]";

/**
 * Reads the CLI's arguments; throws an Error carrying the usage line when they do not fit. Only plain digits
 * are accepted for n and seed, so "1e5" or "10k" is refused rather than read as something else.
 *
 * @example parseArguments(["1000", "/tmp/cohort"]) // {n: 1000, outDir: "/tmp/cohort", seed: 1}
 */
export function parseArguments(args: readonly string[]): {n: number; outDir: string; seed: number} {
  const [n, outDir, seed = "1", ...rest] = args;
  if (n === undefined || outDir === undefined || rest.length > 0) throw new Error(usage);
  if (!/^[1-9]\d*$/.test(n)) throw new Error(`expected n to be a whole number of patients, at least 1, got "${n}"\n${usage}`);
  if (!/^\d+$/.test(seed) || Number(seed) > 0xffffffff) {
    throw new Error(`expected the seed to be a whole number from 0 to ${0xffffffff}, got "${seed}"\n${usage}`);
  }
  return {n: Number(n), outDir, seed: Number(seed)};
}

/**
 * Writes the files into `outDir`, creating it. Refuses the bundled transcription's folder (it would overwrite the
 * article) and a folder holding a claims.json (the article's claims would be audited against synthetic patients).
 * Returns each file's size in bytes.
 */
export function writeSource(outDir: string, files: Record<string, string>): Record<string, number> {
  if (resolve(outDir) === resolve(bundledSourceDir)) throw new Error(`refusing to overwrite the bundled transcription in ${outDir}`);
  if (existsSync(join(outDir, "claims.json"))) {
    throw new Error(`refusing to write into ${outDir}: its claims.json would be audited against the synthetic patients; remove it or choose another folder`);
  }
  mkdirSync(outDir, {recursive: true});
  return Object.fromEntries(
    Object.entries(files).map(([file, text]) => {
      writeFileSync(join(outDir, file), text);
      return [file, Buffer.byteLength(text)];
    })
  );
}

function main(args: readonly string[]): void {
  const {n, outDir, seed} = parseArguments(args);
  const started = performance.now();
  const sizes = writeSource(outDir, syntheticSource(n, seed));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
  console.log(`wrote ${n} synthetic patients (seed ${seed}) to ${outDir} in ${seconds} s`);
  for (const [file, size] of Object.entries(sizes)) console.log(`  ${file.padEnd(18)} ${withThousands(size).padStart(14)} bytes`);
  console.log(`  ${"total".padEnd(18)} ${withThousands(total).padStart(14)} bytes`);
}

// Run only as a script, so that tests can import the pure functions without writing anything.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
