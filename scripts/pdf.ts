/**
 * `npm run pdf`: the whole report as one PDF, to attach to an email or file with a review. A cover (the report's
 * title, the article's citation, the patients shown, the build date and the contents), then every page in the
 * sidebar's order, each starting on a new sheet, as it prints (the site's print stylesheet: no sidebar, no
 * controls, the filters as one line), with page numbers. Links between pages become links within the PDF.
 *
 *   npm run pdf                                        report.pdf, the whole series, A4
 *   npm run pdf -- --out dist/report.pdf               another path
 *   npm run pdf -- --filters "primarySite=Stomach&sex=F"   a filtered report (the query the report's URLs carry)
 *   npm run pdf -- --format Letter                     US Letter
 *
 * It builds the report first (LMS_SKIP_BUILD=1 uses the dist/ already built; LMS_DIST_DIR names another build's
 * folder, as for npm run build), serves it locally and prints it
 * with the Chromium the browser tests use (playwright-core; CHROMIUM_PATH, else /usr/bin/chromium). A filter the
 * report does not know stops it with a message, and the PDF is written whole or not at all.
 */
import {spawnSync} from "node:child_process";
import {existsSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import type {Page} from "playwright-core";
import {text as escape} from "../src/pages/compose.js";
import {launchBrowser, serveStatic, settled} from "../test/browser/harness.js";

/** The built site to print: dist/, or the folder a build was told to write (LMS_DIST_DIR, as scripts/build.ts reads it). */
const dist = process.env.LMS_DIST_DIR || "dist";

interface Options {
  out: string;
  filters: string;
  format: "A4" | "Letter";
}

/** The command line's options, or a message saying what is wrong with it. */
export function parseArguments(args: readonly string[]): Options | string {
  const options: Options = {out: "report.pdf", filters: "", format: "A4"};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (!["--out", "--filters", "--format"].includes(flag)) return `unknown option ${flag} (expected --out <file>, --filters "<query>" or --format A4|Letter)`;
    if (value === undefined || value.startsWith("--")) return `${flag} needs a value`;
    i++;
    if (flag === "--out") options.out = value;
    else if (flag === "--filters") options.filters = value.replace(/^\?/, "");
    else if (value === "A4" || value === "Letter") options.format = value;
    else return `--format ${value}: expected A4 or Letter`;
  }
  if (!options.out.toLowerCase().endsWith(".pdf")) return `--out ${options.out}: expected a file name ending in .pdf`;
  return options;
}

/** One page of the report as printed: its address, title and the HTML of its main column. */
interface PrintedPage {
  slug: string;
  name: string;
  html: string;
}

/** The page with its live layer settled and every view drawn (those left for when they scroll near, too). */
async function printedMain(page: Page, url: string): Promise<{html: string; ignored: string | null}> {
  await page.goto(url, {waitUntil: "load"});
  await settled(page);
  await page.evaluate(keepNames);
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await page.waitForFunction(() => !document.querySelector(".lms-stale, .lms-updating"), null, {timeout: 30_000});
  return page.evaluate(() => {
    // The panel's note of URL parameters it did not apply (inside the folded panel: its text, not what shows).
    const ignored = document.querySelector<HTMLElement>(".filters-ignored:not([hidden])")?.textContent?.trim() || null;
    // What is said only to a reader without scripts would show in the PDF's shell, which runs none. (The download
    // buttons and Copy link need no removal: CSS shows them only where scripts run, and never in print.)
    for (const node of document.querySelectorAll("#observablehq-main noscript")) node.remove();
    return {html: document.querySelector("#observablehq-main")!.innerHTML, ignored};
  });
}

/** tsx compiles this file keeping function names through a helper (__name) that the page lacks: define it there. */
const keepNames = "globalThis.__name = (f) => f";

/** The patients the report shows, as the live filter panel names them (subsetLabel): "7 of 10 patients (Sex: Female)". */
async function subsetOf(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector<HTMLElement>(".filter-bar[data-subset]")?.dataset.subset ?? "");
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === "string") {
    console.error(`npm run pdf: ${options}`);
    process.exit(2);
  }
  if (!(process.env.LMS_SKIP_BUILD === "1" && existsSync(join(dist, "index.html")))) {
    const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {stdio: "inherit"});
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const built = statSync(join(dist, "index.html")).mtime;
  const site = await serveStatic(dist, "/report/");
  const browser = await launchBrowser();
  const out = resolve(options.out);
  const partial = `${out}.partial`;
  try {
    // One document: the home page's shell (its stylesheets, scripts off), its main column replaced by the cover
    // and every page's, in print media. The site's title and its pages, in order, are the built sidebar's.
    const printContext = await browser.newContext({javaScriptEnabled: false});
    const sheet = await printContext.newPage();
    await sheet.goto(site.url, {waitUntil: "load"});
    await sheet.emulateMedia({media: "print", colorScheme: "light"});
    await sheet.evaluate(keepNames);
    const {title, sidebar} = await sheet.evaluate(() => {
      const [head, list] = document.querySelectorAll("#observablehq-sidebar > ol");
      const links = [...(list?.querySelectorAll("a") ?? [])].map((a) => ({name: a.textContent!.trim(), href: a.getAttribute("href")!}));
      return {title: head?.querySelector("a")?.textContent?.trim() ?? document.title, sidebar: links};
    });
    const live = await (await browser.newContext({viewport: {width: 1000, height: 1400}})).newPage();
    const query = options.filters ? `?${options.filters}` : "";
    const pages: PrintedPage[] = [];
    let subset = "";
    for (const {name, href} of sidebar) {
      const slug = href.replace(/^\.\//, "") || "index";
      const {html, ignored} = await printedMain(live, `${site.url}${slug === "index" ? "" : slug}${query}`);
      if (ignored) throw new Error(`--filters "${options.filters}": ${ignored}`);
      subset ||= await subsetOf(live);
      pages.push({slug, name, html});
    }
    const footer = await live.evaluate(() => document.querySelector("#observablehq-footer > div")?.textContent?.trim() ?? "");
    const citation = await live.evaluate(() => document.querySelector<HTMLMetaElement>("meta[name=source-citation]")?.content ?? "");

    const day = (date: Date) => date.toISOString().slice(0, 10);
    const cover = `
      <section class="pdf-cover" id="pdf-cover">
        <h1>${escape(title)}</h1>
        <p class="pdf-lead">An interactive companion to ${escape(citation)}</p>
        <p><strong>Patients:</strong> ${escape(subset)}${options.filters ? ` <span class="muted">(filters: ${escape(options.filters)})</span>` : ""}</p>
        <p><strong>Built:</strong> ${day(built)} &nbsp; <strong>Printed:</strong> ${day(new Date())}</p>
        <h2>Contents</h2>
        <ol class="pdf-contents">${pages.map((p) => `<li><a href="#pdf-${p.slug}">${escape(p.name)}</a></li>`).join("")}</ol>
        <p class="muted">${escape(footer)}</p>
      </section>`;
    await sheet.evaluate(
      ({cover, pages, base}) => {
        const main = document.querySelector("#observablehq-main")!;
        const slugs = new Set(pages.map((p) => p.slug));
        // Links between pages become links within the PDF; ids are prefixed by their page, so two pages' ids
        // (a chart's clip path, a patient's anchor) never collide, and every reference to them follows.
        const refs = ["for", "aria-labelledby", "aria-describedby", "aria-controls", "headers"];
        const sections = pages.map(({slug, html}) => {
          const section = document.createElement("section");
          section.className = "pdf-page";
          section.id = `pdf-${slug}`;
          section.innerHTML = html;
          // Paper cannot unfold: each patient's summary and the citation's formats print open (the filter panel
          // prints as its one line).
          for (const details of section.querySelectorAll("details:not(.filter-panel)")) details.setAttribute("open", "");
          const local = (id: string) => `${slug}--${id}`;
          for (const node of section.querySelectorAll("*")) {
            for (const {name, value} of [...node.attributes]) {
              if (name === "id") node.setAttribute(name, local(value));
              else if (refs.includes(name)) node.setAttribute(name, value.split(/\s+/).map(local).join(" "));
              else if (/url\(#/.test(value)) node.setAttribute(name, value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${local(id)})`));
              else if ((name === "href" || name === "xlink:href") && value.startsWith("#") && node.tagName.toLowerCase() !== "a") node.setAttribute(name, `#${local(value.slice(1))}`);
            }
          }
          for (const a of section.querySelectorAll<HTMLAnchorElement>("a[href]")) {
            const target = new URL(a.getAttribute("href")!, `${base}${slug === "index" ? "" : slug}`);
            if (!target.href.startsWith(base)) continue;
            const page = target.pathname.slice(new URL(base).pathname.length) || "index";
            if (!slugs.has(page)) continue;
            a.setAttribute("href", target.hash ? `#${page}--${decodeURIComponent(target.hash.slice(1))}` : `#pdf-${page}`);
          }
          return section;
        });
        const style = document.createElement("style");
        style.textContent = `
          .pdf-page { break-before: page; }
          .pdf-cover h1 { font-size: 2rem; margin-top: 4rem; }
          .pdf-cover .pdf-lead { font-size: 1.2rem; max-width: 40rem; }
          .pdf-contents a { color: inherit; }
          #observablehq-footer { display: none !important; }
        `;
        document.head.append(style);
        main.innerHTML = cover;
        main.append(...sections);
      },
      {cover, pages, base: site.url}
    );
    const pdf = await sheet.pdf({
      format: options.format,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font: 8px system-ui, sans-serif; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between; color: #555"><span>${escape(title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      margin: {top: "14mm", bottom: "18mm", left: "14mm", right: "14mm"},
      outline: true,
      tagged: true
    });
    writeFileSync(partial, pdf);
    renameSync(partial, out);
    console.log(`wrote ${options.out}: ${pages.length} pages of the report and a cover, ${(pdf.length / 1024).toFixed(0)} KB (${subset})`);
  } finally {
    rmSync(partial, {force: true});
    await browser.close();
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("scripts/pdf.ts")) {
  main().catch((error: unknown) => {
    console.error(`npm run pdf: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
