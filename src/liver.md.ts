// Page loader of the Liver page: the narrative (src/narrative/liver.md.tmpl) with every view of the whole series
// drawn as HTML and SVG, so the page reads before, and without, any script.
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, pageDocument, pageLoader, slots, staticPanel} from "./pages/compose.js";
import {emptyFilters} from "./lib/filters.js";
import {renderLiver} from "./views/liver.js";

export default pageLoader(import.meta, () => {
  const {patients} = readCohort();
  const document = pageDocument();
  // A phone and a desktop drawing of each figure; a strip sits in a card (half the column on a desktop).
  const views = renderLiver({patients, inView: patients, filters: emptyFilters, widths: [340, 640], stripWidths: [300, 390], document});
  return fillTemplate(new URL("./narrative/liver.md.tmpl", import.meta.url), {
    panel: staticPanel(patients, {document}),
    ...slots(views)
  });
});
