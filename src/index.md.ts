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
import {checksLine} from "./lib/prose/audit.js";
import {precisionClause} from "./lib/prose/methodsPrecision.js";
import {checksSummary} from "./lib/checks.js";
import {renderOverview} from "./views/overview.js";

export default pageLoader(import.meta, () => {
  const {patients, study, claims, checks, timeline} = readCohort();
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
            thisSeries: {name: `This series (${shortAuthors(article.authors)})`, patients: patients.length, population: "Resected liver metastases of leiomyosarcoma", outcome: seriesOutcome!},
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
    // What the records held: the text's account of what followed only when the series has events from it.
    records: timeline.some((e) => e.source === "Results")
      ? "the primary tumour and its treatment (Table 1), the liver metastases and their resection (Table 2), and what happened afterwards (Results)"
      : "the primary tumour and its treatment (Table 1) and the liver metastases and their resection (Table 2)",
    precision: text(precisionClause(patients.length, patients.filter((p) => p.dead === true).length)),
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
    // The article's statements (when the source has any), then the checks of the tables, which run on every series.
    trust:
      `${text(trustParagraph(claims))} ${text(checksLine(checksSummary(checks), " of the tables"))} ` +
      (claims.length ? "The [audit](./audit) shows every statement with its recomputation, and each check with its findings." : "The [audit](./audit) shows each check with its findings."),
    series
  });
});
