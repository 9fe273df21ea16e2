import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { benchEnv } from "../env";

/**
 * Lighthouse 12 (13 needs Node 22), installed outside the workspace: inside it, its dependencies were
 * hoisted next to Next's and broke the prerender. It drives Debian's Chromium; no browser is downloaded.
 */
const LIGHTHOUSE_VERSION = "12.8.2";

export interface LighthouseScores {
  accessibility: number;
  performance: number;
  /** Largest contentful paint and total blocking time, ms. */
  lcp: number;
  tbt: number;
  /** Accessibility audits that failed, by id. */
  failing: string[];
  /** Per failing audit, the elements axe flagged: selector, box (CSS px) and axe's first reason. */
  failingNodes: { id: string; nodes: string[] }[];
  /** The page's documents, stylesheets, scripts and fonts that failed to load (status and URL). */
  failedRequests: string[];
}

/** An element axe flagged, as Lighthouse reports it. */
interface AxeNode {
  selector?: string;
  explanation?: string;
  boundingRect?: { width: number; height: number };
}
interface AuditResult {
  score: number | null;
  numericValue?: number;
  scoreDisplayMode: string;
  details?: { items?: { node?: AxeNode; url?: string; statusCode?: number; resourceType?: string }[] };
}
interface LighthouseResult {
  lhr: {
    categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
    audits: Record<string, AuditResult>;
    runtimeError?: { message: string };
  };
}
type RunLighthouse = (url: string, flags: Record<string, unknown>, config: unknown) => Promise<LighthouseResult | undefined>;

/** Installs Lighthouse into `toolDir` when missing (npm registry only) and loads it with its desktop settings. */
export async function loadLighthouse(toolDir: string): Promise<{ run: RunLighthouse; desktop: unknown }> {
  const main = path.join(toolDir, "node_modules/lighthouse/core/index.js");
  if (!existsSync(main)) {
    execFileSync(
      "npm",
      ["install", "--prefix", toolDir, "--no-audit", "--no-fund", "--loglevel=error", `lighthouse@${LIGHTHOUSE_VERSION}`],
      {
        stdio: ["ignore", "ignore", "inherit"],
        timeout: 120_000,
      },
    );
  }
  const lighthouse = (await import(pathToFileURL(main).href)) as { default: RunLighthouse };
  const desktop = (await import(pathToFileURL(path.join(toolDir, "node_modules/lighthouse/core/config/desktop-config.js")).href)) as {
    default: unknown;
  };
  return { run: lighthouse.default, desktop: desktop.default };
}

/** Debian's Chromium, headless, with a debugging port Lighthouse connects to; `stop` ends it and removes its profile. */
export async function startChromium(port: number): Promise<{ stop: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), "budgets-chromium-"));
  const chromium: ChildProcess = spawn(
    benchEnv.chromiumPath,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (chromium.exitCode !== null) throw new Error(`${benchEnv.chromiumPath} exited with ${chromium.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    stop: async () => {
      // The profile can only go once Chromium has finished writing it. Its helper processes may still write it
      // after the browser exits (ENOTEMPTY in CI, even with retries): a temporary folder left behind must not
      // read as a failed report, so removing it is best effort.
      if (chromium.exitCode === null) await new Promise((resolve) => chromium.once("exit", resolve).kill("SIGTERM"));
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
      } catch (error) {
        console.log(`(Chromium's temporary profile ${profile} was left behind: ${String(error)})`);
      }
    },
  };
}

/** Resource types that change what a page shows (not the favicon, images or data requests). */
const renderingResources = new Set(["Document", "Stylesheet", "Script", "Font"]);

/** One Lighthouse run (desktop settings) of `url` with `cookie` sent on every request. */
export async function audit(
  run: RunLighthouse,
  desktop: unknown,
  chromePort: number,
  url: string,
  cookie: string,
): Promise<LighthouseScores> {
  const result = await run(
    url,
    {
      port: chromePort,
      output: "json",
      logLevel: "error",
      onlyCategories: ["accessibility", "performance"],
      extraHeaders: cookie ? { cookie } : undefined,
    },
    desktop,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.message}`);
  const score = (category: string) => Math.round((categories[category]?.score ?? 0) * 100);
  const failing = (categories.accessibility?.auditRefs ?? [])
    .map(({ id }) => ({ id, audit: audits[id] }))
    .filter(({ audit: result }) => result && result.scoreDisplayMode === "binary" && result.score === 0)
    .map(({ id }) => id);
  return {
    accessibility: score("accessibility"),
    performance: score("performance"),
    lcp: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
    tbt: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    failing,
    // Lighthouse's network log (a hidden audit of the performance category); a failed request has status -1.
    // Without its stylesheet a page's links shrink to their text (17 px high): target-size fails on every page.
    failedRequests: (audits["network-requests"]?.details?.items ?? [])
      .filter(({ resourceType }) => resourceType !== undefined && renderingResources.has(resourceType))
      .filter(({ statusCode }) => statusCode !== undefined && (statusCode < 200 || statusCode >= 400))
      .map(({ statusCode, url }) => `${statusCode} ${url ?? "?"}`),
    failingNodes: failing.map((id) => ({ id, nodes: (audits[id]?.details?.items ?? []).map(({ node }) => describeNode(node)) })),
  };
}

/**
 * One flagged element on one line: its selector, its box and the first reason axe gives ("Fix any of the
 * following:" and then one reason per line). The box tells a style that did not apply from one that is too small.
 */
function describeNode(node: AxeNode | undefined): string {
  if (!node) return "(no element)";
  const box = node.boundingRect ? ` ${Math.round(node.boundingRect.width)}×${Math.round(node.boundingRect.height)} px` : "";
  const reason = node.explanation?.split("\n")[1]?.trim();
  return `${node.selector ?? "?"}${box}${reason ? `: ${reason}` : ""}`;
}
