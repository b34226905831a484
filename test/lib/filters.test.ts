import {describe, expect, it} from "vitest";
import {buildCohort} from "../../data-loaders/cohort.js";
import {bundledSourceDir, readSourceFolder} from "../../data-loaders/read-source.js";
import {
  activeFilterCount,
  applyFilters,
  categoryFields,
  categoryOptions,
  describeFilters,
  activeFilters,
  splitFields,
  subsetLabel,
  emptyFilters,
  fieldLabel,
  fieldLabels,
  type FilterState,
  formatFilters,
  matchesFilters,
  parseFilters,
  toggleCategory
} from "../../src/lib/filters.js";

const {patients} = buildCohort(readSourceFolder(bundledSourceDir));
const options = categoryOptions(patients);
const ids = (state: FilterState) => applyFilters(patients, state).map((p) => p.id);
const patient = (id: number) => patients.find((p) => p.id === id)!;
const state = (categories: Record<string, string[]>, age: FilterState["age"] = null): FilterState => ({categories, age});

describe("fieldLabel and fieldLabels", () => {
  it("fieldLabel gives Yes/No for booleans, the text otherwise, \"Not recorded\" for null and null for an absent field", () => {
    expect(fieldLabel({adjuvantChemotherapy: true}, "adjuvantChemotherapy")).toBe("Yes");
    expect(fieldLabel({adjuvantChemotherapy: false}, "adjuvantChemotherapy")).toBe("No");
    expect(fieldLabel({sex: "F"}, "sex")).toBe("F");
    expect(fieldLabel({suv: null}, "suv")).toBe("Not recorded");
    expect(fieldLabel({}, "suv")).toBeNull();
  });
  it("fieldLabels lists one label per element of a list field and drops null elements", () => {
    expect(fieldLabels({segments: [1, 2, 6]}, "segments")).toEqual(["1", "2", "6"]);
    expect(fieldLabels({segments: [3, null]}, "segments")).toEqual(["3"]);
    expect(fieldLabels({sex: "M"}, "sex")).toEqual(["M"]);
    expect(fieldLabels({suv: null}, "suv")).toEqual(["Not recorded"]);
    expect(fieldLabels({}, "suv")).toEqual([]);
  });
});

describe("categoryOptions", () => {
  it("categoryOptions(patients) lists every filter field, in panel order", () => {
    expect([...options.keys()]).toEqual(categoryFields.map((f) => f.key));
  });
  it("categoryOptions(patients) sorts labels (numerically for segments) and puts Yes before No", () => {
    expect(options.get("sex")).toEqual(["F", "M"]);
    expect(options.get("primarySite")).toEqual(["Pancreas", "Retroperitoneum", "Small bowel", "Stomach"]);
    expect(options.get("adjuvantChemotherapy")).toEqual(["Yes", "No"]);
    expect(options.get("vitalStatus")).toEqual(["Alive", "Dead"]);
    // No patient has a lesion in segment 5, so it is not an option.
    expect(options.get("segments")).toEqual(["1", "2", "3", "4", "6", "7", "8"]);
    expect(categoryOptions([{segments: [10, 2, 1]}]).get("segments")).toEqual(["1", "2", "10"]);
  });
  it("categoryOptions([]) gives every field an empty list", () => {
    expect([...categoryOptions([]).values()].every((labels) => labels.length === 0)).toBe(true);
  });
});

describe("parseFilters", () => {
  it('parseFilters("?sex=F&colour=red") keeps sex and reports colour as ignored', () => {
    const {state: parsed, ignored} = parseFilters("?sex=F&colour=red", options);
    expect(parsed).toEqual({categories: {sex: ["F"]}, age: null});
    expect(ignored).toEqual([{key: "colour", value: "red", reason: "not a filter of this report"}]);
  });
  it('parseFilters("") and parseFilters("?") give the empty state with nothing ignored', () => {
    expect(parseFilters("", options)).toEqual({state: emptyFilters, ignored: []});
    expect(parseFilters("?", options)).toEqual({state: emptyFilters, ignored: []});
  });
  it("parseFilters reads several labels of one field and several fields, decoding the query", () => {
    const {state: parsed, ignored} = parseFilters("?primarySite=Stomach&primarySite=Small+bowel&sex=M&segments=6&age=40-60", options);
    expect(parsed).toEqual({categories: {primarySite: ["Stomach", "Small bowel"], sex: ["M"], segments: ["6"]}, age: {min: 40, max: 60}});
    expect(ignored).toEqual([]);
    expect(parseFilters("?primarySite=Small%20bowel", options).state.categories).toEqual({primarySite: ["Small bowel"]});
  });
  it('parseFilters("?sex=X&primarySite=stomach") ignores labels no patient has (labels are case-sensitive)', () => {
    const {state: parsed, ignored} = parseFilters("?sex=X&primarySite=stomach&segments=5", options);
    expect(parsed).toEqual(emptyFilters);
    expect(ignored).toEqual([
      {key: "sex", value: "X", reason: "no patient has this value"},
      {key: "primarySite", value: "stomach", reason: "no patient has this value"},
      {key: "segments", value: "5", reason: "no patient has this value"}
    ]);
  });
  it('parseFilters("?sex=F&sex=F") keeps a repeated label once', () => {
    const {state: parsed, ignored} = parseFilters("?sex=F&sex=F&sex=M&sex=F", options);
    expect(parsed.categories).toEqual({sex: ["F", "M"]});
    expect(ignored).toEqual([]);
  });
  it("parseFilters ignores a value longer than 200 characters, even for a known key, and accepts one of 200", () => {
    const long = "x".repeat(201);
    const {state: parsed, ignored} = parseFilters(`?sex=${long}&age=${"1".repeat(201)}&foo=${long}`, options);
    expect(parsed).toEqual(emptyFilters);
    expect(ignored.map((i) => [i.key, i.value.length, i.reason])).toEqual([
      ["sex", 201, "longer than 200 characters"],
      ["age", 201, "longer than 200 characters"],
      ["foo", 201, "longer than 200 characters"]
    ]);
    // At exactly 200 characters the value is considered (and then refused as unknown).
    expect(parseFilters(`?sex=${"x".repeat(200)}`, options).ignored[0]!.reason).toBe("no patient has this value");
  });
  it('parseFilters("?age=40-60") reads an inclusive range of whole years', () => {
    expect(parseFilters("?age=40-60", options).state.age).toEqual({min: 40, max: 60});
    expect(parseFilters("?age=50-50", options).state.age).toEqual({min: 50, max: 50});
    expect(parseFilters("?age=0-120", options).state.age).toEqual({min: 0, max: 120});
  });
  it.each(["60-40", "40", "40-", "-60", "40-60-80", "4O-60", "40.5-60", " 40-60", "40 - 60", "1000-2000", "", "forty-sixty"])(
    'parseFilters("?age=%s") refuses a malformed or inverted range',
    (value) => {
      const {state: parsed, ignored} = parseFilters(`?age=${encodeURIComponent(value)}`, options);
      expect(parsed.age).toBeNull();
      expect(ignored).toEqual([{key: "age", value, reason: "expected a range of whole years such as 40-60"}]);
    }
  );
  it('parseFilters("?age=40-60&age=50-70") keeps the first range and reports the second as ignored', () => {
    const {state: parsed, ignored} = parseFilters("?age=40-60&age=50-70", options);
    expect(parsed.age).toEqual({min: 40, max: 60});
    expect(ignored).toEqual([{key: "age", value: "50-70", reason: "only one age range applies; the first is kept"}]);
  });
  it('parseFilters("?by=sex&sex=M", {keep: ["by"]}) leaves the page\'s own key out of state and ignored', () => {
    expect(parseFilters("?by=sex&sex=M", options, {keep: ["by"]})).toEqual({state: {categories: {sex: ["M"]}, age: null}, ignored: []});
    expect(parseFilters("?by=sex&sex=M", options).ignored).toEqual([{key: "by", value: "sex", reason: "not a filter of this report"}]);
  });
  it("parseFilters does not treat inherited object keys as filters", () => {
    const {state: parsed, ignored} = parseFilters("?constructor=x&__proto__=y&toString=z", options);
    expect(parsed).toEqual(emptyFilters);
    expect(ignored.map((i) => i.key)).toEqual(["constructor", "__proto__", "toString"]);
  });
});

describe("formatFilters", () => {
  it("formatFilters writes fields in panel order and labels in option order, whatever the state's order", () => {
    const scrambled = state({sex: ["M", "F"], segments: ["6", "1"], primarySite: ["Stomach", "Pancreas"]}, {min: 40, max: 60});
    expect(formatFilters(scrambled, options)).toBe(
      "?primarySite=Pancreas&primarySite=Stomach&sex=F&sex=M&segments=1&segments=6&age=40-60"
    );
  });
  it("formatFilters(emptyFilters) is the empty string, and empty fields write nothing", () => {
    expect(formatFilters(emptyFilters, options)).toBe("");
    expect(formatFilters(state({sex: []}), options)).toBe("");
  });
  it("formatFilters drops labels that are not options, and appends the page's extra parameters last", () => {
    expect(formatFilters(state({sex: ["X", "F"], colour: ["red"]}), options)).toBe("?sex=F");
    expect(formatFilters(state({sex: ["F"]}), options, [["by", "primarySite"]])).toBe("?sex=F&by=primarySite");
    expect(formatFilters(emptyFilters, options, [["by", "sex"]])).toBe("?by=sex");
  });
  it("formatFilters encodes labels with spaces so they read back", () => {
    expect(formatFilters(state({primarySite: ["Small bowel"]}), options)).toBe("?primarySite=Small+bowel");
  });
  it.each([
    "?sex=F",
    "?primarySite=Pancreas&primarySite=Small+bowel&liverProcedure=Right+hepatectomy",
    "?adjuvantChemotherapy=Yes&vitalStatus=Dead&segments=3&segments=8&age=38-51",
    "?lesionMultiplicity=Multiple&age=0-999"
  ])("parseFilters(formatFilters(state)) round-trips the canonical query %s", (query) => {
    const parsed = parseFilters(query, options);
    expect(parsed.ignored).toEqual([]);
    expect(formatFilters(parsed.state, options)).toBe(query);
    expect(parseFilters(formatFilters(parsed.state, options), options).state).toEqual(parsed.state);
  });
  it("formatFilters(parseFilters(q)) gives one canonical query for every ordering of the same filters", () => {
    const a = parseFilters("?age=40-60&sex=M&sex=F&primarySite=Stomach", options).state;
    const b = parseFilters("?sex=F&primarySite=Stomach&sex=M&age=40-60&sex=F", options).state;
    expect(formatFilters(a, options)).toBe(formatFilters(b, options));
    expect(formatFilters(a, options)).toBe("?primarySite=Stomach&sex=F&sex=M&age=40-60");
  });
});

describe("matchesFilters and applyFilters", () => {
  it("applyFilters(patients, sex=M) gives patients 2, 9 and 10", () => {
    expect(ids(state({sex: ["M"]}))).toEqual([2, 9, 10]);
  });
  it("applyFilters with two labels of one field takes either (OR)", () => {
    expect(ids(state({primarySite: ["Stomach", "Pancreas"]}))).toEqual([1, 7]);
  });
  it("applyFilters with two fields takes both (AND)", () => {
    expect(ids(state({sex: ["F"], primarySite: ["Retroperitoneum"]}))).toEqual([4, 5, 6, 8]);
    expect(ids(state({sex: ["M"], vitalStatus: ["Dead"]}))).toEqual([2]);
  });
  it('applyFilters on the list field "segments" keeps a patient with any selected segment', () => {
    expect(ids(state({segments: ["6"]}))).toEqual([1, 3, 8, 9, 10]);
    expect(ids(state({segments: ["1", "7"]}))).toEqual([2, 3, 5, 7]);
    expect(ids(state({segments: ["1"]}))).toEqual([3]);
  });
  it("applyFilters on boolean fields matches Yes and No", () => {
    expect(ids(state({adjuvantChemotherapy: ["Yes"]}))).toEqual([1, 5, 6, 9]);
    expect(ids(state({adjuvantRadiotherapy: ["Yes"]}))).toEqual([1, 9]);
    expect(ids(state({adjuvantRadiotherapy: ["No"]}))).toHaveLength(8);
  });
  it("applyFilters with age=40-50 includes both bounds", () => {
    // Ages: 1:42 2:38 3:50 4:41 5:51 6:43 7:60 8:69 9:38 10:50.
    expect(ids(state({}, {min: 40, max: 50}))).toEqual([1, 3, 4, 6, 10]);
    expect(ids(state({}, {min: 38, max: 38}))).toEqual([2, 9]);
    expect(ids(state({sex: ["M"]}, {min: 40, max: 60}))).toEqual([10]);
  });
  it("applyFilters with an empty label list does not filter, and with an impossible combination gives none", () => {
    expect(ids(state({sex: []}))).toHaveLength(10);
    expect(ids(emptyFilters)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ids(state({primarySite: ["Stomach"], sex: ["M"]}))).toEqual([]);
  });
  it("applyFilters returns a new array and leaves its input alone", () => {
    const input = patients.slice();
    const out = applyFilters(input, emptyFilters);
    expect(out).not.toBe(input);
    expect(input.map((p) => p.id)).toEqual(patients.map((p) => p.id));
  });
  it("matchesFilters(p, state, {except: key}) leaves one field out, for faceted counts", () => {
    const maleStomach = state({sex: ["M"], primarySite: ["Stomach"]});
    // Patient 7 is a woman with a stomach primary.
    expect(matchesFilters(patient(7), maleStomach)).toBe(false);
    expect(matchesFilters(patient(7), maleStomach, {except: "sex"})).toBe(true);
    expect(matchesFilters(patient(7), maleStomach, {except: "primarySite"})).toBe(false);
    // Patient 8 is 69: outside the age range unless age is left out.
    const young = state({}, {min: 30, max: 60});
    expect(matchesFilters(patient(8), young)).toBe(false);
    expect(matchesFilters(patient(8), young, {except: "age"})).toBe(true);
  });
  it("matchesFilters refuses a patient without an age when an age range is set", () => {
    expect(matchesFilters({age: null}, state({}, {min: 0, max: 120}))).toBe(false);
    expect(matchesFilters({}, state({}, {min: 0, max: 120}))).toBe(false);
    expect(matchesFilters({age: null}, emptyFilters)).toBe(true);
  });
});

describe("toggleCategory", () => {
  it("toggleCategory adds a label, then removes it, without changing the input state", () => {
    const before = state({sex: ["F"]}, {min: 40, max: 60});
    const added = toggleCategory(before, "primarySite", "Stomach");
    expect(added).toEqual(state({sex: ["F"], primarySite: ["Stomach"]}, {min: 40, max: 60}));
    expect(before).toEqual(state({sex: ["F"]}, {min: 40, max: 60}));
    const second = toggleCategory(added, "primarySite", "Pancreas");
    expect(second.categories.primarySite).toEqual(["Stomach", "Pancreas"]);
    const removed = toggleCategory(second, "primarySite", "Stomach");
    expect(removed.categories.primarySite).toEqual(["Pancreas"]);
    expect(second.categories.primarySite).toEqual(["Stomach", "Pancreas"]);
    expect(toggleCategory(toggleCategory(emptyFilters, "sex", "M"), "sex", "M")).toEqual(state({sex: []}));
    expect(emptyFilters).toEqual({categories: {}, age: null});
  });
});

describe("splitFields, activeFilters and subsetLabel", () => {
  it("splitFields offers no outcome (vital status) and no many-valued field (segments) to split survival by", () => {
    const keys = splitFields.map((f) => f.key);
    expect(keys).not.toContain("vitalStatus");
    expect(keys).not.toContain("segments");
    expect(keys).toEqual(["primarySite", "primaryProcedure", "liverProcedure", "sex", "adjuvantChemotherapy", "adjuvantRadiotherapy", "lesionMultiplicity"]);
  });
  it("activeFilters lists one chip text per active field, in panel order", () => {
    expect(activeFilters(state({sex: ["M"], primarySite: ["Stomach"]}, {min: 40, max: 60}))).toEqual([
      {key: "primarySite", text: "Primary site: Stomach"},
      {key: "sex", text: "Sex: Male"},
      {key: "age", text: "Age (years): 40–60"}
    ]);
    expect(activeFilters(emptyFilters)).toEqual([]);
  });
  it("subsetLabel names the whole series or the subset with its filters", () => {
    expect(subsetLabel(emptyFilters, 10, 10)).toBe("All 10 patients");
    expect(subsetLabel(state({sex: ["M"]}), 3, 10)).toBe("3 of 10 patients (Sex: Male)");
    expect(subsetLabel(state({sex: ["M"]}), 0, 10)).toBe("0 of 10 patients (Sex: Male)");
    expect(subsetLabel(state({sex: ["M"]}), 4321, 100000)).toBe("4,321 of 100,000 patients (Sex: Male)");
    expect(subsetLabel(emptyFilters, 100000, 100000)).toBe("All 100,000 patients");
  });
});

describe("describeFilters and activeFilterCount", () => {
  it('describeFilters names the active fields in panel order, values by their names: "Primary site: Stomach or Pancreas; Sex: Female"', () => {
    expect(describeFilters(state({sex: ["F"], primarySite: ["Stomach", "Pancreas"]}))).toBe("Primary site: Stomach or Pancreas; Sex: Female");
  });
  it("describeFilters includes the age range with an en dash and list fields by their label", () => {
    expect(describeFilters(state({segments: ["6"]}, {min: 40, max: 60}))).toBe("Liver segment with a lesion: Segment 6; Age (years): 40–60");
    expect(describeFilters(state({}, {min: 40, max: 60}))).toBe("Age (years): 40–60");
  });
  it('describeFilters of no active filter is "none"', () => {
    expect(describeFilters(emptyFilters)).toBe("none");
    expect(describeFilters(state({sex: []}))).toBe("none");
  });
  it("activeFilterCount counts fields with labels selected plus the age range", () => {
    expect(activeFilterCount(emptyFilters)).toBe(0);
    expect(activeFilterCount(state({sex: []}))).toBe(0);
    expect(activeFilterCount(state({sex: ["F", "M"]}))).toBe(1);
    expect(activeFilterCount(state({sex: ["F"], segments: ["6"]}, {min: 40, max: 60}))).toBe(3);
  });
});
