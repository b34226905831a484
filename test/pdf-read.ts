/**
 * `npm run pdf` for the tests: run on a built site (LMS_SKIP_BUILD; LMS_DIST_DIR for another build), and its PDF
 * read back with PDF.js, as text per sheet, not as a picture.
 */
import {spawn} from "node:child_process";
import {readFileSync} from "node:fs";
import {getDocument} from "pdfjs-dist/legacy/build/pdf.mjs";

/** Runs scripts/pdf.ts with these arguments on the dist/ already built (or LMS_DIST_DIR's). */
export function runPdf(args: readonly string[], env: Record<string, string> = {}): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/pdf.ts", ...args], {env: {...process.env, LMS_SKIP_BUILD: "1", ...env}});
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => done({status, stdout, stderr}));
  });
}

/** Each sheet's text, in order, the internal links of the first, and the bookmarks' top-level titles. */
export async function readPdf(file: string): Promise<{pages: string[]; coverLinks: number; outline: string[]}> {
  const doc = await getDocument({data: new Uint8Array(readFileSync(file)), verbosity: 0}).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " ").trim());
  }
  const annotations = await (await doc.getPage(1)).getAnnotations();
  const coverLinks = annotations.filter((a: {subtype: string; dest?: unknown}) => a.subtype === "Link" && a.dest).length;
  const outline = ((await doc.getOutline()) ?? []).map((item) => item.title);
  await doc.destroy();
  return {pages, coverLinks, outline};
}

