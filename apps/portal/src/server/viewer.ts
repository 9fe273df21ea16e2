import "server-only";
import { type Viewer } from "@clusterwerk/api";
import { cache } from "react";
import { api } from "~/trpc/server";

export type { Viewer };

/**
 * The signed-in person and their roles, or null (a guest, or a session that has ended), read through the
 * request's tRPC caller: the same context the page's procedures use, so the session is checked and the
 * roles are loaded once per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => (await api()).account.me());

/** Clusters the viewer works in (as member or manager), for the cluster switcher. */
export function viewerClusters(viewer: Viewer): { slug: string; name: string; id: string; manager: boolean }[] {
  const bySlug = new Map<string, { slug: string; name: string; id: string; manager: boolean }>();
  for (const role of viewer.roles) {
    if (role.kind !== "member" && role.kind !== "manager") continue;
    const existing = bySlug.get(role.clusterSlug);
    bySlug.set(role.clusterSlug, {
      slug: role.clusterSlug,
      name: role.clusterName,
      id: role.clusterId,
      manager: (existing?.manager ?? false) || role.kind === "manager",
    });
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}
