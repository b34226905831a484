// Page loader of the Survival page: the narrative (src/narrative/survival.md.tmpl) with every view of the whole
// series (one curve, the first years) drawn as HTML and SVG, so the page reads before, and without, any script.
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, html, pageDocument, pageLoader, slots, staticPanel, text} from "./pages/compose.js";
import {defaultSurvivalControls, survivalControls} from "./components/survivalControls.js";
import {emptyFilters} from "./lib/filters.js";
import {formatNumber} from "./lib/format.js";
import {describeNumeric} from "./lib/stats.js";
import {renderSurvival} from "./views/survival.js";

export default pageLoader(import.meta, () => {
  const {patients, timeline, study} = readCohort();
  const document = pageDocument();
  const views = renderSurvival({patients, inView: patients, filters: emptyFilters, controls: defaultSurvivalControls, timeline, widths: [340, 960], document});
  const crude = describeNumeric(patients, "survivalMonths");
  return fillTemplate(new URL("./narrative/survival.md.tmpl", import.meta.url), {
    panel: staticPanel(patients, {document, keep: ["by", "range"]}),
    controls: html(survivalControls({document})),
    ...slots(views),
    // "over all {{n}} patients": those with a survival printed; the others are named beside the curve.
    n: text(crude.missing ? `${crude.n} of the ${patients.length}` : String(crude.n)),
    crudeMedian: text(formatNumber(crude.median)),
    crudeMean: text(formatNumber(crude.mean)),
    timeOrigin: text(study.assumptions.find((a) => a.id === "time-origin")?.text ?? "")
  });
});
