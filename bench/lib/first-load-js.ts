import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

/** JavaScript a browser loads before a route becomes interactive, from the production build's manifests. */
export interface RouteScripts {
  route: string;
  files: number;
  /** Bytes as served uncompressed, and as gzip (level 9) sends them. */
  raw: number;
  gzip: number;
}

interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
}

/**
 * First-load JavaScript per page route of `nextDir` (an `.next` folder). Next 16 no longer prints these
 * sizes: a route loads the root main files (build-manifest.json; polyfills are `nomodule` and skipped)
 * plus the entry chunks of every segment its client reference manifest lists (layouts, page, error and
 * not-found boundaries). Chunk sizes are read from `static/`, each chunk counted once per route.
 */
export function firstLoadScripts(nextDir: string): RouteScripts[] {
  const buildManifest = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const routes = JSON.parse(readFileSync(path.join(nextDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const size = (file: string) => {
    const known = sizes.get(file);
    if (known) return known;
    const content = readFileSync(path.join(nextDir, file));
    const measured = { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    sizes.set(file, measured);
    return measured;
  };
  const result: RouteScripts[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page")) continue;
    const manifestFile = path.join(nextDir, "server/app", `${entry}_client-reference-manifest.js`);
    if (!existsSync(manifestFile)) continue;
    // The manifest is a script assigning to globalThis.__RSC_MANIFEST; run it in an empty context.
    const context: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
    context.globalThis = context;
    runInNewContext(readFileSync(manifestFile, "utf8"), context);
    const manifest = context.__RSC_MANIFEST?.[entry];
    if (!manifest) continue;
    const files = new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const measured = size(file);
      raw += measured.raw;
      gzip += measured.gzip;
    }
    result.push({ route, files: files.size, raw, gzip });
  }
  return result.sort((a, b) => a.route.localeCompare(b.route));
}
