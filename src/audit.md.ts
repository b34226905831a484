// Page loader of the Audit page: the narrative (src/narrative/audit.md.tmpl) with the checks of the tables, and the
// tallies, the table at a glance and a card for every statement of the article, drawn as HTML, so the page reads
// before, and without, any script; the page's script only filters the statements. A series without the article's
// statements gets a page that says so (src/narrative/audit-empty.md.tmpl), with its checks and no tallies of nothing.
import {readCohort} from "./data/emit-dataset.js";
import {auditShownLine} from "./lib/prose/audit.js";
import {fillTemplate, html, pageDocument, pageLoader, text} from "./pages/compose.js";
import {renderAudit, renderChecks} from "./views/audit.js";

export default pageLoader(import.meta, () => {
  const {claims, checks} = readCohort();
  const document = pageDocument();
  const checkViews = html(renderChecks({checks, document}));
  if (!claims.length) return fillTemplate(new URL("./narrative/audit-empty.md.tmpl", import.meta.url), {checks: checkViews});
  const views = renderAudit({claims, document});
  return fillTemplate(new URL("./narrative/audit.md.tmpl", import.meta.url), {
    checks: checkViews,
    tallies: html(views.tallies),
    grim: views.grim ? html(views.grim) : "",
    controls: html(views.controls),
    shown: text(auditShownLine(claims.length, claims.length)),
    table: html(views.table),
    cards: html(views.cards)
  });
});
