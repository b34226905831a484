import {serveStatic, launchBrowser} from "./test/browser/harness.ts";
const site = await serveStatic("dist", "/report/");
const browser = await launchBrowser();
for (const p of (process.argv.slice(2))) {
  const ctx = await browser.newContext({viewport: {width: 412, height: 823}});
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", {rate: 4});
  await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", {interval: 200}); await cdp.send("Profiler.start");
  await page.goto(site.url + (p === "index" ? "" : p), {waitUntil: "networkidle"});
  await page.waitForTimeout(1000);
  const {profile} = await cdp.send("Profiler.stop") as any;
  const dt = profile.timeDeltas as number[]; const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id: number, i: number) => { const n: any = byId.get(id); const url = n.callFrame.url.replace(/.*\/report\//, "") || n.callFrame.functionName || "(native)"; self.set(url, (self.get(url) ?? 0) + (dt[i] ?? 0) / 1000); });
  console.log(p, [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([u, t]) => `${u}:${Math.round(t)}`).join("  "));
  await ctx.close();
}
await browser.close(); await site.close();
