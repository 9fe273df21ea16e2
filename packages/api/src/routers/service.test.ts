import { schema } from "@clusterwerk/db";
import { createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import type { TRPCError } from "@trpc/server";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sampleService, serviceFixtures } from "../test/service-fixtures";
import { failure } from "../test/failure";
import { callerFor, setUpWorld } from "../test/world";

const ctx = setUpWorld();
const DAY = 86_400_000;

async function serviceCount() {
  const [row] = await ctx.db.select({ n: count() }).from(schema.services);
  return row?.n ?? 0;
}

/** Another member organisation of cluster A with its own contact person. */
async function secondMember() {
  const organisation = await createOrganisation(ctx.db);
  await createMembership(ctx.db, { organisationId: organisation.id, clusterId: ctx.world.clusterA.id });
  const user = await createUser(ctx.db);
  await grantRole(ctx.db, user.id, { kind: "member", clusterId: ctx.world.clusterA.id, organisationId: organisation.id });
  return { organisationId: organisation.id, caller: await callerFor(ctx.db, user.id) };
}

describe("service catalogue (DOMAIN.md §3)", () => {
  it("a manager creates a service; the creating manager owns it and money is kept in cents", async () => {
    const manager = await ctx.as("manager");
    const { id } = await manager.service.create({ clusterId: ctx.world.clusterA.id, ...sampleService, price: 49.9 });
    const service = await manager.service.get({ serviceId: id });
    expect(service).toMatchObject({ ownerUserId: ctx.world.users.manager, priceCents: 4990, costCents: 120000, capacity: 10 });
  });

  it.each([
    ["capacity −1", { capacity: -1 }, "capacity", "notNegative"],
    ["an empty title", { title: "   " }, "title", "required"],
    ["a negative cost", { cost: -5 }, "cost", "notNegative"],
    ["an end before the start", { startsOn: "2026-05-10", endsOn: "2026-05-01" }, "endsOn", "endsBeforeStart"],
    ["no need category", { needCategories: [] }, "needCategories", "chooseAtLeastOne"],
  ])("bad input: %s gets a message on its field and creates nothing", async (_label, change, field, message) => {
    const manager = await ctx.as("manager");
    const before = await serviceCount();
    const error = await failure(manager.service.create({ clusterId: ctx.world.clusterA.id, ...sampleService, ...change }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", path: [field], fieldMessage: message });
    expect(await serviceCount()).toBe(before);
  });

  it("the managers' list searches title and description and filters by status", async () => {
    const manager = await ctx.as("manager");
    const clusterId = ctx.world.clusterA.id;
    const marker = `Suchprobe ${Date.now()}`;
    const fixtures = serviceFixtures(ctx.db);
    const idea = await fixtures.service(clusterId, { status: "idea", title: `${marker} Idee` });
    const active = await fixtures.service(clusterId, { status: "active", title: "Anderer Titel", description: `Beschreibung ${marker}` });
    const ids = async (input: { search: string; status?: "idea" | "active" }) =>
      (await manager.service.list({ clusterId, limit: 100, ...input })).items.map((item) => item.id).sort();
    expect(await ids({ search: marker.toLowerCase() })).toEqual([idea, active].sort());
    expect(await ids({ search: marker, status: "active" })).toEqual([active]);
  });

  it("members see active and planned services only, filtered by category and format; retiring removes a service", async () => {
    const fixtures = serviceFixtures(ctx.db);
    const clusterId = ctx.world.clusterA.id;
    const active = await fixtures.service(clusterId, { title: "Katalog aktiv", needCategories: ["funding"], format: "funding-advice" });
    const planned = await fixtures.service(clusterId, { title: "Katalog geplant", status: "planned", needCategories: ["funding"] });
    const idea = await fixtures.service(clusterId, { title: "Katalog Idee", status: "idea", needCategories: ["funding"] });
    const member = await ctx.as("member");
    const ids = async (filters: { format?: "funding-advice" }) =>
      (await member.service.catalogue({ clusterId, category: "funding", search: "Katalog", ...filters })).items.map((item) => item.id);
    expect((await ids({})).sort()).toEqual([active, planned].sort());
    expect(await ids({ format: "funding-advice" })).toEqual([active]);
    expect(await ids({})).not.toContain(idea);
    await (await ctx.as("manager")).service.retire({ serviceId: active });
    expect(await ids({})).toEqual([planned]);
  });

  it("linking a need of another cluster is refused and changes nothing", async () => {
    const fixtures = serviceFixtures(ctx.db);
    const serviceId = await fixtures.service(ctx.world.clusterA.id);
    const own = await fixtures.need(ctx.world.clusterA.id, ctx.world.orgA.id);
    const foreign = await fixtures.need(ctx.world.clusterB.id, ctx.world.orgB.id);
    const manager = await ctx.as("manager");
    await manager.service.setNeeds({ serviceId, needIds: [own] });
    const error = await failure(manager.service.setNeeds({ serviceId, needIds: [own, foreign] }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "needNotLinkable" });
    expect((await manager.service.get({ serviceId })).needIds).toEqual([own]);
    const linkable = await manager.service.linkableNeeds({ serviceId });
    expect(linkable.map((need) => [need.id, need.linked])).toEqual([[own, true]]);
  });
});

describe("enrolment with capacity (DOMAIN.md §3)", () => {
  it("capacity race: two enrolments for the last place → one succeeds, the other finds the service full", async () => {
    const clusterId = ctx.world.clusterA.id;
    const serviceId = await serviceFixtures(ctx.db).service(clusterId, { capacity: 1 });
    const [first, second] = await Promise.all([secondMember(), secondMember()]);
    const results = await Promise.allSettled([
      first.caller.service.enrol({ clusterId, organisationId: first.organisationId, serviceId }),
      second.caller.service.enrol({ clusterId, organisationId: second.organisationId, serviceId }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.status === "rejected" ? (rejected.reason as TRPCError).message : null).toBe("serviceFull");
    const [taken] = await ctx.db
      .select({ n: count() })
      .from(schema.serviceEnrolments)
      .where(eq(schema.serviceEnrolments.serviceId, serviceId));
    expect(taken?.n).toBe(1);
  });

  it("enrolling twice gives a clear message and changes nothing", async () => {
    const clusterId = ctx.world.clusterA.id;
    const serviceId = await serviceFixtures(ctx.db).service(clusterId, { capacity: 5 });
    const member = await ctx.as("member");
    const input = { clusterId, organisationId: ctx.world.orgA.id, serviceId };
    await member.service.enrol(input);
    const before = await ctx.db.select().from(schema.serviceEnrolments).where(eq(schema.serviceEnrolments.serviceId, serviceId));
    expect(await failure(member.service.enrol(input))).toMatchObject({ code: "CONFLICT", message: "alreadyEnrolled" });
    expect(await ctx.db.select().from(schema.serviceEnrolments).where(eq(schema.serviceEnrolments.serviceId, serviceId))).toEqual(before);
  });

  it("a full service says so; cancelling frees the place; ideas and retired services take no enrolments", async () => {
    const clusterId = ctx.world.clusterA.id;
    const fixtures = serviceFixtures(ctx.db);
    const serviceId = await fixtures.service(clusterId, { capacity: 1 });
    const other = await secondMember();
    await other.caller.service.enrol({ clusterId, organisationId: other.organisationId, serviceId });
    const member = await ctx.as("member");
    const input = { clusterId, organisationId: ctx.world.orgA.id, serviceId };
    expect(await failure(member.service.enrol(input))).toMatchObject({ code: "CONFLICT", message: "serviceFull" });
    await other.caller.service.cancelEnrolment({ clusterId, organisationId: other.organisationId, serviceId });
    await expect(member.service.enrol(input)).resolves.toHaveProperty("enrolmentId");
    for (const status of ["idea", "retired"] as const) {
      const closed = await fixtures.service(clusterId, { status });
      expect(await failure(member.service.enrol({ ...input, serviceId: closed }))).toMatchObject({ message: "serviceNotOpen" });
    }
    const foreign = await fixtures.service(ctx.world.clusterB.id);
    expect(await failure(member.service.enrol({ ...input, serviceId: foreign }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("ratings after use (DOMAIN.md §3)", () => {
  it("a rating before use is refused; after use it is kept once per organisation and can be changed", async () => {
    const clusterId = ctx.world.clusterA.id;
    const fixtures = serviceFixtures(ctx.db);
    const serviceId = await fixtures.service(clusterId);
    await fixtures.enrolment(serviceId, ctx.world.orgA.id);
    const member = await ctx.as("member");
    const input = { clusterId, organisationId: ctx.world.orgA.id, serviceId, rating: 4, comment: "Hilfreich" };
    expect(await failure(member.service.rate(input))).toMatchObject({ code: "BAD_REQUEST", message: "ratingTooEarly" });
    await ctx.db
      .update(schema.serviceEnrolments)
      .set({ enrolledAt: new Date(Date.now() - 15 * DAY) })
      .where(eq(schema.serviceEnrolments.serviceId, serviceId));
    await member.service.rate(input);
    await member.service.rate({ ...input, rating: 5, comment: "" });
    const rows = await ctx.db.select().from(schema.serviceEnrolments).where(eq(schema.serviceEnrolments.serviceId, serviceId));
    expect(rows.map((row) => [row.rating, row.ratingComment])).toEqual([[5, null]]);
    expect((await failure(member.service.rate({ ...input, rating: 6 }))).path).toEqual(["rating"]);
  });

  it("a service whose end date has passed may be rated at once; one not enrolled in may not", async () => {
    const clusterId = ctx.world.clusterA.id;
    const fixtures = serviceFixtures(ctx.db);
    const ended = await fixtures.service(clusterId, { startsOn: "2025-01-10", endsOn: "2025-01-11" });
    await fixtures.enrolment(ended, ctx.world.orgA.id);
    const member = await ctx.as("member");
    const input = { clusterId, organisationId: ctx.world.orgA.id, rating: 3, comment: null };
    await expect(member.service.rate({ ...input, serviceId: ended })).resolves.toEqual({ rating: 3 });
    const notEnrolled = await fixtures.service(clusterId, { endsOn: "2025-01-11" });
    expect(await failure(member.service.rate({ ...input, serviceId: notEnrolled }))).toMatchObject({ message: "notEnrolled" });
  });
});
