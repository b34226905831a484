import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import {serveStatic} from "../test/browser/harness.js";
const site = await serveStatic("/work/main/dist", "/report/");
const chrome = await chromeLauncher.launch({chromePath: "/usr/bin/chromium", chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]});
for (const path of process.argv.slice(2)) {
  const result = await lighthouse(site.url + path, {port: chrome.port, output: "json", logLevel: "error"});
  const lhr = result!.lhr;
  console.log(path || "/", Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, v.score])));
  for (const [id, a] of Object.entries(lhr.audits)) {
    if (a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual" && a.scoreDisplayMode !== "notApplicable") console.log("   ", id, a.score, a.displayValue ?? "", (a.details as any)?.items?.slice?.(0, 3).map((i: any) => i.node?.snippet ?? i.url ?? "").join(" | ").slice(0, 300));
  }
}
await chrome.kill(); await site.close();
