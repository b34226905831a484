import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds the site once (npm run build) so that a broken loader or page fails the tests, and so the
    // build and browser tests have a fresh dist/ to read.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    // Browser tests poll for a live redraw, which fetches the views module and Plot first: allow it seconds.
    expect: {poll: {timeout: 10_000}},
    hookTimeout: 180_000
  }
});
