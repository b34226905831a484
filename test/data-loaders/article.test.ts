import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parseArticle} from "../../data-loaders/article.js";
import {bundledSourceDir} from "../../data-loaders/read-source.js";

const bundled = JSON.parse(readFileSync(join(bundledSourceDir, "article.json"), "utf8"));
// The article's text is not part of the source folder; where the shared copy is at hand, quotes are checked against it.
const articlePath = new URL("../../../shared/source/article.txt", import.meta.url);
/** The bundled article.json with only the fields a series must have. */
const required = {
  title: bundled.title,
  authors: bundled.authors,
  journal: bundled.journal,
  centre: bundled.centre,
  design: bundled.design,
  studyPeriod: bundled.studyPeriod,
  tables: bundled.tables
};
const parse = (json: object) => parseArticle(JSON.stringify(json));
const message = (json: object) => {
  try {
    parse(json);
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
};

describe("parseArticle: optional registry, cited series, statements and notes", () => {
  it("parseArticle accepts an article.json with only the required fields: no registry, no cited series, no statements", () => {
    const article = parse(required);
    expect(article.registry).toBeUndefined();
    expect(article.citedSeries).toEqual([]);
    expect(article.statements).toEqual({});
    expect(article.notes).toEqual({});
  });

  it("parseArticle reads the bundled article's conclusion, complications, median survival and adjuvant chemotherapy, each with its section", () => {
    const {statements, notes} = parse(bundled);
    expect(statements.conclusion).toEqual({quote: "Long-term survival can be achieved after surgical resection and should be considered for all patients.", section: "Abstract"});
    expect(statements.complications?.section).toBe("Results");
    expect(statements.medianSurvival).toMatchObject({term: "median survival period", section: "Results"});
    expect(statements.adjuvantChemotherapy?.section).toBe("Discussion");
    expect(notes.transcription).toContain("checked against the article twice");
    expect(notes.citedSeries).toContain("colorectal primaries only");
  });

  it.runIf(existsSync(articlePath))("every statement of the bundled article.json is quoted word for word from the article", () => {
    const articleText = readFileSync(articlePath, "utf8");
    for (const statement of Object.values(parse(bundled).statements)) expect(articleText).toContain(statement!.quote);
  });

  it("parseArticle refuses a statement without its section, naming the JSON path", () => {
    expect(message({...required, statements: {conclusion: {quote: "Surgery helps."}}})).toBe(
      'article.json, column "statements.conclusion.section": expected the section that makes the statement, e.g. "Results", got "(missing)"'
    );
  });

  it("parseArticle refuses an empty quote", () => {
    expect(message({...required, statements: {complications: {quote: "", section: "Results"}}})).toBe(
      `article.json, column "statements.complications.quote": expected the article's words, not an empty text, got "\\"\\""`
    );
  });

  it("parseArticle refuses a median survival whose term is not in its quote", () => {
    expect(message({...required, statements: {medianSurvival: {term: "median survival period", quote: "The mean survival was 34 months", section: "Results"}}})).toBe(
      'article.json, column "statements.medianSurvival.term": expected the term to appear in the quote, got "\\"median survival period\\""'
    );
  });

  it("parseArticle refuses a misspelt statement rather than leaving its sentence out", () => {
    expect(message({...required, statements: {conclusoin: {quote: "q", section: "Abstract"}}})).toBe(
      'article.json, column "statements": expected only the keys conclusion, complications, medianSurvival, adjuvantChemotherapy, got the key "conclusoin", got "{\\"conclusoin\\":{\\"quote\\":\\"q\\",\\"section\\":\\"Abstract\\"}}"'
    );
  });

  it("parseArticle refuses a note that is not text", () => {
    expect(message({...required, notes: {transcription: 2}})).toBe('article.json, column "notes.transcription": expected a sentence, got "2"');
  });

  it("parseArticle refuses a misspelt note by name", () => {
    expect(message({...required, notes: {transcribed: "by hand"}})).toBe(
      'article.json, column "notes": expected only the keys transcription, citedSeries, got the key "transcribed", got "{\\"transcribed\\":\\"by hand\\"}"'
    );
  });

  it("parseArticle still refuses a registry without its size", () => {
    expect(message({...required, registry: {fragment: "x", fiveYearSurvivalPercent: null, survivalFragment: null}})).toMatch(/^article\.json, column "registry\.patients": .*got "\(missing\)"$/);
  });
});

describe("parseArticle: the optional bibliography", () => {
  it("is empty for the bundled article, whose text gives no year, volume, pages or DOI", () => {
    expect(parse(bundled).bibliography).toEqual({});
  });
  it("reads the details a source gives", () => {
    const bibliography = {year: 2016, volume: "12", issue: "1", pages: "81-87", doi: "10.14216/kjco.16001", url: "https://www.kjco.org/journal/view.php?number=1"};
    expect(parse({...required, bibliography}).bibliography).toEqual(bibliography);
  });
  it("refuses a malformed detail, naming it and what was expected", () => {
    expect(message({...required, bibliography: {doi: "https://doi.org/10.1/x"}})).toMatch(/bibliography\.doi.*expected a DOI such as/);
    expect(message({...required, bibliography: {year: "2016"}})).toMatch(/bibliography\.year.*expected the year/);
    expect(message({...required, bibliography: {pages: "eighty"}})).toMatch(/bibliography\.pages.*expected pages/);
    expect(message({...required, bibliography: {url: "javascript:alert(1)"}})).toMatch(/bibliography\.url.*expected the article's address/);
    expect(message({...required, bibliography: {yaer: 2016}})).toMatch(/bibliography.*expected only the keys year, volume/);
  });
});
