/**
 * The arithmetic of `npm run bench` (scripts/bench.ts), kept apart from the browser and the file system so that it
 * can be tested: quantiles, Interaction to Next Paint as web-vitals computes it, the order in which filter boxes are
 * clicked, and which renderer process is a tab's.
 */

/**
 * The q-quantile of `values` by linear interpolation between order statistics (R's type 7, numpy's default).
 *
 * @example quantile([10, 20, 30, 40], 0.5) // 25
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
}

/** One Event Timing entry as the page's PerformanceObserver saw it: `event` or `first-input`, duration in ms. */
export interface EventTiming {
  interactionId: number;
  duration: number;
}

/**
 * Interaction to Next Paint, in milliseconds, as web-vitals defines it: an interaction lasts as long as the
 * longest event entry that carries its `interactionId` (pointerdown, pointerup and click of one press share one);
 * INP is the longest interaction, except that one interaction in every 50 is forgiven (about the 98th percentile)
 * once there are 50 or more. `interactionCount` is Chrome's own count (`performance.interactionCount`), which
 * includes the interactions too short to reach the observer's threshold. Null when no entry carried an
 * interaction: every interaction was shorter than the threshold (16 ms at least), or there was none.
 *
 * @example interactionToNextPaint([{interactionId: 1, duration: 24}, {interactionId: 1, duration: 40}], 1) // 40
 */
export function interactionToNextPaint(entries: readonly EventTiming[], interactionCount: number): number | null {
  const longest = new Map<number, number>();
  for (const {interactionId, duration} of entries) {
    if (!interactionId) continue; // hover, mouseover and the like are no interaction
    longest.set(interactionId, Math.max(longest.get(interactionId) ?? 0, duration));
  }
  const durations = [...longest.values()].sort((a, b) => b - a);
  if (durations.length === 0) return null;
  const count = Math.max(interactionCount, longest.size);
  return durations[Math.min(durations.length - 1, Math.floor(count / 50))]!;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Which of `boxes` filter boxes each of `count` clicks ticks: every seventh box, wrapping round, so that
 * consecutive clicks fall in different fields and every box (so every field) is reached. When the number of boxes
 * shares a factor with 7 the stride moves to the next number prime to it, or the walk would skip boxes.
 *
 * @example clickOrder(5, 6) // [0, 2, 4, 1, 3, 0]
 */
export function clickOrder(boxes: number, count: number): number[] {
  if (boxes < 1) throw new Error(`no filter box to click (found ${boxes})`);
  let stride = 7;
  while (boxes > 1 && gcd(stride % boxes, boxes) !== 1) stride++;
  return Array.from({length: count}, (_, i) => (i * stride) % boxes);
}

/** A process of the browser as CDP's SystemInfo.getProcessInfo lists it: cpuTime in seconds. */
export interface BrowserProcess {
  type: string;
  id: number;
  cpuTime: number;
}

/**
 * The renderer that runs a tab, told from the browser's other renderers (a spare one kept warm, the browser's own
 * UI) by the CPU time it gained while the tab's page spun its main thread: the renderer that gained the most,
 * provided it gained at least `minimumSeconds` and at least twice as much as any other. Null when none did, or
 * when two were too close to tell apart.
 *
 * @example tabRenderer([{type: "renderer", id: 7, cpuTime: 1}], [{type: "renderer", id: 7, cpuTime: 1.3}], 0.1) // 7
 */
export function tabRenderer(before: readonly BrowserProcess[], after: readonly BrowserProcess[], minimumSeconds: number): number | null {
  const gains = after
    .filter((p) => p.type === "renderer")
    .map((p) => ({id: p.id, gained: p.cpuTime - (before.find((q) => q.id === p.id)?.cpuTime ?? 0)}))
    .sort((a, b) => b.gained - a.gained);
  const [first, second] = gains;
  if (!first || first.gained < minimumSeconds) return null;
  return second && second.gained * 2 > first.gained ? null : first.id;
}

/**
 * Resident and proportional set sizes, in bytes, from the text of /proc/<pid>/smaps_rollup (which gives kB).
 * Proportional divides each shared page among the processes that map it; resident counts it whole.
 *
 * @example residentMemory("Rss:  2048 kB\nPss:  1024 kB\n") // {rss: 2097152, pss: 1048576}
 */
export function residentMemory(smapsRollup: string): {rss: number; pss: number} {
  const field = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(smapsRollup);
    if (!match) throw new Error(`smaps_rollup: no ${name} line in ${JSON.stringify(smapsRollup.slice(0, 80))}`);
    return Number(match[1]) * 1024;
  };
  return {rss: field("Rss"), pss: field("Pss")};
}
