import { anonymiseOrganisation, createNeeds, deriveIndicatorValues, loadClusterGrowth, memberStructureOf, schema } from "@clusterwerk/db";
import { createMembership, createOrganisation, grantConsent } from "@clusterwerk/db/testing/factories";
import { indicatorCatalogue } from "@clusterwerk/scoring/benchmark";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { calendarDayOf } from "../calendar-day";
import { labelFixtures } from "../test/label-fixtures";
import { meetingWith } from "../test/meeting-fixtures";
import { sampleNeed } from "../test/needs-fixtures";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

/**
 * The aggregate figures of cluster A that an organisation's anonymisation must leave as they were
 * (docs/DATA-RIGHTS.md): S1–S8 with the monthly member counts, the derived indicator values of a benchmarking,
 * the needs analysis and the cluster's label history. Texts that name the organisation or its needs are not figures:
 * the top unmet needs are compared by id and importance.
 */
async function clusterFigures() {
  const clusterId = ctx.world.clusterA.id;
  const asOf = calendarDayOf(new Date());
  const manager = await callerFor(ctx.db, ctx.world.users.manager);
  const growth = await loadClusterGrowth(ctx.db, clusterId, asOf);
  if (!growth) throw new Error("no cluster");
  const analysis = await manager.needsAnalysis.get({ clusterId });
  return {
    structure: memberStructureOf(growth, asOf),
    derived: await deriveIndicatorValues(ctx.db, clusterId, asOf, indicatorCatalogue),
    needsAnalysis: { ...analysis, unmet: { ...analysis.unmet, top: analysis.unmet.top.map(({ id, importance }) => ({ id, importance })) } },
    labels: await manager.label.clusterLabels({ clusterId }),
  };
}

describe("anonymising an organisation", () => {
  it("keeps every aggregate figure: S1–S8 history, derived indicators, needs analysis and label history before == after", async () => {
    const { clusterA, users } = ctx.world;
    const organisation = await createOrganisation(ctx.db, {
      category: "large",
      employees: 800,
      nace: ["C28"],
      technologyTags: ["digitalisation/iot-sensors"],
    });
    await createMembership(ctx.db, { organisationId: organisation.id, clusterId: clusterA.id, joinedOn: "2023-03-01" });
    await grantConsent(ctx.db, organisation.id, "directory");
    await grantConsent(ctx.db, organisation.id, "matchmaking");
    const scope = { clusterId: clusterA.id, organisationId: organisation.id };
    const needIds = await createNeeds(
      ctx.db,
      [
        { ...sampleNeed, ...scope, title: "Geheimes Projekt A", importance: 5 },
        { ...sampleNeed, ...scope, category: "funding", title: "Geheimes Projekt B", importance: 2 },
      ],
      users.manager,
    );
    await meetingWith(ctx.db, { ...scope, userId: users.manager }, { status: "accepted" });
    await labelFixtures(ctx.db, users.assessor).bronze(clusterA.id);

    const before = await clusterFigures();
    // The organisation is in the figures (else the comparison would prove nothing): its critical need is unmet demand.
    expect(before.needsAnalysis.unmet.top.map((need) => need.id)).toContain(needIds[0]);
    expect(await anonymiseOrganisation(ctx.db, organisation.id, users.admin)).toBe(true);
    const after = await clusterFigures();

    expect(after).toEqual(before);
    const [row] = await ctx.db.select().from(schema.organisations).where(eq(schema.organisations.id, organisation.id));
    expect(row?.name).not.toBe(organisation.name);
  });

  it("takes the anonymised organisation out of the directory (consent withdrawn) and is done only once", async () => {
    const organisation = await createOrganisation(ctx.db);
    await createMembership(ctx.db, { organisationId: organisation.id, clusterId: ctx.world.clusterA.id });
    await grantConsent(ctx.db, organisation.id, "directory");
    expect(await anonymiseOrganisation(ctx.db, organisation.id, ctx.world.users.admin)).toBe(true);
    expect(await anonymiseOrganisation(ctx.db, organisation.id, ctx.world.users.admin)).toBe(false);
    const member = await callerFor(ctx.db, ctx.world.users.member);
    const directory = await member.cluster.directory({ clusterId: ctx.world.clusterA.id });
    expect(directory.items.map((entry) => entry.id)).not.toContain(organisation.id);
  });
});
