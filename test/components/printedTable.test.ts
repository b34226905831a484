import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {printedTable} from "../../src/components/printedTable.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients, study} = buildCohort(readSourceFolder(bundledSourceDir));

const render = (file: string, part: "table1" | "table2") => {
  const meta = study.article.tables.find((t) => t.file === file)!;
  return printedTable(
    patients.map((p) => p.verbatim[part]),
    {document: doc, caption: meta.caption, columns: Object.keys(patients[0]!.verbatim[part]), abbreviations: meta.abbreviations, footnotes: meta.footnotes, href: (n) => `#patient-${n}`}
  );
};
const text = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent);

describe("printedTable of Table 1", () => {
  const figure = render("table1.tsv", "table1");
  const table = figure.querySelector("table")!;

  it("printedTable(table1 rows) is a figure holding a scroll box, a captioned plain table and its notes", () => {
    expect(figure.tagName).toBe("FIGURE");
    expect(figure.getAttribute("class")).toBe("printed-table");
    expect(table.parentElement!.getAttribute("class")).toBe("table-scroll");
    expect(table.querySelector("caption")!.textContent).toBe("Table 1. Characteristics of the study patients");
  });
  it("printedTable(table1 rows) lists all 10 rows, each headed by its patient number linking to the summary", () => {
    const heads = [...table.querySelectorAll("tbody tr > th")];
    expect(text(heads)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(heads.every((th) => th.getAttribute("scope") === "row")).toBe(true);
    expect(heads[2]!.querySelector("a")!.getAttribute("href")).toBe("#patient-3");
    expect(table.querySelectorAll("tbody tr")).toHaveLength(10);
  });
  it("printedTable keeps every head and cell as printed, markers included, with the marker raised", () => {
    expect(text(table.querySelectorAll("thead th"))).toEqual(Object.keys(patients[0]!.verbatim.table1));
    const period = [...table.querySelectorAll("thead th")][6]!;
    expect(period.textContent).toBe("Period to liver metastasis (mo)a)");
    expect(period.querySelector("sup")!.textContent).toBe("a)");
    const row2 = [...table.querySelectorAll("tbody tr")][1]!;
    expect(text(row2.querySelectorAll("td"))).toEqual(["38", "M", "Small bowel resection and anastomosis", "3.5", "None", "0b)", "Liver, left kidney", "24 (Dead)"]);
    expect(row2.querySelectorAll("td")[5]!.querySelector("sup")!.textContent).toBe("b)");
  });
  it("printedTable lets a drug list wrap after each + without changing its text", () => {
    const cell = [...table.querySelectorAll("tbody tr")][4]!.querySelectorAll("td")[4]!;
    expect(cell.textContent).toBe("CTx (cyclophosphamide+vincristine+doxorubicin+dacarbazine, 4 cycles)");
    expect(cell.querySelectorAll("wbr")).toHaveLength(3);
    expect(cell.querySelector("sup")).toBeNull();
  });
  it("printedTable gives the abbreviations and each footnote with its marker and column below the table", () => {
    expect(text(figure.querySelectorAll(".table-notes p"))).toEqual([
      "F, female; CTx, chemotherapy; RTx, radiotherapy; M, male.",
      "a) Period from resection of primary lesion(retroperitoneal) to diagnosis of liver metastasis. (column “Period to liver metastasis (mo)a)”)",
      "b) Patients underwent surgical resection of the primary lesion and liver metastasis at the same time. (column “Period to liver metastasis (mo)a)”)"
    ]);
  });
});

describe("printedTable of Table 2", () => {
  const table = render("table2.tsv", "table2").querySelector("table")!;

  it("printedTable raises a marker only in its own column: Table 2's heads keep a) and b) raised, cells none", () => {
    const raised = [...table.querySelectorAll("thead th")].filter((th) => th.querySelector("sup")).map((th) => th.textContent);
    expect(raised).toEqual(["Size (cm)a)", "Mean SUV of liver massb)"]);
    expect(table.querySelectorAll("tbody sup")).toHaveLength(0);
    expect(table.querySelectorAll("tbody tr")).toHaveLength(10);
  });
});

describe("printedTable without notes or links", () => {
  it("printedTable(rows, {caption, columns}) has plain row headers and no notes block", () => {
    const figure = printedTable([{"No.": "1", Size: "2+3/4"}], {document: doc, caption: "T", columns: ["No.", "Size"]});
    expect(figure.querySelector("tbody th")!.querySelector("a")).toBeNull();
    expect(figure.querySelector("tbody td")!.textContent).toBe("2+3/4");
    expect(figure.querySelectorAll("tbody td wbr")).toHaveLength(2);
    expect(figure.querySelector(".table-notes")).toBeNull();
  });
});
