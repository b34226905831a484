import {serveStatic, launchBrowser} from "./test/browser/harness.ts";
const site = await serveStatic("dist", "/report/");
const browser = await launchBrowser();
for (const p of (process.argv.slice(2))) {
  const ctx = await browser.newContext({viewport: {width: 412, height: 823}});
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", {rate: 4});
  await page.addInitScript(() => { (window as any).lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as any).lt.push(Math.round(e.duration)); }).observe({type: "longtask", buffered: true}); });
  await page.goto(site.url + (p === "index" ? "" : p), {waitUntil: "networkidle"});
  await page.waitForTimeout(1500);
  console.log(p, await page.evaluate(() => (window as any).lt));
  await ctx.close();
}
await browser.close(); await site.close();
