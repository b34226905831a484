/**
 * Reading what a Plot chart drew, as a reader would: positions of marks in SVG pixels, and axes read from
 * their tick labels so a pixel converts back to a data value without relying on Plot's default margins.
 */

/** "translate(x,y)" (optionally followed by other transforms) as [x, y]; [0, 0] without one. */
export function translation(el: Element): [number, number] {
  const match = /translate\(\s*(-?[\d.e+-]+)[ ,]+(-?[\d.e+-]+)\s*\)/.exec(el.getAttribute("transform") ?? "");
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

/** An element's offset in its SVG: its own translation plus every enclosing group's, up to the <svg>. */
export function offset(el: Element): [number, number] {
  let [x, y] = [0, 0];
  for (let e: Element | null = el; e && e.tagName.toLowerCase() !== "svg"; e = e.parentElement) {
    const [dx, dy] = translation(e);
    x += dx;
    y += dy;
  }
  return [x, y];
}

/** A rect's box in SVG pixels, with its enclosing groups' translations applied. */
export function box(rect: Element): {x: number; y: number; width: number; height: number; cx: number; cy: number} {
  const [dx, dy] = offset(rect);
  const [x, y, width, height] = ["x", "y", "width", "height"].map((a) => Number(rect.getAttribute(a) ?? 0)) as [number, number, number, number];
  return {x: x + dx, y: y + dy, width, height, cx: x + dx + width / 2, cy: y + dy + height / 2};
}

/** The groups Plot draws for marks of a kind ("bar", "dot", "line", "text", "cell", ...), in drawing order. */
export function marks(svg: Element, kind: string): Element[] {
  return [...svg.querySelectorAll(`g[data-mark="${kind}"]`)];
}

/** Tick labels of an axis, each with its position along the axis (x for "x", y for "y") in SVG pixels. */
export function ticks(svg: Element, axis: "x" | "y"): {label: string; at: number}[] {
  return [...svg.querySelectorAll(`g[data-mark="${axis}-axis tick label"] text`)].map((t) => {
    const [x, y] = offset(t);
    return {label: t.textContent ?? "", at: axis === "x" ? x : y};
  });
}

/** Converts a pixel position back to a data value, from the first and last labelled ticks of a linear axis. */
export function invertAxis(svg: Element, axis: "x" | "y", parse: (label: string) => number = (l) => Number(l.replace("−", "-"))): (px: number) => number {
  const all = ticks(svg, axis);
  if (all.length < 2) throw new Error(`the ${axis} axis has ${all.length} tick labels; need two to read it`);
  const [first, last] = [all[0]!, all[all.length - 1]!];
  const [v0, v1] = [parse(first.label), parse(last.label)];
  return (px) => v0 + ((px - first.at) / (last.at - first.at)) * (v1 - v0);
}

/** The coordinate pairs of a path's "d" attribute (for M/L paths: its vertices). */
export function pathPoints(d: string): [number, number][] {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
  return pairs;
}

/** A number rounded for stable comparisons. */
export function round(x: number, digits = 3): number {
  return Number(x.toFixed(digits)) + 0;
}

/** The chart's own <svg> (Plot wraps it in a <figure> when there is a title or legend). */
export function plotSvg(chart: Element, ariaLabel?: string): Element {
  if (chart.tagName.toLowerCase() === "svg" && (!ariaLabel || chart.getAttribute("aria-label") === ariaLabel)) return chart;
  const found = chart.querySelector(ariaLabel ? `svg[aria-label="${ariaLabel}"]` : "svg[aria-label]");
  if (!found) throw new Error(`no plot <svg>${ariaLabel ? ` labelled "${ariaLabel}"` : ""} in the chart`);
  return found;
}
