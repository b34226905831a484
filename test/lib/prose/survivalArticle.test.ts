import {describe, expect, it} from "vitest";
import {survivalArticleMedian} from "../../../src/lib/prose/survivalArticle.js";

describe("survivalArticleMedian", () => {
  it("survivalArticleMedian names what the article calls its median survival and gives the plain median and mean beside it", () => {
    expect(survivalArticleMedian({term: "median survival period", section: "Results"}, {n: 10, crudeMedian: 18.5, crudeMean: 34.2})).toBe(
      "In its Results, the article gives a single “median survival period” for the series. For a reader comparing: over all 10 patients, the plain median of the printed survival times is 18.5 months and their mean 34.2 months; both treat the patients still alive as if their follow-up ended in death, which is why the Kaplan–Meier estimate above is the one to read."
    );
  });
  it("survivalArticleMedian of an article.json that does not say what it calls median survival is empty", () => {
    expect(survivalArticleMedian(undefined, {n: 10, crudeMedian: 18.5, crudeMean: 34.2})).toBe("");
  });
});
