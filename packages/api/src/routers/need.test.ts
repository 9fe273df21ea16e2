import { auditLog, clusterPartnerships, needs } from "@clusterwerk/db/schema";
import { createCluster, createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import type { NeedVisibility } from "@clusterwerk/scoring/domain";
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleNeed } from "../test/needs-fixtures";
import { type Caller, callerFor, setUpWorld } from "../test/world";
import { failure } from "../test/failure";

const ctx = setUpWorld();

/** A contact person (with an account) of a new organisation that is an active member of `clusterId`. */
async function memberOf(clusterId: string) {
  const organisation = await createOrganisation(ctx.db);
  await createMembership(ctx.db, { organisationId: organisation.id, clusterId });
  const user = await createUser(ctx.db, { passwordHash: "x" });
  await grantRole(ctx.db, user.id, { kind: "member", clusterId, organisationId: organisation.id });
  return { clusterId, organisationId: organisation.id, caller: await callerFor(ctx.db, user.id) };
}

describe("needs visibility (DOMAIN.md §2)", () => {
  type Member = Awaited<ReturnType<typeof memberOf>>;
  let owner: Member;
  let neighbour: Member;
  let partner: Member;
  let proposedPartner: Member;
  let stranger: Member;
  let manager: Caller;
  const needIds: Record<string, string> = {};
  const visibilities: NeedVisibility[] = ["management", "cluster-members", "partner-clusters"];

  beforeAll(async () => {
    const { clusterA } = ctx.world;
    owner = await memberOf(clusterA.id);
    neighbour = await memberOf(clusterA.id);
    const partnerCluster = await createCluster(ctx.db);
    const proposedCluster = await createCluster(ctx.db);
    // An active partnership proposed by the partner (either direction counts) and one only proposed.
    await ctx.db.insert(clusterPartnerships).values([
      { proposerClusterId: partnerCluster.id, partnerClusterId: clusterA.id, status: "active" },
      { proposerClusterId: clusterA.id, partnerClusterId: proposedCluster.id, status: "proposed" },
    ]);
    partner = await memberOf(partnerCluster.id);
    proposedPartner = await memberOf(proposedCluster.id);
    stranger = await memberOf(ctx.world.clusterB.id);
    manager = await ctx.as("manager");
    for (const visibility of visibilities) {
      needIds[visibility] = (await owner.caller.need.create({ ...owner, ...sampleNeed, title: `Need ${visibility}`, visibility })).id;
    }
    const withdrawn = await owner.caller.need.create({ ...owner, ...sampleNeed, title: "Withdrawn", visibility: "partner-clusters" });
    await owner.caller.need.withdraw({ ...owner, needId: withdrawn.id });
    needIds.withdrawn = withdrawn.id;
  });

  const listed = async (member: Member) =>
    (await member.caller.need.visible({ clusterId: member.clusterId, organisationId: member.organisationId, limit: 100 })).items
      .map((need) => need.id)
      .filter((id) => Object.values(needIds).includes(id))
      .sort();
  const ids = (...keys: string[]) => keys.map((key) => needIds[key]).sort();

  it("no member sees another organisation's needs beyond their visibility", async () => {
    expect(await listed(owner)).toEqual(ids("management", "cluster-members", "partner-clusters", "withdrawn"));
    expect(await listed(neighbour)).toEqual(ids("cluster-members", "partner-clusters"));
    expect(await listed(partner)).toEqual(ids("partner-clusters"));
    expect(await listed(proposedPartner)).toEqual([]);
    expect(await listed(stranger)).toEqual([]);
  });

  it("a single need follows the same rule: one beyond the visibility is not found", async () => {
    const get = (member: Member, key: string) => member.caller.need.get({ clusterId: member.clusterId, needId: needIds[key] ?? "" });
    expect((await get(neighbour, "cluster-members")).editableBy).toBeNull();
    expect((await failure(get(neighbour, "management"))).code).toBe("NOT_FOUND");
    expect((await failure(get(neighbour, "withdrawn"))).code).toBe("NOT_FOUND");
    expect((await get(partner, "partner-clusters")).need.organisationId).toBe(owner.organisationId);
    expect((await failure(get(partner, "cluster-members"))).code).toBe("NOT_FOUND");
    expect((await failure(get(proposedPartner, "partner-clusters"))).code).toBe("NOT_FOUND");
    expect((await failure(get(stranger, "partner-clusters"))).code).toBe("NOT_FOUND");
    expect((await get(owner, "management")).editableBy).toBe(owner.organisationId);
  });

  it("managers see every need of their cluster, whatever its visibility or status", async () => {
    const page = await manager.need.register({ clusterId: ctx.world.clusterA.id, limit: 100 });
    expect(
      page.items
        .map((need) => need.id)
        .filter((id) => Object.values(needIds).includes(id))
        .sort(),
    ).toEqual(Object.values(needIds).sort());
    expect((await manager.need.get({ clusterId: ctx.world.clusterA.id, needId: needIds.management ?? "" })).isManager).toBe(true);
  });

  it("the scope narrows a member's register to their own or the shared needs", async () => {
    const shared = await neighbour.caller.need.visible({ ...neighbour, scope: "shared", limit: 100 });
    expect(shared.items.every((need) => need.organisationId !== neighbour.organisationId)).toBe(true);
    const own = await owner.caller.need.visible({ ...owner, scope: "own", limit: 100 });
    expect(own.items.every((need) => need.organisationId === owner.organisationId)).toBe(true);
  });

  it("a member cannot edit, withdraw or re-status another organisation's need", async () => {
    const needId = needIds["cluster-members"] ?? "";
    expect((await failure(neighbour.caller.need.update({ ...neighbour, needId, ...sampleNeed, title: "Hijacked" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await failure(neighbour.caller.need.withdraw({ ...neighbour, needId }))).code).toBe("NOT_FOUND");
    const [row] = await ctx.db.select().from(needs).where(eq(needs.id, needId));
    expect(row).toMatchObject({ title: "Need cluster-members", status: "open" });
  });

  it("the register searches, filters by category and status, and sorts", async () => {
    const clusterId = ctx.world.clusterA.id;
    await owner.caller.need.create({ ...owner, ...sampleNeed, category: "funding", title: "Förderberatung ZIM", importance: 5 });
    const found = await manager.need.register({ clusterId, search: "zim" });
    expect(found.items.map((need) => need.title)).toEqual(["Förderberatung ZIM"]);
    const funding = await manager.need.register({ clusterId, category: "funding", limit: 100 });
    expect(funding.items.every((need) => need.category === "funding")).toBe(true);
    const withdrawn = await manager.need.register({ clusterId, status: "withdrawn", limit: 100 });
    expect(withdrawn.items.map((need) => need.id)).toEqual([needIds.withdrawn]);
    const byImportance = await manager.need.register({ clusterId, sort: "importance", direction: "desc", limit: 100 });
    expect(byImportance.items[0]?.importance).toBe(5);
  });
});

describe("need status history", () => {
  it("keeps every status a need went through, with who changed it", async () => {
    const { clusterA, orgA } = ctx.world;
    const member = await ctx.as("member");
    const manager = await ctx.as("manager");
    const scope = { clusterId: clusterA.id, organisationId: orgA.id };
    const { id: needId } = await member.need.create({ ...scope, ...sampleNeed });
    await member.need.update({ ...scope, needId, ...sampleNeed, importance: 4, status: "in-progress" });
    await manager.need.setStatus({ needId, status: "addressed" });
    await member.need.update({ ...scope, needId, ...sampleNeed, importance: 4, status: "addressed", title: "Renamed" });
    await member.need.withdraw({ ...scope, needId });
    const { history, need } = await manager.need.get({ clusterId: clusterA.id, needId });
    expect(need).toMatchObject({ title: "Renamed", importance: 4, status: "withdrawn" });
    expect(history.map((entry) => [entry.fromStatus, entry.toStatus])).toEqual([
      [null, "open"],
      ["open", "in-progress"],
      ["in-progress", "addressed"],
      ["addressed", "withdrawn"],
    ]);
    expect(history.every((entry) => entry.changedByName)).toBe(true);
  });

  it("a withdrawn need is no longer edited by its organisation", async () => {
    const { clusterA, orgA } = ctx.world;
    const member = await ctx.as("member");
    const scope = { clusterId: clusterA.id, organisationId: orgA.id };
    const { id: needId } = await member.need.create({ ...scope, ...sampleNeed });
    await member.need.withdraw({ ...scope, needId });
    expect(await failure(member.need.update({ ...scope, needId, ...sampleNeed, title: "Again" }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "needWithdrawn",
    });
  });
});

describe("need changes are audited with who and where", () => {
  it("registering, editing, a manager's status and withdrawing each leave an entry with the actor, the cluster and what changed", async () => {
    const { clusterA, orgA, users } = ctx.world;
    const member = await ctx.as("member");
    const manager = await ctx.as("manager");
    const scope = { clusterId: clusterA.id, organisationId: orgA.id };
    const { id: needId } = await member.need.create({ ...scope, ...sampleNeed });
    await member.need.update({ ...scope, needId, ...sampleNeed, importance: 4, title: "Renamed" });
    await manager.need.setStatus({ needId, status: "addressed" });
    await member.need.withdraw({ ...scope, needId });
    const entries = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "need"), eq(auditLog.entityId, needId)))
      .orderBy(asc(auditLog.id));
    expect(entries.map((entry) => [entry.action, entry.actorUserId, entry.clusterId])).toEqual([
      ["need.created", users.member, clusterA.id],
      ["need.updated", users.member, clusterA.id],
      ["need.statusSet", users.manager, clusterA.id],
      ["need.withdrawn", users.member, clusterA.id],
    ]);
    expect(entries[1]?.details).toMatchObject({ changed: ["title", "importance"], from: "open", to: "open" });
    expect(entries[2]?.details).toEqual({ from: "open", to: "addressed" });
    expect(entries[3]?.details).toMatchObject({ changed: ["status"], from: "addressed", to: "withdrawn" });
  });

  it("a refused change leaves no entry", async () => {
    const { clusterA, orgA } = ctx.world;
    const member = await ctx.as("member");
    const scope = { clusterId: clusterA.id, organisationId: orgA.id };
    const { id: needId } = await member.need.create({ ...scope, ...sampleNeed });
    await member.need.withdraw({ ...scope, needId });
    const entriesBefore = await ctx.db.$count(auditLog, eq(auditLog.entityId, needId));
    await failure(member.need.update({ ...scope, needId, ...sampleNeed, title: "Again" }));
    expect(await ctx.db.$count(auditLog, eq(auditLog.entityId, needId))).toBe(entriesBefore);
  });
});

describe("need input", () => {
  it.each([
    ["importance 7", { importance: 7 }, "importance", "outOfRange"],
    ["importance 0", { importance: 0 }, "importance", "outOfRange"],
    ["an empty title", { title: "   " }, "title", "required"],
    ["an unknown category", { category: "astrology" }, "category", "invalidChoice"],
    ["an unknown horizon", { horizon: "someday" }, "horizon", "invalidChoice"],
    ["a control character in the title", { title: "Sensor\u0000" }, "title", "invalidCharacters"],
  ])("refuses %s on its field and registers nothing", async (_label, change, field, message) => {
    const { clusterA, orgA } = ctx.world;
    const member = await ctx.as("member");
    const before = await ctx.db.$count(needs);
    const result = await failure(
      member.need.create({ clusterId: clusterA.id, organisationId: orgA.id, ...sampleNeed, ...change } as never),
    );
    expect(result).toMatchObject({ code: "BAD_REQUEST", field, fieldMessage: message });
    expect(await ctx.db.$count(needs)).toBe(before);
  });

  it("refuses importance 7 on an edit and keeps the need as it was", async () => {
    const { clusterA, orgA } = ctx.world;
    const member = await ctx.as("member");
    const scope = { clusterId: clusterA.id, organisationId: orgA.id };
    const { id: needId } = await member.need.create({ ...scope, ...sampleNeed });
    const result = await failure(member.need.update({ ...scope, needId, ...sampleNeed, importance: 7 }));
    expect(result).toMatchObject({ code: "BAD_REQUEST", field: "importance" });
    const [row] = await ctx.db.select().from(needs).where(eq(needs.id, needId));
    expect(row?.importance).toBe(sampleNeed.importance);
  });

  it("members set only their statuses; withdrawing is its own action", async () => {
    const { clusterA, orgA } = ctx.world;
    const member = await ctx.as("member");
    const result = await failure(
      member.need.create({ clusterId: clusterA.id, organisationId: orgA.id, ...sampleNeed, status: "withdrawn" } as never),
    );
    expect(result).toMatchObject({ code: "BAD_REQUEST", field: "status" });
  });
});
