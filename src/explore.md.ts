// Page loader of the Explore page: the narrative (src/narrative/explore.md.tmpl) with the characteristics table
// and every chart of the whole series drawn as HTML and SVG, so the page reads before, and without, any script.
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, html, pageDocument, pageLoader, slot, staticPanel} from "./pages/compose.js";
import {exploreControls} from "./components/exploreControls.js";
import {categoryFields, emptyFilters} from "./lib/filters.js";
import {barSlot, exploreStrips, renderExplore, stripSlot} from "./views/explore.js";

/** A phone's and a desktop's card width: a chart sits in a card of a two-column grid (one column on phones). */
const chartWidths = [300, 400];

export default pageLoader(import.meta, () => {
  const {patients} = readCohort();
  const document = pageDocument();
  const views = renderExplore({patients, inView: patients, filters: emptyFilters, by: "none", widths: () => chartWidths, document});
  const grid = (names: readonly string[]) => `<div class="grid grid-cols-2 grid-auto">${names.map((name) => `<div class="card">${slot(name, views[name]!)}</div>`).join("")}</div>`;
  return fillTemplate(new URL("./narrative/explore.md.tmpl", import.meta.url), {
    panel: staticPanel(patients, {document, keep: ["by"]}),
    controls: html(exploreControls({document})),
    table: slot("table", views.table!),
    caution: slot("caution", views.caution!, "span"),
    bars: grid(categoryFields.map((f) => barSlot(f.key))),
    strips: grid(exploreStrips.map(([field]) => stripSlot(field)))
  });
});
