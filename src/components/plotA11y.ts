/** The class every chart of the report is drawn with (Plot's className option); its rules are in style.css. */
export const plotClass = "lms-plot";

/**
 * Plot labels each mark's <g> with a generic aria-label ("bar", "line", "tip"), which is not allowed on an element
 * without a role (axe: aria-prohibited-attr) and only adds noise for screen readers; the chart itself carries
 * the meaningful ariaLabel and ariaDescription. This moves the generic group labels to data-mark and gives any other
 * labelled shape (a bar described for a screen reader) the role img, so its label is allowed and announced.
 */
export function accessiblePlot<T extends Element>(chart: T): T {
  const svgs = chart.tagName.toLowerCase() === "svg" ? [chart] : [...chart.querySelectorAll("svg")];
  for (const svg of svgs) {
    // Plot writes the same few style rules into every chart; style.css holds them once for plotClass, and a
    // page with a dozen charts then restyles once per redraw instead of once per chart.
    if (svg.classList.contains(plotClass)) for (const style of svg.querySelectorAll(":scope > style")) style.remove();
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
