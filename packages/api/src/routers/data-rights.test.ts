import { verifyCredentials } from "@clusterwerk/auth/credentials";
import { createInvitation, createNeeds, createSession, createToken, schema } from "@clusterwerk/db";
import { createMembership, createOrganisation, grantRole } from "@clusterwerk/db/testing/factories";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { failure } from "../test/failure";
import { meetingWith } from "../test/meeting-fixtures";
import { sampleNeed } from "../test/needs-fixtures";
import { callerFor, callInSession, setUpWorld } from "../test/world";

const ctx = setUpWorld();

/** The archive's files by name, and one JSON table parsed. */
function unzipped(archive: Uint8Array) {
  const files = unzipSync(archive);
  const table = (name: string): Record<string, unknown>[] => {
    const file = files[`${name}.json`];
    if (!file) throw new Error(`no ${name}.json in the archive`);
    return JSON.parse(strFromU8(file)) as Record<string, unknown>[];
  };
  return {
    names: Object.keys(files),
    text: Object.values(files)
      .map((bytes) => strFromU8(bytes))
      .join("\n"),
    table,
  };
}

/** A new contact person of world organisation A1 in cluster A, with a password. */
async function contactPerson() {
  const { clusterA, orgA } = ctx.world;
  const person = await ctx.world.freshPerson("member");
  return { ...person, scope: { clusterId: clusterA.id, organisationId: orgA.id }, caller: await callerFor(ctx.db, person.userId) };
}

describe("export: a person", () => {
  it("gets one archive with JSON and CSV per table holding their account, roles, sessions, consents, audit entries, notifications, needs and meeting requests", async () => {
    const person = await contactPerson();
    await person.caller.organisation.setConsent({ ...person.scope, purpose: "matchmaking", granted: true });
    await createNeeds(ctx.db, [{ ...sampleNeed, ...person.scope, title: "Export-Bedarf" }], person.userId);
    await ctx.db
      .insert(schema.notifications)
      .values({ userId: person.userId, kind: "meeting-requested", subject: "Export-Hinweis", link: "/x" });
    await meetingWith(ctx.db, { ...person.scope, userId: person.userId });

    const { archive, fileName } = await person.caller.dataRights.exportMine();
    const { names, text, table } = unzipped(archive);

    expect(fileName).toMatch(/^clusterwerk-my-data-\d{4}-\d{2}-\d{2}\.zip$/);
    for (const name of [
      "account",
      "roles",
      "sessions",
      "consents-given",
      "audit-entries",
      "notifications",
      "needs-written",
      "meeting-requests",
    ]) {
      expect(names).toEqual(expect.arrayContaining([`${name}.json`, `${name}.csv`]));
    }
    expect(names).toEqual(expect.arrayContaining(["README.txt", "manifest.json"]));
    expect(table("account")[0]?.email).toBe(person.email);
    expect(table("roles")).toEqual([expect.objectContaining({ kind: "member", organisationId: ctx.world.orgA.id })]);
    expect(table("sessions").length).toBeGreaterThan(0);
    expect(table("consents-given")).toEqual([expect.objectContaining({ purpose: "matchmaking", granted: true })]);
    expect(table("audit-entries").map((entry) => entry.action)).toContain("consent.changed");
    expect(table("notifications")).toEqual([expect.objectContaining({ subject: "Export-Hinweis" })]);
    expect(table("needs-written").map((need) => need.title)).toEqual(["Export-Bedarf"]);
    expect(table("meeting-requests")).toHaveLength(1);
    expect(strFromU8(unzipSync(archive)["needs-written.csv"] ?? new Uint8Array())).toContain("Export-Bedarf");
    expect(text).not.toMatch(/argon2|passwordHash|tokenHash/);
  });
});

describe("export: an organisation", () => {
  it("holds its profile, memberships, needs, consent ledger, contact persons and meetings", async () => {
    const person = await contactPerson();
    await person.caller.organisation.setConsent({ ...person.scope, purpose: "cross-cluster", granted: true });
    await createNeeds(ctx.db, [{ ...sampleNeed, ...person.scope, title: "Organisations-Bedarf" }], person.userId);
    await meetingWith(ctx.db, { ...person.scope, userId: person.userId });

    const { archive } = await person.caller.dataRights.exportOrganisation({ organisationId: ctx.world.orgA.id });
    const { table } = unzipped(archive);

    expect(table("organisation")[0]?.name).toBe(ctx.world.orgA.name);
    expect(table("memberships")).toEqual([expect.objectContaining({ clusterId: ctx.world.clusterA.id, status: "active" })]);
    expect(table("needs").map((need) => need.title)).toContain("Organisations-Bedarf");
    expect(table("consent-ledger")).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: "cross-cluster", granted: true, changedByEmail: person.email })]),
    );
    expect(table("contact-persons").map((contact) => contact.email)).toContain(person.email);
    expect(table("meetings-and-agreements").length).toBeGreaterThan(0);
  });
});

describe("deletion: a person", () => {
  it("is refused without the typed address or with a wrong password, and nothing changes", async () => {
    const person = await contactPerson();
    expect(
      (await failure(person.caller.dataRights.deleteMyAccount({ confirmation: "someone@else.example", password: person.password })))
        .message,
    ).toBe("deletionNotConfirmed");
    expect(
      (await failure(person.caller.dataRights.deleteMyAccount({ confirmation: person.email, password: "wrong-password-1" }))).message,
    ).toBe("wrongPassword");
    const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, person.userId));
    expect(user?.anonymisedAt).toBeNull();
    expect(await person.caller.account.me()).not.toBeNull();
  });

  it("anonymises the account: personal fields gone, every session ended, roles removed, authored records still name the anonymised person, sign-in refused", async () => {
    const person = await contactPerson();
    const otherSession = await createSession(ctx.db, person.userId);
    const [needId] = await createNeeds(ctx.db, [{ ...sampleNeed, ...person.scope }], person.userId);
    const { tokenHash } = createToken();
    await createInvitation(ctx.db, {
      ...person.scope,
      email: person.email,
      name: "Again",
      invitedBy: ctx.world.users.manager,
      tokenHash,
      needsConfirmation: false,
    });

    expect(await person.caller.dataRights.deleteMyAccount({ confirmation: person.email.toUpperCase(), password: person.password })).toEqual(
      { ok: true },
    );

    const [user] = await ctx.db.select().from(schema.users).where(eq(schema.users.id, person.userId));
    expect(user).toMatchObject({ name: null, passwordHash: null, email: `${person.userId}@anonymised.invalid` });
    expect(user?.anonymisedAt).toBeInstanceOf(Date);
    expect(await ctx.db.$count(schema.sessions, eq(schema.sessions.userId, person.userId))).toBe(0);
    expect(await ctx.db.$count(schema.roleAssignments, eq(schema.roleAssignments.userId, person.userId))).toBe(0);
    expect(await callInSession(ctx.db, otherSession, "account.me", undefined)).toBeNull();
    const [need] = await ctx.db
      .select({ createdBy: schema.needs.createdBy })
      .from(schema.needs)
      .where(eq(schema.needs.id, needId ?? ""));
    expect(need?.createdBy).toBe(person.userId);
    expect(await ctx.db.$count(schema.invitations, eq(schema.invitations.email, person.email))).toBe(0);
    expect(await verifyCredentials(ctx.db, { email: person.email, password: person.password, ip: null })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("is refused for the last platform admin", async () => {
    const admin = await ctx.world.freshPerson("admin");
    await ctx.db.delete(schema.roleAssignments).where(eq(schema.roleAssignments.kind, "admin"));
    await grantRole(ctx.db, admin.userId, { kind: "admin" });
    const caller = await callerFor(ctx.db, admin.userId);
    const refused = await failure(caller.dataRights.deleteMyAccount({ confirmation: admin.email, password: admin.password }));
    await grantRole(ctx.db, ctx.world.users.admin, { kind: "admin" });
    expect(refused.message).toBe("lastAdmin");
  });
});

describe("consent ledger", () => {
  it("records every grant and withdrawal with who and when, newest first, for the organisation and the admin", async () => {
    const person = await contactPerson();
    await person.caller.organisation.setConsent({ ...person.scope, purpose: "directory", granted: false });
    await person.caller.organisation.setConsent({ ...person.scope, purpose: "directory", granted: true });

    const ledger = await person.caller.dataRights.consentLedger({ organisationId: ctx.world.orgA.id });
    const mine = ledger.filter((entry) => entry.changedBy === person.userId);
    expect(mine.map((entry) => [entry.purpose, entry.granted])).toEqual([
      ["directory", true],
      ["directory", false],
    ]);
    expect(mine[0]?.at.getTime()).toBeGreaterThanOrEqual(mine[1]?.at.getTime() ?? Infinity);

    const admin = await callerFor(ctx.db, ctx.world.users.admin);
    const platform = await admin.dataRights.platformConsentLedger({ search: ctx.world.orgA.name });
    expect(platform.items.filter((entry) => entry.changedBy === person.userId)).toHaveLength(2);
  });
});

describe("deletion: an organisation", () => {
  it("waits for the admin after its contact person asks; the admin confirms by typing its name and it is anonymised", async () => {
    const organisation = await createOrganisation(ctx.db);
    await createMembership(ctx.db, { organisationId: organisation.id, clusterId: ctx.world.clusterA.id });
    const person = await ctx.world.freshPerson("noRole");
    await grantRole(ctx.db, person.userId, { kind: "member", clusterId: ctx.world.clusterA.id, organisationId: organisation.id });
    const contact = await callerFor(ctx.db, person.userId);
    await contact.organisation.setConsent({
      clusterId: ctx.world.clusterA.id,
      organisationId: organisation.id,
      purpose: "directory",
      granted: true,
    });
    await contact.dataRights.requestOrganisationDeletion({ organisationId: organisation.id });

    const admin = await callerFor(ctx.db, ctx.world.users.admin);
    expect((await admin.dataRights.deletionRequests()).map((request) => request.organisationId)).toContain(organisation.id);
    expect(
      (await failure(admin.dataRights.anonymiseOrganisation({ organisationId: organisation.id, confirmation: "Wrong name" }))).message,
    ).toBe("deletionNotConfirmed");
    await admin.dataRights.anonymiseOrganisation({ organisationId: organisation.id, confirmation: organisation.name });

    const [row] = await ctx.db.select().from(schema.organisations).where(eq(schema.organisations.id, organisation.id));
    expect(row?.name).toBe(`Anonymised organisation ${organisation.id.slice(0, 8)}`);
    expect(row?.anonymisedAt).toBeInstanceOf(Date);
    expect((await admin.dataRights.deletionRequests()).map((request) => request.organisationId)).not.toContain(organisation.id);
    expect(await ctx.db.$count(schema.roleAssignments, eq(schema.roleAssignments.organisationId, organisation.id))).toBe(0);
    const ledger = await ctx.db
      .select()
      .from(schema.consentChanges)
      .where(eq(schema.consentChanges.organisationId, organisation.id))
      .orderBy(schema.consentChanges.id);
    expect(ledger.map((entry) => [entry.granted, entry.changedBy])).toEqual([
      [true, person.userId],
      [false, ctx.world.users.admin],
    ]);
  });
});
