// Page loader of the Patients page: the narrative (src/narrative/patients.md.tmpl) with the normalised fields, the
// article's Tables 1 and 2 as printed and every patient's summary drawn as HTML for the whole series, so the page
// reads before, and without, any script, and links to #patient-N land on their card.
import {exitOnSourceError, readCohort} from "./data/emit-dataset.js";
import {fillTemplate, html, pageDocument, slot, text} from "./pages/compose.js";
import {filterPanel} from "./components/filterPanel.js";
import {emptyFilters} from "./lib/filters.js";
import {patientsSearchCount} from "./lib/prose/patientsSearchCount.js";
import {renderPatients} from "./views/patients.js";

try {
  const {patients, timeline, study} = readCohort();
  const document = pageDocument();
  const window = {location: {search: "", pathname: "", hash: ""}, history: {pushState() {}}, addEventListener() {}};
  const views = renderPatients({patients, inView: patients, filters: emptyFilters, timeline, tables: study.article.tables, maxRows: 500, document});
  process.stdout.write(
    fillTemplate(new URL("./narrative/patients.md.tmpl", import.meta.url), {
      panel: html(filterPanel(patients, {document, window: window as never})),
      searchCount: text(patientsSearchCount(views.fields.querySelectorAll("tbody tr").length)),
      ...Object.fromEntries(Object.entries(views).map(([name, node]) => [name, slot(name, node)]))
    })
  );
} catch (error) {
  exitOnSourceError(error);
}
