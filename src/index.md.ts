// Page loader of the Overview: the narrative (src/narrative/index.md.tmpl) with every figure of the whole series
// filled in and every view drawn as HTML and SVG, so the page reads before, and without, any script. What only the
// article says (its registry, the series it cites, its conclusion) comes from article.json, and a sentence or
// section whose field is absent is left out rather than borrowed from the bundled article.
import {formatMonth} from "./lib/format.js";
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, html, pageDocument, pageLoader, slots, staticPanel, text} from "./pages/compose.js";
import {seriesTable} from "./components/seriesTable.js";
import {emptyFilters} from "./lib/filters.js";
import {complicationsSentence, conclusionSentence, designSentence, shortAuthors, studyCohort} from "./lib/prose/overviewStudy.js";
import {overviewStory} from "./lib/prose/overviewStory.js";
import {questionsSummaryFigures, trustParagraph} from "./lib/prose/trust.js";
import {renderOverview} from "./views/overview.js";

export default pageLoader(import.meta, () => {
  const {patients, study, claims} = readCohort();
  const {article} = study;
  const document = pageDocument();
  const views = renderOverview({patients, inView: patients, filters: emptyFilters, studyPeriod: article.studyPeriod, widths: [340, 960], document});
  const {seriesOutcome, partial, ...story} = overviewStory(patients);
  // The series beside those the article cites, only when it cites some: a table of this series alone compares nothing.
  const series = article.citedSeries.length
    ? [
        "## Where this series stands",
        `<div class="table-scroll">${html(
          seriesTable(article.citedSeries, {
            thisSeries: {name: `This series (${shortAuthors(article.authors)})`, patients: patients.length, population: "Resected liver metastases of intra-abdominal leiomyosarcoma", outcome: seriesOutcome!},
            registry: article.registry ?? null,
            document
          })
        )}</div>`,
        article.notes.citedSeries ? text(article.notes.citedSeries) : ""
      ].filter(Boolean).join("\n\n")
    : "";
  return fillTemplate(new URL("./narrative/index.md.tmpl", import.meta.url), {
    citation: `${text(article.authors.join(", "))}. <em>${text(article.title)}.</em> ${text(article.journal)}.`,
    panel: staticPanel(patients, {document}),
    ...slots(views),
    design: text(designSentence(article.design)),
    cohort: text(studyCohort(article, patients.length)),
    from: text(formatMonth(article.studyPeriod.from)),
    to: text(formatMonth(article.studyPeriod.to)),
    ...Object.fromEntries(Object.entries(story).map(([k, v]) => [k, text(v)])),
    partial: patients.some((p) => p.liverProcedure === "Partial hepatectomy")
      ? `${text(partial!)} resections were what the article calls partial hepatectomies; it does not say whether they were non-anatomical (wedge) resections, and this report does not assume so (see the [assumptions](./data#assumptions)).`
      : "",
    complications: text(complicationsSentence(article.statements.complications)),
    conclusion: text(conclusionSentence(article.statements.conclusion)),
    // Only when the audit questions a statement: otherwise the bullet would warn of mismatches it never found.
    summaryFigures: questionsSummaryFigures(claims)
      ? "- **What the article's summary figures mean.** Some figures in the text do not follow from its own tables (see the [audit](./audit)), and the article leaves some things unsaid, such as where survival is counted from; the [Data & methods](./data) page lists the assumptions this report makes to read them."
      : "",
    auditIntro: claims.length ? ", and an audit checks the article's figures against those tables" : "",
    trust: text(trustParagraph(claims)) + (claims.length ? " The [audit](./audit) shows every statement with its recomputation." : ""),
    series
  });
});
