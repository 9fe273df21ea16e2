import { auditLog, campaignInvitees, campaigns, mailOutbox, needs } from "@clusterwerk/db/schema";
import { createMembership, createOrganisation, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dayIn, sampleNeed } from "../test/needs-fixtures";
import { type Caller, callerFor, setUpWorld } from "../test/world";
import { failure } from "../test/failure";

const ctx = setUpWorld();

/** A contact person (with an account and a unique email) of a new active member organisation of cluster A. */
async function member(label: string) {
  const clusterId = ctx.world.clusterA.id;
  const organisation = await createOrganisation(ctx.db, { name: `${label} GmbH` });
  await createMembership(ctx.db, { organisationId: organisation.id, clusterId });
  const user = await createUser(ctx.db, { passwordHash: "x", email: `${label.toLowerCase()}-${organisation.id.slice(0, 8)}@test.example` });
  await grantRole(ctx.db, user.id, { kind: "member", clusterId, organisationId: organisation.id });
  return { clusterId, organisationId: organisation.id, email: user.email, caller: await callerFor(ctx.db, user.id) };
}

const period = { opensOn: dayIn(-1), closesOn: dayIn(14) };

describe("campaign validation", () => {
  let manager: Caller;
  beforeAll(async () => {
    manager = await ctx.as("manager");
  });

  it.each([
    ["a campaign ending before it starts", { opensOn: dayIn(10), closesOn: dayIn(3) }, "closesOn", "endsBeforeStart"],
    ["an empty title", { title: " " }, "title", "required"],
    ["no categories", { categories: [] }, "categories", "required"],
    ["a date that does not exist", { opensOn: "2026-02-31" }, "opensOn", "invalidDate"],
    ["no organisations chosen", { organisationIds: [] }, "organisationIds", "required"],
  ])("refuses %s on its field and creates nothing", async (_label, change, field, message) => {
    const before = await ctx.db.$count(campaigns);
    const input = { clusterId: ctx.world.clusterA.id, title: "Bedarfsumfrage", ...period, categories: ["funding"], ...change };
    expect(await failure(manager.campaign.create(input as never))).toMatchObject({ code: "BAD_REQUEST", field, fieldMessage: message });
    expect(await ctx.db.$count(campaigns)).toBe(before);
  });

  it("accepts a one-day campaign (opens and closes the same day)", async () => {
    const day = dayIn(0);
    const { id } = await manager.campaign.create({
      clusterId: ctx.world.clusterA.id,
      title: "Kurz",
      opensOn: day,
      closesOn: day,
      categories: ["funding"],
    });
    expect((await manager.campaign.get({ campaignId: id })).state).toBe("open");
  });

  it("asks all active members by default, and only organisations of the cluster", async () => {
    const applicant = await createOrganisation(ctx.db);
    await createMembership(ctx.db, { organisationId: applicant.id, clusterId: ctx.world.clusterA.id, status: "applicant" });
    const { id } = await manager.campaign.create({ clusterId: ctx.world.clusterA.id, title: "Alle", ...period, categories: ["funding"] });
    const invited = (await manager.campaign.get({ campaignId: id })).invitees.map((row) => row.organisationId);
    const members = (await manager.campaign.invitable({ clusterId: ctx.world.clusterA.id })).map((row) => row.id);
    expect(invited.sort()).toEqual(members.sort());
    expect(invited).toContain(ctx.world.orgA.id);
    expect(invited).not.toContain(applicant.id);
    const foreign = manager.campaign.create({
      clusterId: ctx.world.clusterA.id,
      title: "Fremd",
      ...period,
      categories: ["funding"],
      organisationIds: [ctx.world.orgB.id],
    });
    expect(await failure(foreign)).toMatchObject({ code: "NOT_FOUND", message: "organisationNotFound" });
  });
});

describe("campaign answers and response rate", () => {
  let manager: Caller;
  let first: Awaited<ReturnType<typeof member>>;
  let second: Awaited<ReturnType<typeof member>>;
  let outsider: Awaited<ReturnType<typeof member>>;
  let campaignId: string;

  beforeAll(async () => {
    manager = await ctx.as("manager");
    first = await member("Erste");
    second = await member("Zweite");
    outsider = await member("Aussen");
    campaignId = (
      await manager.campaign.create({
        clusterId: ctx.world.clusterA.id,
        title: "Bedarfsumfrage Herbst",
        ...period,
        categories: ["digitalisation", "funding"],
        organisationIds: [first.organisationId, second.organisationId],
      })
    ).id;
  });

  const rateInList = async () =>
    (await manager.campaign.list({ clusterId: ctx.world.clusterA.id, limit: 100 })).items.find((row) => row.id === campaignId)
      ?.responseRate;

  it("the response rate is live: answered / invited organisations", async () => {
    expect(await rateInList()).toEqual({ invited: 2, responded: 0, rate: 0 });
    await first.caller.campaign.answer({
      ...first,
      campaignId,
      answers: [sampleNeed, { ...sampleNeed, category: "funding", importance: 5 }],
    });
    expect(await rateInList()).toEqual({ invited: 2, responded: 1, rate: 0.5 });
    await second.caller.campaign.answer({ ...second, campaignId, answers: [] });
    expect((await manager.campaign.get({ campaignId })).responseRate).toEqual({ invited: 2, responded: 2, rate: 1 });
  });

  it("answers become needs in the same register with the campaign set", async () => {
    const register = await manager.need.register({ clusterId: ctx.world.clusterA.id, search: sampleNeed.title, limit: 100 });
    const answers = register.items.filter((need) => need.organisationId === first.organisationId);
    expect(answers).toHaveLength(2);
    expect(answers.every((need) => need.campaignId === campaignId && need.status === "open")).toBe(true);
    for (const answer of answers) {
      const [entry] = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, answer.id));
      expect(entry).toMatchObject({ action: "need.created", entity: "need", clusterId: ctx.world.clusterA.id, details: { campaignId } });
    }
    const view = await first.caller.campaign.forAnswer({ ...first, campaignId });
    expect(view.answers).toHaveLength(2);
    expect(view.respondedAt).not.toBeNull();
  });

  it("invited members see the running campaign; others do not", async () => {
    expect((await second.caller.campaign.open(second)).map((row) => row.id)).toContain(campaignId);
    expect((await outsider.caller.campaign.open(outsider)).map((row) => row.id)).not.toContain(campaignId);
  });

  it("refuses an answer from an organisation not invited, and registers nothing", async () => {
    const before = await ctx.db.$count(needs);
    expect(await failure(outsider.caller.campaign.answer({ ...outsider, campaignId, answers: [sampleNeed] }))).toMatchObject({
      code: "FORBIDDEN",
      message: "campaignNotInvited",
    });
    expect(await ctx.db.$count(needs)).toBe(before);
  });

  it("refuses an answer to a closed campaign, or one not open yet, and registers nothing", async () => {
    const closed = await ctx.world.needs.campaign("A", { opensOn: dayIn(-30), closesOn: dayIn(-1) });
    const upcoming = await ctx.world.needs.campaign("A", { opensOn: dayIn(2), closesOn: dayIn(9) });
    const member = await ctx.as("member");
    const scope = { clusterId: ctx.world.clusterA.id, organisationId: ctx.world.orgA.id };
    const before = await ctx.db.$count(needs);
    expect(await failure(member.campaign.answer({ ...scope, campaignId: closed, answers: [sampleNeed] }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "campaignClosed",
    });
    expect(await failure(member.campaign.answer({ ...scope, campaignId: upcoming, answers: [] }))).toMatchObject({
      message: "campaignNotOpenYet",
    });
    expect(await ctx.db.$count(needs)).toBe(before);
    const [invitee] = await ctx.db
      .select()
      .from(campaignInvitees)
      .where(and(eq(campaignInvitees.campaignId, closed), eq(campaignInvitees.organisationId, ctx.world.orgA.id)));
    expect(invitee?.respondedAt).toBeNull();
  });

  it("refuses answers in a category the campaign did not ask, and bad answers on their field", async () => {
    const open = await ctx.world.needs.campaign("A");
    const member = await ctx.as("member");
    const scope = { clusterId: ctx.world.clusterA.id, organisationId: ctx.world.orgA.id, campaignId: open };
    expect(await failure(member.campaign.answer({ ...scope, answers: [{ ...sampleNeed, category: "marketing" }] }))).toMatchObject({
      message: "categoryNotAsked",
    });
    expect(await failure(member.campaign.answer({ ...scope, answers: [{ ...sampleNeed, importance: 7 }] }))).toMatchObject({
      field: "answers.0.importance",
      fieldMessage: "outOfRange",
    });
    expect(await failure(member.campaign.answer({ ...scope, answers: [{ ...sampleNeed, title: "" }] }))).toMatchObject({
      field: "answers.0.title",
      fieldMessage: "required",
    });
    expect((await member.campaign.forAnswer(scope)).respondedAt).toBeNull();
  });
});

describe("campaign reminders", () => {
  it("mails the contact persons of invited organisations that have not answered, not again within 24 hours", async () => {
    const manager = await ctx.as("manager");
    const answered = await member("Antwortet");
    const silent = await member("Schweigt");
    const { id: campaignId } = await manager.campaign.create({
      clusterId: ctx.world.clusterA.id,
      title: "Erinnerungstest",
      ...period,
      categories: ["funding"],
      organisationIds: [answered.organisationId, silent.organisationId],
    });
    await answered.caller.campaign.answer({ ...answered, campaignId, answers: [] });
    const mailsTo = (email: string) =>
      ctx.db.$count(mailOutbox, and(eq(mailOutbox.to, email), like(mailOutbox.subject, "%Erinnerungstest%")));

    expect(await manager.campaign.remind({ campaignId })).toEqual({ reminded: 1, mails: 1 });
    expect(await mailsTo(silent.email)).toBe(1);
    expect(await mailsTo(answered.email)).toBe(0);
    const remindedAt = (await manager.campaign.get({ campaignId })).invitees.find(
      (row) => row.organisationId === silent.organisationId,
    )?.remindedAt;
    expect(remindedAt).toBeInstanceOf(Date);

    expect(await manager.campaign.remind({ campaignId })).toEqual({ reminded: 0, mails: 0 });
    expect(await mailsTo(silent.email)).toBe(1);

    await ctx.db
      .update(campaignInvitees)
      .set({ remindedAt: new Date(Date.now() - 25 * 3_600_000) })
      .where(eq(campaignInvitees.campaignId, campaignId));
    expect(await manager.campaign.remind({ campaignId })).toEqual({ reminded: 1, mails: 1 });
    expect(await mailsTo(silent.email)).toBe(2);
  });

  it("sends no reminders for a closed campaign", async () => {
    const manager = await ctx.as("manager");
    const closed = await ctx.world.needs.campaign("A", { opensOn: dayIn(-30), closesOn: dayIn(-2) });
    expect(await failure(manager.campaign.remind({ campaignId: closed }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "campaignClosed",
    });
  });
});
