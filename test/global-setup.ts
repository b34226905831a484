import {execFileSync} from "node:child_process";

/** Builds the report once before any test; a failed build fails the run with the build's own output. */
export default function setup(): void {
  // For a quick run of one unit test file while editing: LMS_SKIP_BUILD=1 npx vitest run test/lib/x.test.ts
  // (tests that read dist/ then see the last build). npm test and CI never set it.
  if (process.env.LMS_SKIP_BUILD === "1") return;
  const started = performance.now();
  try {
    execFileSync("npm", ["run", "build"], {stdio: "pipe", encoding: "utf8", env: {...process.env, LMS_SOURCE_DIR: ""}});
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string};
    throw new Error(`npm run build failed:\n${stderr ?? ""}\n${(stdout ?? "").split("\n").slice(-30).join("\n")}`);
  }
  console.log(`built the site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
