import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseArticle} from "../../data-loaders/article.js";
import {bundledSourceDir} from "../../data-loaders/read-source.js";
import {bibtex, citationText, missingDetails, ris} from "../../src/lib/citation.js";

const bundled = parseArticle(readFileSync(join(bundledSourceDir, "article.json"), "utf8"));
const full = {
  title: "Hepatectomy for metastatic leiomyosarcoma: 20% & more",
  authors: ["Müller", "Doe"],
  journal: "Journal of Imaginary Surgery",
  bibliography: {year: 2019, volume: "94", issue: "2", pages: "81-7", doi: "10.1000/jis.2019_81", url: "https://example.org/jis/81"}
};

describe("citationText", () => {
  it("cites the bundled article by what article.json gives, and nothing more", () => {
    expect(citationText(bundled)).toBe("Kim, Lee, Kim, Kang. Surgical resection of liver metastasis of leiomyosarcoma. Korean Journal of Clinical Oncology.");
  });
  it("adds year;volume(issue):pages and the DOI where given, Vancouver style", () => {
    expect(citationText(full)).toBe("Müller, Doe. Hepatectomy for metastatic leiomyosarcoma: 20% & more. Journal of Imaginary Surgery. 2019;94(2):81-7. doi:10.1000/jis.2019_81");
    expect(citationText({...full, bibliography: {year: 2019}})).toMatch(/Surgery\. 2019\.$/);
    expect(citationText({...full, bibliography: {volume: "3", pages: "e70"}})).toMatch(/Surgery\. 3:e70\.$/);
  });
});

describe("missingDetails", () => {
  it("names what the source does not give", () => {
    expect(missingDetails(bundled)).toEqual(["year", "volume", "pages", "DOI"]);
    expect(missingDetails(full)).toEqual([]);
  });
});

describe("bibtex", () => {
  it("writes an @article entry with only the fields given", () => {
    expect(bibtex(bundled)).toBe(
      "@article{kim_surgical,\n  author = {Kim and Lee and Kim and Kang},\n  title = {{Surgical resection of liver metastasis of leiomyosarcoma}},\n  journal = {Korean Journal of Clinical Oncology}\n}"
    );
  });
  it("escapes TeX's special characters, expands a shortened page range and keys by author, year and title", () => {
    const entry = bibtex(full);
    expect(entry.split("\n")[0]).toBe("@article{muller_2019_hepatectomy,");
    expect(entry).toContain("title = {{Hepatectomy for metastatic leiomyosarcoma: 20\\% \\& more}}");
    expect(entry).toContain("pages = {81--87}");
    expect(entry).toContain("doi = {10.1000/jis.2019\\_81}");
    expect(entry).toContain("number = {2}");
    // Braces in a value cannot unbalance the entry.
    expect(bibtex({...full, title: "A } B {"})).toContain("title = {{A  B }}");
  });
});

describe("ris", () => {
  it("writes one tagged line per field, an AU line per author, and ends with ER", () => {
    expect(ris(bundled)).toBe(
      ["TY  - JOUR", "AU  - Kim", "AU  - Lee", "AU  - Kim", "AU  - Kang", "TI  - Surgical resection of liver metastasis of leiomyosarcoma", "JO  - Korean Journal of Clinical Oncology", "ER  - "].join("\n")
    );
    const lines = ris(full).split("\n");
    expect(lines).toEqual(expect.arrayContaining(["PY  - 2019", "VL  - 94", "IS  - 2", "SP  - 81", "EP  - 87", "DO  - 10.1000/jis.2019_81", "UR  - https://example.org/jis/81"]));
    expect(lines.at(-1)).toBe("ER  - ");
  });
});
