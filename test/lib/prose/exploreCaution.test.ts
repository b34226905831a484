import {describe, expect, it} from "vitest";
import {exploreCaution} from "../../../src/lib/prose/exploreCaution.js";

describe("exploreCaution", () => {
  it("one column: the step is 100 / n points", () => {
    expect(exploreCaution([10])).toBe("With 10 patients in view, percentages move in steps of 10 points: a single patient more or less changes them visibly.");
    expect(exploreCaution([3])).toBe("With 3 patients in view, percentages move in steps of about 33 points: a single patient more or less changes them visibly.");
    expect(exploreCaution([1])).toBe("With 1 patient in view, percentages move in steps of 100 points: a single patient more or less changes them visibly.");
    expect(exploreCaution([100])).toBe("With 100 patients in view, percentages move in steps of 1 point: a single patient more or less changes them visibly.");
  });

  it("a large column is precise to less than a point, and says it describes only", () => {
    expect(exploreCaution([10000])).toBe("With 10,000 patients in view, percentages are precise to less than a point, but they describe these patients only.");
  });

  it("split columns: the smallest non-empty column sets the step, named with the split", () => {
    expect(exploreCaution([5, 3, 2, 0], "Sex")).toBe("The smallest column (2 patients) moves in steps of 50 points, and differences between the columns by sex are descriptive, not evidence of an effect.");
    expect(exploreCaution([7, 3], "Sex")).toBe("The smallest column (3 patients) moves in steps of about 33 points, and differences between the columns by sex are descriptive, not evidence of an effect.");
    expect(exploreCaution([400, 300], "Sex")).toBe("Each column holds 300 patients or more, but differences between the columns by sex are descriptive, not evidence of an effect.");
    expect(exploreCaution([8, 16])).toBe("The smallest column (8 patients) moves in steps of about 13 points, and differences between the columns are descriptive, not evidence of an effect.");
  });

  it("no patient in view", () => {
    expect(exploreCaution([])).toBe("No patient is in view, so the table has nothing to describe.");
    expect(exploreCaution([0, 0])).toBe("No patient is in view, so the table has nothing to describe.");
  });
});
