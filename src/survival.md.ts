// Page loader of the Survival page: the narrative (src/narrative/survival.md.tmpl) with every view of the whole
// series (one curve, the first years) drawn as HTML and SVG, so the page reads before, and without, any script.
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, html, pageDocument, pageLoader, slots, staticPanel, text} from "./pages/compose.js";
import {defaultSurvivalControls, survivalControls} from "./components/survivalControls.js";
import {emptyFilters} from "./lib/filters.js";
import {survivalArticleMedian} from "./lib/prose/survivalArticle.js";
import {describeNumeric} from "./lib/stats.js";
import {renderSurvival} from "./views/survival.js";

export default pageLoader(import.meta, () => {
  const {patients, timeline, study, claims} = readCohort();
  const document = pageDocument();
  const views = renderSurvival({patients, inView: patients, filters: emptyFilters, controls: defaultSurvivalControls, timeline, widths: [340, 960], document});
  const crude = describeNumeric(patients, "survivalMonths");
  return fillTemplate(new URL("./narrative/survival.md.tmpl", import.meta.url), {
    panel: staticPanel(patients, {document, keep: ["by", "range"]}),
    controls: html(survivalControls({document})),
    ...slots(views),
    // What the article calls its median survival, beside the plain median and mean, only when article.json says
    // what that is; the pointer to the audit only when the audit checks that figure.
    articleMedian: [
      text(survivalArticleMedian(study.article.statements.medianSurvival, {n: crude.n, crudeMedian: crude.median, crudeMean: crude.mean})),
      study.article.statements.medianSurvival && claims.some((c) => c.kind === "survival-median") ? "The [audit](./audit) checks the article's figure against all three." : ""
    ].filter(Boolean).join(" "),
    timeOrigin: text(study.assumptions.find((a) => a.id === "time-origin")?.text ?? "")
  });
});
