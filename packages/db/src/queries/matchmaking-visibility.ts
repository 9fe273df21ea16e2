import { and, eq, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import { clusterPartnerships, clusters, consents, cooperationProfiles, memberships } from "../schema";

/** Who looks: a contact person's organisation acting in one cluster (the cluster of the profile they match for). */
export interface MatchViewer {
  clusterId: string;
  organisationId: string;
}

/** The clusters in an active partnership with `clusterId`, either side having proposed it (DOMAIN.md §5.2). */
export function activePartnersOf(clusterId: string): SQL {
  const p = clusterPartnerships;
  return sql`(select case when ${p.proposerClusterId} = ${clusterId} then ${p.partnerClusterId} else ${p.proposerClusterId} end
    from ${p} where ${p.status} = 'active' and (${p.proposerClusterId} = ${clusterId} or ${p.partnerClusterId} = ${clusterId}))`;
}

/** The organisation of the profile row has granted `purpose` (no row means not consented). */
function consented(purpose: "matchmaking" | "cross-cluster"): SQL {
  return sql`exists (select 1 from ${consents} where ${consents.organisationId} = ${cooperationProfiles.organisationId}
    and ${consents.purpose} = ${purpose} and ${consents.granted})`;
}

/**
 * A profile a viewer may be matched with, as a WHERE condition on `cooperation_profiles` (DOMAIN.md §5.2):
 * published and not expired on `asOf`; another organisation; its organisation consents to matchmaking and is
 * still an active member of the profile's cluster; and either the viewer's own cluster, or — only with the
 * organisation's consent to cross-cluster sharing (PRODUCT.md capability 9) — reach partner-clusters or
 * all-clusters with an active partnership between the two clusters, or reach all-clusters when the
 * viewer's cluster has opted into open matchmaking.
 */
export function profileMatchableBy(viewer: MatchViewer, asOf: string): SQL {
  const p = cooperationProfiles;
  const openViewer = sql`exists (select 1 from ${clusters} where ${clusters.id} = ${viewer.clusterId} and ${clusters.openMatchmaking})`;
  const activeMember = sql`exists (select 1 from ${memberships} where ${memberships.organisationId} = ${p.organisationId}
    and ${memberships.clusterId} = ${p.clusterId} and ${memberships.status} = 'active')`;
  const otherCluster = and(
    consented("cross-cluster"),
    or(
      and(inArray(p.reach, ["partner-clusters", "all-clusters"]), sql`${p.clusterId} in ${activePartnersOf(viewer.clusterId)}`),
      and(eq(p.reach, "all-clusters"), openViewer),
    ),
  );
  return and(
    eq(p.status, "published"),
    sql`${p.validUntil} >= ${asOf}`,
    ne(p.organisationId, viewer.organisationId),
    consented("matchmaking"),
    activeMember,
    or(eq(p.clusterId, viewer.clusterId), otherCluster),
  ) as SQL;
}
