import { defineConfig } from "vitest/config";

// PGlite needs seconds to start, more when several test files start it in parallel.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], hookTimeout: 60_000, testTimeout: 30_000 },
});
