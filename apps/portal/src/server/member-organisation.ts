import "server-only";
import { requireViewer } from "./guard";

/**
 * The organisation the viewer acts for in a cluster's members' pages: their member role there (the first
 * by name when they are contact person of several), or null for a manager without one. The procedures
 * check the pair again; this only picks it.
 */
export async function memberOrganisationIn(clusterId: string): Promise<{ organisationId: string; organisationName: string } | null> {
  const viewer = await requireViewer();
  const [role] = viewer.roles
    .flatMap((candidate) => (candidate.kind === "member" && candidate.clusterId === clusterId ? [candidate] : []))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName));
  return role ? { organisationId: role.organisationId, organisationName: role.organisationName } : null;
}
