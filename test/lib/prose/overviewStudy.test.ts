import {describe, expect, it} from "vitest";
import {complicationsSentence, conclusionSentence, designSentence, shortAuthors, studyCohort} from "../../../src/lib/prose/overviewStudy.js";

describe("overviewStudy: the Overview's sentences about the article", () => {
  it('shortAuthors names one author alone, two joined by "and", more as "et al."', () => {
    expect(shortAuthors(["Kim", "Lee", "Kim", "Kang"])).toBe("Kim et al.");
    expect(shortAuthors(["Roe", "Doe"])).toBe("Roe and Doe");
    expect(shortAuthors(["Roe"])).toBe("Roe");
  });

  it('designSentence("Retrospective single-centre case series") reads "This is a retrospective single-centre case series."', () => {
    expect(designSentence("Retrospective single-centre case series")).toBe("This is a retrospective single-centre case series.");
  });
  it("designSentence picks an before a vowel, keeps an acronym's capitals and does not double a full stop", () => {
    expect(designSentence("Observational two-centre cohort.")).toBe("This is an observational two-centre cohort.");
    expect(designSentence("SEER-based cohort")).toBe("This is a SEER-based cohort.");
    expect(designSentence("Unicentre retrospective review")).toBe("This is a unicentre retrospective review.");
    expect(designSentence("A two-centre case series")).toBe("This is a two-centre case series.");
  });

  it("studyCohort names the registry when the article gives one", () => {
    expect(studyCohort({registry: {patients: 476}}, 10)).toBe(
      "The centre's sarcoma registry held 476 patients treated for leiomyosarcoma; among them, the authors found 10"
    );
  });
  it("studyCohort without a registry gives the count and says nothing of a registry", () => {
    const sentence = studyCohort({}, 14);
    expect(sentence).toBe("The authors found 14 patients");
    expect(sentence).not.toMatch(/registry/);
  });

  it("conclusionSentence quotes the authors' conclusion with its section, once punctuated", () => {
    expect(conclusionSentence({quote: "Long-term survival can be achieved after surgical resection and should be considered for all patients.", section: "Abstract"})).toBe(
      "The authors conclude (Abstract): “Long-term survival can be achieved after surgical resection and should be considered for all patients.”"
    );
    expect(conclusionSentence({quote: "resection is a possible treatment of choice", section: "Discussion"})).toBe("The authors conclude (Discussion): “resection is a possible treatment of choice.”");
  });
  it("conclusionSentence of an article.json without a conclusion is empty", () => {
    expect(conclusionSentence(undefined)).toBe("");
  });

  it("complicationsSentence quotes what the article says of complications and that the tables do not record them", () => {
    expect(complicationsSentence({quote: "There were no complications after hepatectomy in this series", section: "Results"})).toBe(
      "On complications the article says “There were no complications after hepatectomy in this series” (Results); its tables do not record them."
    );
  });
  it("complicationsSentence of an article.json that says nothing of complications is empty", () => {
    expect(complicationsSentence(undefined)).toBe("");
  });
});
