import { schema } from "@clusterwerk/db";
import { createCluster, createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { serviceFixtures } from "../test/service-fixtures";
import { failure } from "../test/failure";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();

/** A cluster with one member, three open needs (importance 5, 3, 2) and three candidate services. */
async function plannerCluster() {
  const cluster = await createCluster(ctx.db);
  const manager = await createUser(ctx.db);
  await grantRole(ctx.db, manager.id, { kind: "manager", clusterId: cluster.id });
  const organisation = await createOrganisation(ctx.db);
  await createMembership(ctx.db, { organisationId: organisation.id, clusterId: cluster.id });
  const fixtures = serviceFixtures(ctx.db);
  const clusterId = cluster.id;
  const [n5, n3, n2] = [
    await fixtures.need(clusterId, organisation.id, { importance: 5, title: "Wasserstoff" }),
    await fixtures.need(clusterId, organisation.id, { importance: 3, title: "Cloud" }),
    await fixtures.need(clusterId, organisation.id, { importance: 2, title: "Messe" }),
  ];
  const big = await fixtures.service(clusterId, { status: "idea", title: "Groß", costCents: 80_000 });
  const small = await fixtures.service(clusterId, { status: "idea", title: "Klein", costCents: 30_000 });
  const cheap = await fixtures.service(clusterId, { status: "planned", title: "Günstig", costCents: 20_000 });
  await fixtures.link(big, [n5]);
  await fixtures.link(small, [n3]);
  await fixtures.link(cheap, [n2]);
  return { clusterId, caller: await callerFor(ctx.db, manager.id), services: { big, small, cheap }, needs: { n5, n3, n2 } };
}

describe("service planner (DOMAIN.md §3)", () => {
  it("the candidate list narrows by search in title or description and by status, and still names only ideas and planned services", async () => {
    const { clusterId, caller } = await plannerCluster();
    await serviceFixtures(ctx.db).service(clusterId, { status: "active", title: "Großer Lauf" });
    const titles = async (input: { search?: string; status?: "idea" | "planned" }) =>
      (await caller.service.planCandidates({ clusterId, ...input })).map((candidate) => candidate.title);
    expect(await titles({ search: "gro" })).toEqual(["Groß"]);
    expect(await titles({ status: "planned" })).toEqual(["Günstig"]);
    expect(await titles({ search: "klein", status: "planned" })).toEqual([]);
    expect(await failure(caller.service.planCandidates({ clusterId, status: "active" } as never))).toMatchObject({
      code: "BAD_REQUEST",
      field: "status",
    });
  });

  it("maximises covered importance within the budget, exactly, and names what stays uncovered", async () => {
    const { clusterId, caller, services, needs } = await plannerCluster();
    const candidates = await caller.service.planCandidates({ clusterId });
    expect(candidates.map((candidate) => [candidate.title, candidate.cost, candidate.openNeeds])).toEqual([
      ["Groß", 800, 1],
      ["Günstig", 200, 1],
      ["Klein", 300, 1],
    ]);
    const plan = await caller.service.plan({
      clusterId,
      budget: 1000,
      candidates: candidates.map((candidate) => ({ serviceId: candidate.id, cost: candidate.cost ?? 0 })),
    });
    expect(plan).toMatchObject({ method: "exact", cost: 1000, coveredImportance: 7, totalImportance: 10 });
    expect(plan.selected.map((service) => service.id).sort()).toEqual([services.big, services.cheap].sort());
    expect(plan.uncovered.map((need) => need.id)).toEqual([needs.n3]);
  });

  it("an overridden cost changes the plan", async () => {
    const { clusterId, caller, services } = await plannerCluster();
    const plan = await caller.service.plan({
      clusterId,
      budget: 1000,
      candidates: [
        { serviceId: services.big, cost: 800 },
        { serviceId: services.small, cost: 100 },
        { serviceId: services.cheap, cost: 100 },
      ],
    });
    expect(plan).toMatchObject({ cost: 1000, coveredImportance: 10 });
  });

  it.each<[string, { budget?: number; cost?: number }, PropertyKey[]]>([
    ["a budget of −5", { budget: -5 }, ["budget"]],
    ["a negative cost", { cost: -1 }, ["candidates", 0, "cost"]],
  ])("bad input: %s gets a message on its field and changes nothing", async (_label, change, path) => {
    const { clusterId, caller, services } = await plannerCluster();
    const before = await ctx.db
      .select()
      .from(schema.services)
      .where(inArray(schema.services.id, Object.values(services)));
    const error = await failure(
      caller.service.plan({ clusterId, budget: change.budget ?? 100, candidates: [{ serviceId: services.big, cost: change.cost ?? 10 }] }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST", path, fieldMessage: "notNegative" });
    expect(
      await ctx.db
        .select()
        .from(schema.services)
        .where(inArray(schema.services.id, Object.values(services))),
    ).toEqual(before);
  });

  it("mark selected as planned turns the plan's ideas into planned services, which then cover their needs", async () => {
    const { clusterId, caller, services } = await plannerCluster();
    expect((await caller.service.coverage({ clusterId })).overall.supply).toBe(2);
    expect(await caller.service.markPlanned({ clusterId, serviceIds: [services.big, services.cheap] })).toEqual({ planned: 1 });
    expect((await caller.service.coverage({ clusterId })).overall.supply).toBe(7);
  });

  it("a service of another cluster or already active is no candidate", async () => {
    const { clusterId, caller } = await plannerCluster();
    const active = await serviceFixtures(ctx.db).service(clusterId, { status: "active" });
    const error = await failure(caller.service.plan({ clusterId, budget: 100, candidates: [{ serviceId: active, cost: 1 }] }));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "serviceNotFound" });
  });
});
