import {afterEach, describe, expect, it, vi} from "vitest";
import {readParam, writeParam} from "../../src/lib/urlParam.js";

const choices = ["none", "sex", "primarySite"] as const;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("readParam", () => {
  it('readParam("by", choices, "none", "?by=sex") gives "sex"', () => {
    expect(readParam("by", choices, "none", "?by=sex")).toBe("sex");
    expect(readParam("by", choices, "none", "by=primarySite&sex=F")).toBe("primarySite");
  });
  it("readParam falls back for a missing, empty or unknown value", () => {
    expect(readParam("by", choices, "none", "")).toBe("none");
    expect(readParam("by", choices, "none", "?sex=F")).toBe("none");
    expect(readParam("by", choices, "none", "?by=")).toBe("none");
    expect(readParam("by", choices, "none", "?by=colour")).toBe("none");
    expect(readParam("by", choices, "none", "?by=Sex")).toBe("none");
    expect(readParam("by", choices, "none", "?by=%3Cimg%20src%3Dx%3E")).toBe("none");
  });
  it("readParam takes the first of repeated values", () => {
    expect(readParam("by", choices, "none", "?by=sex&by=primarySite")).toBe("sex");
    expect(readParam("by", choices, "none", "?by=colour&by=sex")).toBe("none");
  });
  it("readParam decodes the value before comparing", () => {
    expect(readParam("view", ["small bowel", "other"], "other", "?view=small+bowel")).toBe("small bowel");
    expect(readParam("view", ["small bowel", "other"], "other", "?view=small%20bowel")).toBe("small bowel");
  });
  it("readParam without a search string reads the page's location, and the fallback without one", () => {
    vi.stubGlobal("location", {search: "?by=primarySite"});
    expect(readParam("by", choices, "none")).toBe("primarySite");
    vi.stubGlobal("location", undefined);
    expect(readParam("by", choices, "none")).toBe("none");
  });
});

describe("writeParam", () => {
  function stubPage(href: string) {
    const location = {href};
    const replaceState = vi.fn((_state: unknown, _title: string, url: string) => {
      location.href = url;
    });
    vi.stubGlobal("location", location);
    vi.stubGlobal("history", {state: {scroll: 3}, replaceState, pushState: vi.fn()});
    return {location, replaceState};
  }
  it('writeParam("by", "sex", "none") sets the parameter with replaceState, keeping the filters and hash', () => {
    const {location, replaceState} = stubPage("https://example.org/report/survival?sex=F#curve");
    writeParam("by", "sex", "none");
    expect(location.href).toBe("https://example.org/report/survival?sex=F&by=sex#curve");
    expect(replaceState).toHaveBeenCalledWith({scroll: 3}, "", "https://example.org/report/survival?sex=F&by=sex#curve");
  });
  it("writeParam with the fallback value removes the parameter", () => {
    const {location} = stubPage("https://example.org/report/survival?by=sex&sex=F");
    writeParam("by", "none", "none");
    expect(location.href).toBe("https://example.org/report/survival?sex=F");
  });
  it("writeParam does not touch history when the address would not change", () => {
    const {replaceState} = stubPage("https://example.org/report/survival?by=sex");
    writeParam("by", "sex", "none");
    writeParam("other", "none", "none");
    expect(replaceState).not.toHaveBeenCalled();
  });
});
