import "server-only";
import { auth } from "@clusterwerk/auth";
import { getDatabase, loadRoleAssignments, type RoleAssignment } from "@clusterwerk/db";
import { cache } from "react";

export interface Viewer {
  userId: string;
  roles: RoleAssignment[];
}

/** The signed-in person and their roles, read from the database once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const roles = await loadRoleAssignments(getDatabase().db, userId);
  return { userId, roles };
});

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
