import { performance } from "node:perf_hooks";
import { appRouter, createCallerFactory, createContext } from "@clusterwerk/api";
import { analyzeDatabase, createSession, type Database, loadNeedsAnalysisRows, schema } from "@clusterwerk/db";
import { createTestDatabase } from "@clusterwerk/db/testing";
import { createCluster, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import type { Benchmark, Figure } from "./lib/figure";
import { generateNeedsWorld } from "./needs-data";
import { percentile } from "./lib/timing";

const NEEDS = 20_000;
const SERVICES = 2_000;
const ROUNDS = 7;
const TARGET_MS = 200;
const BATCH = 1_000;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

/**
 * One cluster at the benchmark's scale in the database: the generated world's organisations, its
 * 20,000 needs (a third answers to the latest campaign, a third to the one before), its 2,000 services
 * with their linked needs, and both campaigns asking every organisation, 60 % marked as answered.
 */
async function seedCluster(db: Database) {
  const world = generateNeedsWorld(NEEDS, SERVICES);
  const cluster = await createCluster(db);
  const manager = await createUser(db);
  await grantRole(db, manager.id, { kind: "manager", clusterId: cluster.id });
  const categoryOf = new Map(world.needs.map((need) => [need.organisationId, need.memberCategory]));
  const organisationIds = new Map<string, string>();
  await inBatches([...categoryOf.entries()], async (batch) => {
    const rows = await db
      .insert(schema.organisations)
      .values(
        batch.map(([key, category]) => ({
          slug: `bench-${cluster.id}-${key}`,
          name: `Bench ${key}`,
          category,
          city: "Mannheim",
          country: "DE",
        })),
      )
      .returning({ id: schema.organisations.id, slug: schema.organisations.slug });
    for (const row of rows) organisationIds.set(row.slug.slice(`bench-${cluster.id}-`.length), row.id);
  });
  const organisationId = (key: string) => organisationIds.get(key) ?? "";
  const campaign = async (title: string, opensOn: string, closesOn: string) => {
    const [row] = await db.insert(schema.campaigns).values({ clusterId: cluster.id, title, opensOn, closesOn, categories: [] }).returning();
    if (!row) throw new Error("campaign not inserted");
    const answered = new Set(world.responded);
    await inBatches([...organisationIds.entries()], (batch) =>
      db
        .insert(schema.campaignInvitees)
        .values(batch.map(([key, id]) => ({ campaignId: row.id, organisationId: id, respondedAt: answered.has(key) ? new Date() : null }))),
    );
    return row.id;
  };
  const previous = await campaign("Bench 2025", "2025-03-01", "2025-03-31");
  const latest = await campaign("Bench 2026", "2026-03-01", "2026-03-31");
  const needIds = new Map<string, string>();
  await inBatches(world.needs, async (batch) => {
    const rows = await db
      .insert(schema.needs)
      .values(
        batch.map((need, index) => ({
          clusterId: cluster.id,
          organisationId: organisationId(need.organisationId),
          campaignId: index % 3 === 0 ? latest : index % 3 === 1 ? previous : null,
          category: need.category,
          title: need.id,
          importance: need.importance,
          horizon: "now" as const,
          status: need.status,
        })),
      )
      .returning({ id: schema.needs.id, title: schema.needs.title });
    for (const row of rows) needIds.set(row.title, row.id);
  });
  await inBatches(world.services, async (batch) => {
    const rows = await db
      .insert(schema.services)
      .values(
        batch.map((service) => ({
          clusterId: cluster.id,
          title: service.id,
          needCategories: [],
          format: "workshop" as const,
          targetCategories: [],
          status: service.status,
        })),
      )
      .returning({ id: schema.services.id, title: schema.services.title });
    const links = rows.flatMap((row) =>
      (batch.find((service) => service.id === row.title)?.addresses ?? []).map((need) => ({
        serviceId: row.id,
        needId: needIds.get(need) ?? "",
      })),
    );
    await inBatches(links, (chunk) => db.insert(schema.serviceNeeds).values(chunk).onConflictDoNothing());
  });
  return {
    clusterId: cluster.id,
    managerId: manager.id,
    links: world.services.reduce((sum, service) => sum + service.addresses.length, 0),
  };
}

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return percentile(samples, 50);
}

/**
 * The managers' needs analysis end to end on PGlite: `needsAnalysis.get` through the tRPC caller (session
 * and role check, the four statements, the §2 figures, the named unmet needs) over 20,000 needs and
 * 2,000 services, against the 200 ms target; the database load alone is printed beside it.
 */
export const needsAnalysisPageBenchmark: Benchmark = {
  name: "needs-analysis",
  run: async () => {
    const handle = await createTestDatabase();
    try {
      const seedStart = performance.now();
      const { clusterId, managerId, links } = await seedCluster(handle.db);
      const seedMs = performance.now() - seedStart;
      // As every start does after seeding (prepareDatabase): PGlite gathers no statistics on its own.
      const analyzeStart = performance.now();
      await analyzeDatabase(handle.db);
      const analyzeMs = performance.now() - analyzeStart;
      const caller = createCallerFactory(appRouter)(
        createContext({ db: handle.db, session: await createSession(handle.db, managerId), ip: null }),
      );
      const analysis = await caller.needsAnalysis.get({ clusterId });
      const procedureMs = await medianMs(() => caller.needsAnalysis.get({ clusterId }));
      const loadMs = await medianMs(() =>
        loadNeedsAnalysisRows(handle.db, { clusterId, topUnmet: 10, today: new Date().toISOString().slice(0, 10) }),
      );
      const registerMs = await medianMs(() => caller.needsAnalysis.register({ clusterId }));
      const label = `needsAnalysis.get over ${NEEDS} needs, ${SERVICES} services (${links} links), 2 campaigns on PGlite`;
      const info = (name: string, value: number, unit: string): Figure => ({ name, value, unit, target: null, ok: null });
      return [
        { name: `${label}: median`, value: Math.round(procedureMs), unit: "ms", target: `< ${TARGET_MS} ms`, ok: procedureMs < TARGET_MS },
        info(`${label}: loading the rows alone, median`, Math.round(loadMs), "ms"),
        info(`needsAnalysis.register (CSV rows) over ${NEEDS} needs: median`, Math.round(registerMs), "ms"),
        info(`${label}: open demand`, analysis.coverage.overall.demand, "importance"),
        info(`${label}: unmet demand`, analysis.unmet.importance, "importance"),
        info(`${label}: seeding the database`, Math.round(seedMs), "ms"),
        info(`${label}: ANALYZE after seeding`, Math.round(analyzeMs), "ms"),
      ];
    } finally {
      await handle.close();
    }
  },
};
