// Page loader of the Data & methods page: the narrative (src/narrative/data.md.tmpl) with the source (as far as
// article.json records it: no registry or transcription note it does not hold), the data
// dictionary, the assumptions, the primary-site mapping and the caveat on what the series can show written from
// the data, and the downloads as links to the files the build wrote, so the page reads, and its data downloads,
// without any script.
import {formatMonth} from "./lib/format.js";
import {readCohort} from "./data/emit-dataset.js";
import {fillTemplate, html, pageDocument, pageLoader, slots, staticPanel, text} from "./pages/compose.js";
import {assumptionList} from "./components/assumptionList.js";
import {citationBlock} from "./components/citationBlock.js";
import {citationText} from "./lib/citation.js";
import {dictionaryTable} from "./components/dictionaryTable.js";
import {element} from "./components/dom.js";
import {procedureVocabularyTable} from "./components/procedureVocabularyTable.js";
import {sourceWarningList} from "./components/sourceWarningList.js";
import {siteMappingTable} from "./components/siteMappingTable.js";
import {emptyFilters} from "./lib/filters.js";
import {dataSource, registryClause} from "./lib/prose/dataSource.js";
import {methodsPrecision} from "./lib/prose/methodsPrecision.js";
import {notRecordedInSeries} from "./lib/prose/notRecorded.js";
import {isNotRecorded, notRecordedSpellings} from "../data-loaders/not-recorded.js";
import {renderData} from "./views/data.js";
import {siteText} from "./lib/prose/siteText.js";

export default pageLoader(import.meta, () => {
  const {patients, study, timeline, claims} = readCohort();
  const {article} = study;
  const document = pageDocument();
  // Paths as the page's Markdown writes them: Framework resolves a linked file (here a data loader's output).
  const views = renderData({patients, inView: patients, filters: emptyFilters, files: {csv: "./data/patients.csv", json: "./data/patients.json"}, document});
  const precision = methodsPrecision(patients);
  return fillTemplate(new URL("./narrative/data.md.tmpl", import.meta.url), {
    panel: staticPanel(patients, {document}),
    ...slots(views),
    // The article as the citation below gives it (with its year, volume and pages where the source has them).
    reference: text(citationText(article)),
    design: text(article.design),
    centre: text(article.centre),
    from: text(formatMonth(article.studyPeriod.from)),
    to: text(formatMonth(article.studyPeriod.to)),
    registry: text(registryClause(article.registry)),
    provenance: text(dataSource(article.notes, timeline)),
    citation: html(citationBlock(article, {siteTitle: siteText(article, {audited: claims.length > 0}).title, document})),
    dictionary: html(dictionaryTable(study.dictionary, {document})),
    assumptions: html(assumptionList(study.assumptions, {document})),
    siteMapping: html(siteMappingTable(study.primarySiteMapping, {document})),
    notRecordedSpellings: text(notRecordedSpellings.map((s) => (s.startsWith("an ") ? `or ${s}` : `“${s}”`)).join(", ")),
    notRecordedInSeries: text(notRecordedInSeries(patients, isNotRecorded)),
    liverProcedures: html(procedureVocabularyTable(study.liverProcedures, {document})),
    // Only a source the build corrected gets the list; the bundled transcription has nothing to report.
    sourceWarnings: study.sourceWarnings.length
      ? html(
          element(document, "div", {id: "source-warnings"}, [
            element(document, "p", {}, [`The build read this source with ${study.sourceWarnings.length === 1 ? "one warning" : `${study.sourceWarnings.length} warnings`}, each also printed during the build:`]),
            sourceWarningList(study.sourceWarnings, {document})
          ])
        )
      : "",
    // The article's statements and their verdicts, only for a source that has them (claims.json is optional).
    claimsDownload: claims.length
      ? `- <a href="./data/claims.json" download="claims.json">claims.json</a>: one entry per statement of the article the audit recomputes (${claims.length}), with its places, figures, verdict and patients`
      : "",
    precisionTitle: text(precision.title),
    precision: text(precision.text)
  });
});
