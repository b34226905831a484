import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it, vi} from "vitest";
import {bundledSourceDir} from "../data-loaders/read-source.js";
import {siteText} from "../src/lib/prose/siteText.js";

const bundled = JSON.parse(readFileSync(join(bundledSourceDir, "article.json"), "utf8"));
const other = {title: "Hepatectomy for metastatic uterine leiomyosarcoma", authors: ["Roe", "Doe"], journal: "Journal of Imaginary Surgery"};

/** The config as Framework loads it, with LMS_SOURCE_DIR set to `dir` (a fresh module each time). */
async function configFor(dir: string | undefined) {
  vi.resetModules();
  vi.stubEnv("LMS_SOURCE_DIR", dir ?? "");
  const {default: config} = await import("../observablehq.config.js");
  return config as {title: string; footer: string; head: (page: {path: string}) => string};
}

afterEach(() => vi.unstubAllEnvs());

describe("siteText: the site's title, footer and descriptions from article.json", () => {
  it("siteText(bundled article) is titled by its authors, short enough for the sidebar, and cites Kim, Lee, Kim, Kang and the journal in the footer", () => {
    expect(siteText(bundled, {audited: true}).title).toBe("Kim et al.: an interactive companion");
    expect(siteText(bundled, {audited: true}).footer).toBe(
      "Data: Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology. Figures are recomputed from the article's Tables 1–2."
    );
    expect(siteText(bundled, {audited: true}).descriptions["/index"]).toMatch(/^An interactive companion to Kim et al.'s case series/);
  });
  it("siteText(another article) names its authors, title and journal, and nothing of the bundled article", () => {
    const site = siteText(other, {audited: false});
    expect(site.title).toBe("Roe and Doe: an interactive companion");
    expect(site.footer).toBe("Data: Roe, Doe. Hepatectomy for metastatic uterine leiomyosarcoma. Journal of Imaginary Surgery. Figures are recomputed from the article's Tables 1–2.");
    expect(site.descriptions["/index"]).toContain("Roe and Doe's case series");
    expect(JSON.stringify(site)).not.toMatch(/Kim|Korean|Asan|\bten\b/);
  });
  it("siteText of a series without claims says its audit has no statements rather than promising recomputed ones", () => {
    expect(siteText(other, {audited: false}).descriptions["/audit"]).toBe("Checks of the series' tables against each other; this series comes without the article's statements to audit.");
  });
});

describe("observablehq.config.ts reads the series being built", () => {
  it("the config's footer and descriptions cite the bundled article when LMS_SOURCE_DIR is unset", async () => {
    const config = await configFor(undefined);
    expect(config.footer).toContain("Data: Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma.");
    expect(config.head({path: "/index"})).toContain("Kim et al.'s case series");
  });
  it("the config with LMS_SOURCE_DIR set cites that folder's article.json, escaped, in the title, footer and descriptions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lms-config-"));
    try {
      cpSync(bundledSourceDir, dir, {recursive: true});
      rmSync(join(dir, "claims.json"));
      writeFileSync(join(dir, "article.json"), JSON.stringify({...bundled, ...other, journal: "J <Imaginary> & Surgery"}));
      const config = await configFor(dir);
      expect(config.title).toBe("Roe and Doe: an interactive companion");
      expect(config.footer).toBe("Data: Roe, Doe. Hepatectomy for metastatic uterine leiomyosarcoma. J &lt;Imaginary&gt; &amp; Surgery. Figures are recomputed from the article's Tables 1–2.");
      expect(config.head({path: "/index"})).toContain("Roe and Doe's case series");
      expect(config.head({path: "/audit"})).toContain("this series comes without the article's statements to audit");
      expect(config.footer + config.head({path: "/index"})).not.toMatch(/Kim|Korean/);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
