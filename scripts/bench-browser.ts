/**
 * What `npm run bench` (scripts/bench.ts) measures in a page of the report, in Chromium driven by playwright-core:
 * the time from navigation to ready, real filter clicks with the time each takes to settle, Interaction to Next
 * Paint from Chrome's Event Timing entries, and the tab's memory. The arithmetic is in bench-metrics.ts.
 */
import {existsSync, readFileSync} from "node:fs";
import type {Browser, Locator, Page} from "playwright-core";
import {clickOrder, type EventTiming, interactionToNextPaint, residentMemory, tabRenderer} from "./bench-metrics.js";

/**
 * Installed in every measured page before its first script (addInitScript). It records:
 * - when the page is ready: the live layer has marked the body (`data-live-layer="ready"`: its panel is in place
 *   and the link's view is drawn) and no Framework cell is still loading; seen by a MutationObserver, so the time
 *   is exact rather than the next tick of a poll;
 * - Chrome's Event Timing entries (the source of INP) from the first input on;
 * - the timestamp of each trusted click, where the latency of a filter change starts;
 * - the time of the last change in <main>, where it ends.
 * Passed as text: tsx would otherwise wrap the nested functions in a helper the page does not have.
 */
const pageProbe = `(() => {
  const bench = (window.__bench = {readyAt: null, clickAt: null, lastChange: null, untrustedClicks: 0, events: []});
  const readiness = new MutationObserver(() => {
    if (document.body?.dataset.liveLayer !== "ready" || document.querySelector("observablehq-loading")) return;
    bench.readyAt = performance.now();
    readiness.disconnect();
  });
  readiness.observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-live-layer"]});
  const keep = (entries) => entries.forEach((e) => bench.events.push({interactionId: e.interactionId ?? 0, duration: e.duration}));
  bench.timing = new PerformanceObserver((list) => keep(list.getEntries()));
  bench.timing.observe({type: "event", durationThreshold: 16, buffered: true});
  bench.timing.observe({type: "first-input", buffered: true});
  addEventListener("click", (e) => (e.isTrusted ? (bench.clickAt = e.timeStamp) : bench.untrustedClicks++), true);
  bench.watchMain = () => new MutationObserver(() => (bench.lastChange = performance.now()))
    .observe(document.querySelector("main"), {subtree: true, childList: true, attributes: true, characterData: true});
  bench.arm = () => { bench.clickAt = null; bench.lastChange = null; };
  // Resolves with the time from the click to the last change in <main> it caused, once <main> has not changed for
  // quietMs and no view is waiting to be redrawn (.lms-updating: the views' code still loading, say); -1 if no
  // click arrived, -2 if the page was still changing after limitMs.
  bench.settle = (quietMs, limitMs) => new Promise((resolve) => {
    const armed = performance.now();
    const check = () => {
      const now = performance.now();
      if (bench.clickAt === null) return now - armed > limitMs ? resolve(-1) : setTimeout(check, 10);
      const last = Math.max(bench.clickAt, bench.lastChange ?? bench.clickAt);
      if (now - last > quietMs && !document.querySelector("main .lms-updating")) return resolve(last - bench.clickAt);
      if (now - bench.clickAt > limitMs) return resolve(-2);
      setTimeout(check, 10);
    };
    setTimeout(check, 10);
  });
  bench.eventTiming = () => ({
    events: bench.events.concat(bench.timing.takeRecords().map((e) => ({interactionId: e.interactionId ?? 0, duration: e.duration}))),
    interactionCount: performance.interactionCount ?? null,
    untrustedClicks: bench.untrustedClicks
  });
})()`;

/** A page opened for measuring, at 1440 × 900, and the milliseconds from its navigation to ready. */
export interface MeasuredPage {
  page: Page;
  readyMs: number;
  errors: string[];
}

/**
 * Opens `url` in a fresh context (no cache, no other tab's state) and waits until it is ready (see pageProbe). No
 * request interception: routing every request through the driver would add to the time being measured.
 * The caller closes the page's context.
 *
 * @example const {page, readyMs} = await openMeasured(browser, site.url + "explore", 60_000);
 */
export async function openMeasured(browser: Browser, url: string, timeout: number): Promise<MeasuredPage> {
  const context = await browser.newContext({viewport: {width: 1440, height: 900}});
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.addInitScript(pageProbe);
    await page.goto(url, {timeout, waitUntil: "commit"});
    const handle = await page.waitForFunction("window.__bench?.readyAt ?? false", null, {timeout, polling: 50});
    return {page, readyMs: (await handle.jsonValue()) as number, errors};
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** What one series of filter clicks on a page gave. */
export interface ClickFigures {
  /** Milliseconds from each filter click to the last change in <main> it caused. */
  times: number[];
  /** Every click made, opening the panel included: each should be an interaction to Chrome. */
  clicks: number;
  /** Filter fields whose boxes were clicked. */
  fields: number;
  /** Interaction to Next Paint over the page's visit (opening the panel included), ms; null when none reached 16 ms. */
  inp: number | null;
  /** Interactions Chrome counted on the page (performance.interactionCount). */
  interactions: number;
}

/** Runs `evaluate` on the page's probe: `bench.settle(80, limit)` and the like. */
const probe = <T>(page: Page, call: string) => page.evaluate(`window.__bench.${call}`) as Promise<T>;

/** One trusted click on `target` and the milliseconds until the page settled (80 ms without a change in <main>, no view waiting to be redrawn). */
async function timedClick(page: Page, target: Locator, limitMs: number): Promise<number> {
  await probe(page, "arm()");
  await target.click();
  const latency = await probe<number>(page, `settle(80, ${limitMs})`);
  if (latency === -1) throw new Error("a filter click never reached the page");
  if (latency === -2) throw new Error(`the page was still changing ${limitMs / 1000} s after a filter click`);
  return latency;
}

/**
 * Clicks filter boxes as a reader does (Playwright's mouse, so Chrome's Event Timing counts each click as an
 * interaction), walking every seventh box so that every field takes its turn, and measures each click. A folded
 * panel is opened first through its summary, as a reader would. `limitMs` bounds the wait for one click to settle.
 *
 * @example const {times, inp} = await filterClicks(page, 100, 30_000); // times in ms, one a click
 */
export async function filterClicks(page: Page, count: number, limitMs: number): Promise<ClickFigures> {
  await probe(page, "watchMain()");
  const panel = page.locator(".filter-panel");
  const folded = !(await panel.evaluate((details) => (details as HTMLDetailsElement).open));
  if (folded) await timedClick(page, panel.locator("summary"), limitMs);
  const boxes = panel.locator("input[type=checkbox]");
  const fields = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
  const order = clickOrder(fields.length, count);
  const times: number[] = [];
  for (const i of order) times.push(await timedClick(page, boxes.nth(i), limitMs));
  const timing = await probe<{events: EventTiming[]; interactionCount: number | null; untrustedClicks: number}>(page, "eventTiming()");
  const counted = timing.interactionCount ?? new Set(timing.events.map((e) => e.interactionId).filter(Boolean)).size;
  return {times, clicks: times.length + (folded ? 1 : 0), fields: new Set(order.map((i) => fields[i])).size, inp: interactionToNextPaint(timing.events, counted), interactions: counted};
}

/** The tab's memory, bytes: V8's heap in use (CDP), and the resident and proportional size of its renderer. */
export interface TabMemory {
  jsHeap: number | null;
  rss: number | null;
  pss: number | null;
}

/**
 * Measures a tab's memory where it stands. The renderer is found by spinning the page's main thread for a second
 * and asking the browser which renderer's CPU time rose (tabRenderer), leaving out the renderer of the browser's
 * own UI (`--top-chrome-webui`, the omnibox popup), which also wakes up; its RSS and PSS come from /proc (Linux).
 * RSS and PSS are null where the renderer cannot be told or /proc is missing.
 *
 * @example const {rss, pss, jsHeap} = await tabMemory(browser, page); // bytes
 */
export async function tabMemory(browser: Browser, page: Page): Promise<TabMemory> {
  const session = await page.context().newCDPSession(page);
  await session.send("Performance.enable");
  const {metrics} = await session.send("Performance.getMetrics");
  await session.detach();
  const memory: TabMemory = {jsHeap: metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null, rss: null, pss: null};
  if (!existsSync("/proc/self/smaps_rollup")) return memory;
  const browserSession = await browser.newBrowserCDPSession();
  try {
    const command = (pid: number) => (existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, "utf8") : "");
    const renderers = async () =>
      (await browserSession.send("SystemInfo.getProcessInfo")).processInfo.filter((p) => p.type === "renderer" && !command(p.id).includes("--top-chrome-webui"));
    const before = await renderers();
    // On a busy machine a second's spin may earn the page little CPU: spin again (up to five times) until the
    // tab's renderer stands out from the others.
    let renderer: number | null = null;
    for (let spin = 0; spin < 5 && renderer === null; spin++) {
      await page.evaluate("(() => { const start = performance.now(); while (performance.now() - start < 1000); })()");
      renderer = tabRenderer(before, await renderers(), 0.2);
    }
    if (renderer !== null) Object.assign(memory, residentMemory(readFileSync(`/proc/${renderer}/smaps_rollup`, "utf8")));
  } finally {
    await browserSession.detach();
  }
  return memory;
}
