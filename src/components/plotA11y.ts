/**
 * Plot labels each mark's <g> with a generic aria-label ("bar", "line", "tip"), which is not allowed on an element
 * without a role (axe: aria-prohibited-attr) and only adds noise for screen readers; the chart itself carries
 * the meaningful ariaLabel and ariaDescription. This moves the generic group labels to data-mark and gives any other
 * labelled shape (a bar described for a screen reader) the role img, so its label is allowed and announced.
 */
export function accessiblePlot<T extends Element>(chart: T): T {
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")];
  for (const svg of svgs) {
    for (const node of svg.querySelectorAll("[aria-label]")) {
      if (node.hasAttribute("role")) continue;
      if (node.tagName.toLowerCase() === "g") {
        // Kept as data-mark ("bar", "x-axis tick label") so code and tests can still find a mark's elements.
        node.setAttribute("data-mark", node.getAttribute("aria-label")!);
        node.removeAttribute("aria-label");
      }
      else node.setAttribute("role", "img");
    }
  }
  return chart;
}
