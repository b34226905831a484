// Page loader of the Liver page: the narrative (src/narrative/liver.md.tmpl) with every view of the whole series
// drawn as HTML and SVG, so the page reads before, and without, any script.
import {exitOnSourceError, readCohort} from "./data/emit-dataset.js";
import {fillTemplate, html, pageDocument, slot} from "./pages/compose.js";
import {filterPanel} from "./components/filterPanel.js";
import {emptyFilters} from "./lib/filters.js";
import {renderLiver} from "./views/liver.js";

try {
  const {patients} = readCohort();
  const document = pageDocument();
  const window = {location: {search: "", pathname: "", hash: ""}, history: {pushState() {}}, addEventListener() {}};
  // A phone and a desktop drawing of each figure; a strip sits in a card (half the column on a desktop).
  const views = renderLiver({patients, inView: patients, filters: emptyFilters, widths: [340, 640], stripWidths: [300, 390], document});
  process.stdout.write(
    fillTemplate(new URL("./narrative/liver.md.tmpl", import.meta.url), {
      panel: html(filterPanel(patients, {document, window: window as never})),
      ...Object.fromEntries(Object.entries(views).map(([name, node]) => [name, slot(name, node)]))
    })
  );
} catch (error) {
  exitOnSourceError(error);
}
