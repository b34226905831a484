// Page loader of the Treatment page: the narrative (src/narrative/treatment.md.tmpl) with every view of the whole
// series drawn as HTML and SVG, so the page reads before, and without, any script.
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, pageDocument, pageLoader, slots, staticPanel, text} from "./pages/compose.js";
import {emptyFilters} from "./lib/filters.js";
import {adjuvantGroups, adjuvantRemark, treatmentIntro} from "./lib/prose/treatmentSummary.js";
import {renderTreatment} from "./views/treatment.js";

export default pageLoader(import.meta, () => {
  const {patients, drugs, timeline, study} = readCohort();
  const document = pageDocument();
  const views = renderTreatment({patients, inView: patients, filters: emptyFilters, drugs, timeline, widths: [340, 760], document});
  return fillTemplate(new URL("./narrative/treatment.md.tmpl", import.meta.url), {
    panel: staticPanel(patients, {document}),
    ...slots(views),
    intro: text(treatmentIntro(timeline)),
    adjuvantGroups: text(adjuvantGroups(patients)),
    adjuvantRemark: text(adjuvantRemark(study.article.statements.adjuvantChemotherapy))
  });
});
