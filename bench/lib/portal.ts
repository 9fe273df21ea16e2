import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AppRouter } from "@clusterwerk/api";
import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import superjson from "superjson";
import { childEnv } from "../env";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Waits until the portal answers its home page; fails when the process exits or after 2 minutes. */
export async function waitForPortal(base: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`the portal server at ${base} exited`);
    try {
      if ((await fetch(`${base}/de`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the portal server at ${base} did not start within 2 minutes`);
}

/**
 * Starts the production build (`next start`, built beforehand) on `port` over the given PostgreSQL
 * database, in its own process group so that `stopPortal` ends all of it; its output goes to `logFile`.
 */
export async function startPortal(params: { port: number; databaseUrl: string; logFile: string }): Promise<ChildProcess> {
  const log = openSync(params.logFile, "a");
  const server = spawn("pnpm", ["exec", "next", "start", "--port", String(params.port)], {
    cwd: path.join(repoRoot, "apps/portal"),
    env: childEnv({
      DATABASE_URL: params.databaseUrl,
      AUTH_SECRET: "bench-only-secret-not-for-production",
      PUBLIC_URL: `http://localhost:${params.port}`,
      NODE_ENV: "production",
    }),
    stdio: ["ignore", log, log],
    detached: true,
  });
  await waitForPortal(`http://localhost:${params.port}`, server);
  return server;
}

/** Ends a server started by `startPortal` (or serve.sh): its whole process group. */
export function stopPortal(server: ChildProcess): void {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
}

/** Signs in through Auth.js's credentials flow (as e2e/fixtures authenticate does) and returns the session cookie. */
export async function sessionCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed`);
  return session.split(";")[0] ?? "";
}

/**
 * A typed tRPC client for one signed-in person against one portal instance (one request per call, no
 * batching); a request without an answer after `timeoutMs` is aborted, so a hang shows as such.
 */
export function portalClient(base: string, cookie: string, timeoutMs: number): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${base}/api/trpc`,
        transformer: superjson,
        headers: { cookie },
        fetch: (url: string | URL | Request, init?: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
      }),
    ],
  });
}
