import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../client";
import { cooperationProfiles, memberships, organisations } from "../schema";
import { createCluster, createMembership, createOrganisation, grantConsent } from "../testing/factories";
import { createTestDatabase } from "../testing/test-db";
import { loadMatchWorld, refreshMatchWorld } from "./match-world";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

const asOf = "2026-12-01";

async function memberWithProfiles(clusterId: string, titles: string[]) {
  const db = handle.db;
  const organisation = await createOrganisation(db);
  const membership = await createMembership(db, { organisationId: organisation.id, clusterId });
  await grantConsent(db, organisation.id, "matchmaking");
  await grantConsent(db, organisation.id, "cross-cluster");
  const profiles = await db
    .insert(cooperationProfiles)
    .values(
      titles.map((title) => ({
        clusterId,
        organisationId: organisation.id,
        type: "TO" as const,
        language: "en" as const,
        title,
        summary: `${title} summary`,
        validUntil: "2027-06-30",
        status: "published" as const,
      })),
    )
    .returning();
  return { organisation, membership, profiles };
}

describe("match world refresh (docs/ARCHITECTURE.md, Matchmaking)", () => {
  it("re-reads only what changed and equals a full load after edits, unpublishing, new profiles, consent, location and membership changes", async () => {
    const db = handle.db;
    const cluster = await createCluster(db);
    const a = await memberWithProfiles(cluster.id, ["Sensor retrofit", "Predictive maintenance"]);
    const b = await memberWithProfiles(cluster.id, ["Battery recycling"]);
    const c = await memberWithProfiles(cluster.id, ["Hydrogen storage"]);
    const d = await memberWithProfiles(cluster.id, ["Digital twin"]);
    const e = await memberWithProfiles(cluster.id, ["Laser welding"]);
    const previous = await loadMatchWorld(db, asOf);
    expect(previous.profiles).toHaveLength(6);

    const [edited, unpublished] = a.profiles;
    if (!edited || !unpublished) throw new Error("two profiles");
    await db
      .update(cooperationProfiles)
      .set({ description: "Now with vibration analysis.", updatedAt: new Date() })
      .where(eq(cooperationProfiles.id, edited.id));
    await db.update(cooperationProfiles).set({ status: "closed", updatedAt: new Date() }).where(eq(cooperationProfiles.id, unpublished.id));
    const added = await memberWithProfiles(cluster.id, ["Bio-based plastics"]);
    await grantConsent(db, b.organisation.id, "cross-cluster", false);
    await db.update(organisations).set({ lat: 48.1, lon: 11.6 }).where(eq(organisations.id, c.organisation.id));
    await db.update(memberships).set({ status: "left" }).where(eq(memberships.id, d.membership.id));

    const refreshed = await refreshMatchWorld(db, asOf, previous);
    expect(refreshed).toEqual(await loadMatchWorld(db, asOf));
    const ids = refreshed.profiles.map((row) => row.id);
    expect(ids).toContain(added.profiles[0]?.id);
    expect(ids).not.toContain(unpublished.id);
    expect(ids).not.toContain(d.profiles[0]?.id);
    expect(refreshed.profiles.find((row) => row.id === edited.id)?.description).toBe("Now with vibration analysis.");
    expect(refreshed.profiles.find((row) => row.organisationId === b.organisation.id)?.crossCluster).toBe(false);
    expect(refreshed.profiles.find((row) => row.organisationId === c.organisation.id)?.orgLat).toBe(48.1);
    // The unchanged profile's row is the previous object: it was not read again.
    const unchanged = e.profiles[0]?.id;
    expect(refreshed.profiles.find((row) => row.id === unchanged)).toBe(previous.profiles.find((row) => row.id === unchanged));
  });

  it("refreshes a world loaded for another day to the asked day's: profiles expired by then drop out, those valid again come back", async () => {
    const db = handle.db;
    const cluster = await createCluster(db);
    const { profiles } = await memberWithProfiles(cluster.id, ["Cold chain sensors", "Cobot welding cell"]);
    const [expiring, lasting] = profiles;
    if (!expiring || !lasting) throw new Error("two profiles");
    await db.update(cooperationProfiles).set({ validUntil: "2026-12-15" }).where(eq(cooperationProfiles.id, expiring.id));
    const later = "2027-01-01";

    const today = await loadMatchWorld(db, asOf);
    const forward = await refreshMatchWorld(db, later, today);
    expect(forward).toEqual(await loadMatchWorld(db, later));
    expect(forward.profiles.map((row) => row.id)).not.toContain(expiring.id);
    expect(forward.profiles.find((row) => row.id === lasting.id)).toBe(today.profiles.find((row) => row.id === lasting.id));

    const back = await refreshMatchWorld(db, asOf, forward);
    expect(back).toEqual(today);
    expect(back.profiles.map((row) => row.id)).toContain(expiring.id);
  });
});
