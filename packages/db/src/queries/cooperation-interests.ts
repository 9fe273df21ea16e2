import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { cooperationInterests } from "../schema";
import type { MatchViewer } from "./matchmaking-visibility";

const i = cooperationInterests;

/**
 * Stores an interest from one profile in another (the caller has checked ownership and visibility, DOMAIN.md
 * §5.2); returns its id, or null when this pair has one already (once per pair).
 */
export async function expressInterest(
  db: Database,
  params: { from: MatchViewer & { profileId: string }; to: MatchViewer & { profileId: string }; createdBy: string },
) {
  const [row] = await db
    .insert(i)
    .values({
      fromProfileId: params.from.profileId,
      fromClusterId: params.from.clusterId,
      fromOrganisationId: params.from.organisationId,
      toProfileId: params.to.profileId,
      toClusterId: params.to.clusterId,
      toOrganisationId: params.to.organisationId,
      createdBy: params.createdBy,
    })
    .onConflictDoNothing({ target: [i.fromProfileId, i.toProfileId] })
    .returning({ id: i.id });
  return row?.id ?? null;
}

/** Withdraws the viewer's interest from its profile in another; false when there was none of theirs. */
export async function withdrawInterest(db: Database, params: { viewer: MatchViewer; fromProfileId: string; toProfileId: string }) {
  const rows = await db
    .delete(i)
    .where(
      and(
        eq(i.fromProfileId, params.fromProfileId),
        eq(i.toProfileId, params.toProfileId),
        eq(i.fromClusterId, params.viewer.clusterId),
        eq(i.fromOrganisationId, params.viewer.organisationId),
      ),
    )
    .returning({ id: i.id });
  return rows.length > 0;
}

/**
 * Between one of the viewer's profiles and `otherIds`: the ones it showed interest in (`sent`) and the ones
 * that showed interest in it (`received`). The caller passes only profiles the viewer may see.
 */
export async function interestsBetween(db: Database, params: { profileId: string; otherIds: readonly string[] }) {
  if (params.otherIds.length === 0) return { sent: new Set<string>(), received: new Set<string>() };
  const others = [...params.otherIds];
  const [sent, received] = await Promise.all([
    db
      .select({ id: i.toProfileId })
      .from(i)
      .where(and(eq(i.fromProfileId, params.profileId), inArray(i.toProfileId, others))),
    db
      .select({ id: i.fromProfileId })
      .from(i)
      .where(and(eq(i.toProfileId, params.profileId), inArray(i.fromProfileId, others))),
  ]);
  return { sent: new Set(sent.map((row) => row.id)), received: new Set(received.map((row) => row.id)) };
}
