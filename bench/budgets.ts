// The budgets report (issue 12, Budgets): first-load JavaScript per route and Lighthouse accessibility and
// performance on the main page of each role. CI prints it after the tests; it is a report, never a gate:
// whatever is unavailable (no build, no Chromium, no registry) is named and the script still exits 0.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DEMO_PASSWORD } from "@clusterwerk/seed";
import { benchEnv, childEnv } from "./env";
import { firstLoadScripts } from "./lib/first-load-js";
import { audit, type LighthouseScores, loadLighthouse, startChromium } from "./lib/lighthouse";
import { repoRoot, sessionCookie, stopPortal, waitForPortal } from "./lib/portal";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Flagged elements printed per failing audit and page. */
const FLAGGED_SHOWN = 8;
const pad = (text: string | number, width: number) => String(text).padStart(width);

/** The main page of each role, with the demo account that sees it (null: public). */
const pages: { path: string; as: string | null }[] = [
  { path: "/de", as: null },
  { path: "/de/clusters/smart-industries", as: null },
  { path: "/de/labels", as: null },
  { path: "/de/sign-in", as: null },
  { path: "/de/dashboard", as: "member@kurpfalz-sensorik.example" },
  { path: "/de/c/smart-industries/needs", as: "member@kurpfalz-sensorik.example" },
  { path: "/de/c/smart-industries/manage/needs/analysis", as: "manager@smart-industries.example" },
  { path: "/de/c/smart-industries/manage/services", as: "manager@smart-industries.example" },
  { path: "/de/assessor/labels", as: "assessor@clusterwerk.example" },
  { path: "/de/admin/accounts", as: "admin@clusterwerk.example" },
];

function printFirstLoad(nextDir: string): void {
  console.log("\n## First-load JavaScript per route (gzip; root main files plus every segment's entry chunks)");
  const routes = firstLoadScripts(nextDir).filter((route) => !route.route.startsWith("/_"));
  for (const route of routes) console.log(`${pad(kb(route.gzip), 10)} ${pad(route.files, 3)} files  ${route.route}`);
  const sizes = routes.map((route) => route.gzip).sort((a, b) => a - b);
  console.log(`routes: ${routes.length}, median ${kb(sizes[Math.floor(sizes.length / 2)] ?? 0)}, largest ${kb(sizes.at(-1) ?? 0)}`);
}

async function printLighthouse(): Promise<void> {
  console.log("\n## Lighthouse 12, desktop settings, Debian's Chromium (performance depends on the machine's load)");
  if (!existsSync(benchEnv.chromiumPath)) return console.log(`skipped: no Chromium at ${benchEnv.chromiumPath} (set CHROMIUM_PATH)`);
  const started = performance.now();
  const port = benchEnv.budgetsPort;
  const base = `http://localhost:${port}`;
  // The production build over a fresh seeded PGlite folder (as the pages benchmark, bench/pages.ts); it seeds
  // and starts while Lighthouse is installed or loaded and Chromium starts.
  const dataDir = mkdtempSync(path.join(tmpdir(), "budgets-pglite-"));
  const server = spawn("bash", ["e2e/scripts/serve.sh"], {
    cwd: repoRoot,
    env: childEnv({ E2E_PORT: String(port), E2E_PGLITE_DIR: dataDir, AUTH_SECRET: "budgets-only-secret-not-for-production" }),
    stdio: "ignore",
    detached: true,
  });
  const chromePort = port + 1000;
  const chromium = await startChromium(chromePort);
  try {
    let lighthouse: Awaited<ReturnType<typeof loadLighthouse>>;
    try {
      lighthouse = await loadLighthouse(benchEnv.lighthouseDir);
    } catch (error) {
      return console.log(`skipped: Lighthouse could not be installed into ${benchEnv.lighthouseDir} (${String(error)})`);
    }
    await waitForPortal(base, server);
    const cookies = new Map<string, string>();
    console.log(
      `${"page".padEnd(46)} ${pad("a11y", 4)} ${pad("perf", 4)} ${pad("LCP ms", 7)} ${pad("TBT ms", 6)} ${pad("HTML gz", 9)}  failing`,
    );
    for (const page of pages) {
      const cookie = page.as ? (cookies.get(page.as) ?? (await sessionCookie(base, page.as, DEMO_PASSWORD))) : "";
      if (page.as) cookies.set(page.as, cookie);
      // The HTML carries the page's RSC payload, messages sent to the browser included.
      const html = await (await fetch(`${base}${page.path}`, { headers: { cookie } })).text();
      let scores: LighthouseScores;
      try {
        // A trace Lighthouse could not record (NO_NAVSTART, seen on a loaded machine) gets one more run.
        const run = () => audit(lighthouse.run, lighthouse.desktop, chromePort, `${base}${page.path}`, cookie);
        scores = await run().catch(run);
      } catch (error) {
        console.log(`${page.path.padEnd(46)} failed: ${String(error)}`);
        continue;
      }
      console.log(
        `${page.path.padEnd(46)} ${pad(scores.accessibility, 4)} ${pad(scores.performance, 4)} ${pad(scores.lcp, 7)} ${pad(scores.tbt, 6)} ${pad(kb(gzipSync(html).length), 9)}  ${scores.failing.join(", ") || "-"}`,
      );
      // What failed, so a run that cannot be repeated (an intermittent score) still says why.
      for (const { id, nodes } of scores.failingNodes) {
        const shown = nodes.slice(0, FLAGGED_SHOWN);
        const more = nodes.length > shown.length ? ` (+${nodes.length - shown.length} more)` : "";
        console.log(`    ${id}: ${shown.join(" | ")}${more}`);
      }
      if (scores.failedRequests.length > 0) console.log(`    failed requests: ${scores.failedRequests.join(" | ")}`);
    }
    console.log(`(${Math.round((performance.now() - started) / 1000)} s in all, portal start and Lighthouse install included)`);
  } finally {
    await chromium.stop();
    stopPortal(server);
    if (server.exitCode === null) await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const nextDir = path.join(repoRoot, "apps/portal/.next");
if (!existsSync(path.join(nextDir, "BUILD_ID"))) {
  console.log("budgets: no production build in apps/portal/.next (run `pnpm --filter @clusterwerk/portal build` first)");
} else {
  printFirstLoad(nextDir);
  try {
    await printLighthouse();
  } catch (error) {
    console.log(`Lighthouse report stopped: ${String(error)}`);
  }
}
// Lighthouse leaves timers behind; the report is complete here.
process.exit(0);
