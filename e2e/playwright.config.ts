import { defineConfig, devices } from "@playwright/test";
import { e2eDatabaseUrl, e2ePort as port } from "./fixtures/database";
import { outputDir } from "./fixtures/run";

// Set once in the runner; the web server and the workers inherit it (workers load this file again).
process.env.E2E_DATABASE_URL ??= e2eDatabaseUrl(port);
const chromium = {
  ...devices["Desktop Chrome"],
  // Debian's Chromium; Playwright never downloads a browser here.
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "./specs",
  outputDir,
  // Specs create the rows they depend on (fixtures/world.ts), so they run in any order and side by side.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // Two workers, two browsers and the server share two cores: a walk-through with three contexts needs the room.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: { baseURL: `http://localhost:${port}`, trace: "retain-on-failure", locale: "de-DE" },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/, use: chromium },
    { name: "chromium", dependencies: ["setup"], use: chromium },
  ],
  webServer: {
    command: "bash scripts/serve.sh",
    url: `http://localhost:${port}/de`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
