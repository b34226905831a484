import {describe, expect, it} from "vitest";
import {
  adjuvantTreatmentCell,
  ageCell,
  cirrhosisFattyCell,
  metastasisSitesCell,
  monthsToLiverMetastasisCell,
  readSegments,
  sizeCmCell,
  suvCell,
  survivalCell
} from "../../data-loaders/cells.js";

/** The first issue message zod gives for `text`, or "ok". */
const problem = (schema: {safeParse: (v: unknown) => {success: boolean; error?: {issues: {message: string}[]}}}, text: string) => {
  const r = schema.safeParse(text);
  return r.success ? "ok" : r.error!.issues[0]!.message;
};

describe("adjuvantTreatmentCell", () => {
  it('adjuvantTreatmentCell("CTx (ifosfamide+doxorubicin, 6 cycles)") lists two drugs and 6 cycles', () => {
    expect(adjuvantTreatmentCell.parse("CTx (ifosfamide+doxorubicin, 6 cycles)")).toEqual({
      chemotherapy: {drugs: ["ifosfamide", "doxorubicin"], cycles: 6},
      radiotherapy: null
    });
  });
  it('adjuvantTreatmentCell("RTx (4500 cGy/25 fx)") reads a dose written without a thousands comma: 45 Gy', () => {
    expect(adjuvantTreatmentCell.parse("RTx (4500 cGy/25 fx)")).toEqual({chemotherapy: null, radiotherapy: {gy: 45, fractions: 25}});
  });

  it('adjuvantTreatmentCell refuses a misplaced thousands comma ("RTx (45,00 cGy/25 fx)")', () => {
    expect(adjuvantTreatmentCell.safeParse("RTx (45,00 cGy/25 fx)").success).toBe(false);
  });

  it('adjuvantTreatmentCell("CTx (..., 4 cycles), RTx (5,000 cGy/25 fx)") converts 5,000 cGy to 50 Gy', () => {
    expect(adjuvantTreatmentCell.parse("CTx (ifosfamide+etoposide+cisplatin, 4 cycles), RTx (5,000 cGy/25 fx)")).toEqual({
      chemotherapy: {drugs: ["ifosfamide", "etoposide", "cisplatin"], cycles: 4},
      radiotherapy: {gy: 50, fractions: 25}
    });
  });
  it('adjuvantTreatmentCell("RTx (58 Gy/29 fx)") keeps gray as gray', () => {
    expect(adjuvantTreatmentCell.parse("RTx (58 Gy/29 fx)").radiotherapy).toEqual({gy: 58, fractions: 29});
  });
  it('adjuvantTreatmentCell("None") gives neither treatment', () => {
    expect(adjuvantTreatmentCell.parse("None")).toEqual({chemotherapy: null, radiotherapy: null});
  });
  it.each([
    ["CTx (ifosfamide+doxorubicin, six cycles)"],
    ["CTx (Ifosfamide, 6 cycles)"],
    ["CTx (ifosfamide, 6 cycles), CTx (doxorubicin, 2 cycles)"],
    ["RTx (58 Gy)"],
    ["none"],
    [""]
  ])("adjuvantTreatmentCell(%j) is refused", (text) => {
    expect(problem(adjuvantTreatmentCell, text)).toMatch(/^expected "None", "CTx \(drug\+drug, N cycles\)"/);
  });
});

describe("single-value cells", () => {
  it('ageCell("6O") is refused as not a whole number of years', () => {
    expect(problem(ageCell, "6O")).toBe("expected a whole number of years");
    expect(problem(ageCell, "130")).toBe("expected an age of at most 120 years");
    expect(ageCell.parse("42")).toBe(42);
  });
  it('sizeCmCell("-3") and sizeCmCell("0") are refused; "17.5" is 17.5', () => {
    expect(problem(sizeCmCell, "-3")).toMatch(/^expected a size in centimetres/);
    expect(problem(sizeCmCell, "0")).toBe("expected a size greater than 0 cm");
    expect(sizeCmCell.parse("17.5")).toBe(17.5);
  });
  it('monthsToLiverMetastasisCell("0b)") is 0 months and synchronous; "16" is not', () => {
    expect(monthsToLiverMetastasisCell.parse("0b)")).toEqual({months: 0, synchronous: true});
    expect(monthsToLiverMetastasisCell.parse("16")).toEqual({months: 16, synchronous: false});
    expect(problem(monthsToLiverMetastasisCell, "0c)")).toMatch(/^expected whole months/);
  });
  it('survivalCell("170 (Alive)") is 170 months alive; "170 (Alve)" is refused', () => {
    expect(survivalCell.parse("170 (Alive)")).toEqual({months: 170, dead: false});
    expect(survivalCell.parse("24 (Dead)")).toEqual({months: 24, dead: true});
    expect(problem(survivalCell, "170 (Alve)")).toBe('expected months followed by "(Alive)" or "(Dead)" (e.g. "24 (Dead)")');
    expect(problem(survivalCell, "170")).not.toBe("ok");
  });
  it('metastasisSitesCell("Lung, thigh, arm") capitalises each site; "None" is an empty list', () => {
    expect(metastasisSitesCell.parse("Lung, thigh, arm")).toEqual(["Lung", "Thigh", "Arm"]);
    expect(metastasisSitesCell.parse("Rectum, peritoneum, small bowel mesentery")).toEqual([
      "Rectum",
      "Peritoneum",
      "Small bowel mesentery"
    ]);
    expect(metastasisSitesCell.parse("None")).toEqual([]);
    expect(problem(metastasisSitesCell, "Lung,,arm")).not.toBe("ok");
  });
});

describe("Table 2 cells", () => {
  it('readSegments("Segments 1, 2, 3, 6, and 8") gives five sorted segments', () => {
    expect(readSegments("Segments 1, 2, 3, 6, and 8")).toEqual([1, 2, 3, 6, 8]);
    expect(readSegments("Segments 7 and 4")).toEqual([4, 7]);
    expect(readSegments("Segment 6")).toEqual([6]);
  });
  it.each(["Segment 9", "Segment 0", "Segments 4 and 4", "Segments 6", "segment 6", "Segment VI"])(
    "readSegments(%j) is refused",
    (text) => expect(readSegments(text)).toBeUndefined()
  );
  it('cirrhosisFattyCell("Positive/Negative") is cirrhosis without fatty liver', () => {
    expect(cirrhosisFattyCell.parse("Positive/Negative")).toEqual({cirrhosis: true, fattyLiver: false});
    expect(problem(cirrhosisFattyCell, "Positive")).not.toBe("ok");
    expect(problem(cirrhosisFattyCell, "Yes/No")).not.toBe("ok");
  });
  it("suvCell keeps why an SUV is missing", () => {
    expect(suvCell.parse("1.7")).toEqual({suv: 1.7, suvStatus: "measured"});
    expect(suvCell.parse("Not tested")).toEqual({suv: null, suvStatus: "not tested"});
    expect(suvCell.parse("No hypermetabolism")).toEqual({suv: null, suvStatus: "no hypermetabolism"});
    expect(problem(suvCell, "n/a")).toMatch(/^expected a mean SUV/);
  });
});
