import {execFileSync} from "node:child_process";

/** Builds the report once before any test; a failed build fails the run with the build's own output. */
export default function setup(): void {
  const started = performance.now();
  try {
    execFileSync("npm", ["run", "build"], {stdio: "pipe", encoding: "utf8", env: {...process.env, LMS_SOURCE_DIR: ""}});
  } catch (error) {
    const {stdout, stderr} = error as {stdout?: string; stderr?: string};
    throw new Error(`npm run build failed:\n${stderr ?? ""}\n${(stdout ?? "").split("\n").slice(-30).join("\n")}`);
  }
  console.log(`built the site in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
