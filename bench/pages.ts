import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { DEMO_PASSWORD } from "@clusterwerk/seed";
import type { Benchmark, Figure } from "./lib/figure";
import { repoRoot, sessionCookie, stopPortal, waitForPortal } from "./lib/portal";
import { percentile } from "./lib/timing";

const PORT = 3300;
const BASE = `http://localhost:${PORT}`;
const ROUNDS = 30;
const TARGET_MS = 200;

/** Pages measured, with the demo account that sees them (null: public). */
const pages: { path: string; as: string | null }[] = [
  { path: "/de", as: null },
  { path: "/de/clusters/smart-industries", as: null },
  { path: "/de/c/smart-industries/directory", as: "member@kurpfalz-sensorik.example" },
  { path: "/de/c/smart-industries/directory?q=Mannheim&category=sme", as: "member@kurpfalz-sensorik.example" },
  { path: "/de/c/smart-industries/manage/invitations", as: "manager@smart-industries.example" },
  { path: "/de/admin/accounts", as: "admin@clusterwerk.example" },
];

/**
 * Server render time of the main pages at demo scale (target well under 200 ms): the production build
 * on its own seeded PGlite folder, each page fetched 30 times after one warm-up, signed in as needed.
 */
export const pagesBenchmark: Benchmark = {
  name: "pages",
  run: async () => {
    execFileSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@clusterwerk/portal", "--output-logs=errors-only"], {
      cwd: repoRoot,
      stdio: "inherit",
    });
    const server = spawn("bash", ["e2e/scripts/serve.sh"], {
      cwd: repoRoot,
      env: {
        ...process.env,
        E2E_PORT: String(PORT),
        E2E_PGLITE_DIR: path.join(repoRoot, ".data", "bench-pglite"),
        AUTH_SECRET: "bench-only-secret-not-for-production",
      },
      stdio: "ignore",
      detached: true,
    });
    try {
      await waitForPortal(BASE, server);
      const figures: Figure[] = [];
      const cookies = new Map<string, string>();
      for (const page of pages) {
        const cookie = page.as ? (cookies.get(page.as) ?? (await sessionCookie(BASE, page.as, DEMO_PASSWORD))) : "";
        if (page.as) cookies.set(page.as, cookie);
        const get = async () => {
          const start = performance.now();
          const response = await fetch(`${BASE}${page.path}`, { headers: { cookie }, redirect: "manual" });
          await response.text();
          if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
          return performance.now() - start;
        };
        await get();
        const samples: number[] = [];
        for (let round = 0; round < ROUNDS; round += 1) samples.push(await get());
        const p95 = percentile(samples, 95);
        figures.push(
          { name: `page ${page.path}: median`, value: Math.round(percentile(samples, 50) * 10) / 10, unit: "ms", target: null, ok: null },
          {
            name: `page ${page.path}: p95`,
            value: Math.round(p95 * 10) / 10,
            unit: "ms",
            target: `< ${TARGET_MS} ms`,
            ok: p95 < TARGET_MS,
          },
        );
      }
      return figures;
    } finally {
      // The server runs in its own process group (serve.sh → pnpm → next): end all of it.
      stopPortal(server);
    }
  },
};
