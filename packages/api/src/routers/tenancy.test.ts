import { schema } from "@clusterwerk/db";
import { createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callAs, setUpWorld } from "../test/world";

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

/** A new organisation in cluster A with the given membership status and one contact person there. */
async function contactPersonOf(status: "applicant" | "active" | "left") {
  const organisation = await createOrganisation(ctx.db);
  const membership = await createMembership(ctx.db, { organisationId: organisation.id, clusterId: ctx.world.clusterA.id, status });
  const user = await createUser(ctx.db);
  await grantRole(ctx.db, user.id, { kind: "member", clusterId: ctx.world.clusterA.id, organisationId: organisation.id });
  return { organisation, membership, userId: user.id };
}

const directoryOfA = (userId: string | null) => codeOf(callAs(ctx.db, userId, "cluster.directory", { clusterId: ctx.world.clusterA.id }));

describe("roles hold only while the membership is active (docs/DOMAIN.md §1)", () => {
  it("a contact person of an organisation that left loses the directory", async () => {
    const { membership, userId } = await contactPersonOf("active");
    expect(await directoryOfA(userId)).toBe("OK");
    await ctx.db.update(schema.memberships).set({ status: "left", leftOn: "2026-06-30" }).where(eq(schema.memberships.id, membership.id));
    expect(await directoryOfA(userId)).toBe(await directoryOfA(ctx.world.users.noRole));
    expect(await codeOf(callAs(ctx.db, userId, "account.me", undefined))).toBe("OK");
    const me = (await callAs(ctx.db, userId, "account.me", undefined)) as { roles: unknown[] };
    expect(me.roles).toEqual([]);
  });

  it("a contact person of an applicant organisation has no directory, as a non-member", async () => {
    const { organisation, userId } = await contactPersonOf("applicant");
    expect(await directoryOfA(userId)).toBe(await directoryOfA(ctx.world.users.noRole));
    expect(await codeOf(callAs(ctx.db, userId, "organisation.get", { organisationId: organisation.id }))).toBe("FORBIDDEN");
  });

  it("a contact person whose organisation left one cluster keeps the other, and the left one is another tenant", async () => {
    const { organisation, userId } = await contactPersonOf("left");
    await createMembership(ctx.db, { organisationId: organisation.id, clusterId: ctx.world.clusterB.id });
    await grantRole(ctx.db, userId, { kind: "member", clusterId: ctx.world.clusterB.id, organisationId: organisation.id });
    expect(await codeOf(callAs(ctx.db, userId, "cluster.directory", { clusterId: ctx.world.clusterB.id }))).toBe("OK");
    expect(await directoryOfA(userId)).toBe("NOT_FOUND");
    const profile = { clusterId: ctx.world.clusterA.id, organisationId: organisation.id, purpose: "directory", granted: false };
    expect(await codeOf(callAs(ctx.db, userId, "organisation.setConsent", profile))).toBe("NOT_FOUND");
  });
});

describe("member of organisation X in cluster Y", () => {
  it("holds only for the exact pair of the member role", async () => {
    const { member } = ctx.world.users;
    const consent = (clusterId: string, organisationId: string) =>
      codeOf(callAs(ctx.db, member, "organisation.setConsent", { clusterId, organisationId, purpose: "matchmaking", granted: true }));
    expect(await consent(ctx.world.clusterA.id, ctx.world.orgA.id)).toBe("OK");
    expect(await consent(ctx.world.clusterB.id, ctx.world.orgA.id)).toBe("NOT_FOUND");
    expect(await consent(ctx.world.clusterA.id, ctx.world.orgB.id)).toBe("NOT_FOUND");
    expect(
      await codeOf(
        callAs(ctx.db, ctx.world.users.manager, "organisation.setConsent", {
          clusterId: ctx.world.clusterA.id,
          organisationId: ctx.world.orgA.id,
          purpose: "matchmaking",
          granted: true,
        }),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("changes to shared profiles are audited with who and where", () => {
  const lastAudit = async (action: string) => {
    const [row] = await ctx.db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, action), eq(schema.auditLog.entityId, ctx.world.orgA.id)))
      .orderBy(desc(schema.auditLog.id))
      .limit(1);
    return row;
  };

  it("a profile edit records the acting user, the cluster they acted in and the changed fields", async () => {
    const current = (await callAs(ctx.db, ctx.world.users.member, "organisation.get", { organisationId: ctx.world.orgA.id })) as Record<
      string,
      unknown
    >;
    const profile = {
      name: current.name,
      category: current.category,
      employees: current.employees,
      street: current.street,
      postalCode: current.postalCode ?? "",
      city: "Heidelberg",
      country: current.country,
      lat: current.lat,
      lon: current.lon,
      nace: ["C28"],
      technologyTags: current.technologyTags,
      website: current.website,
      description: current.description,
    };
    await callAs(ctx.db, ctx.world.users.member, "organisation.update", {
      clusterId: ctx.world.clusterA.id,
      organisationId: ctx.world.orgA.id,
      profile,
    });
    const entry = await lastAudit("organisation.updated");
    expect(entry).toMatchObject({ actorUserId: ctx.world.users.member, clusterId: ctx.world.clusterA.id });
    expect((entry?.details as { changed: string[] }).changed.sort()).toEqual(["city", "nace"]);
  });

  it("a consent change records the acting user, the cluster and the consent before and after", async () => {
    const input = { clusterId: ctx.world.clusterA.id, organisationId: ctx.world.orgA.id, purpose: "directory", granted: false };
    await callAs(ctx.db, ctx.world.users.member, "organisation.setConsent", input);
    expect(await lastAudit("consent.changed")).toMatchObject({
      actorUserId: ctx.world.users.member,
      clusterId: ctx.world.clusterA.id,
      details: { purpose: "directory", before: true, after: false },
    });
    await callAs(ctx.db, ctx.world.users.member, "organisation.setConsent", { ...input, granted: true });
    expect((await lastAudit("consent.changed"))?.details).toEqual({ purpose: "directory", before: false, after: true });
  });
});
