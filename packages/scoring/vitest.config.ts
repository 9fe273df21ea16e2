import { defineConfig } from "vitest/config";

// Some tests spawn the real command (a Node process each): seconds on a loaded 2-core machine.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    globalSetup: ["test/cli/build-cli.global-setup.ts"],
  },
});
