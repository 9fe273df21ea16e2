import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Benchmark, Figure } from "./lib/figure";
import { percentile } from "./lib/timing";

const PORT = 3300;
const BASE = `http://localhost:${PORT}`;
const ROUNDS = 30;
const TARGET_MS = 200;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Pages measured, with the demo account that sees them (null: public). */
const pages: { path: string; as: string | null }[] = [
  { path: "/de", as: null },
  { path: "/de/clusters/smart-industries", as: null },
  { path: "/de/c/smart-industries/directory", as: "member@kurpfalz-sensorik.example" },
  { path: "/de/c/smart-industries/directory?q=Mannheim&category=sme", as: "member@kurpfalz-sensorik.example" },
  { path: "/de/c/smart-industries/manage/invitations", as: "manager@smart-industries.example" },
  { path: "/de/admin/accounts", as: "admin@clusterwerk.example" },
];

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error("the portal server exited");
    try {
      if ((await fetch(`${BASE}/de`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the portal server did not start within 2 minutes");
}

/** Signs in through Auth.js's credentials flow and returns the session cookie. */
async function sessionCookie(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password: "Clusterwerk-Demo-2026" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed`);
  return session.split(";")[0] ?? "";
}

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
      await waitForServer(server);
      const figures: Figure[] = [];
      const cookies = new Map<string, string>();
      for (const page of pages) {
        const cookie = page.as ? (cookies.get(page.as) ?? (await sessionCookie(page.as))) : "";
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
      if (server.pid) process.kill(-server.pid, "SIGTERM");
    }
  },
};
