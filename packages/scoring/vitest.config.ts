import { defineConfig } from "vitest/config";

// Some tests spawn the real command (node + tsx start-up): seconds on a loaded 2-core machine.
export default defineConfig({ test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: 30_000 } });
