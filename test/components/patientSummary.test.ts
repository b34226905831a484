import {parseHTML} from "linkedom";
import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {patientSummary, type SummaryEvent, type SummaryPatient} from "../../src/components/patientSummary.js";

const {document} = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;
const {patients, timeline} = buildCohort(readSourceFolder(bundledSourceDir));

const patient = (id: number) => patients.find((p) => p.id === id)!;
const eventsOf = (id: number) => timeline.filter((e) => e.patient === id);
const render = (id: number, options: {open?: boolean; color?: string} = {}) => patientSummary(patient(id), eventsOf(id), {document: doc, ...options});
const paragraphs = (card: HTMLElement) => [...card.querySelectorAll(":scope > p")].map((p) => p.textContent);
const rows = (card: HTMLElement) => [...card.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));

describe("patientSummary for patient 1", () => {
  const card = render(1);

  it("patientSummary(patient 1) lists the repeat hepatectomy at 40 mo and the thigh excisions at 54 and 85 mo", () => {
    const events = rows(card).map(([when, event]) => [when, event]);
    expect(events).toContainEqual(["40 mo", "Repeat partial hepatectomy for liver metastasis"]);
    expect(events).toContainEqual(["54 mo", "Wide local excision of a metastatic mass in the left thigh"]);
    expect(events).toContainEqual(["85 mo", "Second wide local excision of a metastatic mass in the left thigh"]);
  });
  it("patientSummary(patient 1) lists every event in time order, with when, what and the source's words", () => {
    expect(rows(card).map(([when]) => when)).toEqual(["-16 mo", "after -16 mo", "0 mo", "after 0 mo", "after 0 mo", "40 mo", "54 mo", "85 mo", "170 mo"]);
    expect(rows(card)).toHaveLength(eventsOf(1).length);
    expect(rows(card)[5]![2]).toBe("Results: “had additional partial hepatectomy 40 months later due to metastasis”");
    expect(rows(card).at(-1)).toEqual(["170 mo", "Alive at last contact", "Table 1, “Overall survival period (mo)”: “170 (Alive)”"]);
    expect(rows(card)[2]).toEqual(["0 mo", "Partial hepatectomy for liver metastasis (time 0)", "Table 2, “Surgical procedure”: “Partial hepatectomy”"]);
    expect([...card.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["When", "Event", "Source"]);
  });
  it("patientSummary(patient 1) tells the story in sentences", () => {
    expect(paragraphs(card)).toEqual([
      "42-year-old woman; primary leiomyosarcoma of the pancreas (18 cm), resected by distal pancreatectomy and splenectomy.",
      "Adjuvant chemotherapy (cisplatin, ifosfamide, 6 cycles) and radiotherapy (58 Gy in 29 fractions) after the primary resection.",
      "Liver metastasis diagnosed 16 months after the primary resection.",
      "1 liver lesion (largest 2.5 cm) in segment 6; no PET-CT.",
      "Partial hepatectomy; microscopic margin negative.",
      "Alive 170 months after the liver resection (last contact)."
    ]);
  });
  it('patientSummary(patient 1) is a closed <details id="patient-1"> summarised in one line', () => {
    expect(card.tagName.toLowerCase()).toBe("details");
    expect(card.id).toBe("patient-1");
    expect(card.hasAttribute("open")).toBe(false);
    expect(card.querySelector("summary")!.textContent).toBe("Patient 1 · Pancreas · Partial hepatectomy · alive at 170 months");
    expect(card.querySelector("summary strong")!.textContent).toBe("Patient 1");
    expect(card.querySelector(".legend-swatch")).toBeNull();
  });
  it("patientSummary(patient 1, {open, color}) opens the card and shows the site colour", () => {
    const open = render(1, {open: true, color: "#009E73"});
    expect(open.hasAttribute("open")).toBe(true);
    const swatch = open.querySelector("summary .legend-swatch")!;
    expect(swatch.getAttribute("style")).toBe("background:#009E73");
    expect(swatch.getAttribute("aria-hidden")).toBe("true");
  });
});

describe("patientSummary for other patients", () => {
  it("patientSummary(patient 2) tells of a synchronous resection, several lesions, cirrhosis and death", () => {
    const card = render(2);
    expect(paragraphs(card)).toEqual([
      "38-year-old man; primary leiomyosarcoma of the small bowel (3.5 cm), resected by small bowel resection and anastomosis.",
      "No adjuvant treatment after the primary resection.",
      "The liver metastasis was found with the primary and resected in the same operation.",
      "2 liver lesions (largest 3 cm) in segments 4, 7; no hypermetabolism on PET-CT; cirrhotic liver.",
      "Partial hepatectomy; microscopic margin negative.",
      "Died 24 months after the liver resection."
    ]);
    expect(card.querySelector("summary")!.textContent).toBe("Patient 2 · Small bowel · Partial hepatectomy · died at 24 months");
    expect(rows(card).map(([when, event]) => [when, event])).toContainEqual(["24 mo", "Died"]);
  });
  it("patientSummary(patient 7) mentions the intraoperative radiofrequency ablation", () => {
    expect(paragraphs(render(7))[4]).toBe("Partial hepatectomy with intraoperative radiofrequency ablation; microscopic margin negative.");
  });
  it("patientSummary names the ablation method the series records: microwave ablation after a segmentectomy", () => {
    const microwave = {...patient(7), liverProcedure: "Segmentectomy 5", ablationMethod: "MWA" as const};
    expect(paragraphs(patientSummary(microwave, eventsOf(7), {document: doc}))[4]).toBe("Segmentectomy 5 with microwave ablation; microscopic margin negative.");
  });
  it("patientSummary of a patient with a PET-CT value gives the mean SUV", () => {
    const withSuv = patients.find((p) => p.suv !== null)!;
    const card = patientSummary(withSuv, eventsOf(withSuv.id), {document: doc});
    expect(paragraphs(card)[3]).toMatch(new RegExp(`; mean SUV ${withSuv.suv}[;.]`));
  });
  it("patientSummary of a patient with radiotherapy only, and a positive margin, says so", () => {
    const p: SummaryPatient = {...patient(1), chemotherapyDrugs: [], chemotherapyCycles: null, radiotherapyGy: 45.5, radiotherapyFractions: 25, marginPositive: true};
    const text = paragraphs(patientSummary(p, [], {document: doc}));
    expect(text[1]).toBe("Adjuvant radiotherapy (45.5 Gy in 25 fractions) after the primary resection.");
    expect(text[4]).toBe("Partial hepatectomy; microscopic margin positive.");
  });
  it('patientSummary writes "time not given" for an undated event and shows event text as text', () => {
    const event: SummaryEvent = {patient: 1, label: "<img src=x onerror=alert(1)> relapse", kind: "metastasis", monthsFromLiverResection: null, notBeforeMonths: null, source: "Discussion", fragment: null};
    const card = patientSummary(patient(1), [event], {document: doc});
    expect(rows(card)).toEqual([["time not given", "<img src=x onerror=alert(1)> relapse", "Discussion"]]);
    expect(card.querySelector("img")).toBeNull();
  });
  it("patientSummary with no events keeps an empty events table", () => {
    const card = patientSummary(patient(4), [], {document: doc});
    expect(rows(card)).toEqual([]);
    expect(card.querySelector("caption")!.textContent).toBe("Events, in months from the liver resection (negative: before it)");
  });
});
