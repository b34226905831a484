// Page loader of the Overview: the narrative (src/narrative/index.md.tmpl) with every figure of the whole series
// filled in and every view drawn as HTML and SVG, so the page reads before, and without, any script.
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, html, pageDocument, pageLoader, slots, staticPanel, text} from "./pages/compose.js";
import {seriesTable} from "./components/seriesTable.js";
import {emptyFilters} from "./lib/filters.js";
import {overviewStory} from "./lib/prose/overviewStory.js";
import {trustParagraph} from "./lib/prose/trust.js";
import {renderOverview} from "./views/overview.js";

export default pageLoader(import.meta, () => {
  const {patients, study, claims} = readCohort();
  const {article} = study;
  const document = pageDocument();
  const views = renderOverview({patients, inView: patients, filters: emptyFilters, studyPeriod: article.studyPeriod, widths: [340, 960], document});
  const story = overviewStory(patients);
  const series = seriesTable(article.citedSeries, {
    thisSeries: {name: `This series (${article.authors[0]} et al.)`, patients: patients.length, population: "Resected liver metastases of intra-abdominal leiomyosarcoma, one centre", outcome: story.seriesOutcome!},
    registry: article.registry,
    document
  });
  return fillTemplate(new URL("./narrative/index.md.tmpl", import.meta.url), {
    citation: `${text(article.authors.join(", "))}. <em>${text(article.title)}.</em> ${text(article.journal)}.`,
    panel: staticPanel(patients, {document}),
    ...slots(views),
    design: text(article.design.toLowerCase()),
    registryPatients: text(String(article.registry.patients)),
    from: text(article.studyPeriod.from),
    to: text(article.studyPeriod.to),
    ...Object.fromEntries(Object.entries(story).filter(([k]) => k !== "seriesOutcome").map(([k, v]) => [k, text(v)])),
    trust: text(trustParagraph(claims)),
    series: html(series)
  });
});
