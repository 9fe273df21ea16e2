import { cooperationProfiles, mailOutbox } from "@clusterwerk/db/schema";
import { createCluster } from "@clusterwerk/db/testing/factories";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { PROFILE_EXPIRY_REMINDER_DAYS, sendProfileExpiryReminders } from "../cooperation/profile-reminders";
import { dayFromToday, type MatchMember, matchMember, sampleProfile } from "../test/cooperation-fixtures";
import { failure } from "../test/failure";
import { setUpWorld } from "../test/world";

const ctx = setUpWorld();

async function profileCount(organisationId: string) {
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(cooperationProfiles)
    .where(eq(cooperationProfiles.organisationId, organisationId));
  return row?.n ?? 0;
}

describe("cooperation profiles (DOMAIN.md §5.1)", () => {
  let owner: MatchMember;
  let other: MatchMember;
  beforeAll(async () => {
    const cluster = await createCluster(ctx.db);
    owner = await matchMember(ctx.db, cluster.id);
    other = await matchMember(ctx.db, cluster.id);
  });

  it("§5.1 a member creates a German draft, edits it, publishes, closes and renews it", async () => {
    const { id } = await owner.caller.cooperation.create({
      ...owner.scope,
      ...sampleProfile({ language: "de", title: "Sensorik gesucht" }),
    });
    let { profile } = await owner.caller.cooperation.get({ ...owner.scope, profileId: id });
    expect(profile).toMatchObject({ status: "draft", language: "de", title: "Sensorik gesucht", reach: "partner-clusters" });

    await owner.caller.cooperation.update({
      ...owner.scope,
      profileId: id,
      ...sampleProfile({ language: "de", title: "Sensorik für Wartung" }),
    });
    await owner.caller.cooperation.publish({ ...owner.scope, profileId: id });
    ({ profile } = await owner.caller.cooperation.get({ ...owner.scope, profileId: id }));
    expect(profile).toMatchObject({ status: "published", title: "Sensorik für Wartung" });

    await owner.caller.cooperation.close({ ...owner.scope, profileId: id });
    expect(await failure(owner.caller.cooperation.update({ ...owner.scope, profileId: id, ...sampleProfile() }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "profileStateChanged",
    });
    const renewedUntil = dayFromToday(365);
    await owner.caller.cooperation.renew({ ...owner.scope, profileId: id, validUntil: renewedUntil });
    ({ profile } = await owner.caller.cooperation.get({ ...owner.scope, profileId: id }));
    expect(profile).toMatchObject({ status: "published", validUntil: renewedUntil });
    const mine = await owner.caller.cooperation.mine({ ...owner.scope });
    expect(mine.items.map((row) => row.id)).toContain(id);
  });

  it("an expiry in the past is refused on validUntil, and nothing is stored", async () => {
    const before = await profileCount(owner.organisationId);
    const refused = await failure(owner.caller.cooperation.create({ ...owner.scope, ...sampleProfile({ validUntil: dayFromToday(-1) }) }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", field: "validUntil", fieldMessage: "dateInPast" });
    expect(await profileCount(owner.organisationId)).toBe(before);
  });

  it("an unknown technology tag or NACE code is refused on its field, and nothing is stored", async () => {
    const before = await profileCount(owner.organisationId);
    const tag = await failure(
      owner.caller.cooperation.create({ ...owner.scope, ...sampleProfile({ technologyTags: ["digitalisation/telepathy"] }) }),
    );
    expect(tag).toMatchObject({ code: "BAD_REQUEST", field: "technologyTags.0", fieldMessage: "unknownTag" });
    const nace = await failure(owner.caller.cooperation.create({ ...owner.scope, ...sampleProfile({ nace: ["C99"] }) }));
    expect(nace).toMatchObject({ code: "BAD_REQUEST", field: "nace.0", fieldMessage: "unknownTag" });
    expect(await profileCount(owner.organisationId)).toBe(before);
  });

  it("another organisation's profile is NOT_FOUND for edits, and unchanged", async () => {
    const { id } = await other.caller.cooperation.create({ ...other.scope, ...sampleProfile({ title: "Theirs" }) });
    // One call at a time: started together, a refusal that comes before its turn would be an unhandled rejection.
    for (const call of [
      () => owner.caller.cooperation.update({ ...owner.scope, profileId: id, ...sampleProfile({ title: "Mine now" }) }),
      () => owner.caller.cooperation.publish({ ...owner.scope, profileId: id }),
      () => owner.caller.cooperation.close({ ...owner.scope, profileId: id }),
    ]) {
      expect(await failure(call())).toMatchObject({ code: "NOT_FOUND" });
    }
    const { profile } = await other.caller.cooperation.get({ ...other.scope, profileId: id });
    expect(profile).toMatchObject({ title: "Theirs", status: "draft" });
  });

  it(`expiry reminder: a published profile expiring within ${PROFILE_EXPIRY_REMINDER_DAYS} days is mailed to its contact persons once; renewing re-arms it`, async () => {
    const soon = await owner.caller.cooperation.create({
      ...owner.scope,
      ...sampleProfile({ title: "Expiring soon", validUntil: dayFromToday(10) }),
    });
    const later = await owner.caller.cooperation.create({
      ...owner.scope,
      ...sampleProfile({ title: "Expiring later", validUntil: dayFromToday(60) }),
    });
    await owner.caller.cooperation.publish({ ...owner.scope, profileId: soon.id });
    await owner.caller.cooperation.publish({ ...owner.scope, profileId: later.id });
    const mailsTo = async () =>
      (await ctx.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox)).filter((mail) =>
        mail.text.includes("Expiring"),
      );

    const first = await sendProfileExpiryReminders(ctx.db, new Date());
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const mails = await mailsTo();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("Expiring soon");
    expect(mails[0]?.text).toContain(`/cooperation/${soon.id}`);

    await sendProfileExpiryReminders(ctx.db, new Date());
    expect(await mailsTo()).toHaveLength(1);

    await owner.caller.cooperation.renew({ ...owner.scope, profileId: soon.id, validUntil: dayFromToday(5) });
    await sendProfileExpiryReminders(ctx.db, new Date());
    expect(await mailsTo()).toHaveLength(2);
  });
});
