// Page loader of the Patients page: the narrative (src/narrative/patients.md.tmpl) with the normalised fields, the
// article's Tables 1 and 2 as printed and every patient's summary drawn as HTML for the whole series, so the page
// reads before, and without, any script, and links to #patient-N land on their card.
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, pageDocument, pageLoader, slots, staticPanel, text} from "./pages/compose.js";
import {emptyFilters} from "./lib/filters.js";
import {patientsSearchCount} from "./lib/prose/patientsSearchCount.js";
import {renderPatients} from "./views/patients.js";

export default pageLoader(import.meta, () => {
  const {patients, timeline, study} = readCohort();
  const document = pageDocument();
  const views = renderPatients({patients, inView: patients, filters: emptyFilters, timeline, tables: study.article.tables, maxRows: 500, document});
  return fillTemplate(new URL("./narrative/patients.md.tmpl", import.meta.url), {
    panel: staticPanel(patients, {document}),
    searchCount: text(patientsSearchCount(views.fields.querySelectorAll("tbody tr").length)),
    ...slots(views)
  });
});
