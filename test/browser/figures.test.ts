import {readFile} from "node:fs/promises";
import type {Download, Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {browserSuite, scrollThrough, settled} from "./harness.js";

// Figures to take away (issue 11): every chart has an SVG and a PNG download; the file is the figure as a reader
// would put it on a slide (title, legend, number at risk, caption, the article's citation, the filters, the date),
// always light, self-contained; the PNG at twice the figure's size and at least 1200 px wide.
const {open} = browserSuite();
const dark = (page: Page) => page.emulateMedia({colorScheme: "dark"});
const pages = ["", "explore", "patients", "survival", "liver", "treatment", "audit", "data"];
const chartPages = new Set(["", "explore", "survival", "liver", "treatment"]);

async function download(page: Page, figure: string, format: "svg" | "png"): Promise<{name: string; body: Buffer}> {
  const button = page.locator(`[data-figure="${figure}"]:visible button[data-export=${format}]`).first();
  const [file] = (await Promise.all([page.waitForEvent("download"), button.click()])) as [Download, unknown];
  return {name: file.suggestedFilename(), body: await readFile((await file.path())!)};
}

/** An SVG file as the browser reads it: parsed as XML, then drawn as an image. */
async function readSvg(page: Page, text: string) {
  return page.evaluate(async (svg) => {
    const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
    const root = parsed.documentElement;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    const drawn = await image.decode().then(() => image.naturalWidth, () => 0);
    // Laid out in the page, every line of text must end inside the figure.
    const placed = document.body.appendChild(document.importNode(root, true)) as unknown as SVGSVGElement;
    const overflow = Math.max(
      0,
      ...[...placed.querySelectorAll(":scope > text")].map((t) => Number(t.getAttribute("x")) + (t as SVGTextContentElement).getComputedTextLength() - Number(root.getAttribute("width")))
    );
    placed.remove();
    return {
      overflow,
      error: parsed.querySelector("parsererror")?.textContent ?? null,
      tag: root.tagName,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      text: [...root.querySelectorAll("text")].map((t) => t.textContent).join(" ").replace(/\s+/g, " "),
      title: root.querySelector(":scope > title")?.textContent ?? null,
      drawn
    };
  }, text);
}

/** A PNG's size from its header, and its corner and ink as the browser decodes it. */
async function readPng(page: Page, body: Buffer) {
  expect(body.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const size = {
    width: body.readUInt32BE(16),
    height: body.readUInt32BE(20),
    // Its resolution, from the pHYs chunk after the header (pixels per metre, as dots per inch).
    dpi: body.subarray(37, 41).toString("latin1") === "pHYs" ? Math.round(body.readUInt32BE(41) * 0.0254) : null
  };
  const pixels = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const {data} = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) ink++;
    return {corner: [...data.subarray(0, 4)], ink: ink / (data.length / 4)};
  }, body.toString("base64"));
  return {...size, ...pixels};
}

describe("figure downloads", () => {
  it("the Kaplan–Meier chart of a filtered Survival page downloads as an SVG with its title, number at risk, caption, the citation, the filter and the date; light, from a dark page", async () => {
    const {page, errors} = await open("survival?primarySite=Retroperitoneum", {init: dark});
    await settled(page);
    const {name, body} = await download(page, "survival-km", "svg");
    expect(name).toBe("survival-km-primarySite-Retroperitoneum.svg");
    const text = body.toString("utf8");
    const svg = await readSvg(page, text);
    expect(svg.error).toBeNull();
    expect(svg.tag).toBe("svg");
    expect(svg.drawn).toBeGreaterThan(0);
    expect(svg.title).toBe("Survival after liver resection");
    expect(svg.text).toContain("Survival after liver resection");
    expect(svg.text).toContain("5 of 10 patients (Primary site: Retroperitoneum)");
    expect(svg.text).toContain("Number at risk");
    expect(svg.text).toContain("Kaplan–Meier estimate");
    expect(svg.text).toContain("Source: Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology.");
    expect(svg.text).toContain("Patients: 5 of 10 patients (Primary site: Retroperitoneum).");
    const today = await page.evaluate(() => new Date().toLocaleDateString("sv"));
    expect(svg.text).toContain(`Drawn ${today} from ${await page.evaluate(() => location.href)}`);
    // No download button, no pointer tip, nothing the page's stylesheet or theme would have to supply.
    expect(svg.text).not.toMatch(/Download|SVG|PNG/);
    expect(text).not.toMatch(/var\(--|currentColor|class="lms-plot"|<foreignObject|<image|<link|@import|url\((?!#)/i);
    expect(text.match(/\shref=/g)).toBeNull();
    // On white, with the light theme's text colour, whatever the page's theme.
    expect(text).toMatch(/<rect width="100%" height="100%" fill="#ffffff"/);
    expect(text).toContain('fill="#1b1e23"');
    expect(errors).toEqual([]);
  });

  it("the same chart downloads as a PNG at twice its size (at least 1200 px wide), drawn on white", async () => {
    const {page} = await open("survival?primarySite=Retroperitoneum", {init: dark});
    await settled(page);
    const svg = await readSvg(page, (await download(page, "survival-km", "svg")).body.toString("utf8"));
    const {name, body} = await download(page, "survival-km", "png");
    expect(name).toBe("survival-km-primarySite-Retroperitoneum.png");
    const png = await readPng(page, body);
    const scale = Math.max(2, 1200 / svg.width);
    expect(png.width).toBe(Math.round(svg.width * scale));
    expect(png.height).toBe(Math.round(svg.height * scale));
    expect(png.width).toBeGreaterThanOrEqual(1200);
    // Marked with the resolution it was drawn at, so a slide places it at the figure's size.
    expect(png.dpi).toBe(Math.round(96 * scale));
    expect(png.corner).toEqual([255, 255, 255, 255]);
    // Text and lines drawn in the dark foreground: a blank or black image fails.
    expect(png.ink).toBeGreaterThan(0.005);
    expect(png.ink).toBeLessThan(0.3);
  });

  it("a phone's drawing downloads with every line inside the figure, a long address included", async () => {
    const query = "?primarySite=Retroperitoneum&primarySite=Small%20bowel&primarySite=Pancreas&primarySite=Stomach&sex=F&sex=M&age=30-70&range=full";
    const {page} = await open(`survival${query}`, {width: 375, height: 800});
    await settled(page);
    const {name, body} = await download(page, "survival-km", "svg");
    expect(name).toBe("survival-km-primarySite-Retroperitoneum-Small_bowel-Pancreas-Stomach-sex-F-M-age-30-70-range-full.svg");
    const svg = await readSvg(page, body.toString("utf8"));
    expect(svg.overflow).toBe(0);
    expect(svg.text.replace(/ /g, "")).toContain(`from${await page.evaluate(() => location.href)}`.replace(/ /g, ""));
  });

  it("a phone's drawing (375 px) downloads too, still at least 1200 px wide as PNG", async () => {
    const {page} = await open("survival", {width: 375, height: 800});
    await settled(page);
    const {body} = await download(page, "survival-km", "png");
    const png = await readPng(page, body);
    expect(png.width).toBeGreaterThanOrEqual(1200);
    expect(png.corner).toEqual([255, 255, 255, 255]);
  });

  for (const path of pages) {
    it(`/${path}: every chart has an SVG and a PNG download, and each figure's SVG is a valid, named file`, async () => {
      const {page, errors} = await open(`${path}${path === "explore" ? "" : "?sex=F"}`);
      await settled(page);
      await scrollThrough(page);
      const charts = await page.locator("main svg.lms-plot, main svg.liver-schematic").evaluateAll((svgs) =>
        svgs
          .filter((svg) => svg.getClientRects().length > 0)
          .map((svg) => {
            const figure = svg.closest<HTMLElement>("[data-figure]");
            const shown = (format: string) => {
              const button = figure?.querySelector<HTMLElement>(`:scope > .figure-export button[data-export=${format}]`);
              return !!button && button.getClientRects().length > 0;
            };
            return {figure: figure?.dataset.figure ?? null, svg: shown("svg"), png: shown("png")};
          })
      );
      // The pages without a chart have no download either; the others have at least one chart.
      expect(charts.length > 0).toBe(chartPages.has(path));
      expect(await page.locator("[data-figure]").count() > 0).toBe(chartPages.has(path));
      for (const chart of charts) expect(chart, JSON.stringify(chart)).toEqual({figure: expect.stringMatching(/^[a-z]+-[A-Za-z-]+$/), svg: true, png: true});
      const figures = [...new Set(charts.map((c) => c.figure!))];
      for (const [i, figure] of figures.entries()) {
        // Chromium lets a page start ten downloads in a burst, then drops the next one: the test paces itself.
        if (i >= 9) await page.waitForTimeout(1100);
        const {name, body} = await download(page, figure, "svg");
        expect(name).toBe(path === "explore" ? `${figure}.svg` : `${figure}-sex-F.svg`);
        const svg = await readSvg(page, body.toString("utf8"));
        expect(svg.error, figure).toBeNull();
        // Self-contained and no longer a control: nothing refers outside, nothing is a button.
        expect(body.toString("utf8"), figure).not.toMatch(/var\(--|currentColor|\shref=|url\((?!#)|tabindex|role="button"|aria-pressed|cursor/i);
        expect(svg.drawn, figure).toBeGreaterThan(0);
        expect(svg.width, figure).toBeGreaterThanOrEqual(480);
        expect(svg.overflow, figure).toBe(0);
        expect(svg.text, figure).toContain("Source: Kim, Lee, Kim, Kang.");
        expect(svg.text, figure).toMatch(path === "explore" ? /Patients: All 10 patients\./ : /Patients: 7 of 10 patients \(Sex: Female\)\./);
      }
      expect(errors).toEqual([]);
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    it(`the download controls and Copy link are legible in the ${scheme} theme (contrast at least 4.5:1)`, async () => {
      const {page} = await open("survival?sex=F", {init: (p) => p.emulateMedia({colorScheme: scheme})});
      await settled(page);
      const ratios = await page.locator(".figure-export:visible > *, .copy-link:visible button, .citation .muted").evaluateAll((els) => {
        // "rgb(223, 223, 214)", "rgba(0, 0, 0, 0)", or a color-mix() result, "color(srgb 0.79 0.79 0.76)".
        const rgb = (c: string) => {
          const values = (c.replace(/^color\(srgb/, "").match(/[\d.]+/g) ?? []).map(Number);
          return c.startsWith("color(srgb") ? values.map((v, i) => (i < 3 ? v * 255 : v)) : values;
        };
        const luminance = ([r, g, b]: number[]) =>
          [r!, g!, b!].map((v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
        const background = (el: Element | null): number[] => {
          for (; el; el = el.parentElement) {
            const c = rgb(getComputedStyle(el).backgroundColor);
            if (c.length === 3 || (c.length === 4 && c[3]! > 0.9)) return c.slice(0, 3);
          }
          return [255, 255, 255];
        };
        return els.map((el) => {
          const [a, b] = [luminance(rgb(getComputedStyle(el).color)), luminance(background(el))];
          return {text: el.textContent, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)};
        });
      });
      expect(ratios.length).toBeGreaterThan(3);
      for (const r of ratios) expect(r.ratio, r.text ?? "").toBeGreaterThanOrEqual(4.5);
    });
  }

  it("a download asked for before the cohort has loaded waits for it and is not lost", async () => {
    const slow = (page: Page) => page.route("**/patients*.arrow", async (route) => (await new Promise((done) => setTimeout(done, 1500)), route.continue()));
    const {page, errors} = await open("survival", {init: slow});
    const button = page.locator('[data-figure="survival-km"]:visible button[data-export=svg]');
    await button.waitFor();
    expect(await page.evaluate(() => document.body.dataset.liveLayer)).toBeUndefined();
    const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(file.suggestedFilename()).toBe("survival-km.svg");
    expect(await readFile((await file.path())!, "utf8")).toContain("All 10 patients.");
    expect(errors).toEqual([]);
  });

  it("with scripts off, no download button is shown (it could not work)", async () => {
    const {page} = await open("survival", {javaScriptEnabled: false});
    await settled(page);
    expect(await page.locator("[data-figure] button[data-export]").count()).toBeGreaterThan(0);
    expect(await page.locator("[data-figure] button[data-export]:visible").count()).toBe(0);
    expect(await page.locator(".copy-link:visible").count()).toBe(0);
  });
});

describe("Copy link", () => {
  it("copies the address of the view, filters and page settings included", async () => {
    const {page} = await open("survival?sex=F&by=primarySite", {init: (p) => p.context().grantPermissions(["clipboard-read", "clipboard-write"])});
    await settled(page);
    const button = page.locator(".filter-bar .copy-link button");
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator(".copy-link-status").innerText()).toBe("Link copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.evaluate(() => location.href));
    expect(await page.evaluate(() => location.search)).toBe("?sex=F&by=primarySite");
  });

  it("shows the address selected, to copy by hand, where the clipboard is refused", async () => {
    const {page} = await open("explore?sex=M", {init: (p) => p.addInitScript(() => Object.defineProperty(navigator, "clipboard", {value: {writeText: () => Promise.reject(new Error("denied"))}}))});
    await settled(page);
    await page.locator(".filter-bar .copy-link button").click();
    const field = page.locator(".copy-link-status input");
    await expect.poll(() => field.count()).toBe(1);
    expect(await field.inputValue()).toBe(await page.evaluate(() => location.href));
    expect(await field.evaluate((f) => [(f as HTMLInputElement).selectionStart, (f as HTMLInputElement).selectionEnd, (f as HTMLInputElement).value.length])).toEqual([0, expect.any(Number), expect.any(Number)]);
  });
});

describe("How to cite (Data & methods)", () => {
  it("gives the article as text, BibTeX and RIS, says what the source lacks, and cites the reader's view with its address and date", async () => {
    const {page} = await open("data?sex=F");
    await settled(page);
    const section = page.locator(".citation");
    expect(await section.locator(".citation-text").first().innerText()).toBe("Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology.");
    expect(await section.innerText()).toContain("does not give the article's year, volume, pages and DOI");
    const today = await page.evaluate(() => new Date().toLocaleDateString("sv"));
    const view = section.locator("[data-cite-view]");
    expect(await view.innerText()).toBe(`Kim et al.: an interactive companion. ${await page.evaluate(() => location.href)}. Accessed ${today}.`);
    // A filter changed on the page is in the citation at once.
    await page.locator(".filter-panel summary").click();
    await page.locator("input[name=sex][value=M]").check();
    await expect.poll(() => view.innerText()).toContain("sex=F&sex=M");
    for (const [format, file, first] of [["BibTeX", "citation.bib", "@article{kim_surgical,"], ["RIS", "citation.ris", "TY  - JOUR"]] as const) {
      const details = section.locator("details", {hasText: format});
      await details.locator("summary").click();
      expect((await details.locator("pre").innerText()).split("\n")[0]).toBe(first);
      const [file_] = await Promise.all([page.waitForEvent("download"), details.locator("a[download]").click()]);
      expect(file_.suggestedFilename()).toBe(file);
      expect((await readFile((await file_.path())!, "utf8")).split("\n")[0]).toBe(first);
    }
  });

  it("reads with scripts off: the citation in every form, and how to cite a view", async () => {
    const {page} = await open("data", {javaScriptEnabled: false});
    await settled(page);
    expect(await page.locator(".citation pre").count()).toBe(2);
    expect(await page.locator("[data-cite-view]").innerText()).toBe("Kim et al.: an interactive companion. [The page's address, as the address bar shows it]. Accessed [date].");
  });
});
