import { hashPassword } from "@clusterwerk/auth/password";
import { createFinalisedBenchmarking, type Database, indicatorValuesAt, schema, upsertReferenceBenchmarkings } from "@clusterwerk/db";
import { createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { needCategories, needHorizons } from "@clusterwerk/scoring/domain";
import { referenceRows } from "./benchmark-report";
import { inBatches } from "./lib/batches";
import { type SeededProfile, seedMatchingWorld } from "./lib/matching-world-seed";
import { seededRandom } from "./lib/timing";
import { generateMatchingWorld } from "./matching-data";

export const LOAD_WORLD = {
  clusters: 40,
  organisations: 10_000,
  profiles: 5_000,
  /** Clusters the signed-in users act in: one manager and `membersPerCluster` contact persons each. */
  activeClusters: 10,
  membersPerCluster: 4,
  needsPerCluster: 2_000,
} as const;
export const LOAD_PASSWORD = "Load-Test-Passwort-2026";
const BENCHMARK_DATE = "2026-06-30";

/** A signed-in person of the load: a manager of a cluster, or a contact person acting with one of the organisation's profiles. */
export type LoadUser =
  | { role: "manager"; email: string; clusterId: string; benchmarkingId: string }
  | { role: "member"; email: string; clusterId: string; organisationId: string; profileId: string };

/**
 * The load test's portal (issue 12 item 4): the generated matching world with 10,000 organisations in 40
 * clusters and 5,000 published profiles (bench/matching-data.ts), every organisation listed in the
 * directory; in ten of the clusters 2,000 needs, a finalised benchmarking against the 1,300 reference
 * benchmarkings of bench/benchmark-report.ts, a manager and four contact persons with a profile each.
 */
export async function seedLoadWorld(db: Database): Promise<LoadUser[]> {
  const world = generateMatchingWorld(LOAD_WORLD.clusters, LOAD_WORLD.profiles, 2028, LOAD_WORLD.organisations);
  const { clusterIds, organisationIds, profiles } = await seedMatchingWorld(db, world);
  await inBatches([...organisationIds.values()], (batch) =>
    db.insert(schema.consents).values(batch.map(({ id }) => ({ organisationId: id, purpose: "directory" as const, granted: true }))),
  );
  const rows = referenceRows();
  await inBatches(rows, (batch) => upsertReferenceBenchmarkings(db, { rows: batch, source: "load", importedBy: null }));

  const random = seededRandom(12);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  // Map.groupBy is not in Node 20.
  const profilesByCluster = new Map<string, SeededProfile[]>();
  for (const profile of profiles) {
    const list = profilesByCluster.get(profile.clusterId) ?? [];
    list.push(profile);
    profilesByCluster.set(profile.clusterId, list);
  }
  // The clusters with the most profiles, so every contact person has matches to ask for meetings.
  const active = [...clusterIds.values()]
    .sort((a, b) => (profilesByCluster.get(b)?.length ?? 0) - (profilesByCluster.get(a)?.length ?? 0))
    .slice(0, LOAD_WORLD.activeClusters);
  const users: LoadUser[] = [];
  for (const clusterId of active) {
    const own = profilesByCluster.get(clusterId) ?? [];
    const organisations = [...new Set(own.map((profile) => profile.organisationId))];
    await inBatches(
      Array.from({ length: LOAD_WORLD.needsPerCluster }, (_, index) => index),
      (batch) =>
        db.insert(schema.needs).values(
          batch.map((index) => ({
            clusterId,
            organisationId: pick(organisations),
            category: pick(needCategories),
            title: `Load need ${index}`,
            importance: 1 + Math.floor(random() * 5),
            horizon: pick(needHorizons),
            status: random() < 0.7 ? ("open" as const) : ("in-progress" as const),
          })),
        ),
      1_000,
    );
    const benchmarkingId = await createFinalisedBenchmarking(db, {
      clusterId,
      benchmarkDate: BENCHMARK_DATE,
      values: indicatorValuesAt("baseline"),
    });
    const manager = await createUser(db, { passwordHash });
    await grantRole(db, manager.id, { kind: "manager", clusterId });
    users.push({ role: "manager", email: manager.email, clusterId, benchmarkingId });
    const representatives = new Map(own.map((profile) => [profile.organisationId, profile]));
    for (const profile of [...representatives.values()].slice(0, LOAD_WORLD.membersPerCluster)) {
      const member = await createUser(db, { passwordHash });
      await grantRole(db, member.id, { kind: "member", clusterId, organisationId: profile.organisationId });
      users.push({ role: "member", email: member.email, clusterId, organisationId: profile.organisationId, profileId: profile.id });
    }
  }
  return users;
}
