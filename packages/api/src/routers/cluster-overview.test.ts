import { registerForEvent } from "@clusterwerk/db";
import { createCluster, createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { describe, expect, it } from "vitest";
import { sampleService } from "../test/service-fixtures";
import { callerFor, setUpWorld } from "../test/world";
import { OVERVIEW_EVENT_LIMIT } from "./cluster-overview";

const ctx = setUpWorld();

describe("the manager's overview (issue 9 item 6)", () => {
  it("a cluster without data shows zeros and empty lists, not errors", async () => {
    const cluster = await createCluster(ctx.db, { radiusKm: 70 });
    const user = await createUser(ctx.db);
    await grantRole(ctx.db, user.id, { kind: "manager", clusterId: cluster.id });
    const overview = await (await callerFor(ctx.db, user.id)).cluster.overview({ clusterId: cluster.id });
    expect(overview.members.committed).toBe(0);
    expect(overview.members.monthly).toHaveLength(25);
    expect(overview.reach.value).toBeNull();
    expect(overview.penetration.value).toBeNull();
    expect(overview.needs).toEqual({ open: 0, coverage: { demand: 0, supply: 0, gap: 0, share: null } });
    expect(overview.events).toEqual({ total: 0, items: [] });
  });

  it("shows the figures of the detail pages: structure S1/S6/S7/S8, open needs with coverage, the next events with registrations", async () => {
    const manager = await ctx.as("manager");
    const { clusterA, orgA, needs, events } = ctx.world;
    const far = await createOrganisation(ctx.db, { name: "Elbe Systems", lat: 53.55, lon: 9.99 });
    await createMembership(ctx.db, { organisationId: far.id, clusterId: clusterA.id });
    const covered = await needs.need("A", { importance: 4 });
    await needs.need("A", { importance: 2 });
    const service = await manager.service.create({ clusterId: clusterA.id, ...sampleService });
    await manager.service.setNeeds({ serviceId: service.id, needIds: [covered] });
    const person = await events.contactPerson("A");
    const soon = await events.event("A", { values: { title: "Robotik-Stammtisch" }, registered: [person] });
    for (let index = 0; index < OVERVIEW_EVENT_LIMIT; index++) await events.event("A", { values: { title: `Später ${index}` } });
    await registerForEvent(ctx.db, {
      eventId: soon,
      clusterId: clusterA.id,
      userId: await events.contactPerson("A"),
      organisationId: orgA.id,
    });

    const overview = await manager.cluster.overview({ clusterId: clusterA.id });
    const structure = await manager.membership.structure({ clusterId: clusterA.id, asOf: overview.asOf });
    expect(overview.members).toEqual({ committed: structure.S1.value, growth: structure.S7, monthly: structure.monthly });
    expect(overview.reach).toEqual(structure.S6);
    expect(overview.penetration).toEqual(structure.S8);
    expect(overview.needs).toEqual({ open: 2, coverage: { demand: 6, supply: 4, gap: 2, share: 4 / 6 } });
    expect(overview.events.total).toBe(OVERVIEW_EVENT_LIMIT + 1);
    expect(overview.events.items).toHaveLength(OVERVIEW_EVENT_LIMIT);
    expect(overview.events.items.find((event) => event.id === soon)).toMatchObject({ title: "Robotik-Stammtisch", registered: 2 });
  });
});
