import { schema } from "@clusterwerk/db";
import { createCluster, createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import {
  memberCategories,
  type MemberCategory,
  needCategories,
  type NeedCategory,
  needStatuses,
  type NeedStatus,
  serviceStatuses,
  type ServiceStatus,
} from "@clusterwerk/scoring/domain";
import { coverage, demandByCategory, demandHeatmap, demandTrend, type NeedRow, responseRate, unmetNeeds } from "@clusterwerk/scoring/needs";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** A cluster of its own with a manager, so the figures see only this test's rows. */
async function managedCluster() {
  const cluster = await createCluster(ctx.db);
  const manager = await createUser(ctx.db);
  await grantRole(ctx.db, manager.id, { kind: "manager", clusterId: cluster.id });
  const organisation = async (category: MemberCategory, name?: string) => {
    const row = await createOrganisation(ctx.db, { category, ...(name ? { name } : {}) });
    await createMembership(ctx.db, { organisationId: row.id, clusterId: cluster.id });
    return row;
  };
  const need = async (
    organisation: { id: string; category: MemberCategory },
    values: { category: NeedCategory; importance: number; status?: NeedStatus; campaignId?: string; title?: string; createdAt?: Date },
  ): Promise<NeedRow & { campaignId: string | null }> => {
    const [row] = await ctx.db
      .insert(schema.needs)
      .values({
        clusterId: cluster.id,
        organisationId: organisation.id,
        category: values.category,
        title: values.title ?? `${values.category} need`,
        importance: values.importance,
        horizon: "now",
        status: values.status ?? "open",
        campaignId: values.campaignId ?? null,
        ...(values.createdAt ? { createdAt: values.createdAt } : {}),
      })
      .returning();
    if (!row) throw new Error("need not inserted");
    const { id, organisationId, category, importance, status, campaignId } = row;
    return { id, organisationId, memberCategory: organisation.category, category, importance, status, campaignId };
  };
  const campaign = async (
    title: string,
    opensOn: string,
    closesOn: string,
    invited: readonly { id: string }[],
    marked: readonly { id: string }[] = [],
  ) => {
    const [row] = await ctx.db
      .insert(schema.campaigns)
      .values({ clusterId: cluster.id, title, opensOn, closesOn, categories: [] })
      .returning();
    if (!row) throw new Error("campaign not inserted");
    if (invited.length > 0)
      await ctx.db.insert(schema.campaignInvitees).values(
        invited.map((organisation) => ({
          campaignId: row.id,
          organisationId: organisation.id,
          respondedAt: marked.some((answered) => answered.id === organisation.id) ? new Date() : null,
        })),
      );
    return row;
  };
  const service = async (status: ServiceStatus, addresses: readonly { id: string }[]) => {
    const [row] = await ctx.db
      .insert(schema.services)
      .values({ clusterId: cluster.id, title: `${status} service`, needCategories: [], format: "workshop", targetCategories: [], status })
      .returning();
    if (!row) throw new Error("service not inserted");
    if (addresses.length > 0)
      await ctx.db.insert(schema.serviceNeeds).values(addresses.map((need) => ({ serviceId: row.id, needId: need.id })));
    return { id: row.id, status, addresses: addresses.map((need) => need.id) };
  };
  return { cluster, caller: await callerFor(ctx.db, manager.id), organisation, need, campaign, service };
}

describe("needsAnalysis.get: who may read it", () => {
  it("a member of the cluster gets FORBIDDEN (the analysis is for managers only)", async () => {
    const caller = await ctx.as("member");
    expect(await codeOf(caller.needsAnalysis.get({ clusterId: ctx.world.clusterA.id }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.needsAnalysis.register({ clusterId: ctx.world.clusterA.id }))).toBe("FORBIDDEN");
  });

  it("the manager of another cluster gets NOT_FOUND", async () => {
    const caller = await ctx.as("manager");
    expect(await codeOf(caller.needsAnalysis.get({ clusterId: ctx.world.clusterB.id }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.needsAnalysis.register({ clusterId: ctx.world.clusterB.id }))).toBe("NOT_FOUND");
  });
});

describe("needsAnalysis.get: the figures of DOMAIN.md §2", () => {
  it("equal the scoring package's pure functions on the same rows", async () => {
    const c = await managedCluster();
    const sme = await c.organisation("sme");
    const large = await c.organisation("large");
    const institute = await c.organisation("rd");
    const university = await c.organisation("university");
    const previous = await c.campaign("Umfrage 2025", "2025-03-01", "2025-03-31", [sme, large, institute], [large]);
    const latest = await c.campaign("Umfrage 2026", "2026-03-01", "2026-03-31", [sme, large, institute, university], [sme]);
    await c.campaign("Umfrage 2099", "2099-03-01", "2099-03-31", [sme]);
    const rows = [
      await c.need(sme, { category: "digitalisation", importance: 5, campaignId: latest.id }),
      await c.need(sme, { category: "digitalisation", importance: 3 }),
      await c.need(large, { category: "funding", importance: 4, campaignId: latest.id }),
      await c.need(institute, { category: "funding", importance: 2, status: "in-progress" }),
      await c.need(university, { category: "qualification", importance: 1, status: "addressed" }),
      await c.need(large, { category: "digitalisation", importance: 2, campaignId: previous.id }),
      await c.need(institute, { category: "networking", importance: 4, campaignId: previous.id, status: "withdrawn" }),
      await c.need(sme, { category: "marketing", importance: 5 }),
    ];
    const [digital, , funding, , , , , marketing] = rows;
    if (!digital || !funding || !marketing) throw new Error("rows missing");
    const services = [await c.service("active", [digital]), await c.service("idea", [funding]), await c.service("planned", [marketing])];
    const other = await managedCluster();
    await other.need(await other.organisation("sme"), { category: "digitalisation", importance: 5 });

    const analysis = await c.caller.needsAnalysis.get({ clusterId: c.cluster.id });

    const answersOf = (campaignId: string) => rows.filter((need) => need.campaignId === campaignId);
    expect(analysis.needCount).toBe(rows.length);
    expect(analysis.demand).toEqual(demandByCategory(rows));
    expect(analysis.heatmap).toEqual(demandHeatmap(rows));
    expect(analysis.coverage).toEqual(coverage(rows, services));
    const { categories, total } = demandTrend(answersOf(latest.id), answersOf(previous.id));
    expect(analysis.trend).toMatchObject({ current: { id: latest.id }, previous: { id: previous.id }, categories, total });
    expect(analysis.responseRate).toMatchObject({
      campaign: { id: latest.id },
      ...responseRate([sme.id, large.id, institute.id, university.id], [sme.id, large.id]),
    });
    const unmet = unmetNeeds(rows, services);
    expect(analysis.unmet.count).toBe(unmet.length);
    expect(analysis.unmet.importance).toBe(unmet.reduce((sum, need) => sum + need.importance, 0));
    expect(analysis.unmet.top.map((need) => need.id)).toEqual(unmet.map((need) => need.id));
  });

  it("equal the pure functions' on 120 generated needs (every status, three campaigns, services of every status)", async () => {
    const c = await managedCluster();
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const organisations = [];
    for (const category of memberCategories) organisations.push(await c.organisation(category));
    const oldest = await c.campaign("2024", "2024-02-01", "2024-02-28", organisations.slice(0, 4), organisations.slice(0, 1));
    const previous = await c.campaign("2025", "2025-02-01", "2025-02-28", organisations.slice(0, 6), organisations.slice(2, 3));
    const latest = await c.campaign("2026", "2026-02-01", "2026-02-28", organisations, organisations.slice(3, 7));
    const campaignIds = [undefined, oldest.id, previous.id, latest.id];
    const rows: Awaited<ReturnType<typeof c.need>>[] = [];
    for (let i = 0; i < 120; i += 1) {
      const organisation = organisations[next(organisations.length)] ?? organisations[0];
      if (!organisation) throw new Error("no organisation");
      rows.push(
        await c.need(organisation, {
          category: needCategories[next(needCategories.length)] ?? "funding",
          importance: 1 + next(5),
          status: needStatuses[next(needStatuses.length)] ?? "open",
          ...(campaignIds[next(4)] ? { campaignId: campaignIds[next(4)] } : {}),
        }),
      );
    }
    const services = [];
    for (const status of [...serviceStatuses, ...serviceStatuses])
      services.push(
        await c.service(
          status,
          rows.filter(() => next(6) === 0),
        ),
      );

    const analysis = await c.caller.needsAnalysis.get({ clusterId: c.cluster.id });

    const answersOf = (campaignId: string) => rows.filter((need) => need.campaignId === campaignId);
    const unmet = unmetNeeds(rows, services);
    expect(analysis.demand).toEqual(demandByCategory(rows));
    expect(analysis.heatmap).toEqual(demandHeatmap(rows));
    expect(analysis.coverage).toEqual(coverage(rows, services));
    expect(analysis.trend).toMatchObject(demandTrend(answersOf(latest.id), answersOf(previous.id)));
    expect(analysis.unmet.count).toBe(unmet.length);
    expect(analysis.unmet.importance).toBe(unmet.reduce((sum, need) => sum + need.importance, 0));
    expect(analysis.unmet.top.map((need) => need.id)).toEqual(unmet.slice(0, 10).map((need) => need.id));
  });

  it("demand is Σ importance of open needs per category, split by member category and size class", async () => {
    const c = await managedCluster();
    const sme = await c.organisation("sme");
    const large = await c.organisation("large");
    const university = await c.organisation("university");
    await c.need(sme, { category: "digitalisation", importance: 5 });
    await c.need(large, { category: "digitalisation", importance: 3 });
    await c.need(university, { category: "digitalisation", importance: 2 });
    await c.need(sme, { category: "digitalisation", importance: 4, status: "addressed" });
    const analysis = await c.caller.needsAnalysis.get({ clusterId: c.cluster.id });
    expect(analysis.demand.find((row) => row.category === "digitalisation")).toEqual({
      category: "digitalisation",
      demand: 10,
      openNeeds: 3,
    });
    const bySize = analysis.heatmap.bySizeClass;
    expect(bySize.columns).toEqual(["sme", "large", "non-company"]);
    expect(bySize.rows.find((row) => row.category === "digitalisation")?.values).toEqual([5, 3, 2]);
    const byCategory = analysis.heatmap.byMemberCategory;
    expect(byCategory.rows.find((row) => row.category === "digitalisation")?.values[byCategory.columns.indexOf("university")]).toBe(2);
  });

  it("the trend compares the latest opened campaign with the one before; a campaign not yet open is ignored", async () => {
    const c = await managedCluster();
    const sme = await c.organisation("sme");
    const before = await c.campaign("2024", "2024-01-10", "2024-02-10", [sme]);
    const last = await c.campaign("2025", "2025-01-10", "2025-02-10", [sme]);
    await c.campaign("future", "2099-01-10", "2099-02-10", [sme]);
    await c.need(sme, { category: "funding", importance: 4, campaignId: before.id });
    await c.need(sme, { category: "funding", importance: 5, campaignId: last.id, status: "addressed" });
    await c.need(sme, { category: "funding", importance: 1, campaignId: last.id });
    const { trend } = await c.caller.needsAnalysis.get({ clusterId: c.cluster.id });
    expect(trend?.current.title).toBe("2025");
    expect(trend?.previous.title).toBe("2024");
    expect(trend?.categories.find((row) => row.category === "funding")).toEqual({
      category: "funding",
      now: 6,
      then: 4,
      change: 2,
      relativeChange: 0.5,
    });
  });

  it("response rate: invitees marked as answered or with an answer count, once each; others do not", async () => {
    const c = await managedCluster();
    const [a, b, d, outsider] = [
      await c.organisation("sme"),
      await c.organisation("sme"),
      await c.organisation("rd"),
      await c.organisation("other"),
    ];
    const campaign = await c.campaign("2026", "2026-01-01", "2026-01-31", [a, b, d], [a]);
    await c.need(a, { category: "funding", importance: 2, campaignId: campaign.id });
    await c.need(b, { category: "funding", importance: 2, campaignId: campaign.id });
    await c.need(outsider, { category: "funding", importance: 2, campaignId: campaign.id });
    const { responseRate: rate, trend } = await c.caller.needsAnalysis.get({ clusterId: c.cluster.id });
    expect(rate).toMatchObject({ campaign: { id: campaign.id }, invited: 3, responded: 2 });
    expect(rate?.rate).toBeCloseTo(2 / 3);
    expect(trend).toBeNull();
  });

  it("a cluster without needs or campaigns gets zeros, no trend and no response rate", async () => {
    const c = await managedCluster();
    const analysis = await c.caller.needsAnalysis.get({ clusterId: c.cluster.id });
    expect(analysis.needCount).toBe(0);
    expect(analysis.demand.every((row) => row.demand === 0)).toBe(true);
    expect(analysis.demand).toHaveLength(13);
    expect(analysis.trend).toBeNull();
    expect(analysis.responseRate).toBeNull();
    expect(analysis.unmet).toEqual({ count: 0, importance: 0, top: [] });
    expect(analysis.coverage.overall).toEqual({ demand: 0, supply: 0, gap: 0, share: null });
  });

  it("unmet demand names the most important open needs no active or planned service addresses, with title and organisation", async () => {
    const c = await managedCluster();
    const organisation = await c.organisation("sme", "Kurpfalz Sensorik GmbH");
    const covered = await c.need(organisation, { category: "regulation", importance: 5, title: "CE-Kennzeichnung" });
    await c.need(organisation, { category: "regulation", importance: 4, title: "ISO 27001" });
    await c.need(organisation, { category: "marketing", importance: 2, title: "Messeauftritt" });
    await c.service("active", [covered]);
    const { unmet } = await c.caller.needsAnalysis.get({ clusterId: c.cluster.id });
    expect(unmet.count).toBe(2);
    expect(unmet.importance).toBe(6);
    expect(unmet.top.map(({ title, organisationName, importance }) => ({ title, organisationName, importance }))).toEqual([
      { title: "ISO 27001", organisationName: "Kurpfalz Sensorik GmbH", importance: 4 },
      { title: "Messeauftritt", organisationName: "Kurpfalz Sensorik GmbH", importance: 2 },
    ]);
  });
});

describe("needsAnalysis.register: the rows of the CSV export", () => {
  it("lists every need of the cluster and only those, each with whether a service covers it", async () => {
    const c = await managedCluster();
    const organisation = await c.organisation("large", "Rhein-Neckar Maschinenbau AG");
    // The register lists by when a need was recorded; inserts in one clock tick (PGlite) would tie and fall back to the random id.
    const recorded = Date.now();
    const first = await c.need(organisation, {
      category: "skilled-workers",
      importance: 3,
      title: "Azubis finden",
      createdAt: new Date(recorded - 60_000),
    });
    await c.need(organisation, { category: "funding", importance: 2, status: "withdrawn", title: "=cmd", createdAt: new Date(recorded) });
    await c.service("planned", [first]);
    const other = await managedCluster();
    await other.need(await other.organisation("sme"), { category: "funding", importance: 5 });
    const rows = await c.caller.needsAnalysis.register({ clusterId: c.cluster.id });
    expect(rows.map((row) => [row.title, row.organisationName, row.status, row.covered])).toEqual([
      ["Azubis finden", "Rhein-Neckar Maschinenbau AG", "open", true],
      ["=cmd", "Rhein-Neckar Maschinenbau AG", "withdrawn", false],
    ]);
  });
});
