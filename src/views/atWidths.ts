/**
 * A view drawn at the widths it is asked for. Live, one width: the slot's. At build time, a phone width and a
 * desktop width, each in a wrapper that CSS shows at its own screen size (`.only-narrow`, `.only-wide`), so a
 * chart read on a phone is drawn for a phone (legible text) without any script.
 */
import {documentOf, element} from "../components/dom.js";

/** @example atWidths({widths: [340, 960], document}, (width) => kmChart(groups, {width, ...})) */
export function atWidths(ctx: {widths: readonly number[]; document?: Document}, draw: (width: number) => Node): Node {
  const document = documentOf(ctx);
  if (ctx.widths.length === 1) return draw(ctx.widths[0]!);
  return element(document, "div", {}, ctx.widths.map((width, i) => element(document, "div", {class: i === 0 ? "only-narrow" : "only-wide"}, [draw(width)])));
}
