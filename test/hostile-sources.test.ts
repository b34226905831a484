/**
 * Hostile source folders (LMS_SOURCE_DIR) against the real `npm run build`:
 * - broken files (truncated, wrong delimiter, UTF-16, empty, extra column, a blank line inside) stop the build with
 *   one clear line naming the file, and leave the previous dist/ and no scratch folder behind;
 * - files saved as spreadsheets save them (BOM, CRLF, blank lines at the end, a space-padded cell, an events.tsv
 *   with its header only) build, the padded cell printed as a warning;
 * - markup and spreadsheet formulas in free-text cells reach the pages and downloads as inert text.
 *
 * Every build here runs in a throwaway copy of the project (its own dist/, .build-tmp/ and Framework cache,
 * node_modules linked), never in the checkout: build.ts clears the shared cache and scratch folder, so a
 * build started here would race with test/build.test.ts's when vitest runs files in parallel, and the
 * checkout's dist/ must stay the bundled cohort for the other tests.
 */
import {cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {bundledSourceDir} from "../data-loaders/read-source.js";
import {filesUnder, npmRunBuild, projectCopy, removeScratch, scratchDir, siteFromSource} from "./build-copy.js";
import {withCell} from "./helpers.js";

afterAll(removeScratch);

/** A copy of the bundled source folder with `change` applied to it. */
function sourceCopy(change: (dir: string) => void): string {
  const dir = scratchDir("lms-source-");
  cpSync(bundledSourceDir, dir, {recursive: true});
  change(dir);
  return dir;
}

/** The one patients.<hash>.json a build wrote under `dist`. */
function patientsDataset(dist: string): {name: string; bytes: Buffer} {
  const dir = join(dist, "_file/data");
  const names = readdirSync(dir).filter((f) => /^patients\.[0-9a-f]+\.json$/.test(f));
  expect(names, `patients dataset in ${dir}`).toHaveLength(1);
  return {name: names[0]!, bytes: readFileSync(join(dir, names[0]!))};
}

const edit = (dir: string, file: string, change: (text: string) => string) => {
  const before = readFileSync(join(dir, file), "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the change to ${file} changed nothing; the case would not test anything`);
  writeFileSync(join(dir, file), after);
};

/** A table saved by a spreadsheet as comma-separated values: cells holding a comma are quoted. */
const asCommaSeparated = (tsv: string) =>
  tsv.replace(/[^\t\n]*/g, (cell) => (cell.includes(",") ? `"${cell}"` : cell)).replaceAll("\t", ",");

describe("npm run build with a broken LMS_SOURCE_DIR", () => {
  let project: string;
  let dist: string;
  let before: {indexMtime: number; files: string[]; patients: {name: string; bytes: Buffer}};

  beforeAll(() => {
    if (!existsSync("dist/index.html")) throw new Error("no dist/index.html: run npm run build first");
    project = projectCopy();
    dist = join(project, "dist");
    // The previous build the failed ones must leave alone: the checkout's, bundled cohort and all.
    cpSync("dist", dist, {recursive: true, preserveTimestamps: true});
    before = {indexMtime: statSync(join(dist, "index.html")).mtimeMs, files: filesUnder(dist), patients: patientsDataset(dist)};
  });

  const cases: {name: string; file: string; breakIt: (dir: string) => void; message: string}[] = [
    {
      name: "table1.tsv truncated in the middle of a row",
      file: "table1.tsv",
      breakIt: (dir) => edit(dir, "table1.tsv", (t) => t.slice(0, t.indexOf("cyclophosphamide+v") + "cyclophosphamide+v".length)),
      message:
        'table1.tsv row 5 (line 6), column "Period to liver metastasis (mo)a)": expected 9 tab-separated cells, got 6 (the row is truncated), got "5\\t51\\tF\\tRetroperitoneal mass excision\\t18\\tCTx (cyclophosphamide+v"'
    },
    {
      name: "table2.tsv saved comma-separated",
      file: "table2.tsv",
      breakIt: (dir) => edit(dir, "table2.tsv", asCommaSeparated),
      message:
        'table2.tsv line 1: expected tab-separated columns, but the header seems separated by ",", got "No.,Size (cm)a),Number of liver mass,Location of liver metastasis,Liver cirrh..."'
    },
    {
      name: "table1.tsv re-encoded as UTF-16LE with a BOM",
      file: "table1.tsv",
      breakIt: (dir) => {
        const text = readFileSync(join(dir, "table1.tsv"), "utf8");
        writeFileSync(join(dir, "table1.tsv"), Buffer.from(`\ufeff${text}`, "utf16le"));
      },
      message: "table1.tsv: expected UTF-8 text, got UTF-16 or binary data (NUL bytes); save the file as UTF-8"
    },
    {
      name: "table2.tsv with a blank line between two rows",
      file: "table2.tsv",
      breakIt: (dir) => edit(dir, "table2.tsv", (t) => t.replace("\n4\t", "\n\r\n4\t")),
      message: "table2.tsv row 4 (line 5): expected a data row, got a blank line"
    },
    {
      name: "table2.tsv naming a liver procedure neither Brisbane 2000 nor liver-procedures.tsv knows",
      file: "table2.tsv",
      breakIt: (dir) => edit(dir, "table2.tsv", (t) => withCell(t, 3, 6, "Hepatic debulking")),
      message:
        'table2.tsv row 3 (line 4), column "Surgical procedure": expected a liver resection named in Brisbane 2000 terms (e.g. "Wedge resection", "Segmentectomy 6", "Right posterior sectionectomy", "Left hepatectomy", "Right trisectionectomy") optionally followed by "+IORFA", "+RFA" or "+MWA", or a name mapped in liver-procedures.tsv, got "Hepatic debulking"'
    },
    {
      name: "events.tsv empty",
      file: "events.tsv",
      breakIt: (dir) => edit(dir, "events.tsv", () => ""),
      message: "events.tsv: expected a tab-separated table, got an empty file"
    },
    {
      name: "table2.tsv with an extra column",
      file: "table2.tsv",
      breakIt: (dir) =>
        edit(dir, "table2.tsv", (t) => t.replace(/\n/, "\tComment\n").replace(/(\n\d+\t[^\n]*)/g, "$1\tsee text")),
      message:
        'table2.tsv line 1, column "Comment": expected no column after "Microscopic resection margin" (the table has 8 columns)'
    }
  ];

  it.each(cases)("$name: exits non-zero naming the file, leaves dist/ as it was and no .build-tmp", ({file, breakIt, message}) => {
    const source = sourceCopy(breakIt);
    expect(readFileSync(join(source, file))).not.toEqual(readFileSync(join(bundledSourceDir, file)));

    const {status, output} = npmRunBuild(project, source);

    expect(status, output).not.toBe(0);
    expect(output).toContain(`source error in ${source}: ${message}\n`);
    expect(output).toContain("build failed; dist/ was left as it was");
    expect(statSync(join(dist, "index.html")).mtimeMs).toBe(before.indexMtime);
    expect(filesUnder(dist)).toEqual(before.files);
    const patients = patientsDataset(dist);
    expect(patients.name).toBe(before.patients.name);
    expect(patients.bytes.equals(before.patients.bytes)).toBe(true);
    expect(existsSync(join(project, ".build-tmp"))).toBe(false);
  }, 180_000);
});

describe("npm run build with LMS_SOURCE_DIR's files saved as a spreadsheet saves them", () => {
  it("builds from a BOM, CRLF, trailing blank lines, a space-padded cell and a header-only events.tsv, printing the padded cell as a warning", () => {
    const asSaved = (t: string) => `\ufeff${t.replaceAll("\n", "\r\n")}\r\n\r\n`;
    const source = sourceCopy((dir) => {
      edit(dir, "table1.tsv", (t) => asSaved(withCell(t, 10, 4, "4 ")));
      edit(dir, "table2.tsv", asSaved);
      edit(dir, "events.tsv", (t) => `${t.split("\n")[0]}\r\n`);
    });
    const project = projectCopy();
    const {status, output} = npmRunBuild(project, source);
    expect(status, output).toBe(0);
    expect(output).toContain(
      `source warning in ${source}: table1.tsv row 10 (line 11), column "Size of primary tumor (cm)": leading or trailing spaces trimmed, read as "4", got "4 "\n`
    );
    const patients = JSON.parse(patientsDataset(join(project, "dist")).bytes.toString("utf8"));
    expect(patients.find((p: {id: number}) => p.id === 10).primarySizeCm).toBe(4);
    expect(readFileSync(join(project, "dist", "data.html"), "utf8")).toContain("The build read this source with one warning");
  }, 180_000);
});

describe("npm run build with markup and formulas in LMS_SOURCE_DIR's free-text cells", () => {
  const img = '<img src=x onerror="window.__pwned=1">';
  const script = "<script>window.__pwned=2</script>";
  const svg = '<svg onload="window.__pwned=3">';
  const formula = '=HYPERLINK("http://x")';
  const pages = ["", "explore", "patients", "survival", "liver", "treatment", "audit", "data"];

  // Patient 3's primary operation (Ileocecal resection) becomes markup, patient 7's (the only stomach wedge
  // resection) a formula; both stay mapped to their site. Patient 3's untimed chemotherapy event (events.tsv row 7)
  // gets markup in its description and in its source fragment.
  const built = siteFromSource(
    () =>
      sourceCopy((dir) => {
        edit(dir, "table1.tsv", (t) => withCell(withCell(t, 3, 3, img), 7, 3, formula));
        edit(dir, "primary-sites.tsv", (t) =>
          t.replace(/^Ileocecal resection\t/m, `${img}\t`).replace(/^Laparoscopic wedge resection of stomach\t/m, `${formula}\t`)
        );
        edit(dir, "events.tsv", (t) => withCell(withCell(t, 7, 5, script), 7, 6, svg));
      }),
    "the hostile source"
  );

  it("the build keeps the hostile cells verbatim in the patients dataset", () => {
    const patients = JSON.parse(patientsDataset(built.dist).bytes.toString("utf8"));
    expect(patients.find((p: {id: number}) => p.id === 3).primaryProcedure).toBe(img);
    expect(patients.find((p: {id: number}) => p.id === 7).primaryProcedure).toBe(formula);
  });

  async function visit(path: string) {
    let dialogs = 0;
    const record = await built.visit(path, {before: (page) => page.on("dialog", (d) => (++dialogs, d.dismiss()))});
    return {...record, dialogs: () => dialogs};
  }

  it.each(pages)("/%s renders the markup as text: no script runs, no <img src=x>, no console error", async (path) => {
    const r = await visit(path);
    expect(r.status).toBe(200);
    expect(await r.page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
    expect(await r.page.locator('img[src="x"]').count()).toBe(0);
    expect(await r.page.locator("svg[onload]").count()).toBe(0);
    expect(await r.page.locator("script").filter({hasText: "__pwned"}).count()).toBe(0);
    expect(r.dialogs()).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.offOrigin).toEqual([]);
    if (path !== "audit") expect(await r.page.getByTestId("cohort-count").textContent()).toBe("10 of 10 patients");
  });

  it("/patients shows the hostile cells verbatim as visible text", async () => {
    const r = await visit("patients");
    await expect.poll(() => r.page.locator("main").getByText(img, {exact: true}).first().isVisible()).toBe(true);
    const text = await r.page.locator("main").textContent();
    expect(text).toContain(`resected by ${img}.`);
    expect(text).toContain(script);
    expect(text).toContain(svg);
    expect(text).toContain(formula);
  });

  it("the Data page's CSV download writes a cell starting with = behind an apostrophe", async () => {
    const r = await visit("data");
    // The whole series downloads through a link to the CSV the build wrote (src/data/patients.csv.ts).
    const [download] = await Promise.all([
      r.page.waitForEvent("download"),
      r.page.getByRole("link", {name: "Download CSV"}).click()
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString("utf8");
    const row7 = csv.split("\r\n").find((line) => line.startsWith("7,"));
    // primaryProcedure, then the printed cell "Table 1: Surgical procedure for primary lesion".
    expect(row7?.split(`"'=HYPERLINK(""http://x"")"`)).toHaveLength(3);
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
    expect(csv).toContain(`"${img.replaceAll('"', '""')}"`);
  });
});
