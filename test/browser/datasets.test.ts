import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {browserSuite, settled} from "./harness.js";

// Which datasets each page fetches (issue 10): every live layer loads the patients from patients.arrow, decoded
// with flechette from the site's own copy of the package; only the pages that show printed cells load them.
const {open} = browserSuite();
const live = {timeout: 15_000, interval: 100};

/** Every URL a page requests, recorded from before it navigates. */
async function recordUrls(page: Page, urls: string[]): Promise<void> {
  page.on("request", (r) => urls.push(r.url()));
}

/** The patients' files of dist/_file/data a page fetched, in order and sorted: "patients.arrow", "printed.json"... */
const patientFiles = (requests: string[]) => requests.flatMap((p) => /\/_file\/data\/((?:patients|printed)\.)[0-9a-f]+\.(\w+)$/.exec(p)?.slice(1, 3).join("") ?? []).sort();

const whenReady = (page: Page) => page.waitForFunction(() => document.body.dataset.liveLayer === "ready", null, {timeout: 15_000});

const builtPatients = (): {id: number}[] => {
  const dir = "dist/_file/data";
  return JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => /^patients\.[0-9a-f]+\.json$/.test(f))!), "utf8"));
};

describe("the patients datasets each page loads", () => {
  it("Explore loads patients.arrow and flechette from the site itself, and neither patients.json nor the printed cells", async () => {
    const urls: string[] = [];
    const {page, requests, errors} = await open("explore", {init: (p) => recordUrls(p, urls)});
    await whenReady(page);
    await settled(page);
    expect(patientFiles(requests)).toEqual(["patients.arrow"]);
    expect(requests.filter((p) => /\/_node\/@uwdata\/flechette@[\d.]+\/index\.[0-9a-f]+\.js$/.test(p))).toHaveLength(1);
    // The decoded patients drive the live panel: a filter counts the 3 men.
    await page.locator(".filter-panel summary").click();
    await page.locator('.filter-panel input[name="sex"][value="M"]').check();
    await expect.poll(() => page.getByTestId("cohort-count").textContent(), live).toBe("3 of 10 patients");
    expect(patientFiles(requests)).toEqual(["patients.arrow"]);
    const origin = new URL(page.url()).origin;
    expect(urls.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const path of ["", "survival", "treatment"]) {
    it(`/${path} loads patients.arrow, never patients.json or the printed cells, with a filter on`, async () => {
      const {page, requests, errors} = await open(`${path}?sex=M`);
      await whenReady(page);
      await settled(page);
      expect(patientFiles(requests)).toEqual(["patients.arrow"]);
      expect(errors).toEqual([]);
    });
  }

  it("Patients loads the printed cells too, and redraws the printed tables from them: the men's rows as printed", async () => {
    const printedRows = async (page: Page) =>
      Object.fromEntries((await page.locator("[data-slot=table1] tbody tr").allInnerTexts()).map((row) => [row.split("\t")[0], row]));
    const whole = await open("patients", {javaScriptEnabled: false});
    const asPrinted = await printedRows(whole.page);
    const {page, requests, errors} = await open("patients?sex=M");
    await whenReady(page);
    await expect.poll(() => page.locator("[data-slot=table1] tbody tr").count(), live).toBe(3);
    expect(patientFiles(requests)).toEqual(["patients.arrow", "printed.json"]);
    const men = await printedRows(page);
    expect(Object.keys(men)).toEqual(["2", "9", "10"]);
    for (const [id, row] of Object.entries(men)) expect(row, `patient ${id}`).toBe(asPrinted[id]);
    expect(errors).toEqual([]);
  });

  it("Data & methods loads the printed cells, and the JSON of the patients in view equals their rows of patients.json", async () => {
    const {page, requests, errors} = await open("data?sex=M");
    await whenReady(page);
    await expect.poll(() => page.locator("[data-slot=download] button").count(), live).toBe(2);
    expect(patientFiles(requests)).toEqual(["patients.arrow", "printed.json"]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Download JSON"}).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const saved = Buffer.concat(chunks).toString("utf8");
    expect(saved).toBe(JSON.stringify(builtPatients().filter((p) => [2, 9, 10].includes(p.id)), null, 2));
    expect(errors).toEqual([]);
  });

  it("Liver loads the printed cells only once the reader filters, and its note then quotes the printed location", async () => {
    const {page, requests, errors} = await open("liver");
    await whenReady(page);
    await settled(page);
    expect(patientFiles(requests)).toEqual(["patients.arrow"]);
    await page.locator(".filter-panel summary").click();
    await page.locator('.filter-panel input[name="segments"][value="7"]').check();
    await expect.poll(() => page.locator("[data-slot=mismatch]").innerText(), live).toBe(
      "The table does not add up for patient 7: Table 2 gives 1 lesion but segments 7 and 8 (“Segments 7 and 8”). Table 2 adds ablation to the resection, so a lesion may have been ablated rather than resected and left out of the count. The report keeps the printed count."
    );
    expect(patientFiles(requests)).toEqual(["patients.arrow", "printed.json"]);
    expect(errors).toEqual([]);
  });
});
