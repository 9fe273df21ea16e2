import "server-only";
import { cookies } from "next/headers";
import { ACTING_ORGANISATION_COOKIE, actingRole } from "~/lib/acting-organisation";
import type { Viewer } from "./viewer";
import { requireViewer } from "./guard";

type MemberRole = Extract<Viewer["roles"][number], { kind: "member" }>;

/** The viewer's member roles, in one cluster or in all. */
export function memberRolesOf(viewer: Viewer, clusterId?: string): MemberRole[] {
  return viewer.roles.flatMap((role) => (role.kind === "member" && (!clusterId || role.clusterId === clusterId) ? [role] : []));
}

/** The organisation the viewer chose in the header's picker (the cookie), if any. */
export async function chosenOrganisationId(): Promise<string | undefined> {
  return (await cookies()).get(ACTING_ORGANISATION_COOKIE)?.value;
}

/**
 * The organisation the viewer acts for in a cluster's members' pages: the one chosen in the header's
 * picker when they are its contact person in this cluster, else the first by name; null for a manager
 * without a member role there. The procedures check the pair again; this only picks it.
 */
export async function memberOrganisationIn(clusterId: string): Promise<{ organisationId: string; organisationName: string } | null> {
  const role = actingRole(memberRolesOf(await requireViewer(), clusterId), await chosenOrganisationId());
  return role ? { organisationId: role.organisationId, organisationName: role.organisationName } : null;
}
